export const id = 874;
export const ids = [874];
export const modules = {

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


/***/ }),

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
    const ledger = new _ledger__WEBPACK_IMPORTED_MODULE_2__/* .Ledger */ .Oc(github.client, github.sha);
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
