export const id = 964;
export const ids = [964];
export const modules = {

/***/ 882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O$: () => (/* binding */ unreadable),
/* harmony export */   PS: () => (/* binding */ callForObject),
/* harmony export */   T1: () => (/* binding */ call),
/* harmony export */   cn: () => (/* binding */ callForField),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5979);
/* harmony import */ var _secrets__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7194);
/* harmony import */ var _transport_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4182);
// Where an API answer is judged: a 2xx from the API is success, anything else becomes an error with
// the API's own words. A 2xx that is not the API's (an HTML page from a proxy) is not success.



async function call(session, request, onAnswer) {
    const response = await session.send(request);
    onAnswer?.(response);
    if (!(0,_transport_http__WEBPACK_IMPORTED_MODULE_2__/* .isSuccess */ .oJ)(response.status)) {
        throw _errors__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD.fromResponse(request.operation, request.method, response, session.names, request.permission);
    }
    if (response.body.trim() !== '' && parseJson(response.body) === undefined) {
        const type = String(response.headers['content-type'] ?? '');
        unreadable(session, request, response, `is not an API answer (${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .describeNonJson */ .x2)((0,_secrets__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(response.body), type)})`);
    }
    return response;
}
/** Sends the request and returns its 2xx JSON object, which must carry `field`. */
async function callForObject(session, request, field, onAnswer) {
    const response = await call(session, request, onAnswer);
    const body = parseJson(response.body);
    const value = body?.[field];
    if (!body || value === undefined || value === null || value === '') {
        unreadable(session, request, response, `did not carry '${field}' in its body`);
    }
    return body;
}
/**
 * A 2xx that cannot be read. After a read it says to check the host; after a call that changes
 * state it says the change may have happened, and what to check, since a re-run could do it twice.
 */
function unreadable(session, request, response, what) {
    const answer = response ? `${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .answerLine */ .NO)(response.status, request.method, response.url)} ${what}` : what;
    if (request.method !== 'GET') {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeUnknownError */ .Do(request.operation, answer, `${request.ifUncertain} ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .notTheApi */ .XK)(session.names)}`);
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedAnswerError */ .qx(`${request.operation}: ${answer}. ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .notTheApi */ .XK)(session.names)}`);
}
/** Sends the request and returns one field of the 2xx JSON answer, which must be there. */
async function callForField(session, request, field) {
    return (await callForObject(session, request, field))[field];
}
/** A JSON object or array, or undefined for anything else. */
function parseJson(text) {
    try {
        const value = JSON.parse(text);
        return value !== null && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uz: () => (/* binding */ MigrationClient)
/* harmony export */ });
/* unused harmony exports MIGRATION_REQUEST_VERSION, MIGRATION_READ_VERSION */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5979);
/* harmony import */ var _transport_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2211);
/* harmony import */ var _call__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(882);
/* harmony import */ var _path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9533);
/* harmony import */ var _reads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7109);
// Atlas Admin API v2, Cloud Migration Service: everything after the link — discovery, validation,
// the migration and its cut-over. Knows the API, not GitHub.





/** Validate and create exist at 2024-05-30 (dropDestinationData); every other call only at 2023-01-01. */
const MIGRATION_REQUEST_VERSION = '2024-05-30';
const MIGRATION_READ_VERSION = '2023-01-01';
class MigrationClient {
    session;
    /** The project bucket's level as the last answer showed it, for pacing polls (pollSlowdown). */
    budget;
    seen = (response) => {
        this.budget = (0,_transport_retry__WEBPACK_IMPORTED_MODULE_1__/* .rateBudgetOf */ .zS)(response.headers) ?? this.budget;
    };
    constructor(session) {
        this.session = session;
    }
    /** GET /orgs/{orgId}/liveMigrations/availableProjects: the linked source projects and their deployments. */
    async availableProjects(orgId) {
        const request = {
            operation: 'List migration sources',
            method: 'GET',
            path: (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So) `/api/atlas/v2/orgs/${(0,_path__WEBPACK_IMPORTED_MODULE_3__/* .mongoId */ .md)(orgId, 'organization ID')}/liveMigrations/availableProjects`,
            accept: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .atlasMedia */ .q)(MIGRATION_READ_VERSION)
        };
        const response = await (0,_call__WEBPACK_IMPORTED_MODULE_2__/* .call */ .T1)(this.session, request);
        const body = (0,_call__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(response.body);
        if (!Array.isArray(body)) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedAnswerError */ .qx(`${request.operation}: ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .answerLine */ .NO)(response.status, 'GET', response.url)} was not a JSON array of projects. ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .notTheApi */ .XK)(this.session.names)}`);
        }
        return body;
    }
    /** POST /groups/{groupId}/liveMigrations/validate: starts a validation job. */
    async validate(projectId, body) {
        const request = {
            operation: 'Validate migration',
            method: 'POST',
            path: (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So) `/api/atlas/v2/groups/${groupId(projectId)}/liveMigrations/validate`,
            accept: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .atlasMedia */ .q)(MIGRATION_REQUEST_VERSION),
            contentType: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .atlasMedia */ .q)(MIGRATION_REQUEST_VERSION),
            body: JSON.stringify(body),
            // Each POST starts a validation job; repeating one is harmless but not free: only where Atlas did not act.
            idempotent: false,
            ifUncertain: 'a validation job may have started; re-running the step starts another, which is harmless.'
        };
        return validation(await (0,_call__WEBPACK_IMPORTED_MODULE_2__/* .callForObject */ .PS)(this.session, request, '_id', this.seen));
    }
    /** GET /groups/{groupId}/liveMigrations/validate/{validationId} */
    async getValidation(projectId, validationId) {
        const id = (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .mongoId */ .md)(validationId, 'validation ID');
        const request = {
            operation: 'Get validation status',
            method: 'GET',
            path: (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So) `/api/atlas/v2/groups/${groupId(projectId)}/liveMigrations/validate/${id}`,
            accept: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .atlasMedia */ .q)(MIGRATION_READ_VERSION),
            poll: true
        };
        return validation(await (0,_call__WEBPACK_IMPORTED_MODULE_2__/* .callForObject */ .PS)(this.session, request, '_id', this.seen));
    }
    /** POST /groups/{groupId}/liveMigrations: starts the migration. Not idempotent: a repeat would start a second one. */
    async create(projectId, body) {
        const request = {
            operation: 'Start migration',
            method: 'POST',
            path: (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So) `/api/atlas/v2/groups/${groupId(projectId)}/liveMigrations`,
            accept: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .atlasMedia */ .q)(MIGRATION_REQUEST_VERSION),
            contentType: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .atlasMedia */ .q)(MIGRATION_REQUEST_VERSION),
            body: JSON.stringify(body),
            idempotent: false,
            ifUncertain: `a migration of ${body.source.clusterName} into cluster ${body.destination.clusterName} may have started. Do not re-run start-migration: a second migration would take migration host ${body.migrationHosts[0]} again, and the API cannot list migrations. Find it in the Atlas UI (project ${projectId}, cluster ${body.destination.clusterName}: its live migration), then follow it with mode migration-status and its ID.`
        };
        return migration(await (0,_call__WEBPACK_IMPORTED_MODULE_2__/* .callForObject */ .PS)(this.session, request, '_id', this.seen));
    }
    /** GET /groups/{groupId}/liveMigrations/{liveMigrationId} */
    /** With poll: true (a wait's read), a 429 comes back to the wait instead of being waited out here. */
    async get(projectId, migrationId, { poll = false } = {}) {
        const id = (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .mongoId */ .md)(migrationId, 'migration ID');
        const request = {
            operation: 'Get migration',
            method: 'GET',
            path: (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So) `/api/atlas/v2/groups/${groupId(projectId)}/liveMigrations/${id}`,
            accept: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .atlasMedia */ .q)(MIGRATION_READ_VERSION),
            poll
        };
        return migration(await (0,_call__WEBPACK_IMPORTED_MODULE_2__/* .callForObject */ .PS)(this.session, request, '_id', this.seen));
    }
    /** PUT /groups/{groupId}/liveMigrations/{liveMigrationId}/cutover: 202 in the spec, 204 in practice. */
    async cutover(projectId, migrationId) {
        const id = (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .mongoId */ .md)(migrationId, 'migration ID');
        await (0,_call__WEBPACK_IMPORTED_MODULE_2__/* .call */ .T1)(this.session, {
            operation: 'Cut over',
            method: 'PUT',
            path: (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So) `/api/atlas/v2/groups/${groupId(projectId)}/liveMigrations/${id}/cutover`,
            accept: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .atlasMedia */ .q)(MIGRATION_READ_VERSION),
            ifUncertain: `the cut-over of migration ${migrationId} may have started: check with mode migration-status before running cutover again.`
        });
    }
}
/** The project ID as the path's {groupId}, checked before it goes in (as is every ID, given or from an answer). */
const groupId = (projectId) => (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .mongoId */ .md)(projectId, 'project ID');
function validation(body) {
    return {
        id: String(body._id),
        status: typeof body.status === 'string' ? body.status : 'PENDING',
        errorMessage: typeof body.errorMessage === 'string' && body.errorMessage !== '' ? body.errorMessage : undefined
    };
}
function migration(body) {
    return {
        id: String(body._id),
        status: typeof body.status === 'string' ? body.status : 'UNKNOWN',
        readyForCutover: body.readyForCutover === true,
        lagSeconds: typeof body.lagTimeSeconds === 'number' ? body.lagTimeSeconds : undefined
    };
}


/***/ }),

/***/ 9533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SL: () => (/* binding */ clusterName),
/* harmony export */   So: () => (/* binding */ apiPath),
/* harmony export */   ZB: () => (/* binding */ pathValue),
/* harmony export */   dS: () => (/* binding */ encoded),
/* harmony export */   md: () => (/* binding */ mongoId)
/* harmony export */ });
/* harmony import */ var _errors_kinds__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2432);
/* harmony import */ var _forms__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1388);
// Every value that becomes part of a URL path is checked against MongoDB's documented pattern, then
// encoded, before anything is sent: a name such as payments/../prod must never read another path.



/** Percent-encoded, but for ':' (a path or query may hold it, and the spec's IPv6 form shows it bare). */
const encoded = (value) => encodeURIComponent(value).replace(/%3A/gi, ':');
function refused(what, value, expected) {
    const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    throw new _errors_kinds__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(`The ${what} ${shown} is not ${expected}. Nothing was sent.`);
}
/**
 * A request path whose every interpolated value is one encoded segment:
 * apiPath`/api/atlas/v2/groups/${projectId}/clusters/${name}`. Refuses '', '.' and '..', which
 * encoding leaves as they are.
 */
function apiPath(parts, ...values) {
    let path = parts[0] ?? '';
    values.forEach((value, i) => {
        // URL parsing drops or resolves each of these; a lone surrogate cannot be encoded.
        if (['', '.', '..'].includes(value) || !/^[^\uD800-\uDFFF]*$/u.test(value)) {
            refused(`path segment after ${path}`, value, 'well-formed text other than "", "." or ".."');
        }
        path += encoded(value) + (parts[i + 1] ?? '');
    });
    return path;
}
/** An organization, project, migration, validation or endpoint service ID (the spec's ^[a-f0-9]{24}$). */
function mongoId(value, what) {
    if (!(0,_forms__WEBPACK_IMPORTED_MODULE_1__/* .isMongoId */ .eh)(value))
        refused(what, value, 'an ID of 24 lowercase hexadecimal characters');
    return value;
}
/** An Atlas cluster name (the spec's ^[a-zA-Z0-9][a-zA-Z0-9-]*$, and Atlas's 64 characters at most). */
function clusterName(value, what = 'cluster name') {
    if (!(0,_forms__WEBPACK_IMPORTED_MODULE_1__/* .isClusterName */ .Qq)(value))
        refused(what, value, `an Atlas cluster name (${_forms__WEBPACK_IMPORTED_MODULE_1__/* .CLUSTER_NAME_FORM */ .Gm})`);
    return value;
}
/** The value when isPathValue, else a StepError that names it. */
function pathValue(value, what, { slashes = false } = {}) {
    const slash = slashes ? '' : ", '/'";
    if (!(0,_forms__WEBPACK_IMPORTED_MODULE_1__/* .isPathValue */ .DK)(value, { slashes })) {
        refused(what, value, `a ${what}: no spaces, control characters${slash} or '\\', and not "." or ".."`);
    }
    return value;
}


/***/ }),

/***/ 7109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   LF: () => (/* binding */ read),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   dS: () => (/* reexport safe */ _path__WEBPACK_IMPORTED_MODULE_2__.dS),
/* harmony export */   q: () => (/* binding */ atlasMedia),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   s$: () => (/* binding */ readAllPages)
/* harmony export */ });
/* unused harmony exports PAGE_SIZE, MAX_PAGES */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5979);
/* harmony import */ var _call__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(882);
/* harmony import */ var _path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9533);
// What the read-only clients share: the versioned media type, a GET request, every page of a
// paginated read, and readers of one field of an answer that never trust its type.


/** Kept here too: the readers imported it from this file before path.ts had it. */

/** Atlas's versioned media type: application/vnd.atlas.<date>+json. */
const atlasMedia = (version) => `application/vnd.atlas.${version}+json`;
function read(operation, path, accept) {
    return { operation, method: 'GET', path, accept };
}
const PAGE_SIZE = 500;
const MAX_PAGES = 20;
/**
 * Every `results[]` of a paginated read (`{links, results, totalCount}`), page after page until a
 * short page: `totalCount` is only an estimate. Stops with an error rather than read past maxPages.
 */
async function readAllPages(session, request, { itemsPerPage = PAGE_SIZE, maxPages = MAX_PAGES } = {}) {
    const all = [];
    const separator = request.path.includes('?') ? '&' : '?';
    for (let pageNum = 1; pageNum <= maxPages; pageNum++) {
        const page = {
            ...request,
            path: `${request.path}${separator}itemsPerPage=${itemsPerPage}&pageNum=${pageNum}`
        };
        const response = await (0,_call__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(session, page);
        const results = asRecord((0,_call__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(response.body))?.results;
        if (!Array.isArray(results))
            (0,_call__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(session, page, response, "did not carry 'results' in its body");
        all.push(...results);
        if (results.length < itemsPerPage)
            return all;
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(`${request.operation}: stopped after ${maxPages} full pages of ${itemsPerPage} (${all.length} entries) with more to come; ` +
        'this action reads no more than that.');
}
function asRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}
const text = (value) => typeof value === 'string' && value !== '' ? value : undefined;
const flag = (value) => (typeof value === 'boolean' ? value : undefined);
const number = (value) => typeof value === 'number' && Number.isFinite(value) ? value : undefined;


/***/ }),

/***/ 2964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   migrationsInFlight: () => (/* binding */ migrationsInFlight)
/* harmony export */ });
/* harmony import */ var _clients_migration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9924);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5979);
/* harmony import */ var _summary_view__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3877);
/* harmony import */ var _github_run__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1362);
/* harmony import */ var _ledger__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9995);
/* harmony import */ var _migration_watch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7658);






const WARN_MS = 24 * 3600 * 1000;
const ENDED_STATES = ['success', 'failure', 'error'];
/** Atlas's statuses after which a migration is no longer in flight. */
const ENDED = ['COMPLETE', 'FAILED', 'EXPIRED'];
const hours = (ms) => `${Math.floor(ms / 3_600_000)} h ${Math.floor((ms % 3_600_000) / 60_000)} min`;
async function migrationsInFlight(config, open, context) {
    const github = (0,_github_run__WEBPACK_IMPORTED_MODULE_3__/* .openGitHub */ .o)(config.githubToken, open);
    const ledger = new _ledger__WEBPACK_IMPORTED_MODULE_4__/* .Ledger */ .Oc(github.client, github.sha, m => context.log.warning(m));
    const client = new _clients_migration__WEBPACK_IMPORTED_MODULE_0__/* .MigrationClient */ .Uz(open(config.atlas));
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
                err instanceof _errors__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD &&
                err.status === 404)
                continue; // recorded as ended, and Atlas no longer has it
            rows.push(['❌', record.deployment, record.migrationId, `could not be read: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, '', '']);
            continue;
        }
        if (config.recordStatus) {
            try {
                if ((await ledger.note(record, migration, history)) && (0,_migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .isReady */ .i_)(migration) && !history.firstReadyAt)
                    history.firstReadyAt = new Date(context.clock.now()).toISOString();
            }
            catch (err) {
                notRecorded.push(record.deployment);
                context.log.warning(`${record.deployment}: the ledger did not record ${(0,_migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .describeMigration */ .K)(migration)} (${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}).`);
            }
        }
        if (ENDED.includes(migration.status))
            continue;
        const firstReady = history.firstReadyAt
            ? Date.parse(history.firstReadyAt)
            : (0,_migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .isReady */ .i_)(migration)
                ? context.clock.now()
                : undefined;
        let expiry = 'not ready yet';
        let marker = '⏳';
        if (firstReady !== undefined && migration.status === 'WORKING') {
            const left = firstReady + _migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .CUTOVER_WINDOW_MS */ .v2 - context.clock.now();
            marker = left < WARN_MS ? '⚠️' : '✅';
            if (!soonest || firstReady + _migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .CUTOVER_WINDOW_MS */ .v2 < soonest.at)
                soonest = { deployment: record.deployment, at: firstReady + _migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .CUTOVER_WINDOW_MS */ .v2 };
            expiry = `expires ${(0,_summary_view__WEBPACK_IMPORTED_MODULE_2__/* .utc */ .n$)(firstReady + _migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .CUTOVER_WINDOW_MS */ .v2)} (${left > 0 ? `${hours(left)} left` : 'past'})${history.firstReadyAt ? '' : ', first seen ready now (not recorded)'}`;
            if (left < WARN_MS) {
                warned++;
                const line = `${record.deployment}: migration ${record.migrationId} expires ${(0,_summary_view__WEBPACK_IMPORTED_MODULE_2__/* .utc */ .n$)(firstReady + _migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .CUTOVER_WINDOW_MS */ .v2)}, ${left > 0 ? `${hours(left)} from now` : 'already'}: approve its cut-over before then, or it ends EXPIRED.`;
                context.log.warning(line);
                context.notes.push(`⚠️ ${line}`);
            }
        }
        rows.push([
            marker,
            record.deployment,
            record.migrationId,
            (0,_migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .describeMigration */ .K)(migration),
            history.firstReadyAt ?? '',
            expiry
        ]);
        shown.push(record.deployment);
        context.log.info(`${record.deployment}: migration ${record.migrationId} ${(0,_migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .describeMigration */ .K)(migration)}; ${expiry}`);
    }
    context.outputs.migrations = JSON.stringify(shown);
    context.outputs['not-recorded'] = JSON.stringify(notRecorded);
    context.tables.push({
        heading: `Migrations in flight (${shown.length})`,
        header: ['', 'Deployment', 'Migration', 'Status', 'First seen ready', 'Cut-over window'],
        rows
    });
    const ready = rows.filter(r => r[0] === '✅' || r[0] === '⚠️').length;
    context.headline.title = `${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .counted */ .hS)(shown.length, 'migration')} in flight: ${ready} ready for cut-over${warned ? `, ${warned} within 24 h of expiry` : ''}`;
    context.headline.next = soonest
        ? `Stop writes to the source of ${soonest.deployment}, then approve its pending cut-over before ${(0,_summary_view__WEBPACK_IMPORTED_MODULE_2__/* .utc */ .n$)(soonest.at)} (after that Atlas ends it EXPIRED).`
        : 'Nothing to approve yet: this workflow shows each migration again on its next run.';
    if (notRecorded.length > 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg(`The ledger did not record the status of ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .counted */ .hS)(notRecorded.length, 'deployment')}: ${notRecorded.join(', ')}. The table above is complete (read from Atlas); run this workflow again to record them.`);
    }
    return `${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .counted */ .hS)(shown.length, 'migration')} in flight${warned ? `, ${warned} within 24 h of expiry` : ''}`;
}


/***/ }),

/***/ 3877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ htmlTable),
/* harmony export */   RW: () => (/* binding */ outcomeLine),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   n$: () => (/* binding */ utc),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   qi: () => (/* binding */ renderView)
/* harmony export */ });
/* unused harmony export OUTCOME_MARKERS */
// The shape every job summary shares, for any mode to call: a title that says what the step did,
// one outcome line with a marker people know and the numbers that matter, what to do next, then
// the details. HTML, as the runner's summary API writes it; every text is escaped here.
const OUTCOME_MARKERS = {
    succeeded: '✅',
    failed: '❌',
    waiting: '⏳',
    cancelled: '⏹️'
};
const escapeHtml = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const capitalised = (text) => text.charAt(0).toUpperCase() + text.slice(1);
/** The outcome line, as the log's last line and the summary's first: "✅ Succeeded · migration 66f… · …". */
function outcomeLine(view) {
    return [`${OUTCOME_MARKERS[view.outcome]} ${capitalised(view.outcome)}`, ...view.facts].join(' · ');
}
/** A table; header cells first. Cells are text, escaped here. */
function htmlTable(header, rows) {
    const row = (cells, tag) => `<tr>${cells.map(c => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
    return `<table>${row(header, 'th')}${rows.map(r => row(r, 'td')).join('')}</table>`;
}
/**
 * A summary as HTML: its head (title, outcome, message, next), then the sections that say what the
 * step found (checks, waits), then its details table.
 */
function renderView(view, sections = []) {
    const marker = OUTCOME_MARKERS[view.outcome];
    const parts = [
        `<h3>${marker} ${escapeHtml(view.title)}</h3>`,
        `<p>${marker} <strong>${capitalised(view.outcome)}</strong>${view.facts.map(f => ` · ${escapeHtml(f)}`).join('')}</p>`
    ];
    if (view.message)
        parts.push(`<blockquote>${escapeHtml(view.message)}</blockquote>`);
    const link = view.link ? ` <a href="${escapeHtml(view.link.href)}">${escapeHtml(view.link.text)}</a>` : '';
    parts.push(`<p><strong>Next:</strong> ${escapeHtml(view.next)}${link}</p>`, ...sections);
    if (view.rows.length > 0)
        parts.push('<h4>Details</h4>', htmlTable(['Detail', 'Value'], view.rows));
    return `${parts.join('\n')}\n`;
}
/** A duration as a person reads it: 850 ms, 12.3 s, 5 min 20 s, 2 h 5 min. */
function duration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
    const minutes = Math.floor(ms / 60_000);
    if (minutes < 60)
        return `${minutes} min ${Math.floor((ms % 60_000) / 1000)} s`;
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
/** A time in UTC, to the minute: 2026-12-01 10:04 UTC. */
const utc = (ms) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;


/***/ })

};
