export const id = 841;
export const ids = [841];
export const modules = {

/***/ 841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordMigration: () => (/* binding */ recordMigration)
/* harmony export */ });
/* harmony import */ var _clients_github_run__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
/* harmony import */ var _clients_migration__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9924);
/* harmony import */ var _watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7169);
/* harmony import */ var _ledger__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2420);




async function recordMigration(config, open, context) {
    const github = (0,_clients_github_run__WEBPACK_IMPORTED_MODULE_0__/* .openGitHub */ .o)(config.githubToken, open, context.env);
    const ledger = new _ledger__WEBPACK_IMPORTED_MODULE_3__/* .Ledger */ .Oc(github.client, github.sha, m => context.log.warning(m));
    const name = config.deploymentName;
    const expected = { projectId: config.projectId, destination: config.clusterName, source: config.sourceClusterName };
    let record;
    if (config.migrationId === undefined) {
        record = await ledger.newest(name, expected);
        if (!record) {
            context.log.info(`The ledger has no migration of deployment '${name}'.`);
            return `no migration recorded for ${name}`;
        }
        context.log.info(`The ledger's newest migration of '${name}': ${record.migrationId}, started ${record.startedAt}.`);
    }
    else {
        const found = await ledger.recordOf({
            deployment: name,
            migrationId: config.migrationId,
            projectId: config.projectId,
            source: config.sourceClusterName,
            destination: config.clusterName,
            startedAt: new Date(context.clock.now()).toISOString()
        }, expected);
        record = found.record;
        if (found.created)
            context.log.info(`Recorded migration ${config.migrationId} of '${name}' in the ledger (record ${record.id}).`);
    }
    context.outputs['migration-id'] = record.migrationId;
    context.rows.push(['Ledger record', String(record.id)]);
    const watch = new _watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .MigrationWatch */ .oq(new _clients_migration__WEBPACK_IMPORTED_MODULE_1__/* .MigrationClient */ .Uz(open(config.atlas)), record.projectId, record.migrationId, context);
    const migration = await watch.readEvenIfEnded();
    if (await ledger.note(record, migration))
        context.log.info(`Recorded ${(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .describeMigration */ .K)(migration)} in the ledger.`);
    return `${name}: migration ${record.migrationId} ${(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .describeMigration */ .K)(migration)}`;
}


/***/ })

};
