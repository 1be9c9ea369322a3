export const id = 920;
export const ids = [920,924];
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


/***/ }),

/***/ 1920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  plan: () => (/* binding */ plan)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __webpack_require__(833);
// EXTERNAL MODULE: ./src/clients/migration.ts
var migration = __webpack_require__(9924);
// EXTERNAL MODULE: ./src/errors/index.ts + 3 modules
var errors = __webpack_require__(5979);
// EXTERNAL MODULE: ./src/preflight/mode.ts + 11 modules
var mode = __webpack_require__(2558);
// EXTERNAL MODULE: ./src/preflight/verdict.ts
var preflight_verdict = __webpack_require__(554);
// EXTERNAL MODULE: ./src/transport/shared-reads.ts
var shared_reads = __webpack_require__(6884);
;// CONCATENATED MODULE: ./src/plan/conflicts.ts
// What the plan's entries turn into once the org's migration sources are known, and the conflicts
// that would make migrations fail or collide. Pure: from the plan and each org's availableProjects.

/** GitHub runs at most this many legs of one matrix. */
const MAX_MATRIX_LEGS = 256;
const conflictOf = (kind, entries, message) => ({
    kind,
    entries: entries.map(e => e.name),
    lines: entries.map(e => e.line),
    message
});
const at = (entries) => entries.map(e => `${e.name} (line ${e.line})`).join(', ');
/**
 * Finds each entry's source among its org's projects, assigns hosts, and lists every conflict.
 * `unreadable` holds the orgs whose sources the API refused, with why.
 */
function resolvePlan(entries, sourcesByOrg, unreadable = new Map()) {
    const conflicts = [];
    const resolved = [];
    for (const [orgId, why] of unreadable) {
        const of = entries.filter(e => e.orgId === orgId);
        conflicts.push(conflictOf('org-unreadable', of, `Atlas org ${orgId} (${(0,errors/* counted */.hS)(of.length, 'deployment')}, first on line ${of[0]?.line}): its migration sources could not be read: ${why}`));
    }
    for (const entry of entries) {
        if (unreadable.has(entry.orgId))
            continue;
        const projects = sourcesByOrg.get(entry.orgId) ?? [];
        const matches = projects.flatMap(project => (project.deployments ?? [])
            .filter(d => d.name === entry.source)
            .filter(() => !entry.sourceProject || [project.projectId, project.name].includes(entry.sourceProject))
            .map(deployment => ({ project, deployment })));
        const match = matches[0];
        if (match === undefined) {
            conflicts.push(conflictOf('unknown-deployment', [entry], `${at([entry])}: no deployment ${entry.source}${entry.sourceProject ? ` in project ${entry.sourceProject}` : ''} among the migration sources of Atlas org ${entry.orgId}: check its name, and that its organization is linked and SYNCED.`));
        }
        else if (matches.length > 1) {
            conflicts.push(conflictOf('ambiguous-deployment', [entry], `${at([entry])}: ${matches.length} deployments are named ${entry.source} (in ${matches.map(m => `${m.project.name} ${m.project.projectId}`).join(', ')}): set source-project.`));
        }
        else
            resolved.push({ entry, ...match });
    }
    conflicts.push(...twice(resolved), ...assignHosts(resolved), ...matrixSizes(entries));
    return { resolved, conflicts };
}
/** The same source, or the same destination cluster, in two entries. */
function twice(resolved) {
    const conflicts = [];
    const groups = (key) => {
        const by = new Map();
        for (const r of resolved)
            by.set(key(r), [...(by.get(key(r)) ?? []), r.entry]);
        return [...by.entries()].filter(([, list]) => list.length > 1);
    };
    for (const [, list] of groups(r => `${r.project.projectId}/${r.deployment.name}`)) {
        conflicts.push(conflictOf('listed-twice', list, `${at(list)}: the same source deployment is listed twice.`));
    }
    for (const [key, list] of groups(r => `${r.entry.projectId}/${r.entry.cluster}`)) {
        conflicts.push(conflictOf('destination-twice', list, `${at(list)}: all migrate into destination cluster ${key.split('/')[1]} of project ${key.split('/')[0]}; a migration needs a cluster of its own.`));
    }
    return conflicts;
}
/** Hosts per wave: a host named twice in a wave collides; entries without one get the project's free ones. */
function assignHosts(resolved) {
    const conflicts = [];
    const waves = new Map();
    for (const r of resolved)
        waves.set(r.entry.wave, [...(waves.get(r.entry.wave) ?? []), r]);
    for (const [wave, list] of waves) {
        const byHost = new Map();
        for (const r of list) {
            const host = r.entry.migrationHost;
            if (host === undefined)
                continue;
            const listed = r.project.migrationHosts;
            if (listed !== undefined && !listed.includes(host)) {
                conflicts.push(conflictOf('unknown-host', [r.entry], `${at([r.entry])}: migration host ${host} is not one of project ${r.project.name}'s (${listed.join(', ') || 'none'}).`));
            }
            r.migrationHost = host;
            byHost.set(host, [...(byHost.get(host) ?? []), r.entry]);
        }
        for (const [host, users] of byHost) {
            if (users.length > 1) {
                conflicts.push(conflictOf('host-twice-in-wave', users, `${at(users)}: wave ${wave} runs ${users.length} migrations through migration host ${host}; each migration needs its own host: move some to another wave or host.`));
            }
        }
        // Entries without a host take their project's hosts that nobody in the wave named, in order.
        const byProject = new Map();
        for (const r of list.filter(r => r.entry.migrationHost === undefined)) {
            byProject.set(r.project.projectId, [...(byProject.get(r.project.projectId) ?? []), r]);
        }
        for (const needing of byProject.values()) {
            const project = needing[0].project;
            const free = (project.migrationHosts ?? []).filter(host => !byHost.has(host));
            needing.forEach((r, i) => {
                r.migrationHost = free[i];
            });
            if (needing.length > free.length) {
                const entries = needing.map(r => r.entry);
                conflicts.push(conflictOf('wave-larger-than-hosts', entries, `${at(entries)}: wave ${wave} needs ${needing.length} migration hosts of project ${project.name} and it has ${free.length} free (${free.join(', ') || 'none'}): provision more, or spread these over more waves.`));
            }
        }
    }
    return conflicts;
}
/** A wave runs as one matrix: GitHub runs at most 256 legs of it. */
function matrixSizes(entries) {
    const counts = new Map();
    for (const e of entries)
        counts.set(e.wave, [...(counts.get(e.wave) ?? []), e]);
    return [...counts]
        .filter(([, list]) => list.length > MAX_MATRIX_LEGS)
        .map(([wave, list]) => conflictOf('wave-larger-than-matrix', list, `wave ${wave} has ${list.length} deployments; a GitHub matrix runs at most ${MAX_MATRIX_LEGS}: split it.`));
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/forms.ts
var src_forms = __webpack_require__(1388);
;// CONCATENATED MODULE: ./src/plan/schema.ts
// The plan file's schema (JSON Schema, draft-07, checked with Ajv): a fleet of source deployments,
// each with its destination, migration host and wave, and defaults so that 200 entries stay short.
// The README's "Plan a fleet" documents the same keys; a test keeps the two in step.
const ID = { type: 'string', pattern: '^[0-9a-f]{24}$', description: 'a 24-hex ID' };
const NAME = { type: 'string', minLength: 1, maxLength: 128, pattern: '^[^\\u0000-\\u001f\\u007f]+$' };
/** A Cloud Manager deployment's name: one line, and never a path (no '/' or backslash, not '.' or '..'). */
const SOURCE = {
    ...NAME,
    pattern: '^(?!\\.\\.?$)[^/\\\\\\u0000-\\u001f\\u007f]+$',
    description: `a deployment name: one line, no '/' or '\\', not "." or ".."`
};
/** Atlas cluster names: letters, digits and hyphens, at most 64 (Atlas's own rule, as clients/path.ts checks it). */
const CLUSTER = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,63}$', description: 'an Atlas cluster name' };
const HOST = { type: 'string', pattern: '^[A-Za-z0-9.:[\\]_-]{1,253}$', description: 'a host name' };
const WAVE = {
    anyOf: [
        { type: 'integer', minimum: 1 },
        { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$' }
    ],
    description: 'a wave: a whole number from 1, or a short name'
};
/** Keys an entry can take from `defaults`. */
const SHARED = {
    'org-id': ID,
    'project-id': ID,
    'source-project': NAME,
    'hostname-schema-type': { enum: ['PUBLIC', 'PRIVATE_LINK', 'VPC_PEERING'] },
    'source-auth': { enum: ['managed', 'credentials'] },
    wave: WAVE
};
const PLAN_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    required: ['deployments'],
    properties: {
        version: { const: 1 },
        defaults: { type: 'object', additionalProperties: false, properties: SHARED },
        'migration-host-ips': {
            type: 'object',
            description: 'each migration host and its outbound addresses',
            propertyNames: HOST,
            additionalProperties: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }
        },
        deployments: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['source'],
                properties: {
                    ...SHARED,
                    name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$', description: 'a short name' },
                    source: SOURCE,
                    cluster: CLUSTER,
                    'migration-host': HOST,
                    'private-link-id': { type: 'string', pattern: '^[A-Za-z0-9._:/-]{1,256}$' }
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/plan/read.ts
// Reads a plan file: YAML (the `yaml` package, with positions), checked against the schema (Ajv),
// every mistake reported with its line and column, then the defaults applied. Pure but for the
// file's text, which the caller reads; sends nothing.





/** The plan file has mistakes: each is listed, with its place; nothing was sent. */
class PlanFileError extends Error {
    file;
    mistakes;
    constructor(file, mistakes) {
        const shown = mistakes.slice(0, 20).map(m => `${file}:${m.line}:${m.column}: ${m.message}`);
        const more = mistakes.length > 20 ? ` … and ${mistakes.length - 20} more` : '';
        super(`The plan file has ${(0,errors/* counted */.hS)(mistakes.length, 'mistake')}: ${shown.join('; ')}${more}. Nothing was sent.`);
        this.name = 'PlanFileError';
        this.file = file;
        this.mistakes = mistakes;
    }
}
let validator;
/** The plan in `text` (the file named `file`), or a PlanFileError listing every mistake. */
function readPlan(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        const { line, col } = lines.linePos(offset);
        return { line, column: col };
    };
    if (doc.errors.length > 0) {
        throw new PlanFileError(file, doc.errors.map(e => ({ ...at(e.pos[0]), message: `not valid YAML: ${e.message.split('\n')[0]}` })));
    }
    const value = doc.toJS();
    validator ??= new (ajv_default())({ allErrors: true, strict: true, verbose: true }).compile(PLAN_SCHEMA);
    if (!validator(value)) {
        throw new PlanFileError(file, describeErrors(validator.errors ?? [], doc, at));
    }
    const placeOf = (path) => {
        const node = doc.getIn(path, true);
        return node?.range ? at(node.range[0]) : { line: 1, column: 1 };
    };
    return applyDefaults(value, file, placeOf);
}
function applyDefaults(raw, file, placeOf) {
    const defaults = raw.defaults ?? {};
    const mistakes = [];
    const entries = raw.deployments.map((given, index) => {
        const entry = { ...defaults, ...given };
        const { line } = placeOf(['deployments', index]);
        for (const key of ['org-id', 'project-id']) {
            if (entry[key] === undefined) {
                mistakes.push({ line, column: 3, message: `deployments[${index}] has no ${key}, and defaults give none` });
            }
        }
        // Without a cluster key the source's name is the destination's, which goes into request paths.
        if (entry.cluster === undefined && !(0,src_forms/* isClusterName */.Qq)(given.source)) {
            mistakes.push({
                ...placeOf(['deployments', index, 'source']),
                message: `deployments[${index}].source ${JSON.stringify(given.source)} is the destination cluster's name too (there is no cluster key), and is not an Atlas cluster name (${src_forms/* CLUSTER_NAME_FORM */.Gm}): give cluster`
            });
        }
        const sourceProject = entry['source-project'];
        return {
            name: entry.name ?? (sourceProject ? `${sourceProject}/${given.source}` : given.source),
            line,
            orgId: entry['org-id'],
            projectId: entry['project-id'],
            sourceProject,
            source: given.source,
            cluster: entry.cluster ?? given.source,
            migrationHost: entry['migration-host'],
            hostnameSchemaType: entry['hostname-schema-type'] ?? 'PUBLIC',
            privateLinkId: entry['private-link-id'],
            sourceAuth: entry['source-auth'] ?? 'managed',
            wave: String(entry.wave ?? 1)
        };
    });
    const seen = new Map();
    for (const entry of entries) {
        const first = seen.get(entry.name);
        if (first) {
            mistakes.push({
                line: entry.line,
                column: 3,
                message: `the name '${entry.name}' is used already on line ${first.line}: give each deployment its own name`
            });
        }
        else
            seen.set(entry.name, entry);
    }
    if (mistakes.length > 0)
        throw new PlanFileError(file, mistakes);
    return { entries, hostIps: raw['migration-host-ips'] ?? {} };
}
/** Ajv's errors as mistakes at the right line: one per place, the most telling message for it. */
function describeErrors(errors, doc, at) {
    const anyOfAt = new Set(errors.filter(e => e.keyword === 'anyOf').map(e => e.instancePath));
    const mistakes = [];
    for (const error of errors) {
        // A value that fits no branch of an anyOf: one message from the anyOf, not one per branch.
        if (error.keyword !== 'anyOf' && anyOfAt.has(error.instancePath))
            continue;
        // A bad key: the key's own error (its pattern) says it; propertyNames only repeats it.
        if (error.keyword === 'propertyNames')
            continue;
        const path = error.instancePath
            .split('/')
            .slice(1)
            .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
            .map(part => (/^\d+$/.test(part) ? Number(part) : part));
        const key = keyOf(error);
        let offset = 0;
        const node = doc.getIn(path, true);
        if (key !== undefined && (0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find(item => item.key?.value === key);
            offset = pair?.key?.range?.[0] ?? node.range?.[0] ?? 0;
        }
        else
            offset = node?.range?.[0] ?? 0;
        mistakes.push({ ...at(offset), message: `${where(path)}${messageOf(error)}` });
    }
    return mistakes.sort((a, b) => a.line - b.line || a.column - b.column);
}
function keyOf(error) {
    const params = error.params;
    if (error.keyword === 'additionalProperties')
        return params.additionalProperty;
    return undefined;
}
function where(path) {
    if (path.length === 0)
        return 'the plan ';
    return `${path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')} `;
}
function messageOf(error) {
    const params = error.params;
    const schema = error.parentSchema;
    switch (error.keyword) {
        case 'additionalProperties': {
            const allowed = Object.keys(schema?.properties ?? {}).join(', ');
            return `has an unknown key '${params.additionalProperty}' (known: ${allowed})`;
        }
        case 'required':
            return `needs the key '${params.missingProperty}'`;
        case 'type':
            return `must be ${/^[aeiou]/.test(String(params.type)) ? 'an' : 'a'} ${params.type}`;
        case 'enum':
            return `must be one of ${params.allowedValues.join(', ')}`;
        case 'const':
            return `must be ${JSON.stringify(params.allowedValue)}`;
        case 'minItems':
            return `must list at least ${params.limit}`;
        default: {
            const got = typeof error.data === 'string' || typeof error.data === 'number' ? `; got ${JSON.stringify(error.data)}` : '';
            return `${schema?.description ? `must be ${schema.description}` : (error.message ?? 'is not valid')}${got}`;
        }
    }
}

;// CONCATENATED MODULE: ./src/plan/report.ts
// What a plan reports, built from its outcome: a matrix per wave for `strategy.matrix`, a compact
// JSON report (the step output) and a full one (a file), and a table per wave for the summary.
// Pure: the mode writes what this returns.


function legOf(r, hostIps) {
    const { entry, project, deployment } = r;
    return {
        'deployment-name': entry.name,
        'atlas-org-id': entry.orgId,
        'project-id': entry.projectId,
        'cluster-name': entry.cluster,
        'source-cluster-name': deployment.name,
        'source-project-id': project.projectId,
        'migration-host': r.migrationHost ?? '',
        'source-ssl': typeof deployment.tlsEnabled === 'boolean' ? String(deployment.tlsEnabled) : '',
        'source-auth': entry.sourceAuth,
        'hostname-schema-type': entry.hostnameSchemaType,
        'private-link-id': entry.privateLinkId ?? '',
        'migration-host-ips': (r.migrationHost ? (hostIps[r.migrationHost] ?? []) : []).join(',')
    };
}
/** Waves in order: numbers by value, then names as they first appear. */
function waveOrder(entries) {
    const waves = [...new Set(entries.map(e => e.wave))];
    const numeric = waves.filter(w => /^\d+$/.test(w)).sort((a, b) => Number(a) - Number(b));
    return [...numeric, ...waves.filter(w => !/^\d+$/.test(w))];
}
/** An entry's overall verdict: fail when it has a conflict or was not found, else its checks' worst. */
function verdictOf(outcome, conflicts) {
    if (!outcome.resolved || conflicts.some(c => c.entries.includes(outcome.entry.name)))
        return 'fail';
    return (0,preflight_verdict/* worst */.QZ)(outcome.checks.map(c => c.result));
}
const size = (bytes) => bytes === undefined
    ? '?'
    : bytes >= 1024 ** 3
        ? `${(bytes / 1024 ** 3).toFixed(1)} GiB`
        : `${Math.max(0, Math.round(bytes / 1024 ** 2))} MiB`;
/** The checks that did not pass, one line each: what a reviewer acts on. */
function problems(checks) {
    return checks.filter(c => c.result === 'fail' || c.result === 'warn');
}
/** Two summary cells: the checks by result, then what to fix (conflicts, checks failed or warned). */
function preflightCells(outcome, conflicts) {
    if (!outcome.resolved)
        return ['not found', 'See the conflicts above.'];
    const mine = conflicts.filter(c => c.entries.includes(outcome.entry.name)).map(c => `Conflict ${c.kind}.`);
    const found = problems(outcome.checks).map(c => `${preflight_verdict/* VERDICT_MARKERS */.CD[c.result]} ${c.id} ${c.title}${c.fix ? `: ${c.fix.replace(/\.?$/, '.')}` : '.'}`);
    const counted = ['pass', 'warn', 'fail', 'skip']
        .map(result => [result, outcome.checks.filter(c => c.result === result).length])
        .filter(([, n]) => n > 0)
        .map(([result, n]) => `${n} ${{ pass: 'passed', warn: 'warned', fail: 'failed', skip: 'skipped' }[result]}`);
    return [counted.join(', ') || 'not checked', [...mine, ...found].join(' ') || '—'];
}
/** The summary's tables: the conflicts first (what blocks), then one per wave. */
function summaryTables(outcomes, conflicts, waves) {
    const tables = [];
    if (conflicts.length > 0) {
        tables.push({
            heading: `Conflicts (${conflicts.length})`,
            header: ['Conflict', 'Lines', 'What to do'],
            rows: conflicts.map(c => [`${preflight_verdict/* VERDICT_MARKERS */.CD.fail} ${c.kind}`, c.lines.join(', '), c.message])
        });
    }
    for (const wave of waves) {
        const inWave = outcomes.filter(o => o.entry.wave === wave);
        tables.push({
            heading: `Wave ${wave}: ${(0,errors/* counted */.hS)(inWave.length, 'deployment')}`,
            header: ['', 'Deployment (line)', 'Destination', 'Migration host', 'Size', 'MongoDB', 'Pre-flight', 'To fix'],
            rows: inWave.map(o => {
                const d = o.resolved?.deployment;
                const verdict = verdictOf(o, conflicts);
                return [
                    preflight_verdict/* VERDICT_MARKERS */.CD[verdict],
                    `${o.entry.name} (${o.entry.line})`,
                    `${o.entry.cluster} in ${o.entry.projectId}`,
                    o.resolved?.migrationHost ?? '—',
                    size(d?.dbSizeBytes),
                    d ? `${d.mongoDBVersion ?? '?'}${d.sharded ? ', sharded' : ''}` : '?',
                    ...preflightCells(o, conflicts)
                ];
            })
        });
    }
    return tables;
}
/** The step output: small enough for any job output, the details a reviewer needs. */
function compactReport(outcomes, conflicts, result) {
    return {
        result,
        deployments: outcomes.length,
        conflicts,
        entries: outcomes.map(o => ({
            name: o.entry.name,
            line: o.entry.line,
            wave: o.entry.wave,
            result: verdictOf(o, conflicts),
            migrationHost: o.resolved?.migrationHost ?? null,
            problems: problems(o.checks).map(({ id, result, evidence, fix }) => ({ id, result, evidence, fix }))
        }))
    };
}

;// CONCATENATED MODULE: ./src/plan/mode.ts
// Mode plan: a fleet described in one reviewed file. Reads and checks the file, finds every source
// among its org's migration sources, lists the conflicts that would make migrations fail or
// collide, runs pre-flight for every deployment (reading only, reads shared across deployments),
// and outputs a matrix per wave. Fails on any conflict or failed check, after reporting them all.













/** Deployments checked at once: enough to hide round trips, few enough to leave the buckets room. */
const PARALLEL = 16;
/** GitHub shows at most 10 error and 10 warning annotations per step. */
const MAX_ANNOTATIONS = 10;
async function plan(config, open, context) {
    const planned = await readPlanFile(config.planFile, context);
    const { entries } = planned;
    const orgs = [...new Set(entries.map(e => e.orgId))];
    const waves = waveOrder(entries);
    context.log.info(`Plan ${config.planFile}: ${(0,errors/* counted */.hS)(entries.length, 'deployment')} in ${(0,errors/* counted */.hS)(waves.length, 'wave')}, from ${(0,errors/* counted */.hS)(orgs.length, 'Atlas org')}; reading only.`);
    const session = (0,shared_reads/* sharedReads */.F)(open(config.atlas));
    const migrations = new migration/* MigrationClient */.Uz(session);
    const sourcesByOrg = new Map();
    const unreadable = new Map();
    // An org the credential cannot read is a conflict of its entries, not the end of the plan.
    const readSources = async (orgId) => {
        try {
            sourcesByOrg.set(orgId, await migrations.availableProjects(orgId));
        }
        catch (err) {
            // The credential or the runner's address refused: every org would say the same, so say it once.
            const everywhere = err instanceof errors/* ApiError */.hD && (err.status === 401 || err.errorCode === 'IP_ADDRESS_NOT_ON_ACCESS_LIST');
            if (!(err instanceof errors/* ApiError */.hD) || everywhere || err.status >= 500 || err.status === 429)
                throw err;
            unreadable.set(orgId, `${err.summary}${err.hint ? `. ${err.hint}` : ''}`);
        }
    };
    // The first read alone: it meets the Digest challenge (or gets the token) once for all that follow.
    const [first, ...others] = orgs;
    await readSources(first);
    await eachAtMost(PARALLEL, others, readSources);
    const { resolved, conflicts } = resolvePlan(entries, sourcesByOrg, unreadable);
    const checks = new Map();
    let done = 0;
    await eachAtMost(PARALLEL, resolved, async (r) => {
        checks.set(r.entry.name, await checkEntry(session, r, planned, context));
        done++;
        if (done % 25 === 0 || done === resolved.length) {
            context.log.info(`Pre-flight: ${done} of ${resolved.length} deployments checked…`);
        }
    });
    const byName = new Map(resolved.map(r => [r.entry.name, r]));
    const outcomes = entries.map(entry => ({
        entry,
        resolved: byName.get(entry.name),
        checks: checks.get(entry.name) ?? []
    }));
    const result = (0,preflight_verdict/* worst */.QZ)([...outcomes.map(o => verdictOf(o, conflicts)), ...(conflicts.length ? ['fail'] : [])]);
    report(config.planFile, outcomes, conflicts, waves, planned, result, context);
    context.log.info(`Reads: ${session.counts.sent} sent, ${session.counts.shared} answered from a read another deployment made.`);
    const failed = outcomes.filter(o => verdictOf(o, conflicts) === 'fail').length;
    const plural = `${(0,errors/* counted */.hS)(entries.length, 'deployment')} in ${(0,errors/* counted */.hS)(waves.length, 'wave')}`;
    if (conflicts.length > 0 || failed > 0) {
        context.headline.title = `Plan of ${plural}: ${(0,errors/* counted */.hS)(conflicts.length, 'conflict')}, ${failed} not ready`;
        context.headline.next = `Fix the conflicts and the checks marked ${'❌'} below (each names its line in ${config.planFile}), then push the plan again.`;
        throw new errors/* StepError */.zg(`Plan: ${(0,errors/* counted */.hS)(conflicts.length, 'conflict')}, ${failed} of ${entries.length} deployments not ready to migrate (see the summary and the annotations on ${config.planFile}). Nothing was validated or started.`);
    }
    context.headline.title = `Plan of ${plural}: no conflict, every deployment ${result === 'warn' ? 'ready (with warnings)' : 'ready'}`;
    context.headline.next = `Merge the plan, then run its waves in order: strategy.matrix from fromJSON(needs.<plan job>.outputs.matrix)['${waves[0]}'] for the first.`;
    return `plan ${result}: ${plural}, no conflict`;
}
async function readPlanFile(file, context) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(context.cwd, file), 'utf8');
    }
    catch (err) {
        throw new errors/* StepError */.zg(`plan-file ${file} could not be read (${err.code ?? (0,errors/* errorMessage */.gJ)(err)}): is the path relative to the repository's root, and did a step check the repository out (actions/checkout)?`);
    }
    try {
        return readPlan(text, file);
    }
    catch (err) {
        if (err instanceof PlanFileError) {
            for (const m of err.mistakes.slice(0, MAX_ANNOTATIONS)) {
                context.log.annotate?.('error', m.message, { file, line: m.line, column: m.column });
            }
        }
        throw err;
    }
}
/** Pre-flight of one entry; a check that could not finish is a failed check, never a pass. */
async function checkEntry(session, r, planned, context) {
    const { entry } = r;
    try {
        const results = await (0,mode.preflightChecks)(session, {
            orgId: entry.orgId,
            projectId: entry.projectId,
            migration: {
                clusterName: entry.cluster,
                sourceClusterName: r.deployment.name,
                sourceProjectId: r.project.projectId,
                migrationHost: r.migrationHost,
                sourceSsl: r.deployment.tlsEnabled,
                dropDestinationData: false,
                hostnameSchemaType: entry.hostnameSchemaType,
                privateLinkId: entry.privateLinkId
            },
            migrationHostIps: r.migrationHost ? (planned.hostIps[r.migrationHost] ?? []) : [],
            hasSourceCredentials: entry.sourceAuth === 'credentials'
        }, context);
        return (0,mode.inOrder)(results);
    }
    catch (err) {
        if (err instanceof cancel/* CancelledError */.cc || context.signal.aborted)
            throw err;
        return [
            {
                id: 'PF-0',
                title: 'Pre-flight',
                result: 'fail',
                evidence: `could not finish: ${(0,errors/* errorMessage */.gJ)(err)}`,
                fix: 'Run the plan again; if it persists, run mode preflight for this deployment.'
            }
        ];
    }
}
function report(file, outcomes, conflicts, waves, planned, result, context) {
    const matrix = {};
    for (const wave of waves) {
        matrix[wave] = {
            include: outcomes
                .filter(o => o.entry.wave === wave && o.resolved)
                .map(o => legOf(o.resolved, planned.hostIps))
        };
    }
    context.outputs.matrix = JSON.stringify(matrix);
    context.outputs.waves = JSON.stringify(waves);
    context.outputs['plan-result'] = result;
    context.outputs['plan-report'] = JSON.stringify(compactReport(outcomes, conflicts, result));
    // Every check of every deployment, for an artifact: too large for a job output at 200 entries.
    const full = (0,external_node_path_.join)(context.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `migration-plan-report-${process.pid}.json`);
    (0,external_node_fs_.writeFileSync)(full, JSON.stringify({ ...compactReport(outcomes, conflicts, result), checks: fullChecks(outcomes) }));
    context.outputs['plan-report-file'] = full;
    let annotations = 0;
    const annotate = (level, message, line) => {
        if (annotations++ < MAX_ANNOTATIONS)
            context.log.annotate?.(level, message, { file, line });
    };
    for (const c of conflicts) {
        context.log.warning(`conflict ${c.kind}: ${c.message}`);
        annotate('error', c.message, c.lines[0] ?? 1);
    }
    for (const o of outcomes) {
        const verdict = verdictOf(o, conflicts);
        const found = problems(o.checks);
        const line = `plan wave ${o.entry.wave} ${o.entry.name} → ${o.entry.cluster} via ${o.resolved?.migrationHost ?? '—'}: ${verdict}${found.length ? ` (${found.map(c => `${c.id} ${c.result}`).join(', ')})` : ''}`;
        if (verdict === 'fail' || verdict === 'warn')
            context.log.warning(line);
        else
            context.log.info(line);
        for (const c of found.filter(c => c.result === 'fail')) {
            annotate('error', `${o.entry.name}: ${c.id} ${c.title}: ${c.evidence}. ${c.fix}`, o.entry.line);
        }
    }
    context.tables.push(...summaryTables(outcomes, conflicts, waves));
    context.rows.push([
        'Plan',
        `${(0,errors/* counted */.hS)(outcomes.length, 'deployment')}, ${(0,errors/* counted */.hS)(waves.length, 'wave')}, ${(0,errors/* counted */.hS)(conflicts.length, 'conflict')}`
    ]);
}
const fullChecks = (outcomes) => Object.fromEntries(outcomes.map(o => [o.entry.name, o.checks]));
/** Runs `work` on every item, at most `limit` at a time, in order of the items. */
async function eachAtMost(limit, items, work) {
    let next = 0;
    const worker = async () => {
        try {
            while (next < items.length)
                await work(items[next++]);
        }
        catch (err) {
            next = items.length; // the others take no new item: a cancel or a bug stops the whole plan
            throw err;
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}


/***/ }),

/***/ 6884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ sharedReads)
/* harmony export */ });
function sharedReads(session) {
    const answers = new Map();
    const counts = { sent: 0, shared: 0 };
    return {
        names: session.names,
        counts,
        close: () => session.close(),
        send(request) {
            if (request.method !== 'GET')
                return session.send(request);
            const key = `${request.accept} ${request.path}`;
            const known = answers.get(key);
            if (known) {
                counts.shared++;
                return known;
            }
            counts.sent++;
            const answer = session.send(request);
            answers.set(key, answer);
            // A read that failed (a timeout, a cancel) is not kept: the next caller tries again.
            answer.catch(() => answers.delete(key));
            return answer;
        }
    };
}


/***/ })

};
