export const id = 838;
export const ids = [838,924];
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

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ openGitHub)
});

// EXTERNAL MODULE: ./src/errors/index.ts + 3 modules
var errors = __webpack_require__(5979);
// EXTERNAL MODULE: ./src/clients/call.ts
var call = __webpack_require__(882);
// EXTERNAL MODULE: ./src/clients/reads.ts
var reads = __webpack_require__(7109);
;// CONCATENATED MODULE: ./src/clients/github.ts
// The few GitHub REST calls the pipeline makes: what proves an approval (a run's review history,
// the environment's protection now, the jobs of the run that GitHub deployed to it) and the
// deployments that hold the ledger. It is given the API URL, the repository and a session with the
// token; it knows nothing else of the runner. Everything it returns is data: callers check forms.



const GITHUB_JSON = 'application/vnd.github+json';
const PER_PAGE = 100;
const MAX_PAGES = 20;
class GitHubClient {
    session;
    repository;
    constructor(session, 
    /** owner/name */
    repository) {
        this.session = session;
        this.repository = repository;
    }
    get repo() {
        return `/repos/${this.repository.split('/').map(reads/* encoded */.dS).join('/')}`;
    }
    async reviews(runId) {
        const request = {
            ...(0,reads/* read */.LF)("Read the run's review history", `${this.repo}/actions/runs/${(0,reads/* encoded */.dS)(runId)}/approvals`, GITHUB_JSON),
            permission: 'actions: read'
        };
        const response = await (0,call/* call */.T1)(this.session, request);
        const body = (0,call/* parseJson */.qF)(response.body);
        if (!Array.isArray(body))
            (0,call/* unreadable */.O$)(this.session, request, response, 'is not a list of reviews');
        return body.map(entry => {
            const review = (0,reads/* asRecord */.qY)(entry) ?? {};
            const environments = Array.isArray(review.environments) ? review.environments : [];
            return {
                state: (0,reads/* text */.Qq)(review.state) ?? '',
                environments: environments.flatMap(e => (0,reads/* text */.Qq)((0,reads/* asRecord */.qY)(e)?.name) ?? []),
                user: (0,reads/* text */.Qq)((0,reads/* asRecord */.qY)(review.user)?.login),
                comment: typeof review.comment === 'string' ? review.comment : ''
            };
        });
    }
    /** The environment's protection rules now; undefined when GitHub has no such environment (404). */
    async environment(name) {
        const request = {
            ...(0,reads/* read */.LF)('Read the environment (its protection rules)', `${this.repo}/environments/${(0,reads/* encoded */.dS)(name)}`, GITHUB_JSON),
            permission: 'actions: read'
        };
        let response;
        try {
            response = await (0,call/* call */.T1)(this.session, request);
        }
        catch (err) {
            if (err instanceof errors/* ApiError */.hD && err.status === 404)
                return undefined;
            throw err;
        }
        const rules = (0,reads/* asRecord */.qY)((0,call/* parseJson */.qF)(response.body))?.protection_rules;
        if (!Array.isArray(rules))
            (0,call/* unreadable */.O$)(this.session, request, response, "did not carry 'protection_rules'");
        const all = rules.flatMap(rule => {
            const found = (0,reads/* asRecord */.qY)(rule);
            return found ? [found] : [];
        });
        const reviewers = all
            .filter(rule => rule.type === 'required_reviewers')
            .flatMap(rule => (Array.isArray(rule.reviewers) ? rule.reviewers : []))
            .flatMap(entry => {
            const reviewer = (0,reads/* asRecord */.qY)((0,reads/* asRecord */.qY)(entry)?.reviewer);
            return (0,reads/* text */.Qq)(reviewer?.login) ?? (0,reads/* text */.Qq)(reviewer?.slug) ?? [];
        });
        return { reviewers, ruleTypes: all.flatMap(rule => (0,reads/* text */.Qq)(rule.type) ?? []) };
    }
    /** The environment's custom deployment protection rules (GitHub Apps), enabled or not. */
    async customProtectionRules(name) {
        const request = {
            ...(0,reads/* read */.LF)("Read the environment's custom deployment protection rules", `${this.repo}/environments/${(0,reads/* encoded */.dS)(name)}/deployment_protection_rules`, GITHUB_JSON),
            permission: 'actions: read'
        };
        const response = await (0,call/* call */.T1)(this.session, request);
        const rules = (0,reads/* asRecord */.qY)((0,call/* parseJson */.qF)(response.body))?.custom_deployment_protection_rules;
        if (!Array.isArray(rules))
            (0,call/* unreadable */.O$)(this.session, request, response, "did not carry 'custom_deployment_protection_rules'");
        return rules.flatMap(entry => {
            const rule = (0,reads/* asRecord */.qY)(entry);
            return rule ? [{ enabled: rule.enabled === true, app: (0,reads/* text */.Qq)((0,reads/* asRecord */.qY)(rule.app)?.slug) ?? 'an app' }] : [];
        });
    }
    /** The jobs of one attempt of a run. */
    async attemptJobs(runId, attempt) {
        const path = `${this.repo}/actions/runs/${(0,reads/* encoded */.dS)(runId)}/attempts/${(0,reads/* encoded */.dS)(attempt)}/jobs`;
        const all = await this.pages("Read the run's jobs", path, 'actions: read', 'jobs');
        return all.flatMap(entry => {
            const job = (0,reads/* asRecord */.qY)(entry);
            if (!job || typeof job.id !== 'number')
                return [];
            return [
                { id: job.id, name: (0,reads/* text */.Qq)(job.name) ?? '', status: (0,reads/* text */.Qq)(job.status) ?? '', runnerName: (0,reads/* text */.Qq)(job.runner_name) }
            ];
        });
    }
    /** Every deployment of the environment (one task or commit, when given), newest first. */
    async deployments(environment, filter = {}) {
        const query = [
            `environment=${encodeURIComponent(environment)}`,
            ...(filter.task ? [`task=${encodeURIComponent(filter.task)}`] : []),
            ...(filter.sha ? [`sha=${encodeURIComponent(filter.sha)}`] : [])
        ].join('&');
        const all = await this.pages('Read deployments', `${this.repo}/deployments?${query}`, 'deployments: read');
        return all.flatMap(entry => {
            const d = (0,reads/* asRecord */.qY)(entry);
            if (!d || typeof d.id !== 'number')
                return [];
            return [
                {
                    id: d.id,
                    task: (0,reads/* text */.Qq)(d.task) ?? '',
                    createdAt: (0,reads/* text */.Qq)(d.created_at) ?? '',
                    payload: (0,reads/* asRecord */.qY)(d.payload) ?? {},
                    creator: (0,reads/* text */.Qq)((0,reads/* asRecord */.qY)(d.creator)?.login)
                }
            ];
        });
    }
    async statuses(deploymentId) {
        const all = await this.pages("Read a deployment's statuses", `${this.repo}/deployments/${deploymentId}/statuses`, 'deployments: read');
        return all.flatMap(entry => {
            const s = (0,reads/* asRecord */.qY)(entry);
            return s
                ? [
                    {
                        state: (0,reads/* text */.Qq)(s.state) ?? '',
                        description: (0,reads/* text */.Qq)(s.description) ?? '',
                        createdAt: (0,reads/* text */.Qq)(s.created_at) ?? '',
                        logUrl: (0,reads/* text */.Qq)(s.log_url) ?? (0,reads/* text */.Qq)(s.target_url)
                    }
                ]
                : [];
        });
    }
    /** A new deployment: one ledger record. Required contexts none and no merge, so GitHub checks nothing of the ref. */
    async createDeployment(record, { afterCancel = false } = {}) {
        const request = {
            operation: 'Write the ledger (create a deployment)',
            method: 'POST',
            path: `${this.repo}/deployments`,
            accept: GITHUB_JSON,
            contentType: 'application/json',
            body: JSON.stringify({
                ...record,
                auto_merge: false,
                required_contexts: [],
                transient_environment: false,
                production_environment: false
            }),
            afterCancel,
            permission: 'deployments: write',
            ifUncertain: 'a ledger record may have been created; a second one for the same migration is harmless (the newest is read).'
        };
        const response = await (0,call/* call */.T1)(this.session, request);
        const d = (0,reads/* asRecord */.qY)((0,call/* parseJson */.qF)(response.body));
        if (!d || typeof d.id !== 'number')
            (0,call/* unreadable */.O$)(this.session, request, response, "did not carry the deployment's 'id'");
        return {
            id: d.id,
            task: record.task,
            createdAt: (0,reads/* text */.Qq)(d.created_at) ?? '',
            payload: record.payload
        };
    }
    /** Appends one status to a record; never marks other records inactive (auto_inactive: false). */
    async addStatus(deploymentId, state, description) {
        await (0,call/* call */.T1)(this.session, {
            operation: 'Write the ledger (add a deployment status)',
            method: 'POST',
            path: `${this.repo}/deployments/${deploymentId}/statuses`,
            accept: GITHUB_JSON,
            contentType: 'application/json',
            body: JSON.stringify({ state, description: description.slice(0, 140), auto_inactive: false }),
            permission: 'deployments: write',
            ifUncertain: 'the status may have been recorded; recording it again is harmless.'
        });
    }
    /** Every page of a list; `field` names the list in an object answer ({total_count, jobs: […]}). */
    async pages(operation, path, permission, field) {
        const all = [];
        const separator = path.includes('?') ? '&' : '?';
        for (let page = 1; page <= MAX_PAGES; page++) {
            const request = {
                ...(0,reads/* read */.LF)(operation, `${path}${separator}per_page=${PER_PAGE}&page=${page}`, GITHUB_JSON),
                permission
            };
            const response = await (0,call/* call */.T1)(this.session, request);
            const parsed = (0,call/* parseJson */.qF)(response.body);
            const body = field ? (0,reads/* asRecord */.qY)(parsed)?.[field] : parsed;
            if (!Array.isArray(body))
                (0,call/* unreadable */.O$)(this.session, request, response, 'is not a list');
            all.push(...body);
            if (body.length < PER_PAGE)
                return all;
        }
        throw new errors/* StepError */.zg(`${operation}: stopped after ${MAX_PAGES} full pages of ${PER_PAGE}, with more to come; this action reads no more than that.`);
    }
}

;// CONCATENATED MODULE: ./src/clients/github-run.ts
// The run this step belongs to, as the runner tells every step (GITHUB_API_URL, GITHUB_REPOSITORY,
// GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_SHA, RUNNER_NAME), and the session on GitHub's API with
// the step's github-token. Read when a mode needs GitHub, never guessed: a missing or malformed one
// stops the step before anything is sent (each becomes part of a URL path or query).


const FORMS = {
    GITHUB_REPOSITORY: /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/,
    GITHUB_RUN_ID: /^\d{1,20}$/,
    GITHUB_RUN_ATTEMPT: /^\d{1,6}$/,
    GITHUB_SHA: /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
};
function openGitHub(token, open, env) {
    const value = (name) => {
        const found = env[name];
        if (!found) {
            throw new errors/* StepError */.zg(`${name} is not set: this mode reads GitHub's API for the run it runs in, as a workflow step on a runner (which sets it). Nothing was sent.`);
        }
        const form = FORMS[name];
        if (form && (!form.test(found) || /(^|\/)\.\.?(\/|$)/.test(found))) {
            throw new errors/* StepError */.zg(`${name} is not in GitHub's form (${form.source}). Nothing was sent.`);
        }
        return found;
    };
    const apiUrl = new URL(value('GITHUB_API_URL'));
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(apiUrl.hostname);
    if (apiUrl.protocol !== 'https:' && !(apiUrl.protocol === 'http:' && loopback)) {
        throw new errors/* StepError */.zg(`GITHUB_API_URL must be https://; got ${apiUrl.origin}. Nothing was sent.`);
    }
    const repository = value('GITHUB_REPOSITORY');
    const endpoint = {
        baseUrl: `${apiUrl.origin}${apiUrl.pathname.replace(/\/+$/, '')}`,
        credentials: { kind: 'access-token', accessToken: token },
        names: {
            api: 'github',
            baseUrl: 'GITHUB_API_URL',
            orgId: 'GITHUB_REPOSITORY',
            ids: 'GITHUB_REPOSITORY',
            credentials: 'github-token'
        }
    };
    return {
        client: new GitHubClient(open(endpoint), repository),
        repository,
        runId: value('GITHUB_RUN_ID'),
        attempt: env.GITHUB_RUN_ATTEMPT ? value('GITHUB_RUN_ATTEMPT') : '1',
        sha: env.GITHUB_SHA ? value('GITHUB_SHA') : '',
        runnerName: env.RUNNER_NAME || undefined
    };
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

/***/ 2420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ Ledger)
/* harmony export */ });
/* unused harmony exports LEDGER_ENVIRONMENT, LEDGER_WRITER, LedgerRecordError, creatorOf */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5979);
/* harmony import */ var _forms__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1388);
/* harmony import */ var _inputs_fields__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2996);
/* harmony import */ var _watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7169);




const LEDGER_ENVIRONMENT = 'live-migration-ledger';
const TASK_PREFIX = 'live-migration:';
/** Who the action writes as: a job's GITHUB_TOKEN acts as the GitHub Actions app's bot user. */
const LEDGER_WRITER = 'github-actions[bot]';
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const LOGIN = /^[A-Za-z0-9-]{1,39}(?:\[bot\])?$/;
const STATE = {
    NEW: 'queued',
    WORKING: 'in_progress',
    COMPLETE: 'success',
    FAILED: 'failure',
    EXPIRED: 'error'
};
/** What counts as a change worth a status: not the lag, which moves at every read. */
const stateLine = (description) => description.replace(/ lag=\S*$/, '');
/** A ledger deployment the action did not write, or not in the form it writes. */
class LedgerRecordError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg {
}
/** Who created a record, as far as it can be shown (a login in GitHub's form, else 'someone'). */
const creatorOf = (d) => (d.creator && LOGIN.test(d.creator) ? d.creator : 'someone');
/** A record, when the deployment is one the action wrote and every value has its form; else why not. */
function toRecord(d) {
    if (d.creator !== LEDGER_WRITER)
        return `it was created by ${creatorOf(d)}, not by a workflow's GITHUB_TOKEN (${LEDGER_WRITER})`;
    const p = d.payload;
    const text = (value, form) => typeof value === 'string' && (typeof form === 'function' ? form(value) : form.test(value)) ? value : undefined;
    // A deployment name as the input takes it: one line, printable, at most 100 characters.
    const name = d.task.slice(TASK_PREFIX.length);
    const deployment = d.task.startsWith(TASK_PREFIX) && (0,_inputs_fields__WEBPACK_IMPORTED_MODULE_1__/* .isName */ .Eo)(name) && name.length <= 100 ? name : undefined;
    const migrationId = text(p.migrationId, _forms__WEBPACK_IMPORTED_MODULE_3__/* .isMongoId */ .eh);
    const projectId = text(p.projectId, _forms__WEBPACK_IMPORTED_MODULE_3__/* .isMongoId */ .eh);
    // The action always writes startedAt; GitHub's created_at stands in only where a record has none.
    const startedAt = p.startedAt === undefined ? text(d.createdAt, ISO_TIME) : text(p.startedAt, ISO_TIME);
    const bad = [
        !deployment && 'task',
        !migrationId && 'migrationId (24 hexadecimal characters)',
        !projectId && 'projectId (24 hexadecimal characters)',
        !startedAt && 'startedAt (an ISO time)',
        p.source !== undefined && typeof p.source !== 'string' && 'source',
        p.destination !== undefined && !text(p.destination, _forms__WEBPACK_IMPORTED_MODULE_3__/* .isClusterName */ .Qq) && 'destination (a cluster name)'
    ].filter(Boolean);
    if (bad.length > 0 || !deployment || !migrationId || !projectId || !startedAt)
        return `its ${bad.join(', ')} ${bad.length === 1 ? 'is' : 'are'} not in the form this action writes`;
    return {
        id: d.id,
        deployment,
        migrationId,
        projectId,
        source: typeof p.source === 'string' ? p.source : undefined,
        destination: typeof p.destination === 'string' ? p.destination : undefined,
        startedAt
    };
}
/** Why the record is not of what the step was given, or undefined when it matches. */
function mismatch(record, expected) {
    const differs = [
        record.projectId !== expected.projectId && `project ${record.projectId}, not project-id ${expected.projectId}`,
        expected.destination !== undefined &&
            record.destination !== undefined &&
            record.destination !== expected.destination &&
            `destination cluster '${record.destination}', not cluster-name '${expected.destination}'`,
        expected.source !== undefined &&
            record.source !== undefined &&
            record.source !== expected.source &&
            'another source cluster than source-cluster-name'
    ].filter(Boolean);
    return differs.length > 0 ? differs.join('; ') : undefined;
}
class Ledger {
    client;
    sha;
    warn;
    constructor(client, 
    /** The commit a new record names (GitHub's deployments need a ref; nothing is deployed). */
    sha, 
    /** Told of each record passed over (another writer, another form), in words that quote none of its values. */
    warn = () => { }) {
        this.client = client;
        this.sha = sha;
        this.warn = warn;
    }
    /**
     * The deployment's newest record the action wrote, if any. Records of other writers are passed
     * over with a warning; a record of the action's that is malformed, or of another project, cluster
     * or source than the step's, stops the step: it is never taken up, and never silently replaced.
     */
    async newest(deployment, expected) {
        for (const d of await this.client.deployments(LEDGER_ENVIRONMENT, { task: TASK_PREFIX + deployment })) {
            const record = toRecord(d);
            if (typeof record !== 'string') {
                const differs = expected && mismatch(record, expected);
                if (differs) {
                    throw new LedgerRecordError(`The ledger's record ${d.id} of deployment '${deployment}' is of ${differs}: it is not taken up, and nothing is started beside it. Check the deployment-name (one per deployment), or, if this deployment moved, delete record ${d.id} (the deployments of environment ${LEDGER_ENVIRONMENT}) and re-run.`);
                }
                return record;
            }
            if (d.creator !== LEDGER_WRITER) {
                this.warn(`The ledger's record ${d.id} of deployment '${deployment}' is passed over: ${record}.`);
                continue;
            }
            throw new LedgerRecordError(`The ledger's record ${d.id} of deployment '${deployment}' cannot be used: ${record}. Delete it (the deployments of environment ${LEDGER_ENVIRONMENT}) and re-run.`);
        }
        return undefined;
    }
    /** The deployment's record of this migration: its newest record, or a new one when that names another migration. */
    async recordOf(entry, expected) {
        const newest = await this.newest(entry.deployment, expected);
        if (newest?.migrationId === entry.migrationId)
            return { record: newest, created: false };
        return { record: await this.create(entry), created: true };
    }
    /** The newest record of every deployment; those passed over are told to warn. */
    async all() {
        const seen = new Map();
        for (const d of await this.client.deployments(LEDGER_ENVIRONMENT)) {
            const record = toRecord(d);
            if (typeof record === 'string') {
                this.warn(`The ledger's record ${d.id} is passed over: ${record}.`);
                continue;
            }
            if (!seen.has(record.deployment))
                seen.set(record.deployment, record);
        }
        return [...seen.values()];
    }
    /**
     * A new record. afterCancel: the record of a migration that now exists is written even after a
     * cancel (within the transport's grace): it records what happened, it changes nothing.
     */
    async create(record, options = {}) {
        const { deployment, ...payload } = record;
        const created = await this.client.createDeployment({
            ref: this.sha,
            task: TASK_PREFIX + deployment,
            environment: LEDGER_ENVIRONMENT,
            description: `Live migration of ${deployment}`.slice(0, 140),
            payload
        }, options);
        return { ...record, id: created.id };
    }
    async history(record) {
        const statuses = await this.client.statuses(record.id); // newest first
        const ready = statuses.filter(s => / ready=true/.test(s.description) && ISO_TIME.test(s.createdAt)).at(-1);
        return { last: statuses[0]?.description, lastState: statuses[0]?.state, firstReadyAt: ready?.createdAt };
    }
    /** Appends the migration's state when it differs from the last one recorded; says whether it did. */
    async note(record, migration, history) {
        const line = (0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .describeMigration */ .K)(migration);
        const last = (history ?? (await this.history(record))).last;
        if (last !== undefined && stateLine(last) === stateLine(line))
            return false;
        await this.client.addStatus(record.id, STATE[migration.status] ?? 'in_progress', line);
        return true;
    }
}


/***/ }),

/***/ 7169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ cutoverSchedule),
/* harmony export */   K: () => (/* binding */ describeMigration),
/* harmony export */   i_: () => (/* binding */ isReady),
/* harmony export */   oq: () => (/* binding */ MigrationWatch),
/* harmony export */   v2: () => (/* binding */ CUTOVER_WINDOW_MS),
/* harmony export */   yZ: () => (/* binding */ noteReadySince)
/* harmony export */ });
/* unused harmony export MigrationEndedError */
/* harmony import */ var _cancel__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(833);
/* harmony import */ var _transport_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2211);
/* harmony import */ var _poll__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5938);
// The one place that reads a migration's state and owns its end states. Every answer that shows a
// migration — the create call's, a status read, each poll of a wait — passes through see(): it
// keeps the outputs to what that answer said, logs a line when the state changes, records the
// wait, and fails the step on FAILED or EXPIRED. No mode can forget it, since none reads around it.



/**
 * Once a migration is ready for cut-over, Atlas keeps it in sync this long (120 h) and then ends it
 * EXPIRED; the API cannot extend the timer (the Atlas UI can).
 */
const CUTOVER_WINDOW_MS = 120 * 3_600_000;
/**
 * The wait after a cut-over polls at the interval from its start, not 0.1 s after: MongoDB
 * documents a cut-over as minutes (3–5 for a small cluster, 10 or more for a large one), so polls
 * in its first seconds would only spend the project's tokens other deployments' starts and
 * cut-overs need.
 */
function cutoverSchedule(intervalMs) {
    return { firstMs: intervalMs, factor: 2, maxMs: intervalMs };
}
/**
 * When the migration was first known ready, the earliest of what this step saw and what the ledger
 * recorded (from: 'ledger'): the cut-over window closes 120 h after the earliest, never later.
 */
function noteReadySince(context, at, observed, from) {
    const known = context.headline.readySince;
    if (!Number.isFinite(at) || (known !== undefined && known.at <= at))
        return;
    context.headline.readySince = { at, observed, ...(from ? { from } : {}) };
}
/** The statuses of the spec. Any other is reported, and never taken for an end or for readiness. */
const KNOWN_STATUSES = ['NEW', 'WORKING', 'FAILED', 'COMPLETE', 'EXPIRED'];
const ENDED = ['FAILED', 'EXPIRED'];
/** The migration ended without completing: the step fails, whatever the mode. */
class MigrationEndedError extends Error {
    migration;
    constructor(migration, why) {
        super(`Migration ${migration.id} is ${migration.status}: ${why}.`);
        this.migration = migration;
        this.name = 'MigrationEndedError';
    }
}
/** Ready for cut-over: only a WORKING migration that says so (never COMPLETE, never a status we don't know). */
function isReady(m) {
    return m.status === 'WORKING' && m.readyForCutover;
}
/** The state as one grep-able line: "WORKING ready=false lag=733s". */
function describeMigration(m) {
    return `${m.status} ready=${m.readyForCutover} lag=${m.lagSeconds === undefined ? 'none' : `${m.lagSeconds}s`}`;
}
class MigrationWatch {
    client;
    projectId;
    id;
    context;
    last;
    record;
    warnedUnknown = false;
    constructor(client, projectId, id, context) {
        this.client = client;
        this.projectId = projectId;
        this.id = id;
        this.context = context;
    }
    /** The last state seen. */
    get current() {
        return this.last;
    }
    /** Takes in one answer that shows the migration; throws MigrationEndedError on FAILED or EXPIRED. */
    see(m, poll = false) {
        const { outputs, log, headline } = this.context;
        // The outputs say what this answer said, and nothing an earlier one said that it no longer does.
        outputs['migration-status'] = m.status;
        outputs['ready-for-cutover'] = String(m.readyForCutover);
        outputs['lag-seconds'] = m.lagSeconds === undefined ? '' : String(m.lagSeconds);
        const line = describeMigration(m);
        if (this.last === undefined || describeMigration(this.last) !== line || this.last.status !== m.status) {
            log.info(`migration ${m.id} ${line}`);
        }
        // The cut-over window runs from readiness: exact when this step saw it become ready.
        if (isReady(m))
            noteReadySince(this.context, this.context.clock.now(), this.last !== undefined && !isReady(this.last));
        this.last = m;
        this.record?.samples.push({ ...this.sample(m), poll });
        if (ENDED.includes(m.status)) {
            const [why, next] = m.status === 'EXPIRED'
                ? [
                    'the cut-over window (120 hours after it became ready, extendable only in the Atlas UI) ran out; start a new migration',
                    'Start a new migration: this one cannot be cut over any more.'
                ]
                : [
                    "the API gives no reason: look at the destination cluster's migration in the Atlas UI and at the migration host's agent log in Cloud Manager",
                    "Look at the destination cluster's migration in the Atlas UI and at the migration host's agent log in Cloud Manager."
                ];
            headline.title = `Migration ${m.id} ended ${m.status}`;
            headline.next = next;
            this.context.notes.push(`Migration ${m.id} ended ${m.status}: ${why}.`);
            throw new MigrationEndedError(m, why);
        }
        if (!KNOWN_STATUSES.includes(m.status) && !this.warnedUnknown) {
            this.warnedUnknown = true;
            log.warning(`Migration ${m.id} has a status this action does not know: ${m.status}. It is neither taken for an end nor for readiness; check the migration in the Atlas UI.`);
        }
        return m;
    }
    sample(m) {
        return { at: this.context.clock.now(), status: m.status, ready: m.readyForCutover, lagSeconds: m.lagSeconds };
    }
    /** Reads the migration once (GET), through see(); a wait's polls leave a 429 to the wait. */
    async read(poll = false) {
        return this.see(await this.client.get(this.projectId, this.id, { poll }), poll);
    }
    /** One read, where FAILED or EXPIRED is an answer, not a failure (the ledger records it either way). */
    async readEvenIfEnded() {
        try {
            return await this.read();
        }
        catch (err) {
            if (err instanceof MigrationEndedError)
                return err.migration;
            throw err;
        }
    }
    /**
     * Polls until the goal: ready for cut-over (or COMPLETE already), or COMPLETE. Ends at once on
     * FAILED or EXPIRED (see), at the deadline, or at a cancel.
     */
    async until(goal, wait, schedule = (0,_poll__WEBPACK_IMPORTED_MODULE_2__/* .pollSchedule */ .dI)(wait.pollIntervalSeconds * 1000)) {
        const reached = (m) => m.status === 'COMPLETE' || (goal === 'ready-for-cutover' && isReady(m));
        const what = goal === 'complete' ? `migration ${this.id} to be COMPLETE` : `migration ${this.id} to be ready for cut-over`;
        this.record = { what, samples: [] };
        this.context.waits.push(this.record);
        const initial = this.last;
        if (initial)
            this.record.samples.push(this.sample(initial));
        if (initial && reached(initial))
            return initial;
        const timeoutHint = goal === 'complete'
            ? 'The cut-over is still under way: run migration-status with wait-for: complete to follow it.'
            : 'Raise wait-timeout-seconds (5 days at most; GitHub-hosted jobs end at 6 hours), or resume later with mode migration-status and this migration-id.';
        try {
            return await (0,_poll__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g3)({
                what,
                timeoutSeconds: wait.timeoutSeconds,
                schedule,
                initial,
                read: () => this.read(true),
                isDone: reached,
                describe: describeMigration,
                timeoutHint,
                log: this.context.log,
                signal: this.context.signal,
                clock: this.context.clock,
                slowdown: () => (0,_transport_retry__WEBPACK_IMPORTED_MODULE_1__/* .pollSlowdown */ .Nq)(this.client.budget),
                stateOf: m => `${m.status} ${m.readyForCutover}`
            });
        }
        catch (err) {
            // The migration goes on without this step: say how to pick the wait up again.
            if (err instanceof _poll__WEBPACK_IMPORTED_MODULE_2__/* .PollTimeout */ .lb) {
                this.context.headline.title = `Still waiting for ${what}`;
                this.context.headline.next = timeoutHint.replace('this migration-id', `migration-id ${this.id}`);
            }
            else if (err instanceof _cancel__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc) {
                this.context.headline.next = `The migration goes on: pick the wait up with mode migration-status, migration-id ${this.id} and wait-for: ${goal === 'complete' ? 'complete' : 'ready-for-cutover'}.`;
            }
            throw err;
        }
        finally {
            this.record = undefined;
        }
    }
}


/***/ }),

/***/ 5938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dI: () => (/* binding */ pollSchedule),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   lb: () => (/* binding */ PollTimeout)
/* harmony export */ });
/* harmony import */ var _cancel__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(833);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5979);


/**
 * The schedule of every wait: polls come soon after a start or a change of state, when the next
 * change is likeliest (a link syncs, a validation ends, a cut-over completes within seconds):
 * 100 ms, doubling, up to maxMs. At a 60 s interval that is 10 polls more per change than polling
 * at the interval alone; each change costs about the first second of polls it is noticed within.
 */
function pollSchedule(maxMs) {
    return { firstMs: Math.min(100, maxMs), factor: 2, maxMs };
}
class PollTimeout extends Error {
    constructor(message) {
        super(message);
        this.name = 'PollTimeout';
    }
}
const seconds = (ms) => (ms / 1000).toFixed(1);
/** Polls until isDone, and returns that state; throws PollTimeout at the deadline. */
async function pollUntil(options) {
    const { log, schedule, describe, signal, what } = options;
    const clock = options.clock ?? _cancel__WEBPACK_IMPORTED_MODULE_0__/* .SYSTEM_CLOCK */ .Vc;
    const maxFailures = options.maxFailuresInARow ?? 3;
    const started = clock.now();
    const deadline = started + options.timeoutSeconds * 1000;
    let last = options.initial;
    let pause = schedule.firstMs;
    /** The server's Retry-After: the next poll comes no sooner (RFC 9110 §10.2.3). */
    let notBeforeMs = 0;
    let failures = 0;
    const lastRead = () => (last === undefined ? 'nothing read yet' : `the last read was ${describe(last)}`);
    const cancelled = (err) => new _cancel__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)} Stopped waiting for ${what}; ${lastRead()}.`);
    for (let poll = 1;; poll++) {
        const left = deadline - clock.now();
        if (left <= 0) {
            throw new PollTimeout(`Timed out after ${options.timeoutSeconds} s waiting for ${what}; ${lastRead()}. ${options.timeoutHint}`);
        }
        const pauseMs = Math.min(Math.max(pause * (options.slowdown?.() ?? 1), notBeforeMs), left);
        notBeforeMs = 0;
        log.info(`Waiting for ${what}: ${last === undefined ? 'not read yet' : describe(last)}; poll ${poll} in ${seconds(pauseMs)} s…`);
        try {
            await clock.sleep(pauseMs, signal);
        }
        catch (err) {
            throw cancelled(err);
        }
        pause = Math.min(schedule.maxMs, Math.round(pause * schedule.factor));
        let value;
        try {
            value = await options.read();
        }
        catch (err) {
            if (err instanceof _cancel__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc || signal.aborted)
                throw cancelled(err);
            // A poll refused by a rate limit is not a failure: the next one comes when the server said
            // (Retry-After), or on the schedule, slowed by the bucket's level.
            if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && err.status === 429 && err.retryAfterMs === undefined) {
                log.info(`Poll ${poll}: HTTP 429 (rate limited, no Retry-After); the next poll comes on the schedule.`);
                continue;
            }
            const asked = err instanceof _errors__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && isTransient(err) ? err.retryAfterMs : undefined;
            if (asked !== undefined) {
                const leftNow = deadline - clock.now();
                if (asked > leftNow) {
                    throw new PollTimeout(`Stopped waiting for ${what}: the server asked to wait ${seconds(asked)} s before asking again (Retry-After), past the end of this wait in ${seconds(Math.max(0, leftNow))} s; ${lastRead()}. ${options.timeoutHint}`);
                }
                notBeforeMs = asked;
                log.info(`Poll ${poll}: HTTP ${err.status}; the server asks to wait ${seconds(asked)} s (Retry-After).`);
                continue;
            }
            // An answer such as 401, 403 or 404 will not change by asking again, nor will an error of
            // what was read (a migration that FAILED): only transient failures are worth another poll.
            failures++;
            if (!isTransient(err) || failures >= maxFailures)
                throw err;
            log.warning(`Poll ${poll} failed (${failures} in a row; the wait ends after ${maxFailures}): ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`);
            continue;
        }
        failures = 0;
        if (last !== undefined && options.stateOf && options.stateOf(last) !== options.stateOf(value)) {
            pause = schedule.firstMs;
        }
        last = value;
        if (options.isDone(value)) {
            log.info(`${describe(value)} after ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .counted */ .hS)(poll, 'poll')} (${seconds(clock.now() - started)} s).`);
            return value;
        }
    }
}
/** No answer, a 5xx or a 429 (after the transport's own retries): the next poll may do better. */
function isTransient(err) {
    if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .Dr)
        return true;
    return err instanceof _errors__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && (err.status === 429 || err.status >= 500);
}


/***/ })

};
