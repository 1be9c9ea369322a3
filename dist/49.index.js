export const id = 49;
export const ids = [49];
export const modules = {

/***/ 6049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   migrationsInFlight: () => (/* binding */ migrationsInFlight)
/* harmony export */ });
/* harmony import */ var _clients_github_run__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
/* harmony import */ var _clients_migration__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9924);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5979);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9834);
/* harmony import */ var _watch_migration_watch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7169);
/* harmony import */ var _ledger__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2420);
// Mode migrations-in-flight, for a scheduled status workflow: every deployment's newest migration in
// the ledger that has not ended, read from Atlas (GET only), with its status, lag, readiness and
// expiry: 120 hours after it was first seen ready, which the API does not extend. Those reviewers
// must approve soon are flagged at 24 hours left. With record-status it appends each change to the
// ledger, which is how the ledger learns when a migration first became ready.






const WARN_MS = 24 * 3600 * 1000;
const ENDED_STATES = ['success', 'failure', 'error'];
/** Atlas's statuses after which a migration is no longer in flight. */
const ENDED = ['COMPLETE', 'FAILED', 'EXPIRED'];
const hours = (ms) => `${Math.floor(ms / 3_600_000)} h ${Math.floor((ms % 3_600_000) / 60_000)} min`;
async function migrationsInFlight(config, open, context) {
    const github = (0,_clients_github_run__WEBPACK_IMPORTED_MODULE_0__/* .openGitHub */ .o)(config.githubToken, open, context.env);
    const ledger = new _ledger__WEBPACK_IMPORTED_MODULE_4__/* .Ledger */ .Oc(github.client, github.sha, m => context.log.warning(m));
    const client = new _clients_migration__WEBPACK_IMPORTED_MODULE_1__/* .MigrationClient */ .Uz(open(config.atlas));
    const shown = [];
    const rows = [];
    /** Changes the ledger refused to record: the table is written all the same, and the step fails after it. */
    const notRecorded = [];
    /** The ready migration whose cut-over window closes first. */
    let soonest;
    let warned = 0;
    for (const record of await ledger.all()) {
        const history = await ledger.history(record);
        // Whether it ended is Atlas's word: a status in the ledger is a claim anyone with write access can add.
        let migration;
        try {
            migration = await client.get(record.projectId, record.migrationId);
        }
        catch (err) {
            if (history.lastState &&
                ENDED_STATES.includes(history.lastState) &&
                err instanceof _errors__WEBPACK_IMPORTED_MODULE_2__/* .ApiError */ .hD &&
                err.status === 404)
                continue; // recorded as ended, and Atlas no longer has it
            rows.push(['❌', record.deployment, record.migrationId, `could not be read: ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`, '', '']);
            continue;
        }
        if (config.recordStatus) {
            try {
                if ((await ledger.note(record, migration, history)) && (0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_3__/* .isReady */ .i_)(migration) && !history.firstReadyAt)
                    history.firstReadyAt = new Date(context.clock.now()).toISOString();
            }
            catch (err) {
                notRecorded.push(record.deployment);
                context.log.warning(`${record.deployment}: the ledger did not record ${(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_3__/* .describeMigration */ .K)(migration)} (${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}).`);
            }
        }
        if (ENDED.includes(migration.status))
            continue;
        const firstReady = history.firstReadyAt
            ? Date.parse(history.firstReadyAt)
            : (0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_3__/* .isReady */ .i_)(migration)
                ? context.clock.now()
                : undefined;
        let expiry = 'not ready yet';
        let marker = '⏳';
        if (firstReady !== undefined && migration.status === 'WORKING') {
            const left = firstReady + _watch_migration_watch__WEBPACK_IMPORTED_MODULE_3__/* .CUTOVER_WINDOW_MS */ .v2 - context.clock.now();
            marker = left < WARN_MS ? '⚠️' : '✅';
            if (!soonest || firstReady + _watch_migration_watch__WEBPACK_IMPORTED_MODULE_3__/* .CUTOVER_WINDOW_MS */ .v2 < soonest.at)
                soonest = { deployment: record.deployment, at: firstReady + _watch_migration_watch__WEBPACK_IMPORTED_MODULE_3__/* .CUTOVER_WINDOW_MS */ .v2 };
            expiry = `expires ${(0,_time__WEBPACK_IMPORTED_MODULE_5__/* .utc */ .n$)(firstReady + _watch_migration_watch__WEBPACK_IMPORTED_MODULE_3__/* .CUTOVER_WINDOW_MS */ .v2)} (${left > 0 ? `${hours(left)} left` : 'past'})${history.firstReadyAt ? '' : ', first seen ready now (not recorded)'}`;
            if (left < WARN_MS) {
                warned++;
                const line = `${record.deployment}: migration ${record.migrationId} expires ${(0,_time__WEBPACK_IMPORTED_MODULE_5__/* .utc */ .n$)(firstReady + _watch_migration_watch__WEBPACK_IMPORTED_MODULE_3__/* .CUTOVER_WINDOW_MS */ .v2)}, ${left > 0 ? `${hours(left)} from now` : 'already'}: approve its cut-over before then, or it ends EXPIRED.`;
                context.log.warning(line);
                context.notes.push(`⚠️ ${line}`);
            }
        }
        rows.push([
            marker,
            record.deployment,
            record.migrationId,
            (0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_3__/* .describeMigration */ .K)(migration),
            history.firstReadyAt ?? '',
            expiry
        ]);
        shown.push(record.deployment);
        context.log.info(`${record.deployment}: migration ${record.migrationId} ${(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_3__/* .describeMigration */ .K)(migration)}; ${expiry}`);
    }
    context.outputs.migrations = JSON.stringify(shown);
    context.outputs['not-recorded'] = JSON.stringify(notRecorded);
    context.tables.push({
        heading: `Migrations in flight (${shown.length})`,
        header: ['', 'Deployment', 'Migration', 'Status', 'First seen ready', 'Cut-over window'],
        rows
    });
    const ready = rows.filter(r => r[0] === '✅' || r[0] === '⚠️').length;
    context.headline.title = `${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .counted */ .hS)(shown.length, 'migration')} in flight: ${ready} ready for cut-over${warned ? `, ${warned} within 24 h of expiry` : ''}`;
    context.headline.next = soonest
        ? `Stop writes to the source of ${soonest.deployment}, then approve its pending cut-over before ${(0,_time__WEBPACK_IMPORTED_MODULE_5__/* .utc */ .n$)(soonest.at)} (after that Atlas ends it EXPIRED).`
        : 'Nothing to approve yet: this workflow shows each migration again on its next run.';
    if (notRecorded.length > 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .StepError */ .zg(`The ledger did not record the status of ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .counted */ .hS)(notRecorded.length, 'deployment')}: ${notRecorded.join(', ')}. The table above is complete (read from Atlas); run this workflow again to record them.`);
    }
    return `${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .counted */ .hS)(shown.length, 'migration')} in flight${warned ? `, ${warned} within 24 h of expiry` : ''}`;
}


/***/ })

};
