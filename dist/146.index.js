export const id = 146;
export const ids = [146];
export const modules = {

/***/ 1362:
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

;// CONCATENATED MODULE: ./src/modes/github-run.ts
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
function openGitHub(token, open, env = process.env) {
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

/***/ 9995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ Ledger)
/* harmony export */ });
/* unused harmony exports LEDGER_ENVIRONMENT, LEDGER_WRITER, LedgerRecordError, creatorOf */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5979);
/* harmony import */ var _forms__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1388);
/* harmony import */ var _inputs_fields__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2996);
/* harmony import */ var _migration_watch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7658);




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
        const line = (0,_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .describeMigration */ .K)(migration);
        const last = (history ?? (await this.history(record))).last;
        if (last !== undefined && stateLine(last) === stateLine(line))
            return false;
        await this.client.addStatus(record.id, STATE[migration.status] ?? 'in_progress', line);
        return true;
    }
}


/***/ }),

/***/ 7658:
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
/* harmony import */ var _poll__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5947);
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

/***/ 5947:
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
