export const id = 964;
export const ids = [964];
export const modules = {

/***/ 2964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   migrationsInFlight: () => (/* binding */ migrationsInFlight)
/* harmony export */ });
/* harmony import */ var _clients_migration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9924);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7784);
/* harmony import */ var _github_run__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1362);
/* harmony import */ var _ledger__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9995);
/* harmony import */ var _migration_watch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7658);





const WARN_MS = 24 * 3600 * 1000;
const ENDED_STATES = ['success', 'failure', 'error'];
const hours = (ms) => `${Math.floor(ms / 3_600_000)} h ${Math.floor((ms % 3_600_000) / 60_000)} min`;
const utc = (ms) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
async function migrationsInFlight(config, open, context) {
    const github = (0,_github_run__WEBPACK_IMPORTED_MODULE_2__/* .openGitHub */ .o)(config.githubToken, open);
    const ledger = new _ledger__WEBPACK_IMPORTED_MODULE_3__/* .Ledger */ .Oc(github.client, github.sha);
    const client = new _clients_migration__WEBPACK_IMPORTED_MODULE_0__/* .MigrationClient */ .Uz(open(config.atlas));
    const shown = [];
    const rows = [];
    /** The ready migration whose cut-over window closes first. */
    let soonest;
    let warned = 0;
    for (const record of await ledger.all()) {
        const history = await ledger.history(record);
        if (history.lastState && ENDED_STATES.includes(history.lastState))
            continue;
        const watch = new _migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .MigrationWatch */ .oq(client, record.projectId, record.migrationId, context);
        let migration;
        try {
            migration = await watch.read();
        }
        catch (err) {
            if (!(err instanceof _migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .MigrationEndedError */ .Xz)) {
                rows.push(['❌', record.deployment, record.migrationId, `could not be read: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, '', '']);
                continue;
            }
            migration = err.migration;
        }
        if (config.recordStatus &&
            (await ledger.note(record, migration, history)) &&
            (0,_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .isReady */ .i_)(migration) &&
            !history.firstReadyAt) {
            history.firstReadyAt = new Date(context.clock.now()).toISOString();
        }
        const firstReady = history.firstReadyAt
            ? Date.parse(history.firstReadyAt)
            : (0,_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .isReady */ .i_)(migration)
                ? context.clock.now()
                : undefined;
        let expiry = 'not ready yet';
        let marker = '⏳';
        if (firstReady !== undefined && migration.status === 'WORKING') {
            const left = firstReady + _ledger__WEBPACK_IMPORTED_MODULE_3__/* .EXPIRY_MS */ .Xy - context.clock.now();
            marker = left < WARN_MS ? '⚠️' : '✅';
            if (!soonest || firstReady + _ledger__WEBPACK_IMPORTED_MODULE_3__/* .EXPIRY_MS */ .Xy < soonest.at)
                soonest = { deployment: record.deployment, at: firstReady + _ledger__WEBPACK_IMPORTED_MODULE_3__/* .EXPIRY_MS */ .Xy };
            expiry = `expires ${utc(firstReady + _ledger__WEBPACK_IMPORTED_MODULE_3__/* .EXPIRY_MS */ .Xy)} (${left > 0 ? `${hours(left)} left` : 'past'})${history.firstReadyAt ? '' : ', first seen ready now (not recorded)'}`;
            if (left < WARN_MS) {
                warned++;
                const line = `${record.deployment}: migration ${record.migrationId} expires ${utc(firstReady + _ledger__WEBPACK_IMPORTED_MODULE_3__/* .EXPIRY_MS */ .Xy)}, ${left > 0 ? `${hours(left)} from now` : 'already'}: approve its cut-over before then, or it ends EXPIRED.`;
                context.log.warning(line);
                context.notes.push(`⚠️ ${line}`);
            }
        }
        rows.push([
            marker,
            record.deployment,
            record.migrationId,
            (0,_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .describeMigration */ .K)(migration),
            history.firstReadyAt ?? '',
            expiry
        ]);
        shown.push(record.deployment);
        context.log.info(`${record.deployment}: migration ${record.migrationId} ${(0,_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .describeMigration */ .K)(migration)}; ${expiry}`);
    }
    context.outputs.migrations = JSON.stringify(shown);
    context.tables.push({
        heading: `Migrations in flight (${shown.length})`,
        header: ['', 'Deployment', 'Migration', 'Status', 'First seen ready', 'Cut-over window'],
        rows
    });
    const ready = rows.filter(r => r[0] === '✅' || r[0] === '⚠️').length;
    context.headline.title = `${shown.length} migration${shown.length === 1 ? '' : 's'} in flight: ${ready} ready for cut-over${warned ? `, ${warned} within 24 h of expiry` : ''}`;
    context.headline.next = soonest
        ? `Stop writes to the source of ${soonest.deployment}, then approve its pending cut-over before ${utc(soonest.at)} (after that Atlas ends it EXPIRED).`
        : 'Nothing to approve yet: this workflow shows each migration again on its next run.';
    return `${shown.length} migration${shown.length === 1 ? '' : 's'} in flight${warned ? `, ${warned} within 24 h of expiry` : ''}`;
}


/***/ })

};
