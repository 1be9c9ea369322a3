export const id = 874;
export const ids = [874];
export const modules = {

/***/ 874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordMigration: () => (/* binding */ recordMigration)
/* harmony export */ });
/* harmony import */ var _clients_migration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9924);
/* harmony import */ var _github_run__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1362);
/* harmony import */ var _ledger__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9995);
/* harmony import */ var _migration_watch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7658);




async function recordMigration(config, open, context) {
    const github = (0,_github_run__WEBPACK_IMPORTED_MODULE_1__/* .openGitHub */ .o)(config.githubToken, open);
    const ledger = new _ledger__WEBPACK_IMPORTED_MODULE_2__/* .Ledger */ .O(github.client, github.sha);
    const name = config.deploymentName;
    let record = await ledger.newest(name);
    if (config.migrationId === undefined) {
        if (!record) {
            context.log.info(`The ledger has no migration of deployment '${name}'.`);
            return `no migration recorded for ${name}`;
        }
        context.log.info(`The ledger's newest migration of '${name}': ${record.migrationId}, started ${record.startedAt}.`);
    }
    else if (record?.migrationId !== config.migrationId) {
        record = await ledger.create({
            deployment: name,
            migrationId: config.migrationId,
            projectId: config.projectId,
            source: config.sourceClusterName,
            destination: config.clusterName,
            startedAt: new Date(context.clock.now()).toISOString()
        });
        context.log.info(`Recorded migration ${config.migrationId} of '${name}' in the ledger (record ${record.id}).`);
    }
    context.outputs['migration-id'] = record.migrationId;
    context.rows.push(['Ledger record', String(record.id)]);
    const watch = new _migration_watch__WEBPACK_IMPORTED_MODULE_3__/* .MigrationWatch */ .oq(new _clients_migration__WEBPACK_IMPORTED_MODULE_0__/* .MigrationClient */ .Uz(open(config.atlas)), record.projectId, record.migrationId, context);
    let migration;
    try {
        migration = await watch.read();
    }
    catch (err) {
        if (!(err instanceof _migration_watch__WEBPACK_IMPORTED_MODULE_3__/* .MigrationEndedError */ .Xz))
            throw err;
        migration = err.migration;
    }
    if (await ledger.note(record, migration))
        context.log.info(`Recorded ${(0,_migration_watch__WEBPACK_IMPORTED_MODULE_3__/* .describeMigration */ .K)(migration)} in the ledger.`);
    return `${name}: migration ${record.migrationId} ${(0,_migration_watch__WEBPACK_IMPORTED_MODULE_3__/* .describeMigration */ .K)(migration)}`;
}


/***/ })

};
