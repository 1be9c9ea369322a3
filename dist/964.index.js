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
                context.rows.push([
                    record.deployment,
                    `migration ${record.migrationId}: could not be read (${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)})`
                ]);
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
        if (firstReady !== undefined && migration.status === 'WORKING') {
            const left = firstReady + _ledger__WEBPACK_IMPORTED_MODULE_3__/* .EXPIRY_MS */ .Xy - context.clock.now();
            expiry = `expires ${utc(firstReady + _ledger__WEBPACK_IMPORTED_MODULE_3__/* .EXPIRY_MS */ .Xy)} (${left > 0 ? `${hours(left)} left` : 'past'})${history.firstReadyAt ? '' : ', first seen ready now (not recorded)'}`;
            if (left < WARN_MS) {
                warned++;
                const line = `${record.deployment}: migration ${record.migrationId} expires ${utc(firstReady + _ledger__WEBPACK_IMPORTED_MODULE_3__/* .EXPIRY_MS */ .Xy)}, ${left > 0 ? `${hours(left)} from now` : 'already'}: approve its cut-over before then, or it ends EXPIRED.`;
                context.log.warning(line);
                context.notes.push(`⚠️ ${line}`);
            }
        }
        context.rows.push([
            record.deployment,
            `migration ${record.migrationId}: ${(0,_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .describeMigration */ .K)(migration)}; ${expiry}`
        ]);
        shown.push(record.deployment);
        context.log.info(`${record.deployment}: migration ${record.migrationId} ${(0,_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .describeMigration */ .K)(migration)}; ${expiry}`);
    }
    context.outputs.migrations = JSON.stringify(shown);
    return `${shown.length} migration${shown.length === 1 ? '' : 's'} in flight${warned ? `, ${warned} within 24 h of expiry` : ''}`;
}


/***/ }),

/***/ 9995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ Ledger),
/* harmony export */   Xy: () => (/* binding */ EXPIRY_MS)
/* harmony export */ });
/* unused harmony export LEDGER_ENVIRONMENT */
/* harmony import */ var _migration_watch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7658);

const LEDGER_ENVIRONMENT = 'live-migration-ledger';
const TASK_PREFIX = 'live-migration:';
/** Atlas expires a migration this long after it first became ready; the API does not extend it. */
const EXPIRY_MS = 120 * 3600 * 1000;
const STATE = {
    NEW: 'queued',
    WORKING: 'in_progress',
    COMPLETE: 'success',
    FAILED: 'failure',
    EXPIRED: 'error'
};
/** What counts as a change worth a status: not the lag, which moves at every read. */
const stateLine = (description) => description.replace(/ lag=\S*$/, '');
function toRecord(d) {
    const p = d.payload;
    if (!d.task.startsWith(TASK_PREFIX) || typeof p.migrationId !== 'string' || typeof p.projectId !== 'string')
        return undefined;
    return {
        id: d.id,
        deployment: d.task.slice(TASK_PREFIX.length),
        migrationId: p.migrationId,
        projectId: p.projectId,
        source: typeof p.source === 'string' ? p.source : undefined,
        destination: typeof p.destination === 'string' ? p.destination : undefined,
        startedAt: typeof p.startedAt === 'string' ? p.startedAt : d.createdAt
    };
}
class Ledger {
    client;
    sha;
    constructor(client, 
    /** The commit a new record names (GitHub's deployments need a ref; nothing is deployed). */
    sha) {
        this.client = client;
        this.sha = sha;
    }
    /** The deployment's newest record, if any. */
    async newest(deployment) {
        const found = await this.client.deployments(LEDGER_ENVIRONMENT, TASK_PREFIX + deployment);
        return found.map(toRecord).find(r => r !== undefined);
    }
    /** The newest record of every deployment. */
    async all() {
        const seen = new Map();
        for (const d of await this.client.deployments(LEDGER_ENVIRONMENT)) {
            const record = toRecord(d);
            if (record && !seen.has(record.deployment))
                seen.set(record.deployment, record);
        }
        return [...seen.values()];
    }
    async create(record) {
        const { deployment, ...payload } = record;
        const created = await this.client.createDeployment({
            ref: this.sha,
            task: TASK_PREFIX + deployment,
            environment: LEDGER_ENVIRONMENT,
            description: `Live migration of ${deployment}`.slice(0, 140),
            payload
        });
        return { ...record, id: created.id };
    }
    async history(record) {
        const statuses = await this.client.statuses(record.id); // newest first
        const ready = statuses.filter(s => / ready=true/.test(s.description)).at(-1);
        return { last: statuses[0]?.description, lastState: statuses[0]?.state, firstReadyAt: ready?.createdAt };
    }
    /** Appends the migration's state when it differs from the last one recorded; says whether it did. */
    async note(record, migration, history) {
        const line = (0,_migration_watch__WEBPACK_IMPORTED_MODULE_0__/* .describeMigration */ .K)(migration);
        const last = (history ?? (await this.history(record))).last;
        if (last !== undefined && stateLine(last) === stateLine(line))
            return false;
        await this.client.addStatus(record.id, STATE[migration.status] ?? 'in_progress', line);
        return true;
    }
}


/***/ })

};
