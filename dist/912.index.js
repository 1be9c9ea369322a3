export const id = 912;
export const ids = [912];
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



async function call(session, request, onAnswer, 
/** The inputs a refusal points at, where this call's are not the session's (an org's read in a project's mode). */
names = session.names) {
    const response = await session.send(request);
    onAnswer?.(response);
    if (!(0,_transport_http__WEBPACK_IMPORTED_MODULE_2__/* .isSuccess */ .oJ)(response.status)) {
        throw _errors__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD.fromResponse(request.operation, request.method, response, names, request.permission);
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

/***/ 9495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ seriesOf),
/* harmony export */   P: () => (/* binding */ newestPoint)
/* harmony export */ });
/* harmony import */ var _reads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7109);
// What a measurements answer holds, on either API: Atlas's ApiMeasurementsGeneralView_Atlas and Cloud
// Manager / Ops Manager's, the same shape ({…, measurements: [{name, units, dataPoints: [{timestamp,
// value}]}]}). A missing point is `value: null`, an empty series `dataPoints: []`; each value is the
// average of its granularity bucket. Never trusts a type.

/** The series of an answer's body; a measurement without a name, or a point without a number, is left out. */
function seriesOf(body) {
    const series = new Map();
    for (const item of Array.isArray(body.measurements) ? body.measurements : []) {
        const measurement = (0,_reads__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(item);
        const name = (0,_reads__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(measurement?.name);
        if (!measurement || name === undefined)
            continue;
        const points = (Array.isArray(measurement.dataPoints) ? measurement.dataPoints : [])
            .map(point => (0,_reads__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(point) ?? {})
            .filter(point => typeof point.value === 'number' && Number.isFinite(point.value))
            .map(point => ({ value: point.value, at: Date.parse((0,_reads__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(point.timestamp) ?? '') }));
        series.set(name, points);
    }
    return series;
}
/**
 * The newest point: by timestamp when every point carries a readable one, else the last in the
 * answer's order (both APIs list them oldest first).
 */
function newestPoint(points) {
    if (!points || points.length === 0)
        return undefined;
    if (points.every(p => !Number.isNaN(p.at)))
        return points.reduce((a, b) => (b.at >= a.at ? b : a));
    return points[points.length - 1];
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
        // The org's read, whichever mode sends it: a 404 points at the org's ID input, not the project's.
        const names = this.session.names && { ...this.session.names, ids: this.session.names.orgId };
        const response = await (0,_call__WEBPACK_IMPORTED_MODULE_2__/* .call */ .T1)(this.session, request, undefined, names);
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

/***/ 3172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ primariesOf),
/* harmony export */   e: () => (/* binding */ MonitoringClient)
/* harmony export */ });
/* harmony import */ var _transport_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2211);
/* harmony import */ var _call__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(882);
/* harmony import */ var _measurements__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9495);
/* harmony import */ var _path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9533);
/* harmony import */ var _reads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7109);
// Atlas Admin API v2: the monitoring reads, all at 2023-01-01 (the only version they have): the
// project's processes; on one process its disk partitions and a partition's free and used space
// (pre-flight PF-8), its databases (PF-9, the evidence) and a database's dbStats measurements (the
// evidence). Every call only reads. Knows the API, not GitHub.
// Only a process's `userAlias` names the host a cluster's connection string lists; `id` (the processId
// of the other reads) and `hostname` are Atlas's internal names.





const MONITORING_READ = 'application/vnd.atlas.2023-01-01+json';
/** The two measurements of a partition's space, newest point each, over the last ten minutes. */
const DISK_SPACE_QUERY = 'm=DISK_PARTITION_SPACE_FREE&m=DISK_PARTITION_SPACE_USED&granularity=PT1M&period=PT10M';
class MonitoringClient {
    session;
    /** The Monitoring bucket's level as the last measurements answer showed it (Ratelimit-*), for pacing. */
    budget;
    constructor(session) {
        this.session = session;
    }
    /** GET /groups/{groupId}/processes, every page: the project's processes, of every cluster. */
    async processes(projectId) {
        const path = (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So) `/api/atlas/v2/groups/${(0,_path__WEBPACK_IMPORTED_MODULE_3__/* .mongoId */ .md)(projectId, 'project ID')}/processes`;
        const request = (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .read */ .LF)('List processes', path, MONITORING_READ);
        return (await (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .readAllPages */ .s$)(this.session, request)).map(item => {
            const process = (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .asRecord */ .qY)(item) ?? {};
            return {
                id: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .requiredText */ .$4)(this.session, request, process, 'id', 'a process'),
                hostname: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(process.hostname),
                userAlias: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(process.userAlias),
                typeName: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(process.typeName),
                replicaSetName: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(process.replicaSetName),
                shardName: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(process.shardName),
                version: (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(process.version)
            };
        });
    }
    /** GET …/processes/{processId}/disks, every page: the process's partition names (real: 'data'). */
    async disks(projectId, processId) {
        const request = (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .read */ .LF)('List process disks', `${processPath(projectId, processId)}/disks`, MONITORING_READ);
        return (await (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .readAllPages */ .s$)(this.session, request)).map(item => (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .requiredText */ .$4)(this.session, request, (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .asRecord */ .qY)(item) ?? {}, 'partitionName', 'a disk partition'));
    }
    /**
     * GET …/processes/{processId}/disks/{partitionName}/measurements of DISK_PARTITION_SPACE_FREE and
     * _USED at PT1M over PT10M: each the newest data point whose value is a number (bytes).
     */
    async freeDiskBytes(projectId, processId, partitionName) {
        // The spec gives partitionName no pattern: apiPath encodes it, and refuses '', '.' and '..'.
        const path = processPath(projectId, processId) + (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So) `/disks/${partitionName}/measurements`;
        const series = await this.measurements((0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .read */ .LF)('Read disk measurements', `${path}?${DISK_SPACE_QUERY}`, MONITORING_READ));
        const free = (0,_measurements__WEBPACK_IMPORTED_MODULE_2__/* .newestPoint */ .P)(series.get('DISK_PARTITION_SPACE_FREE'))?.value;
        const used = (0,_measurements__WEBPACK_IMPORTED_MODULE_2__/* .newestPoint */ .P)(series.get('DISK_PARTITION_SPACE_USED'))?.value;
        return { ...(free === undefined ? {} : { free }), ...(used === undefined ? {} : { used }) };
    }
    /** GET …/processes/{processId}/databases, every page: the names of the databases on a mongod. */
    async databases(projectId, processId) {
        const request = (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .read */ .LF)('List process databases', `${processPath(projectId, processId)}/databases`, MONITORING_READ);
        return (await (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .readAllPages */ .s$)(this.session, request)).map(item => (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .requiredText */ .$4)(this.session, request, (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .asRecord */ .qY)(item) ?? {}, 'databaseName', 'a database'));
    }
    /**
     * GET …/processes/{processId}/databases/{databaseName}/measurements?{query}: the dbStats series
     * asked for (the query names them with `m`, and says `granularity` and `period`).
     */
    async databaseMeasurements(projectId, processId, database, query) {
        const path = processPath(projectId, processId) + (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So) `/databases/${database}/measurements`;
        return this.measurements((0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .read */ .LF)('Read database measurements', `${path}?${query}`, MONITORING_READ));
    }
    async measurements(request) {
        const response = await (0,_call__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(this.session, request, answer => {
            this.budget = (0,_transport_retry__WEBPACK_IMPORTED_MODULE_0__/* .rateBudgetOf */ .zS)(answer.headers) ?? this.budget;
        });
        const body = (0,_reads__WEBPACK_IMPORTED_MODULE_4__/* .asRecord */ .qY)((0,_call__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(response.body));
        if (!body)
            return (0,_call__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(this.session, request, response, 'was not a JSON object');
        return (0,_measurements__WEBPACK_IMPORTED_MODULE_2__/* .seriesOf */ .L)(body);
    }
}
const PRIMARIES = ['REPLICA_PRIMARY', 'SHARD_PRIMARY'];
/**
 * A cluster's primaries, one per shard (a replica set has one), in the answer's order: by the alias
 * its connection string lists, `<name>-shard-<shard>-<node>.…` (Atlas's process aliases; a config
 * server or mongos has none of this form).
 */
function primariesOf(processes, clusterName) {
    const prefix = `${clusterName.toLowerCase()}-shard-`;
    const ofCluster = (p) => {
        const alias = (p.userAlias ?? '').toLowerCase();
        return alias.startsWith(prefix) && /^\d+-\d+\./.test(alias.slice(prefix.length));
    };
    const primaries = processes.filter(p => PRIMARIES.includes(p.typeName ?? '') && ofCluster(p));
    // One per replica set: a second primary of a set (an election under way) is not read twice.
    return primaries.filter((p, i) => !p.replicaSetName || primaries.findIndex(q => q.replicaSetName === p.replicaSetName) === i);
}
/** The path of one process, both values checked; its "host:port" keeps the ':' bare. */
function processPath(projectId, processId) {
    const process = (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .pathValue */ .ZB)(processId, 'process ID');
    return (0,_path__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So) `/api/atlas/v2/groups/${(0,_path__WEBPACK_IMPORTED_MODULE_3__/* .mongoId */ .md)(projectId, 'project ID')}/processes/${process}`;
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
/* harmony export */   $4: () => (/* binding */ requiredText),
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
/** The field of an answer's item as a non-empty string; otherwise the answer is not the API's. */
function requiredText(session, request, item, field, what) {
    const value = text(item[field]);
    if (value === undefined)
        (0,_call__WEBPACK_IMPORTED_MODULE_1__/* .unreadable */ .O$)(session, request, undefined, `${what} did not carry '${field}' as a string`);
    return value;
}


/***/ }),

/***/ 5912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inOrder: () => (/* binding */ inOrder),
  preflight: () => (/* binding */ preflight),
  preflightChecks: () => (/* binding */ preflightChecks),
  runPreflight: () => (/* binding */ runPreflight)
});

// EXTERNAL MODULE: ./src/clients/migration.ts
var migration = __webpack_require__(9924);
// EXTERNAL MODULE: ./src/errors/index.ts + 3 modules
var errors = __webpack_require__(5979);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/preflight/verdict.ts
var verdict = __webpack_require__(554);
;// CONCATENATED MODULE: ./src/preflight/access-list.ts
// PF-11, the migration host on the IP access list: whether an address or range is covered by an
// entry, with node:net's own subnet matcher (an IPv4-mapped IPv6 address counts as its IPv4
// address), and the check built on it.



/** "a.b.c.d", "a.b.c.d/k", "x::y/k", with "%2F" for "/"; undefined when it is not an address. */
function parseNet(text) {
    const [rawAddress = '', rawPrefix] = text.replace(/%2f/i, '/').trim().split('/');
    let address = rawAddress.replace(/%.*$/, ''); // an IPv6 zone ("%eth0")
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped)
        address = mapped[1];
    const version = (0,external_node_net_.isIP)(address);
    if (version === 0)
        return undefined;
    const bits = version === 4 ? 32 : 128;
    const prefix = rawPrefix === undefined ? bits : Number(rawPrefix);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits)
        return undefined;
    return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}
/** The network an entry allows, or undefined (a security group, or nothing readable). */
function entryNet(entry) {
    const text = entry.cidrBlock ?? entry.ipAddress;
    return text ? parseNet(text) : undefined;
}
/** Whether `entry` allows every address of `host` (one address, or a range of at least its prefix). */
function covers(entry, host) {
    if (entry.family !== host.family || entry.prefix > host.prefix)
        return false;
    const list = new external_node_net_.BlockList();
    list.addSubnet(entry.address, entry.prefix, entry.family);
    return list.check(host.address, host.family);
}
const isEverywhere = (net) => net.prefix === 0;
/**
 * PF-11: the migration host's outbound addresses on the project's IP access list. The API cannot
 * know those addresses: without migration-host-ips the check says so, never a silent pass.
 */
function accessList(plan, hostAddresses, entries) {
    const title = 'Migration host on the IP access list';
    if (plan.hostnameSchemaType !== 'PUBLIC') {
        return (0,verdict/* checkOf */.EG)('PF-11', title, [{ result: 'skip', evidence: `hostname-schema-type ${plan.hostnameSchemaType}` }]);
    }
    if (hostAddresses.length === 0) {
        return (0,verdict/* checkOf */.EG)('PF-11', title, [
            {
                result: 'warn',
                evidence: `${(0,errors/* counted */.hS)(entries.length, 'access-list entry', 'access-list entries')}; the migration host's outbound address is not known to Atlas`,
                fix: "Give migration-host-ips (the host's external IPs or CIDRs, from its Cloud Manager administrator) to check them."
            }
        ]);
    }
    const findings = hostAddresses.map(text => {
        const host = parseNet(text);
        if (!host)
            return { result: 'fail', evidence: `${text} is not an address`, fix: 'Give migration-host-ips as IPs or CIDRs.' };
        const covering = entries.filter(e => {
            const net = entryNet(e);
            return net !== undefined && covers(net, host);
        });
        if (covering.length === 0) {
            return {
                result: 'fail',
                evidence: `${text} not covered`,
                fix: `Add ${text} to the destination project's IP access list.`
            };
        }
        const active = covering.find(e => (e.status ?? 'ACTIVE') === 'ACTIVE');
        if (!active) {
            const pending = covering.some(e => e.status === 'PENDING');
            return {
                result: pending ? 'warn' : 'fail',
                evidence: `${text} covered by ${covering.map(e => `${e.cidrBlock ?? e.ipAddress} (${e.status})`).join(', ')}`,
                fix: pending
                    ? 'Wait until the entry is ACTIVE, then run pre-flight again.'
                    : 'Re-create the FAILED access-list entry.'
            };
        }
        const net = entryNet(active);
        if (net && isEverywhere(net)) {
            return {
                result: 'warn',
                evidence: `${text} covered only by ${active.cidrBlock}`,
                fix: 'Allow the migration host alone rather than every address.'
            };
        }
        if (active.deleteAfterDate) {
            return {
                result: 'warn',
                evidence: `${text} covered by ${active.cidrBlock ?? active.ipAddress}, a temporary entry until ${active.deleteAfterDate}`,
                fix: 'Use a permanent entry: a migration can run for days before the cut-over.'
            };
        }
        return { result: 'pass', evidence: `${text} covered by ${active.cidrBlock ?? active.ipAddress}` };
    });
    return (0,verdict/* checkOf */.EG)('PF-11', title, findings);
}

;// CONCATENATED MODULE: ./src/preflight/activity.ts

const IMPORT_EVENT_TYPES = [
    'CLUSTER_IMPORT_STARTED',
    'CLUSTER_IMPORT_CANCELLED',
    'CLUSTER_IMPORT_EXPIRED',
    'CLUSTER_IMPORT_CUTOVER',
    'CLUSTER_IMPORT_COMPLETED',
    'CLUSTER_IMPORT_FAILED',
    'CLUSTER_IMPORT_RESTART_REQUESTED'
];
/** The import events after which a live migration is still running. */
const UNDER_WAY = ['CLUSTER_IMPORT_STARTED', 'CLUSTER_IMPORT_RESTART_REQUESTED', 'CLUSTER_IMPORT_CUTOVER'];
const newest = (events) => [...events].sort((a, b) => Date.parse(b.created) - Date.parse(a.created))[0];
/** PF-14: no live migration already running into the destination ("don't run several at once"). */
function otherMigration(clusterName, events) {
    const title = 'No other migration into the destination';
    const imports = events.filter(e => IMPORT_EVENT_TYPES.includes(e.eventTypeName));
    const mine = newest(imports.filter(e => e.clusterName === clusterName));
    if (mine && UNDER_WAY.includes(mine.eventTypeName)) {
        return (0,verdict/* checkOf */.EG)('PF-14', title, [
            {
                result: 'fail',
                evidence: `newest import event of ${clusterName}: ${mine.eventTypeName} at ${mine.created}`,
                fix: 'Wait for that migration to end (or cancel it in the Atlas UI): one migration into a cluster at a time.'
            }
        ]);
    }
    // Events without a cluster name are judged project-wide, and only warn.
    const unnamed = newest(imports.filter(e => e.clusterName === undefined));
    if (!mine && unnamed && UNDER_WAY.includes(unnamed.eventTypeName)) {
        return (0,verdict/* checkOf */.EG)('PF-14', title, [
            {
                result: 'warn',
                evidence: `newest import event in the project (no cluster named): ${unnamed.eventTypeName} at ${unnamed.created}`,
                fix: 'Check in the Atlas UI that no migration into this cluster is under way.'
            }
        ]);
    }
    return (0,verdict/* checkOf */.EG)('PF-14', title, [
        {
            result: 'pass',
            evidence: mine
                ? `newest import event of ${clusterName}: ${mine.eventTypeName}`
                : 'no import event in the last 30 days'
        }
    ]);
}
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** PF-15: maintenance about to start, or the weekly window a long migration will likely cross. */
function maintenance(window) {
    const when = `${DAYS[window.dayOfWeek - 1] ?? `day ${window.dayOfWeek}`}s at ${window.hourOfDay ?? '?'}:00 (${window.timeZoneId ?? 'time zone not reported'})`;
    if (window.startASAP) {
        return (0,verdict/* checkOf */.EG)('PF-15', 'Maintenance window', [
            {
                result: 'warn',
                evidence: 'maintenance set to start as soon as possible',
                fix: "Let the project's maintenance finish before starting: its elections can fail a migration."
            }
        ]);
    }
    return (0,verdict/* checkOf */.EG)('PF-15', 'Maintenance window', [
        { result: 'pass', evidence: `weekly window ${when}; defer it if the migration will run across it` }
    ]);
}

;// CONCATENATED MODULE: ./src/preflight/versions.ts
/** "7.0.14-ent" → [7, 0, 14]; "7.0" → [7, 0, 0]; undefined when there is no number. */
function parseVersion(text) {
    const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text?.trim() ?? '');
    if (!m)
        return undefined;
    return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}
function compare(a, b) {
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
const show = (v) => v.join('.');
/** Live migration's floor per major (MongoDB's push live-migration page). */
const ATLAS_FLOOR = { 6: [6, 0, 17], 7: [7, 0, 13] };
/** mongosync's current patch floor (1.17): below it validation may refuse. */
const MONGOSYNC_FLOOR = { 6: [6, 0, 24], 7: [7, 0, 18], 8: [8, 0, 5] };
/** The lowest FCV mongosync takes per major. */
const MIN_FCV = { 6: [6, 0, 0], 7: [6, 0, 0], 8: [8, 0, 0] };
/** A version on either side: a major release, at or above the floors. */
function versionFindings(side, text) {
    const v = parseVersion(text);
    if (!v) {
        return [
            {
                result: 'warn',
                evidence: `${side} MongoDB version not reported`,
                fix: `Check the ${side}'s MongoDB version by hand.`
            }
        ];
    }
    const [major, minor] = v;
    const evidence = `${side} MongoDB ${text}`;
    if (major < 6)
        return [
            { result: 'fail', evidence, fix: `Upgrade the ${side} to MongoDB 6.0.17, 7.0.13 or a later major release.` }
        ];
    if (minor !== 0) {
        return [
            {
                result: 'fail',
                evidence,
                fix: `Live migration supports major releases only, not ${major}.${minor}: use a ${major}.0 release (on Atlas, not "Latest Version With Auto Upgrades").`
            }
        ];
    }
    const floor = ATLAS_FLOOR[major];
    if (floor && compare(v, floor) < 0)
        return [{ result: 'fail', evidence, fix: `Upgrade the ${side} to MongoDB ${show(floor)} or later.` }];
    const mongosync = MONGOSYNC_FLOOR[major];
    if (mongosync && compare(v, mongosync) < 0) {
        return [
            {
                result: 'warn',
                evidence: `${evidence} (below ${show(mongosync)}, the current mongosync floor)`,
                fix: `Upgrade the ${side} to MongoDB ${show(mongosync)} or later if validation refuses it.`
            }
        ];
    }
    if (side === 'source' && major >= 8) {
        return [
            {
                result: 'warn',
                evidence: `${evidence} (not in the push page's migration paths; mongosync takes it)`,
                fix: 'Let validation decide; MongoDB documents push migrations from 6.0.17 and 7.0.13.'
            }
        ];
    }
    return [{ result: 'pass', evidence }];
}
/** The FCV on one side: not below mongosync's minimum for the major, and equal to the major. */
function fcvFindings(side, version, fcv) {
    const v = parseVersion(version);
    const f = parseVersion(fcv);
    if (!v || !f)
        return fcv
            ? []
            : [
                {
                    result: 'warn',
                    evidence: `${side} FCV not reported`,
                    fix: `Check the ${side}'s featureCompatibilityVersion by hand.`
                }
            ];
    const min = MIN_FCV[v[0]];
    const evidence = `${side} FCV ${fcv}`;
    if (min && compare(f, min) < 0)
        return [
            {
                result: 'fail',
                evidence,
                fix: `Raise the ${side}'s featureCompatibilityVersion to ${min[0]}.${min[1]} or later.`
            }
        ];
    if (f[0] !== v[0] || f[1] !== v[1]) {
        return [
            {
                result: 'warn',
                evidence: `${evidence} on MongoDB ${version}`,
                fix: `Finish the ${side}'s upgrade or downgrade first: the FCV must not change during the migration.`
            }
        ];
    }
    return [{ result: 'pass', evidence }];
}

;// CONCATENATED MODULE: ./src/preflight/checks.ts


const TENANT_SIZES = ['M0', 'M2', 'M5'];
/** PF-3: the destination exists and its tier may receive a migration. */
function destinationTier(cluster) {
    const sizes = cluster.regions.map(r => r.instanceSize ?? r.effectiveInstanceSize ?? '?');
    const tenant = cluster.regions.some(r => r.provider === 'TENANT' || r.effectiveInstanceSize !== undefined || TENANT_SIZES.includes(r.instanceSize ?? ''));
    if (tenant) {
        return (0,verdict/* checkOf */.EG)('PF-3', 'Destination tier', [
            {
                result: 'fail',
                evidence: `tier ${sizes.join(', ')} (shared)`,
                fix: 'Migrate into a dedicated cluster (M10 or larger; M40 or larger recommended), not M0/M2/M5 or Flex.'
            }
        ]);
    }
    const numbers = sizes.map(size => Number(/^[MR](\d+)/.exec(size)?.[1] ?? Number.NaN)).filter(n => !Number.isNaN(n));
    const largest = numbers.length ? Math.max(...numbers) : undefined;
    return (0,verdict/* checkOf */.EG)('PF-3', 'Destination tier', [
        largest !== undefined && largest < 40
            ? {
                result: 'warn',
                evidence: `tier ${sizes.join(', ')}`,
                fix: 'Use M40 or larger for the migration (M80 with 6000 IOPS for large data sets); scale down after.'
            }
            : { result: 'pass', evidence: `tier ${sizes.join(', ')}` }
    ]);
}
/** PF-3 when the cluster could not be read: Flex, not found (or serverless), or another refusal. */
function destinationUnreadable(clusterName, status, errorCode) {
    const flex = errorCode === 'CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API';
    return (0,verdict/* checkOf */.EG)('PF-3', 'Destination tier', [
        {
            result: 'fail',
            evidence: `cluster ${clusterName}: HTTP ${status}${errorCode ? ` ${errorCode}` : ''}`,
            fix: flex
                ? 'A Flex cluster cannot receive a live migration: use a dedicated cluster (M10 or larger).'
                : status === 404
                    ? 'Check cluster-name and project-id (a serverless instance is not a valid destination either).'
                    : 'Check cluster-name, project-id and the credentials (Project Read Only at least).'
        }
    ]);
}
/** PF-4: the destination is idle and running. */
function destinationState(cluster) {
    const state = cluster.stateName ?? 'not reported';
    if (cluster.paused)
        return (0,verdict/* checkOf */.EG)('PF-4', 'Destination state', [
            { result: 'fail', evidence: 'paused', fix: 'Resume the destination cluster.' }
        ]);
    if (state === 'CREATING' || state === 'DELETING')
        return (0,verdict/* checkOf */.EG)('PF-4', 'Destination state', [
            { result: 'fail', evidence: `state ${state}`, fix: 'Wait until the destination is IDLE.' }
        ]);
    if (state === 'UPDATING' || state === 'REPAIRING') {
        return (0,verdict/* checkOf */.EG)('PF-4', 'Destination state', [
            {
                result: 'warn',
                evidence: `state ${state}`,
                fix: 'Start once the destination is IDLE: elections during changes can fail the migration.'
            }
        ]);
    }
    return (0,verdict/* checkOf */.EG)('PF-4', 'Destination state', [{ result: 'pass', evidence: `state ${state}, running` }]);
}
/** PF-5: the destination's version, release cadence and FCV, and against the source's. */
function destinationVersion(cluster, source) {
    const findings = [];
    if (cluster.versionReleaseSystem === 'CONTINUOUS') {
        findings.push({
            result: 'fail',
            evidence: 'versionReleaseSystem CONTINUOUS',
            fix: 'Pin the destination to a major release: not "Latest Version With Auto Upgrades".'
        });
    }
    findings.push(...versionFindings('destination', cluster.mongoDBVersion));
    findings.push(...fcvFindings('destination', cluster.mongoDBVersion, cluster.featureCompatibilityVersion));
    const dest = parseVersion(cluster.mongoDBVersion);
    const src = parseVersion(source?.mongoDBVersion);
    if (dest && src && dest[0] < src[0]) {
        findings.push({
            result: 'fail',
            evidence: `destination ${cluster.mongoDBVersion} below source ${source?.mongoDBVersion}`,
            fix: 'Use a destination of the same or a later major version than the source.'
        });
    }
    else if (dest && src && dest[0] > src[0]) {
        findings.push({
            result: 'warn',
            evidence: `destination ${cluster.mongoDBVersion} above source ${source?.mongoDBVersion}`,
            fix: 'A later major is allowed by the current docs; an earlier edition required matching versions.'
        });
    }
    const destFcv = parseVersion(cluster.featureCompatibilityVersion);
    const srcFcv = parseVersion(source?.featureCompatibilityVersion);
    if (destFcv && srcFcv && (destFcv[0] < srcFcv[0] || (destFcv[0] === srcFcv[0] && destFcv[1] < srcFcv[1]))) {
        findings.push({
            result: 'fail',
            evidence: `destination FCV ${cluster.featureCompatibilityVersion} below source FCV ${source?.featureCompatibilityVersion}`,
            fix: "Raise the destination's FCV to at least the source's."
        });
    }
    return (0,verdict/* checkOf */.EG)('PF-5', 'Versions and FCV', findings);
}
/** PF-6: no BI Connector on the destination. */
function biConnector(cluster) {
    return (0,verdict/* checkOf */.EG)('PF-6', 'BI Connector', [
        cluster.biConnectorEnabled
            ? {
                result: 'fail',
                evidence: 'BI Connector enabled',
                fix: 'Disable the BI Connector on the destination for the migration.'
            }
            : { result: 'pass', evidence: 'BI Connector off' }
    ]);
}
/** PF-7: a topology pair live migration supports. */
function topology(cluster, source, plan) {
    const type = cluster.clusterType ?? 'REPLICASET';
    const sharded = source?.sharded;
    const evidence = `source ${sharded === undefined ? 'topology not reported' : sharded ? 'sharded' : 'replica set'}, destination ${type}${type === 'REPLICASET' ? '' : ` (${cluster.shards ?? '?'} shards)`}`;
    if (sharded === true && type === 'REPLICASET')
        return (0,verdict/* checkOf */.EG)('PF-7', 'Topology', [
            { result: 'fail', evidence, fix: 'Migrate a sharded source into a sharded cluster.' }
        ]);
    if (type === 'GEOSHARDED')
        return (0,verdict/* checkOf */.EG)('PF-7', 'Topology', [
            { result: 'warn', evidence, fix: 'A Global Cluster destination is not covered by the push docs.' }
        ]);
    if (sharded === false && type === 'SHARDED' && plan.shardingEntries === 0) {
        return (0,verdict/* checkOf */.EG)('PF-7', 'Topology', [
            {
                result: 'warn',
                evidence,
                fix: 'Without sharding entries every collection stays unsharded on one shard: set sharding.'
            }
        ]);
    }
    if (sharded === undefined)
        return (0,verdict/* checkOf */.EG)('PF-7', 'Topology', [{ result: 'warn', evidence, fix: "Check the source's topology by hand." }]);
    return (0,verdict/* checkOf */.EG)('PF-7', 'Topology', [{ result: 'pass', evidence }]);
}
/** PF-10: "Require Indexes for All Queries" off, and a fixed oplog size. */
function processArgs(args) {
    return (0,verdict/* checkOf */.EG)('PF-10', 'Advanced configuration', [
        args.noTableScan
            ? {
                result: 'fail',
                evidence: 'noTableScan true',
                fix: 'Turn off "Require Indexes for All Queries" on the destination.'
            }
            : { result: 'pass', evidence: 'noTableScan false' },
        args.oplogSizeMB === null
            ? {
                result: 'warn',
                evidence: 'oplog size not fixed',
                fix: 'Set a fixed, large enough oplog size on the destination for the migration.'
            }
            : { result: 'pass', evidence: `oplog ${args.oplogSizeMB} MB` }
    ]);
}

// EXTERNAL MODULE: ./src/clients/call.ts
var call = __webpack_require__(882);
// EXTERNAL MODULE: ./src/clients/path.ts
var clients_path = __webpack_require__(9533);
// EXTERNAL MODULE: ./src/clients/reads.ts
var reads = __webpack_require__(7109);
;// CONCATENATED MODULE: ./src/preflight/client.ts
// Atlas Admin API v2: the reads the pre-flight checks decide on (project, destination cluster, its
// advanced configuration, the IP access list, the project's events and maintenance window). Every
// call only reads. Knows the API, not GitHub.



/** Projects, the access list, events and the maintenance window (not its preview type) are read at 2023-01-01. */
const PROJECT_READ = (0,reads/* atlasMedia */.q)('2023-01-01');
/** The cluster reads: the older dates are deprecated, fail on asymmetric shards and may leave out the FCV. */
const CLUSTER_READ = (0,reads/* atlasMedia */.q)('2024-08-05');
class PreflightClient {
    session;
    constructor(session) {
        this.session = session;
    }
    /** GET /groups/{groupId}: the project, and the org it belongs to. */
    async group(projectId) {
        const request = (0,reads/* read */.LF)('Read project', (0,clients_path/* apiPath */.So) `/api/atlas/v2/groups/${groupId(projectId)}`, PROJECT_READ);
        const body = await this.object(request, ['orgId', 'name']);
        return { id: (0,reads/* text */.Qq)(body.id) ?? projectId, orgId: body.orgId, name: body.name };
    }
    /** GET /groups/{groupId}/clusters/{clusterName}: a Flex cluster answers 400, a missing or serverless one 404. */
    async cluster(projectId, name) {
        const path = (0,clients_path/* apiPath */.So) `/api/atlas/v2/groups/${groupId(projectId)}/clusters/${(0,clients_path/* clusterName */.SL)(name)}`;
        const body = await this.object((0,reads/* read */.LF)('Read destination cluster', path, CLUSTER_READ), ['name']);
        const specs = Array.isArray(body.replicationSpecs) ? body.replicationSpecs : undefined;
        const regions = (specs ?? []).flatMap(spec => {
            const configs = (0,reads/* asRecord */.qY)(spec)?.regionConfigs;
            return Array.isArray(configs) ? configs.map(regionOf) : [];
        });
        return {
            name: body.name,
            clusterType: (0,reads/* text */.Qq)(body.clusterType),
            stateName: (0,reads/* text */.Qq)(body.stateName),
            paused: (0,reads/* flag */.Jt)(body.paused),
            mongoDBVersion: (0,reads/* text */.Qq)(body.mongoDBVersion),
            mongoDBMajorVersion: (0,reads/* text */.Qq)(body.mongoDBMajorVersion),
            versionReleaseSystem: (0,reads/* text */.Qq)(body.versionReleaseSystem),
            featureCompatibilityVersion: (0,reads/* text */.Qq)(body.featureCompatibilityVersion),
            featureCompatibilityVersionExpirationDate: (0,reads/* text */.Qq)(body.featureCompatibilityVersionExpirationDate),
            biConnectorEnabled: (0,reads/* flag */.Jt)((0,reads/* asRecord */.qY)(body.biConnector)?.enabled),
            regions,
            shards: specs?.length
        };
    }
    /** GET /groups/{groupId}/clusters/{clusterName}/processArgs: the cluster's advanced configuration. */
    async processArgs(projectId, name) {
        const path = (0,clients_path/* apiPath */.So) `/api/atlas/v2/groups/${groupId(projectId)}/clusters/${(0,clients_path/* clusterName */.SL)(name)}/processArgs`;
        // Every field is optional, and the two oplog fields are null by default: the answer must be an object.
        const body = await this.object((0,reads/* read */.LF)('Read cluster advanced configuration', path, CLUSTER_READ), []);
        return {
            noTableScan: (0,reads/* flag */.Jt)(body.noTableScan),
            oplogSizeMB: (0,reads/* number */.ai)(body.oplogSizeMB) ?? null,
            oplogMinRetentionHours: (0,reads/* number */.ai)(body.oplogMinRetentionHours) ?? null
        };
    }
    /** GET /groups/{groupId}/accessList, every page. Atlas lists both ipAddress and cidrBlock for an address. */
    async accessList(projectId) {
        const path = (0,clients_path/* apiPath */.So) `/api/atlas/v2/groups/${groupId(projectId)}/accessList`;
        const request = (0,reads/* read */.LF)('List IP access list', path, PROJECT_READ);
        return (await (0,reads/* readAllPages */.s$)(this.session, request)).map(item => {
            const entry = (0,reads/* asRecord */.qY)(item) ?? {};
            return {
                ipAddress: (0,reads/* text */.Qq)(entry.ipAddress),
                cidrBlock: (0,reads/* text */.Qq)(entry.cidrBlock),
                awsSecurityGroup: (0,reads/* text */.Qq)(entry.awsSecurityGroup),
                comment: (0,reads/* text */.Qq)(entry.comment),
                deleteAfterDate: (0,reads/* text */.Qq)(entry.deleteAfterDate)
            };
        });
    }
    /** GET /groups/{groupId}/accessList/{entryValue}/status: an IP, a CIDR (its '/' sent as %2F) or sg-…. */
    async accessListStatus(projectId, entryValue) {
        const entry = (0,clients_path/* pathValue */.ZB)(entryValue, 'access list entry', { slashes: true });
        const path = (0,clients_path/* apiPath */.So) `/api/atlas/v2/groups/${groupId(projectId)}/accessList/${entry}/status`;
        const body = await this.object((0,reads/* read */.LF)('Read IP access list entry status', path, PROJECT_READ), ['STATUS']);
        return body.STATUS;
    }
    /**
     * GET /groups/{groupId}/events of the given types since minDate (ISO date-time), every page, in
     * the answer's order (Atlas lists the newest first). No types: events of every type.
     */
    async events(projectId, { eventTypes, minDate }) {
        // Array parameters are repeated; the '+' of an offset is sent as %2B.
        const query = [...eventTypes.map(type => `eventType=${(0,reads/* encoded */.dS)(type)}`), `minDate=${(0,reads/* encoded */.dS)(minDate)}`].join('&');
        const path = (0,clients_path/* apiPath */.So) `/api/atlas/v2/groups/${groupId(projectId)}/events`;
        const request = (0,reads/* read */.LF)('List project events', `${path}?${query}`, PROJECT_READ);
        return (await (0,reads/* readAllPages */.s$)(this.session, request)).map(item => {
            const event = (0,reads/* asRecord */.qY)(item) ?? {};
            const missing = ['id', 'created', 'eventTypeName'].find(field => !(0,reads/* text */.Qq)(event[field]));
            if (missing)
                (0,call/* unreadable */.O$)(this.session, request, undefined, `an event did not carry '${missing}' as a string`);
            const cluster = (0,reads/* text */.Qq)(event.clusterName);
            return {
                id: event.id,
                created: event.created,
                eventTypeName: event.eventTypeName,
                ...(cluster === undefined ? {} : { clusterName: cluster })
            };
        });
    }
    /** GET /groups/{groupId}/maintenanceWindow: the project's weekly window (dayOfWeek required, 1–7). */
    async maintenanceWindow(projectId) {
        const path = (0,clients_path/* apiPath */.So) `/api/atlas/v2/groups/${groupId(projectId)}/maintenanceWindow`;
        const body = await this.object((0,reads/* read */.LF)('Read maintenance window', path, PROJECT_READ), [], answer => [1, 2, 3, 4, 5, 6, 7].includes(answer.dayOfWeek)
            ? undefined
            : "did not carry 'dayOfWeek' as a day 1 to 7 in its body");
        return {
            dayOfWeek: body.dayOfWeek,
            hourOfDay: (0,reads/* number */.ai)(body.hourOfDay),
            startASAP: (0,reads/* flag */.Jt)(body.startASAP),
            timeZoneId: (0,reads/* text */.Qq)(body.timeZoneId),
            autoDeferOnceEnabled: (0,reads/* flag */.Jt)(body.autoDeferOnceEnabled)
        };
    }
    /**
     * The 2xx JSON object, which must carry each of `required` as a non-empty string, and in which
     * `invalid`, when given, finds nothing wrong (it returns what is).
     */
    async object(request, required, invalid) {
        let response;
        const seen = (answer) => {
            response = answer;
        };
        const [first, ...rest] = required;
        const body = first
            ? await (0,call/* callForObject */.PS)(this.session, request, first, seen)
            : (0,reads/* asRecord */.qY)((0,call/* parseJson */.qF)((await (0,call/* call */.T1)(this.session, request, seen)).body));
        if (!body || !response)
            return (0,call/* unreadable */.O$)(this.session, request, response, 'was not a JSON object');
        for (const field of [first, ...rest]) {
            if (field !== undefined && !(0,reads/* text */.Qq)(body[field])) {
                (0,call/* unreadable */.O$)(this.session, request, response, `did not carry '${field}' as a string in its body`);
            }
        }
        const problem = invalid?.(body);
        if (problem)
            (0,call/* unreadable */.O$)(this.session, request, response, problem);
        return body;
    }
}
/** The project ID as the path's {groupId}, checked before it goes in. */
const groupId = (projectId) => (0,clients_path/* mongoId */.md)(projectId, 'project ID');
function regionOf(config) {
    const region = (0,reads/* asRecord */.qY)(config) ?? {};
    const specs = (0,reads/* asRecord */.qY)(region.electableSpecs) ?? {};
    const scaling = (0,reads/* asRecord */.qY)(region.autoScaling) ?? {};
    return {
        provider: (0,reads/* text */.Qq)(region.providerName) ?? '',
        region: (0,reads/* text */.Qq)(region.regionName) ?? '',
        instanceSize: (0,reads/* text */.Qq)(specs.instanceSize),
        diskSizeGB: (0,reads/* number */.ai)(specs.diskSizeGB),
        effectiveInstanceSize: (0,reads/* text */.Qq)(specs.effectiveInstanceSize),
        diskAutoScaling: (0,reads/* asRecord */.qY)(scaling.diskGB)?.enabled === true,
        computeAutoScaling: (0,reads/* asRecord */.qY)(scaling.compute)?.enabled === true
    };
}

// EXTERNAL MODULE: ./src/clients/monitoring.ts
var clients_monitoring = __webpack_require__(3172);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(9834);
;// CONCATENATED MODULE: ./src/preflight/destination-data.ts
// The destination's room and contents: enough free disk for the source's data (PF-8), and no
// databases a migration would collide with (PF-9), read on the cluster's primaries.


const GB = 1e9;
/** PF-8: the destination's free space (or capacity when free is unknown) against the source's size. */
function destinationDisk(facts) {
    const title = 'Destination disk';
    const findings = [];
    const sizes = facts.diskSizeGB.filter((n) => typeof n === 'number');
    const capacity = sizes.length ? Math.min(...sizes) * GB * facts.shardsUsed : undefined;
    const measured = facts.freeBytes.length ? [...facts.freeBytes].sort((a, b) => a - b).slice(0, facts.shardsUsed) : [];
    const free = measured.length ? measured.reduce((a, b) => a + b, 0) : undefined;
    const room = free ?? capacity;
    const roomText = free !== undefined
        ? `${(0,time/* dataSize */.Q3)(free)} free`
        : capacity !== undefined
            ? `${(0,time/* dataSize */.Q3)(capacity)} of disk`
            : 'room unknown';
    if (facts.sourceBytes === undefined) {
        findings.push({
            result: 'warn',
            evidence: `source size not reported; ${roomText}`,
            fix: "Compare the source's storage size with the destination's free disk by hand."
        });
    }
    else if (room === undefined) {
        findings.push({
            result: 'warn',
            evidence: `source ${(0,time/* dataSize */.Q3)(facts.sourceBytes)}; destination room unknown`,
            fix: "Check the destination's free disk by hand."
        });
    }
    else if (facts.sourceBytes >= room) {
        findings.push({
            result: 'fail',
            evidence: `source ${(0,time/* dataSize */.Q3)(facts.sourceBytes)}, destination ${roomText}`,
            fix: 'Give the destination more storage (or a larger tier): "Available disk space on the destination needs to be increased".'
        });
    }
    else if (facts.sourceBytes > 0.7 * room) {
        findings.push({
            result: 'warn',
            evidence: `source ${(0,time/* dataSize */.Q3)(facts.sourceBytes)}, destination ${roomText} (over 70 % of it)`,
            fix: 'Leave room for the data to fluctuate during the migration: raise the destination storage.'
        });
    }
    else {
        findings.push({ result: 'pass', evidence: `source ${(0,time/* dataSize */.Q3)(facts.sourceBytes)}, destination ${roomText}` });
    }
    if (facts.autoScaling) {
        findings.push({
            result: 'warn',
            evidence: 'auto-scaling on',
            fix: 'Disable disk and compute auto-scaling on the destination for the migration.'
        });
    }
    return (0,verdict/* checkOf */.EG)('PF-8', title, findings);
}
const SYSTEM = ['admin', 'config', 'local'];
const LEFTOVER = 'mongosync_reserved_for_internal_use';
/** PF-9: user databases on the destination collide with the source's unless dropped. */
function destinationContents(databases, dropDestinationData) {
    const title = 'Destination contents';
    if (databases === undefined) {
        return (0,verdict/* checkOf */.EG)('PF-9', title, [
            {
                result: 'warn',
                evidence: 'no primary to read the databases on',
                fix: 'Check by hand that the destination holds no data you keep.'
            }
        ]);
    }
    const user = databases.filter(name => !SYSTEM.includes(name));
    const findings = [];
    if (user.includes(LEFTOVER)) {
        findings.push({
            result: 'warn',
            evidence: `${LEFTOVER} present`,
            fix: `An earlier migration left ${LEFTOVER}: drop it, or migrate with drop-destination-data.`
        });
    }
    const others = user.filter(name => name !== LEFTOVER);
    if (others.length === 0)
        findings.push({ result: 'pass', evidence: 'no user database' });
    else if (dropDestinationData) {
        findings.push({
            result: 'warn',
            evidence: `drop-destination-data drops ${others.join(', ')}`,
            fix: `Make sure none of ${others.join(', ')} is data you keep.`
        });
    }
    else {
        findings.push({
            result: 'warn',
            evidence: `user databases ${others.join(', ')}`,
            fix: 'Namespaces that exist on both sides collide: empty the destination, or set drop-destination-data.'
        });
    }
    return (0,verdict/* checkOf */.EG)('PF-9', title, findings);
}

;// CONCATENATED MODULE: ./src/preflight/data.ts


async function destinationDataChecks(session, projectId, cluster, source, given) {
    const monitoring = new clients_monitoring/* MonitoringClient */.e(session);
    const primaries = (0,clients_monitoring/* primariesOf */.c)(await monitoring.processes(projectId), cluster.name);
    const freeBytes = [];
    for (const primary of primaries) {
        const [partition] = await monitoring.disks(projectId, primary.id);
        if (!partition)
            continue;
        const { free } = await monitoring.freeDiskBytes(projectId, primary.id, partition);
        if (free !== undefined)
            freeBytes.push(free);
    }
    // Unsharded collections stay on one shard: a replica set source without sharding entries uses one.
    const shards = cluster.shards ?? 1;
    const shardsUsed = source?.sharded ? shards : (given.sharding?.shardingEntries.length ?? 0) > 0 ? shards : 1;
    const databases = primaries[0] ? await monitoring.databases(projectId, primaries[0].id) : undefined;
    return [
        destinationDisk({
            sourceBytes: source?.dbSizeBytes,
            freeBytes,
            diskSizeGB: cluster.regions.map(r => r.diskSizeGB),
            shardsUsed,
            autoScaling: cluster.regions.some(r => r.diskAutoScaling || r.computeAutoScaling)
        }),
        destinationContents(databases, given.dropDestinationData)
    ];
}

;// CONCATENATED MODULE: ./src/preflight/network.ts

const same = (a, b) => a !== undefined && b !== undefined && a.toUpperCase() === b.toUpperCase();
/** The cluster's one (provider, region), or why there is not exactly one. */
function singlePlace(regions) {
    const places = new Set(regions.map(r => `${r.provider ?? '?'} ${r.region ?? '?'}`));
    if (regions.some(r => !r.provider || !r.region))
        return { why: 'a region of the cluster is not reported' };
    if (places.size !== 1)
        return { why: `the cluster spans ${[...places].join(', ')}` };
    const [first] = regions;
    return { place: { provider: first?.provider, region: first?.region } };
}
/**
 * PF-12: a single-provider, single-region cluster, an AVAILABLE endpoint service in its region,
 * and the endpoint private-link-id names AVAILABLE and not being deleted.
 */
function privateEndpoint(regions, privateLinkId, services, endpoint) {
    const title = 'Private endpoint';
    const { place, why } = singlePlace(regions);
    if (!place) {
        return (0,verdict/* checkOf */.EG)('PF-12', title, [
            {
                result: 'fail',
                evidence: why ?? '',
                fix: 'Private endpoints serve only single-provider, single-region clusters: use PUBLIC or VPC_PEERING.'
            }
        ]);
    }
    const inRegion = services.filter(s => same(s.cloudProvider, place.provider) && same(s.regionName, place.region));
    const available = inRegion.filter(s => s.status === 'AVAILABLE');
    if (available.length === 0) {
        return (0,verdict/* checkOf */.EG)('PF-12', title, [
            {
                result: 'fail',
                evidence: `no AVAILABLE endpoint service in ${place.provider} ${place.region} (${inRegion.map(s => s.status).join(', ') || 'none'})`,
                fix: "Create the private endpoint in the cluster's provider and region, and wait until it is AVAILABLE."
            }
        ]);
    }
    const named = privateLinkId
        ? available.find(s => s.id === privateLinkId || s.endpointIds.includes(privateLinkId))
        : undefined;
    if (privateLinkId && !named) {
        return (0,verdict/* checkOf */.EG)('PF-12', title, [
            {
                result: 'fail',
                evidence: `private-link-id ${privateLinkId} is not an endpoint of the AVAILABLE services (${available.map(s => s.id).join(', ')})`,
                fix: "Set private-link-id to the endpoint in the cluster's region."
            }
        ]);
    }
    if (endpoint && (endpoint.status !== 'AVAILABLE' || endpoint.deleteRequested)) {
        return (0,verdict/* checkOf */.EG)('PF-12', title, [
            {
                result: 'fail',
                evidence: `endpoint ${privateLinkId}: ${endpoint.status ?? 'status not reported'}${endpoint.deleteRequested ? ', being deleted' : ''}`,
                fix: 'Use an endpoint that is AVAILABLE and not being deleted.'
            }
        ]);
    }
    return (0,verdict/* checkOf */.EG)('PF-12', title, [
        {
            result: 'pass',
            evidence: `endpoint service ${named?.id ?? available[0]?.id} AVAILABLE in ${place.provider} ${place.region}`
        }
    ]);
}
/** PF-13: an AVAILABLE peering into a container of the cluster's provider and region. */
function vpcPeering(regions, peers, containers) {
    const title = 'VPC peering';
    const { place, why } = singlePlace(regions);
    const places = place ? [place] : regions.filter(r => r.provider && r.region);
    const inPlace = (c) => places.some(p => same(c.providerName, p.provider) &&
        (same(c.regionName, p.region) || same(c.region, p.region) || (c.regions ?? []).some(r => same(r, p.region))));
    const here = new Set(containers.filter(inPlace).map(c => c.id));
    const peering = peers.filter(p => here.has(p.containerId));
    if (peering.some(p => p.status === 'AVAILABLE')) {
        return (0,verdict/* checkOf */.EG)('PF-13', title, [
            { result: 'pass', evidence: `an AVAILABLE peering in ${places.map(p => `${p.provider} ${p.region}`).join(', ')}` }
        ]);
    }
    return (0,verdict/* checkOf */.EG)('PF-13', title, [
        {
            result: 'fail',
            evidence: `no AVAILABLE peering in the cluster's provider and region (${why ?? `${place?.provider} ${place?.region}`}; ${peering.map(p => p.status).join(', ') || 'none there'})`,
            fix: "Peer the migration host's network with the project's container in the cluster's provider and region, and wait until the peering is AVAILABLE."
        }
    ]);
}

;// CONCATENATED MODULE: ./src/preflight/network-client.ts
// Atlas Admin API v2: the network reads of the pre-flight checks, all at 2023-01-01: the project's
// private endpoint services and one endpoint of one (PF-12, PRIVATE_LINK), its network peering
// connections and their containers (PF-13, VPC_PEERING). Every call only reads. Knows the API, not GitHub.
// Each answer is a union over the cloud provider (its `cloudProvider` or `providerName`); the fields
// the checks need are read under each provider's own name and returned under one.



const NETWORK_READ = 'application/vnd.atlas.2023-01-01+json';
/** The field each provider keeps its endpoint IDs in, in EndpointService. */
const ENDPOINT_IDS = {
    AWS: 'interfaceEndpoints',
    AZURE: 'privateEndpoints',
    GCP: 'endpointGroupNames'
};
class PreflightNetworkClient {
    session;
    constructor(session) {
        this.session = session;
    }
    /** GET /groups/{groupId}/privateEndpoint/{cloudProvider}/endpointService: a bare array, no paging. */
    async endpointServices(projectId, cloudProvider) {
        const path = (0,clients_path/* apiPath */.So) `/api/atlas/v2/groups/${network_client_groupId(projectId)}/privateEndpoint/${cloudProvider}/endpointService`;
        const request = (0,reads/* read */.LF)('List private endpoint services', path, NETWORK_READ);
        const response = await (0,call/* call */.T1)(this.session, request);
        const body = (0,call/* parseJson */.qF)(response.body);
        if (!Array.isArray(body))
            return (0,call/* unreadable */.O$)(this.session, request, response, 'was not a JSON array');
        return body.map(item => {
            const service = (0,reads/* asRecord */.qY)(item) ?? {};
            const id = (0,reads/* requiredText */.$4)(this.session, request, service, 'id', 'an endpoint service');
            const provider = (0,reads/* text */.Qq)(service.cloudProvider) ?? cloudProvider;
            return {
                id,
                cloudProvider: provider,
                regionName: (0,reads/* text */.Qq)(service.regionName),
                status: (0,reads/* text */.Qq)(service.status),
                ...errorMessage(service),
                endpointIds: strings(service[ENDPOINT_IDS[provider] ?? ''])
            };
        });
    }
    /**
     * GET …/endpointService/{endpointServiceId}/endpoint/{endpointId}: an AWS `vpce-…`, an Azure
     * resource path (its '/' sent as %2F, as the spec asks) or a GCP endpoint group name.
     */
    async endpoint(projectId, cloudProvider, endpointServiceId, endpointId) {
        const service = (0,clients_path/* mongoId */.md)(endpointServiceId, 'endpoint service ID');
        const endpoint = (0,clients_path/* pathValue */.ZB)(endpointId, 'private endpoint ID', { slashes: true });
        const path = (0,clients_path/* apiPath */.So) `/api/atlas/v2/groups/${network_client_groupId(projectId)}/privateEndpoint/${cloudProvider}/endpointService/` +
            (0,clients_path/* apiPath */.So) `${service}/endpoint/${endpoint}`;
        const request = (0,reads/* read */.LF)('Read private endpoint', path, NETWORK_READ);
        const response = await (0,call/* call */.T1)(this.session, request);
        // No field is required by all three providers' views but cloudProvider: the answer must be an object.
        const body = (0,reads/* asRecord */.qY)((0,call/* parseJson */.qF)(response.body));
        if (!body)
            return (0,call/* unreadable */.O$)(this.session, request, response, 'was not a JSON object');
        const provider = (0,reads/* text */.Qq)(body.cloudProvider) ?? cloudProvider;
        return {
            status: (0,reads/* text */.Qq)(provider === 'AWS' ? body.connectionStatus : body.status),
            deleteRequested: (0,reads/* flag */.Jt)(body.deleteRequested),
            ...errorMessage(body)
        };
    }
    /** GET /groups/{groupId}/peers?providerName=…, every page: one provider's peering connections. */
    async peers(projectId, providerName) {
        const path = (0,clients_path/* apiPath */.So) `/api/atlas/v2/groups/${network_client_groupId(projectId)}/peers`;
        const request = (0,reads/* read */.LF)('List network peering connections', `${path}?providerName=${providerName}`, NETWORK_READ);
        return (await (0,reads/* readAllPages */.s$)(this.session, request)).map(item => {
            const peer = (0,reads/* asRecord */.qY)(item) ?? {};
            const containerId = (0,reads/* requiredText */.$4)(this.session, request, peer, 'containerId', 'a peering connection');
            const provider = (0,reads/* text */.Qq)(peer.providerName) ?? providerName;
            return {
                id: (0,reads/* text */.Qq)(peer.id),
                containerId,
                status: (0,reads/* text */.Qq)(provider === 'AWS' ? peer.statusName : peer.status),
                routeTableCidrBlock: (0,reads/* text */.Qq)(peer.routeTableCidrBlock)
            };
        });
    }
    /** GET /groups/{groupId}/containers/all, every page: the network peering containers of every provider. */
    async containers(projectId) {
        const path = (0,clients_path/* apiPath */.So) `/api/atlas/v2/groups/${network_client_groupId(projectId)}/containers/all`;
        const request = (0,reads/* read */.LF)('List network peering containers', path, NETWORK_READ);
        return (await (0,reads/* readAllPages */.s$)(this.session, request)).map(item => {
            const container = (0,reads/* asRecord */.qY)(item) ?? {};
            const regions = Array.isArray(container.regions) ? strings(container.regions) : undefined;
            return {
                id: (0,reads/* requiredText */.$4)(this.session, request, container, 'id', 'a container'),
                providerName: (0,reads/* requiredText */.$4)(this.session, request, container, 'providerName', 'a container'),
                regionName: (0,reads/* text */.Qq)(container.regionName),
                regions,
                region: (0,reads/* text */.Qq)(container.region)
            };
        });
    }
}
/** The project ID as the path's {groupId}, checked before it goes in. */
const network_client_groupId = (projectId) => (0,clients_path/* mongoId */.md)(projectId, 'project ID');
/** `errorMessage` when the answer has one: a string, or null (as on success). */
function errorMessage(body) {
    const value = body.errorMessage;
    return value === null || typeof value === 'string' ? { errorMessage: value } : {};
}
/** The strings of an array; [] for anything else. */
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string' && v !== '') : [];
}

// EXTERNAL MODULE: ./src/preflight/report.ts
var report = __webpack_require__(385);
;// CONCATENATED MODULE: ./src/preflight/source.ts



/** PF-1: the credential reaches the Atlas org (Organization Owner), and the project is in it. */
function credentialAndScope(plan, groupOrgId) {
    return (0,verdict/* checkOf */.EG)('PF-1', 'Credential and scope', [
        { result: 'pass', evidence: `availableProjects of org ${plan.orgId} answered (Organization Owner)` },
        groupOrgId === plan.orgId
            ? { result: 'pass', evidence: `project ${plan.projectId} is in org ${plan.orgId}` }
            : {
                result: 'fail',
                evidence: `project ${plan.projectId} is in org ${groupOrgId ?? 'unknown'}, not ${plan.orgId}`,
                fix: 'Set project-id to a project of the Atlas org the source is linked to (org-id).'
            }
    ]);
}
/** PF-2: the source as availableProjects shows it. Returns the deployment found, if any. */
function sourceFacts(plan, projects) {
    const candidates = projects.flatMap(project => (project.deployments ?? []).map(deployment => ({ project, deployment })));
    const matches = candidates.filter(c => c.deployment.name === plan.sourceClusterName &&
        (plan.sourceProjectId === undefined || c.project.projectId === plan.sourceProjectId));
    if (matches.length !== 1) {
        const listed = candidates.map(c => `${c.project.name} / ${c.deployment.name}`).join(', ') || 'none';
        const projects = matches.map(c => `${c.project.projectId} (${c.project.name})`);
        return {
            check: (0,verdict/* checkOf */.EG)('PF-2', 'Source', [
                {
                    result: 'fail',
                    evidence: `${(0,errors/* counted */.hS)(matches.length, 'deployment')} named ${plan.sourceClusterName} among the org's migration sources (${listed})`,
                    fix: matches.length === 0
                        ? `Check source-cluster-name ${plan.sourceClusterName}, and that the source org is linked and SYNCED (mode link-status).`
                        : `Set source-project-id to the project meant: ${orList(projects)}.`
                }
            ])
        };
    }
    const { project, deployment } = matches[0];
    const hosts = project.migrationHosts ?? [];
    // Said in full: the fix is also the summary's next step, read without the evidence beside it.
    const pickHost = hosts.length === 0
        ? `Provision a migration host in Cloud Manager for project ${project.name}.`
        : `Set migration-host to one of project ${project.name}'s migration hosts, exactly as listed: ${orList(hosts)}.`;
    const findings = [];
    if (plan.migrationHost === undefined) {
        findings.push(hosts.length === 1
            ? { result: 'pass', evidence: `migration host ${hosts[0]}` }
            : {
                result: 'fail',
                evidence: `project ${project.name} lists ${(0,errors/* counted */.hS)(hosts.length, 'migration host')} (${hosts.join(', ') || 'none'})`,
                fix: pickHost
            });
    }
    else if (hosts.includes(plan.migrationHost)) {
        findings.push({ result: 'pass', evidence: `migration host ${plan.migrationHost} listed` });
    }
    else {
        findings.push({
            result: 'fail',
            evidence: `migration host ${plan.migrationHost} not among ${hosts.join(', ') || 'none'}`,
            fix: pickHost
        });
    }
    findings.push(...versionFindings('source', deployment.mongoDBVersion));
    findings.push(...fcvFindings('source', deployment.mongoDBVersion, deployment.featureCompatibilityVersion));
    if (deployment.managed !== true && !plan.hasSourceCredentials) {
        findings.push({
            result: 'fail',
            evidence: `managed ${deployment.managed ?? 'not reported'}, no source credentials`,
            fix: `Set source-username and source-password: Automation does not manage ${deployment.name}.`
        });
    }
    if (plan.sourceSsl !== undefined && deployment.tlsEnabled !== undefined && plan.sourceSsl !== deployment.tlsEnabled) {
        findings.push({
            result: 'fail',
            evidence: `source-ssl ${plan.sourceSsl}, deployment tlsEnabled ${deployment.tlsEnabled}`,
            fix: `Set source-ssl to ${deployment.tlsEnabled} ("Invalid SSL options provided" otherwise).`
        });
    }
    else if (deployment.tlsEnabled === undefined && plan.sourceSsl === undefined) {
        findings.push({ result: 'fail', evidence: 'tlsEnabled not reported', fix: 'Set source-ssl (true or false).' });
    }
    return { check: (0,verdict/* checkOf */.EG)('PF-2', 'Source', findings), deployment };
}
/** 'a', 'a or b', 'a, b or c'. */
function orList(items) {
    return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/preflight/mode.ts












async function preflight(config, open, context) {
    return runPreflight(open(config.atlas), config, context);
}
/**
 * Runs every check on one session, reports them (outputs, log, summary rows), and throws on any
 * fail; also run first by validate-migration and start-migration with preflight: true.
 */
async function runPreflight(session, config, context) {
    const { sourceClusterName, clusterName } = config.migration;
    context.log.info(`Pre-flight of ${sourceClusterName} into ${clusterName} (project ${config.projectId}): reads only…`);
    return (0,report/* reportPreflight */.U)(inOrder(await preflightChecks(session, config, context)), context);
}
/** Every check, reading only, in the order they can be made; reports nothing (the plan reports its own way). */
async function preflightChecks(session, config, context) {
    const migrations = new migration/* MigrationClient */.Uz(session);
    const reads = new PreflightClient(session);
    const given = config.migration;
    const plan = {
        orgId: config.orgId,
        projectId: config.projectId,
        clusterName: given.clusterName,
        sourceClusterName: given.sourceClusterName,
        sourceProjectId: given.sourceProjectId,
        migrationHost: given.migrationHost,
        sourceSsl: given.sourceSsl,
        hasSourceCredentials: config.hasSourceCredentials ?? given.sourceCredentials !== undefined,
        hostnameSchemaType: given.hostnameSchemaType,
        shardingEntries: given.sharding?.shardingEntries.length ?? 0
    };
    const results = [];
    // PF-1 first: without the org's sources and the project, nothing else can be judged.
    let projects;
    let groupOrgId;
    try {
        projects = await migrations.availableProjects(config.orgId);
        groupOrgId = (await reads.group(config.projectId)).orgId;
    }
    catch (err) {
        if (!(err instanceof errors/* ApiError */.hD))
            throw err;
        results.push((0,verdict/* checkOf */.EG)('PF-1', 'Credential and scope', [
            {
                result: 'fail',
                evidence: err.summary,
                fix: err.hint ??
                    'The credential needs Organization Owner on org-id, project-id must exist, and the runner must be on the API access list.'
            }
        ]));
        return results;
    }
    results.push(credentialAndScope(plan, groupOrgId));
    const source = sourceFacts(plan, projects);
    results.push(source.check);
    const cluster = await readCluster(reads, config.projectId, given.clusterName);
    if ('unreadable' in cluster) {
        results.push(destinationUnreadable(given.clusterName, cluster.unreadable.status, cluster.unreadable.errorCode));
        for (const [id, title] of DEPENDENT_ON_CLUSTER) {
            results.push((0,verdict/* checkOf */.EG)(id, title, [{ result: 'skip', evidence: 'the destination cluster could not be read' }]));
        }
    }
    else {
        const facts = cluster;
        results.push(destinationTier(facts), destinationState(facts), destinationVersion(facts, source.deployment), biConnector(facts), topology(facts, source.deployment, plan));
        const tenant = facts.regions.some(r => r.provider === 'TENANT' || r.effectiveInstanceSize !== undefined);
        results.push(tenant
            ? (0,verdict/* checkOf */.EG)('PF-10', 'Advanced configuration', [{ result: 'skip', evidence: 'a shared-tier cluster has none' }])
            : processArgs(await reads.processArgs(config.projectId, given.clusterName)), ...(await networkPathChecks(new PreflightNetworkClient(session), config.projectId, given, facts.regions, tenant)), ...(tenant
            ? [
                (0,verdict/* checkOf */.EG)('PF-8', 'Destination disk', [{ result: 'skip', evidence: 'a shared tier (PF-3 fails)' }]),
                (0,verdict/* checkOf */.EG)('PF-9', 'Destination contents', [{ result: 'skip', evidence: 'a shared tier (PF-3 fails)' }])
            ]
            : await destinationDataChecks(session, config.projectId, cluster, source.deployment, given)));
    }
    results.push(await accessListCheck(reads, plan, config.migrationHostIps));
    // From the start of the day 30 days back: the same query all day, so a plan's entries share it.
    const since = new Date(Math.floor(context.clock.now() / 86_400_000 - 30) * 86_400_000).toISOString();
    results.push(await readOrWarn('PF-14', 'No other migration into the destination', `Check in the Atlas UI that no other migration into cluster ${given.clusterName} is under way.`, async () => otherMigration(given.clusterName, await reads.events(config.projectId, { eventTypes: IMPORT_EVENT_TYPES, minDate: since }))), await readOrWarn('PF-15', 'Maintenance window', `Check the maintenance window of project ${config.projectId} in the Atlas UI.`, async () => maintenance(await reads.maintenanceWindow(config.projectId))));
    return results;
}
const DEPENDENT_ON_CLUSTER = [
    ['PF-4', 'Destination state'],
    ['PF-5', 'Versions and FCV'],
    ['PF-6', 'BI Connector'],
    ['PF-7', 'Topology'],
    ['PF-8', 'Destination disk'],
    ['PF-9', 'Destination contents'],
    ['PF-10', 'Advanced configuration'],
    ['PF-12', 'Private endpoint'],
    ['PF-13', 'VPC peering']
];
/** PF-12 and PF-13: the private path hostname-schema-type names, in the cluster's provider and region. */
async function networkPathChecks(net, projectId, given, regions, tenant) {
    const schema = given.hostnameSchemaType;
    const skip = (id, title, why) => (0,verdict/* checkOf */.EG)(id, title, [{ result: 'skip', evidence: why }]);
    const provider = regions[0]?.provider;
    const usable = !tenant && provider !== undefined && ['AWS', 'AZURE', 'GCP'].includes(provider);
    const endpoint = schema !== 'PRIVATE_LINK'
        ? skip('PF-12', 'Private endpoint', `hostname-schema-type ${schema}`)
        : !usable
            ? skip('PF-12', 'Private endpoint', 'no dedicated provider to look in')
            : await privateEndpointCheck(net, projectId, provider, given.privateLinkId, regions);
    const peering = schema !== 'VPC_PEERING'
        ? skip('PF-13', 'VPC peering', `hostname-schema-type ${schema}`)
        : !usable
            ? skip('PF-13', 'VPC peering', 'no dedicated provider to look in')
            : vpcPeering(regions, await net.peers(projectId, provider), await net.containers(projectId));
    return [endpoint, peering];
}
async function privateEndpointCheck(net, projectId, provider, privateLinkId, regions) {
    const services = await net.endpointServices(projectId, provider);
    const holder = privateLinkId ? services.find(s => s.endpointIds.includes(privateLinkId)) : undefined;
    const endpoint = holder && privateLinkId ? await net.endpoint(projectId, provider, holder.id, privateLinkId) : undefined;
    return privateEndpoint(regions, privateLinkId, services, endpoint);
}
async function readCluster(reads, projectId, name) {
    try {
        return await reads.cluster(projectId, name);
    }
    catch (err) {
        if (err instanceof errors/* ApiError */.hD && err.status >= 400 && err.status < 500 && err.status !== 429) {
            return { unreadable: { status: err.status, errorCode: err.errorCode } };
        }
        throw err;
    }
}
/** A check whose read the API refused (4xx): a warning that says so and how to check by hand, never a silent pass. */
async function readOrWarn(id, title, byHand, check) {
    try {
        return await check();
    }
    catch (err) {
        if (!(err instanceof errors/* ApiError */.hD) || err.status >= 500 || err.status === 429)
            throw err;
        return (0,verdict/* checkOf */.EG)(id, title, [{ result: 'warn', evidence: `not read: ${err.summary}`, fix: byHand }]);
    }
}
/** PF-11: the entries, and the status of those that cover a host address (one read each). */
async function accessListCheck(reads, plan, hostIps) {
    if (plan.hostnameSchemaType !== 'PUBLIC')
        return accessList(plan, hostIps, []);
    const entries = await reads.accessList(plan.projectId);
    const hosts = hostIps.flatMap(text => parseNet(text) ?? []);
    for (const entry of entries) {
        const net = entryNet(entry);
        const value = entry.cidrBlock ?? entry.ipAddress;
        if (net && value && hosts.some(host => covers(net, host))) {
            entry.status = await reads.accessListStatus(plan.projectId, value);
        }
    }
    return accessList(plan, hostIps, entries);
}
/** The checks by their PF number. */
function inOrder(results) {
    const number = (r) => Number(r.id.replace(/\D/g, ''));
    return [...results].sort((a, b) => number(a) - number(b));
}


/***/ }),

/***/ 385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ byVerdict),
/* harmony export */   U: () => (/* binding */ reportPreflight)
/* harmony export */ });
/* unused harmony export verdictCounts */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5979);
/* harmony import */ var _verdict__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(554);
// What pre-flight reports: its outputs (the checks in PF order), the overall result first and then
// one log line per check (a failed check an error, a warned one a warning), the summary's table in
// the order a reader acts on it (failed, warned, passed, skipped) and the one thing to do next.
// Fails the step on any failed check.


const DONE = { fail: 'failed', warn: 'warned', pass: 'passed', skip: 'skipped' };
/** The checks in the order a reader acts on them: failed, warned, passed, skipped (each in PF order). */
function byVerdict(results) {
    return _verdict__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_ORDER */ .jT.flatMap(verdict => results.filter(r => r.result === verdict));
}
/** "4 failed, 2 warned, 7 passed, 2 skipped": the checks counted by result, in that order. */
function verdictCounts(results) {
    return _verdict__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_ORDER */ .jT.map(verdict => [verdict, results.filter(r => r.result === verdict).length])
        .filter(([, n]) => n > 0)
        .map(([verdict, n]) => `${n} ${DONE[verdict]}`)
        .join(', ');
}
/** Outputs, log lines, the summary's table and next step for checks in PF order; throws on any fail. */
function reportPreflight(results, context) {
    const overall = (0,_verdict__WEBPACK_IMPORTED_MODULE_1__/* .worst */ .QZ)(results.map(r => r.result));
    context.outputs['preflight-report'] = JSON.stringify(results);
    context.outputs['preflight-result'] = overall;
    const failed = results.filter(r => r.result === 'fail');
    const failure = failed.length > 0
        ? `Pre-flight: ${failed.length} of ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .counted */ .hS)(results.length, 'check')} failed (${failed.map(r => r.id).join(', ')}), so nothing was validated or started; each failed check follows with its fix.`
        : undefined;
    // The overall result first: GitHub lists annotations in order and shows only the first ten.
    const announced = failure !== undefined && context.log.error !== undefined;
    if (failure)
        context.log.error?.(failure);
    for (const r of results) {
        const line = `${r.id} ${r.result.toUpperCase()} ${r.title}: ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .sentences */ .hC)(r.evidence, r.fix)}`;
        if (r.result === 'fail' && context.log.error)
            context.log.error(line);
        else if (r.result === 'fail' || r.result === 'warn')
            context.log.warning(line);
        else
            context.log.info(line);
    }
    context.tables.push({
        heading: `Pre-flight checks: ${verdictCounts(results)}`,
        header: ['Result', 'Check', 'Found', 'Fix'],
        rows: byVerdict(results).map(r => [
            // A no-break space: the marker and its word stay on one line in a narrow column.
            `${_verdict__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_MARKERS */ .CD[r.result]}\u00a0${r.result}`,
            `${r.id} ${r.title}`,
            r.evidence,
            r.fix
        ])
    });
    if (failure) {
        context.headline.next = nextStep(failed);
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(failure, { announced });
    }
    const warned = results.filter(r => r.result === 'warn').length;
    return `pre-flight ${overall}: ${results.length - warned} checks passed or skipped, ${warned} warned`;
}
/** The first failed check's fix, said so that it reads on its own, then what follows it. */
function nextStep(failed) {
    const [first, ...others] = failed;
    const fix = /^[A-Z][a-z]/.test(first.fix) ? first.fix.charAt(0).toLowerCase() + first.fix.slice(1) : first.fix;
    if (others.length === 0)
        return (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .sentences */ .hC)(`Fix ${first.id} ${first.title}: ${fix}`, 'Then run pre-flight again.');
    const rest = others.length === 1 ? 'the other failed check' : `the ${others.length} other failed checks`;
    return (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .sentences */ .hC)(`Fix ${first.id} ${first.title} first: ${fix}`, `Then ${rest} below, and run pre-flight again.`);
}


/***/ }),

/***/ 554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ VERDICT_MARKERS),
/* harmony export */   EG: () => (/* binding */ checkOf),
/* harmony export */   QZ: () => (/* binding */ worst),
/* harmony export */   jT: () => (/* binding */ VERDICT_ORDER)
/* harmony export */ });
// What one pre-flight check found: its verdict, the values it read, and the fix in one line.
/** Each verdict's marker, as the summaries show it first. */
const VERDICT_MARKERS = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖' };
/** The order a reader acts in: what failed, then what warned, then what passed or was skipped. */
const VERDICT_ORDER = ['fail', 'warn', 'pass', 'skip'];
/** The worst of several verdicts of one check (fail > warn > pass > skip). */
function worst(results) {
    for (const verdict of ['fail', 'warn', 'pass'])
        if (results.includes(verdict))
            return verdict;
    return 'skip';
}
/** Builds one check's result from its findings: the worst finding decides, every finding is shown. */
function checkOf(id, title, findings) {
    const result = worst(findings.map(f => f.result));
    const deciding = findings.filter(f => f.result === result);
    return {
        id,
        title,
        result,
        evidence: findings.map(f => f.evidence).join('; '),
        fix: result === 'pass' || result === 'skip'
            ? ''
            : deciding
                .map(f => f.fix ?? '')
                .filter(Boolean)
                .join(' ')
    };
}


/***/ })

};
