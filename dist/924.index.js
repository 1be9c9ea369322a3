export const id = 924;
export const ids = [924];
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
/* harmony import */ var _transport_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6291);
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


/***/ })

};
