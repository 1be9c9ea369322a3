export const id = 683;
export const ids = [683];
export const modules = {

/***/ 1362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ openGitHub)
});

// EXTERNAL MODULE: ./src/errors/index.ts + 2 modules
var errors = __webpack_require__(7784);
// EXTERNAL MODULE: ./src/clients/call.ts
var call = __webpack_require__(882);
// EXTERNAL MODULE: ./src/clients/reads.ts
var reads = __webpack_require__(7109);
;// CONCATENATED MODULE: ./src/clients/github.ts
// The few GitHub REST calls the pipeline makes: a workflow run's review history (the proof of an
// approval) and the deployments that hold the ledger. It is given the API URL, the repository and
// a session with the token; it knows nothing else of the runner.



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
        const request = (0,reads/* read */.LF)("Read the run's review history", `${this.repo}/actions/runs/${(0,reads/* encoded */.dS)(runId)}/approvals`, GITHUB_JSON);
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
                user: (0,reads/* text */.Qq)((0,reads/* asRecord */.qY)(review.user)?.login)
            };
        });
    }
    /** Every deployment of the environment (one task, when given), newest first. */
    async deployments(environment, task) {
        const query = `environment=${encodeURIComponent(environment)}${task ? `&task=${encodeURIComponent(task)}` : ''}`;
        const all = await this.pages('Read the ledger (deployments)', `${this.repo}/deployments?${query}`);
        return all.flatMap(entry => {
            const d = (0,reads/* asRecord */.qY)(entry);
            if (!d || typeof d.id !== 'number')
                return [];
            return [
                { id: d.id, task: (0,reads/* text */.Qq)(d.task) ?? '', createdAt: (0,reads/* text */.Qq)(d.created_at) ?? '', payload: (0,reads/* asRecord */.qY)(d.payload) ?? {} }
            ];
        });
    }
    async statuses(deploymentId) {
        const all = await this.pages("Read a ledger record's history (deployment statuses)", `${this.repo}/deployments/${deploymentId}/statuses`);
        return all.flatMap(entry => {
            const s = (0,reads/* asRecord */.qY)(entry);
            return s
                ? [{ state: (0,reads/* text */.Qq)(s.state) ?? '', description: (0,reads/* text */.Qq)(s.description) ?? '', createdAt: (0,reads/* text */.Qq)(s.created_at) ?? '' }]
                : [];
        });
    }
    /** A new deployment: one ledger record. Required contexts none and no merge, so GitHub checks nothing of the ref. */
    async createDeployment(record) {
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
            ifUncertain: 'the status may have been recorded; recording it again is harmless.'
        });
    }
    async pages(operation, path) {
        const all = [];
        const separator = path.includes('?') ? '&' : '?';
        for (let page = 1; page <= MAX_PAGES; page++) {
            const request = (0,reads/* read */.LF)(operation, `${path}${separator}per_page=${PER_PAGE}&page=${page}`, GITHUB_JSON);
            const response = await (0,call/* call */.T1)(this.session, request);
            const body = (0,call/* parseJson */.qF)(response.body);
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
// GITHUB_RUN_ID, GITHUB_SHA), and the session on GitHub's API with the step's github-token. Read
// when a mode needs GitHub, never guessed: a missing one stops the step before anything is sent.


function openGitHub(token, open, env = process.env) {
    const value = (name) => {
        const found = env[name];
        if (!found) {
            throw new errors/* StepError */.zg(`${name} is not set: this mode reads GitHub's API for the run it runs in, as a workflow step on a runner (which sets it). Nothing was sent.`);
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
        sha: env.GITHUB_SHA ?? ''
    };
}


/***/ }),

/***/ 7658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ describeMigration),
/* harmony export */   Xz: () => (/* binding */ MigrationEndedError),
/* harmony export */   i_: () => (/* binding */ isReady),
/* harmony export */   oq: () => (/* binding */ MigrationWatch),
/* harmony export */   v2: () => (/* binding */ CUTOVER_WINDOW_MS)
/* harmony export */ });
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
        if (isReady(m) && headline.readySince === undefined) {
            headline.readySince = { at: this.context.clock.now(), observed: this.last !== undefined && !isReady(this.last) };
        }
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
    /**
     * Polls until the goal: ready for cut-over (or COMPLETE already), or COMPLETE. Ends at once on
     * FAILED or EXPIRED (see), at the deadline, or at a cancel.
     */
    async until(goal, wait) {
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
                schedule: (0,_poll__WEBPACK_IMPORTED_MODULE_2__/* .pollSchedule */ .dI)(wait.pollIntervalSeconds * 1000),
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

/***/ 4683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cutover: () => (/* binding */ cutover),
  listMigrationSources: () => (/* binding */ listMigrationSources),
  migrationStatus: () => (/* binding */ migrationStatus),
  startMigration: () => (/* binding */ startMigration),
  validateMigrationMode: () => (/* binding */ validateMigrationMode)
});

// EXTERNAL MODULE: ./src/clients/migration.ts
var clients_migration = __webpack_require__(9924);
// EXTERNAL MODULE: ./src/errors/index.ts + 2 modules
var errors = __webpack_require__(7784);
// EXTERNAL MODULE: ./src/modes/github-run.ts + 1 modules
var github_run = __webpack_require__(1362);
;// CONCATENATED MODULE: ./src/modes/approval.ts
// The cut-over's gate, proven at run time: GitHub creates a missing environment on first use with no
// protection, so a job that merely names one may run unreviewed. Before anything is sent to Atlas,
// the run's review history must show an approval of that very environment, and no rejection.


async function proveApproval(proof, open, context) {
    if (proof.check === 'custom-protection-rule') {
        context.log.warning(`The approval is not checked by this step (approval-check: custom-protection-rule): environment '${proof.environment}' is trusted to be gated by a custom deployment protection rule, which leaves no review in the run's history.`);
        context.notes.push(`Cut-over gate: environment '${proof.environment}', custom deployment protection rule (not checked by the action).`);
        return;
    }
    const github = (0,github_run/* openGitHub */.o)(proof.githubToken, open);
    const refuse = (why) => {
        throw new errors/* StepError */.zg(`No cut-over: ${why} Environment '${proof.environment}' must have required reviewers, and one of them must approve this run's job (GitHub creates a missing environment with no protection, so a job that names one is not proof). Nothing was sent to Atlas.`);
    };
    let reviews;
    try {
        reviews = await github.client.reviews(github.runId);
    }
    catch (err) {
        return refuse(`the run's review history could not be read (${(0,errors/* errorMessage */.gJ)(err)}); the github-token needs actions: read.`);
    }
    const same = (name) => name.toLowerCase() === proof.environment.toLowerCase();
    const about = reviews.filter(r => r.environments.some(same));
    const rejected = about.find(r => r.state === 'rejected');
    if (rejected)
        return refuse(`run ${github.runId} has a rejection of it${rejected.user ? ` by ${rejected.user}` : ''}.`);
    const approved = about.find(r => r.state === 'approved');
    if (!approved)
        return refuse(`run ${github.runId} of ${github.repository} has no approval of it in its review history.`);
    context.log.info(`Approval proven: ${approved.user ?? 'a reviewer'} approved environment '${proof.environment}' for run ${github.runId}.`);
    context.rows.push(['Approved by', `${approved.user ?? 'a reviewer'} (${proof.environment})`]);
}

;// CONCATENATED MODULE: ./src/modes/migration-request.ts

/** The request from the inputs; with org-id, discovery fills what they leave out and checks what they give. */
async function migrationRequest(client, config, context) {
    const given = config.migration;
    let { sourceProjectId, migrationHost, sourceSsl } = given;
    // Without org-id the inputs name everything (the input rules ask for it): nothing to discover.
    if (config.orgId !== undefined) {
        const found = discover(await client.availableProjects(config.orgId), given, context);
        sourceProjectId ??= found.project.projectId;
        sourceSsl ??= found.ssl;
        migrationHost ??= found.host;
        context.log.info(`Discovered ${given.sourceClusterName}: project ${found.project.name} (${sourceProjectId}), TLS ${sourceSsl ? 'on' : 'off'}, migration host ${migrationHost}.`);
    }
    if (sourceProjectId === undefined || migrationHost === undefined || sourceSsl === undefined) {
        throw new errors/* StepError */.zg('Set org-id, or all of source-project-id, migration-host and source-ssl.');
    }
    const body = {
        source: {
            clusterName: given.sourceClusterName,
            groupId: sourceProjectId,
            managedAuthentication: given.sourceCredentials === undefined,
            ssl: sourceSsl,
            ...(given.sourceCaCertificatePath ? { caCertificatePath: given.sourceCaCertificatePath } : {}),
            ...(given.sourceCredentials ?? {})
        },
        destination: {
            clusterName: given.clusterName,
            groupId: config.projectId,
            hostnameSchemaType: given.hostnameSchemaType,
            ...(given.privateLinkId ? { privateLinkId: given.privateLinkId } : {})
        },
        migrationHosts: [migrationHost],
        dropDestinationData: given.dropDestinationData,
        ...(given.sharding ? { sharding: given.sharding } : {})
    };
    context.rows.push(['Source', `${body.source.clusterName} in project ${body.source.groupId}`], ['Migration host', migrationHost], [
        'Request',
        `TLS ${body.source.ssl ? 'on' : 'off'}, ${body.source.managedAuthentication ? 'managed authentication' : `user ${given.sourceCredentials?.username}`}, ${body.destination.hostnameSchemaType}, drop destination data: ${body.dropDestinationData}${body.sharding ? `, sharding ${body.sharding.shardingEntries.length} collection(s)` : ''}`
    ]);
    return body;
}
/** The one deployment named source-cluster-name, its migration host and its TLS setting, each checked. */
function discover(projects, given, context) {
    const candidates = projects.flatMap(project => (project.deployments ?? []).map(deployment => ({ project, deployment })));
    const listed = (list) => list.map(c => `${c.project.name} (${c.project.projectId}) / ${c.deployment.name}`).join('; ') || 'none';
    const matches = candidates.filter(c => c.deployment.name === given.sourceClusterName &&
        (given.sourceProjectId === undefined || c.project.projectId === given.sourceProjectId));
    if (matches.length !== 1) {
        const why = matches.length === 0 ? 'No deployment' : `${matches.length} deployments`;
        throw new errors/* StepError */.zg(`${why} named '${given.sourceClusterName}'${given.sourceProjectId ? ` in project ${given.sourceProjectId}` : ''} among the migration sources of the Atlas org. ${matches.length > 1 ? `Set source-project-id to one of them: ${listed(matches)}.` : `Candidates: ${listed(candidates)}.`}`);
    }
    const { project, deployment } = matches[0];
    return { project, host: migrationHostOf(project, given, context), ssl: sslOf(project, deployment, given) };
}
/** The host given, if the project lists it; else the project's one host. */
function migrationHostOf(project, given, context) {
    const hosts = project.migrationHosts;
    const known = hosts?.join(', ') || 'none';
    if (given.migrationHost !== undefined) {
        if (hosts === undefined) {
            // Before 2026-04 the field was optional: an older API may not list hosts at all.
            context.log.warning(`Atlas does not list the migration hosts of project ${project.name}: migration-host ${given.migrationHost} could not be checked.`);
            return given.migrationHost;
        }
        if (hosts.includes(given.migrationHost))
            return given.migrationHost;
        throw new errors/* StepError */.zg(`Migration host '${given.migrationHost}' is not one of project ${project.name}'s migration hosts (${known}): set migration-host to one of them, exactly as listed. Nothing was sent.`);
    }
    if (hosts?.length === 1)
        return hosts[0];
    throw new errors/* StepError */.zg((hosts?.length ?? 0) === 0
        ? `Project ${project.name} has no migration host: provision one in Cloud Manager (a server with agentFeatureCloudMigrationEnabled), or set migration-host.`
        : `Project ${project.name} has ${hosts?.length} migration hosts: set migration-host to one of ${known} (each migration needs its own).`);
}
/** TLS from source-ssl, or from what Atlas reports; never guessed. Also refuses an unmanaged source without credentials. */
function sslOf(project, deployment, given) {
    const where = `deployment ${deployment.name} of project ${project.name}`;
    if (deployment.managed !== true && given.sourceCredentials === undefined) {
        throw new errors/* StepError */.zg(deployment.managed === false
            ? `The ${where} is not managed by Cloud Manager / Ops Manager Automation, so Atlas cannot authenticate to it on its own: set source-username and source-password (a user with backup, readAnyDatabase and clusterMonitor). Nothing was sent.`
            : `Atlas does not say whether Automation manages the ${where}: set source-username and source-password, since managed authentication cannot be assumed. Nothing was sent.`);
    }
    if (given.sourceSsl !== undefined)
        return given.sourceSsl;
    if (typeof deployment.tlsEnabled === 'boolean')
        return deployment.tlsEnabled;
    throw new errors/* StepError */.zg(`Atlas does not say whether the ${where} uses TLS, and a security setting is never guessed: set source-ssl (true or false). Nothing was sent.`);
}

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/transport/retry.ts
var retry = __webpack_require__(2211);
// EXTERNAL MODULE: ./src/modes/poll.ts
var poll = __webpack_require__(5947);
;// CONCATENATED MODULE: ./src/modes/migration-validation.ts




/** Known validation failures (MongoDB's live-migration troubleshooting page) and what to do. */
const VALIDATION_HINTS = [
    [/disk space/i, 'Give the destination cluster more storage (or a larger tier), then validate again.'],
    [
        /could not reach|could not resolve hostname/i,
        'Check that the migration host can reach the source: host names, DNS, firewall.'
    ],
    [/disk storage info unavailable/i, "The source user can't read disk statistics: grant it clusterMonitor."],
    [
        /invalid ssl options|unable to process the provided ca file/i,
        'Check source-ssl and source-ca-certificate-path (a path on the migration host, readable by its agent).'
    ],
    [/standalone/i, 'Live migration needs a replica set or a sharded cluster as the source.'],
    [
        /time.?series/i,
        'Time-series collections are not supported: move them off the source, or migrate them another way.'
    ],
    [
        /username or password is not correct|not authorized to execute command/i,
        "Check source-username / source-password and the user's roles: backup and readAnyDatabase (and clusterMonitor for a sharded source)."
    ],
    [
        /blocking writes during cutover/i,
        'Grant the source user the bypassWriteBlockingMode privilege, needed for the cut-over.'
    ]
];
const finished = (v) => v.status === 'SUCCESS' || v.status === 'FAILED';
/** Starts a validation and polls it to SUCCESS; a FAILED one throws with its reason and what to do. */
async function validate(client, projectId, body, wait, context) {
    context.log.info(`Validating the migration of ${body.source.clusterName} into ${body.destination.clusterName}…`);
    const seen = (v) => {
        context.outputs['validation-status'] = v.status;
        return v;
    };
    let validation = seen(await client.validate(projectId, body));
    context.outputs['validation-id'] = validation.id;
    context.rows.push(['Validation ID', validation.id]);
    const { id } = validation;
    if (!finished(validation)) {
        validation = await (0,poll/* pollUntil */.g3)({
            what: `validation ${id}`,
            timeoutSeconds: wait.timeoutSeconds,
            schedule: (0,poll/* pollSchedule */.dI)(Math.min(wait.pollIntervalSeconds * 1000, 30_000)),
            initial: validation,
            read: async () => seen(await client.getValidation(projectId, id)),
            isDone: finished,
            describe: v => v.status,
            timeoutHint: 'Raise wait-timeout-seconds, or look at the validation in the Atlas UI.',
            log: context.log,
            signal: context.signal,
            clock: context.clock,
            slowdown: () => (0,retry/* pollSlowdown */.Nq)(client.budget)
        });
    }
    if (validation.status === 'FAILED') {
        // The reason may echo the request (the source password): clean it before it is folded or printed.
        // Said once: a reason that ends its own sentence gets no second period.
        const reason = (0,errors/* oneLine */.TN)((0,secrets/* redact */.E$)(validation.errorMessage ?? 'no reason given')).replace(/[.\s]+$/, '');
        const hint = VALIDATION_HINTS.find(([pattern]) => pattern.test(reason))?.[1];
        context.headline.title = `Validation ${id} FAILED`;
        context.headline.next =
            hint ?? 'Fix what the validation names on the source or the destination, then validate again.';
        throw new errors/* StepError */.zg(`Validation ${id} FAILED: ${reason}.${hint ? ` ${hint}` : ''} No migration was started.`);
    }
    context.log.info(`Validation ${id}: SUCCESS.`);
    return validation;
}

// EXTERNAL MODULE: ./src/modes/migration-watch.ts
var migration_watch = __webpack_require__(7658);
// EXTERNAL MODULE: ./src/modes/preflight.ts + 11 modules
var preflight = __webpack_require__(6265);
;// CONCATENATED MODULE: ./src/modes/migration.ts
// The migration modes, after the link: discover what can be migrated, validate, start, watch until
// ready, and cut over. Requests come from migration-request.ts, validation from
// migration-validation.ts, and every read of a migration goes through MigrationWatch, which owns
// its end states.








async function listMigrationSources(config, open, context) {
    const client = new clients_migration/* MigrationClient */.Uz(open(config.atlas));
    context.log.info(`Listing what Atlas org ${config.orgId} can migrate (availableProjects)…`);
    const projects = await client.availableProjects(config.orgId);
    const deployments = flatten(projects);
    context.outputs.projects = JSON.stringify(projects);
    context.outputs.deployments = JSON.stringify(deployments);
    for (const d of deployments) {
        context.log.info(`${d.projectName} / ${d.clusterName}: MongoDB ${d.mongoDBVersion ?? '?'}, ${d.sharded === null ? 'topology not reported' : d.sharded ? 'sharded' : 'replica set'}, TLS ${d.tlsEnabled === null ? 'not reported' : d.tlsEnabled ? 'on' : 'off'}, migration hosts: ${d.migrationHosts.join(', ') || 'none'}`);
    }
    if (projects.length === 0) {
        context.log.warning(`Atlas org ${config.orgId} lists no project to migrate: is a Cloud Manager / Ops Manager organization linked to it, and is the link SYNCED (mode link-status)?`);
    }
    return `${deployments.length} deployment${deployments.length === 1 ? '' : 's'} in ${projects.length} project${projects.length === 1 ? '' : 's'}`;
}
/** One row per deployment, for `strategy.matrix.include: ${{ fromJSON(…) }}`. */
function flatten(projects) {
    return projects.flatMap(project => (project.deployments ?? []).map(d => ({
        projectId: project.projectId,
        projectName: project.name,
        clusterName: d.name,
        // What Atlas does not report stays null: a matrix row never guesses a security setting.
        sharded: d.sharded ?? null,
        tlsEnabled: d.tlsEnabled ?? null,
        managed: d.managed ?? null,
        mongoDBVersion: d.mongoDBVersion,
        dbSizeBytes: d.dbSizeBytes,
        migrationHosts: project.migrationHosts ?? []
    })));
}
/** What validate and start share: one session, pre-flight first when asked, then the request. */
async function prepare(config, open, context) {
    const session = open(config.atlas);
    if (config.preflight)
        await (0,preflight.runPreflight)(session, config, context);
    const client = new clients_migration/* MigrationClient */.Uz(session);
    return { client, body: await migrationRequest(client, config, context) };
}
async function validateMigrationMode(config, open, context) {
    const { client, body } = await prepare(config, open, context);
    const validation = await validate(client, config.projectId, body, config.wait, context);
    return `validation ${validation.status}`;
}
async function startMigration(config, open, context) {
    const { client, body } = await prepare(config, open, context);
    if (config.skipValidation)
        context.log.warning('skip-validation is true: starting the migration without validating it first.');
    else
        await validate(client, config.projectId, body, config.wait, context);
    context.log.info(`Starting the migration of ${body.source.clusterName} into ${body.destination.clusterName} (project ${config.projectId}) through ${body.migrationHosts[0]}…`);
    const started = await client.create(config.projectId, body);
    // The ID is the only handle the API gives (there is no list call): out at once, everywhere.
    context.outputs['migration-id'] = started.id;
    context.rows.push(['Migration ID', started.id]);
    context.log.info(`Migration started: ID ${started.id}. Keep it: the API cannot list migrations.`);
    const watch = new migration_watch/* MigrationWatch */.oq(client, config.projectId, started.id, context);
    watch.see(started); // a create answer that already says FAILED fails the step here
    if (config.wait.for === 'none')
        return `migration ${started.id} ${(0,migration_watch/* describeMigration */.K)(started)}`;
    const migration = await watch.until(config.wait.for, config.wait);
    return `migration ${migration.id} ${(0,migration_watch/* describeMigration */.K)(migration)}`;
}
async function migrationStatus(config, open, context) {
    const watch = new migration_watch/* MigrationWatch */.oq(new clients_migration/* MigrationClient */.Uz(open(config.atlas)), config.projectId, config.migrationId, context);
    let migration = await watch.read();
    if (config.wait.for !== 'none')
        migration = await watch.until(config.wait.for, config.wait);
    return `migration ${migration.id} ${(0,migration_watch/* describeMigration */.K)(migration)}`;
}
async function cutover(config, open, context) {
    // The gate first: without a proven approval nothing at all goes to Atlas.
    if (config.approval)
        await proveApproval(config.approval, open, context);
    else
        context.log.info('No approval-environment: the confirmation is confirm-writes-stopped alone.');
    const client = new clients_migration/* MigrationClient */.Uz(open(config.atlas));
    const { projectId, migrationId } = config;
    const watch = new migration_watch/* MigrationWatch */.oq(client, projectId, migrationId, context);
    // The decision rests on this one read; a cancel during it discards it, and the PUT is never sent.
    let migration = await watch.read();
    if (migration.status === 'COMPLETE') {
        context.log.info(`Migration ${migrationId} is COMPLETE already: nothing to cut over, nothing sent.`);
        return 'COMPLETE (already)';
    }
    if (!(0,migration_watch/* isReady */.i_)(migration) && config.readyWaitSeconds > 0) {
        migration = await untilReady(watch, config, context);
    }
    if (!(0,migration_watch/* isReady */.i_)(migration)) {
        context.headline.title = `Migration ${migrationId} not cut over: not ready`;
        context.headline.next = `Wait with mode migration-status, migration-id ${migrationId} and wait-for: ready-for-cutover, then run cutover again.`;
        throw new errors/* StepError */.zg(`Migration ${migrationId} is not ready for cut-over (${(0,migration_watch/* describeMigration */.K)(migration)}): no cut-over was sent. Wait until it is ready (the status workflow shows when), then run the cut-over again.`);
    }
    context.log.warning(`Cutting over migration ${migrationId} into project ${projectId}: Atlas stops syncing from the source, removes the migration's access-list entries and database user on the destination, and finishes the migration. Point applications at Atlas once it is COMPLETE.`);
    await client.cutover(projectId, migrationId);
    context.log.info('Cut-over started.');
    if (config.wait.for === 'none')
        return 'cut-over started';
    const done = await watch.until('complete', config.wait);
    return `migration ${done.id} ${(0,migration_watch/* describeMigration */.K)(done)}`;
}
/** Approved a little early: wait ready-wait-seconds at most for readiness; at its end, no PUT. */
async function untilReady(watch, config, context) {
    context.log.info(`Not ready yet: waiting up to ${config.readyWaitSeconds} s (ready-wait-seconds) before cutting over.`);
    try {
        return await watch.until('ready-for-cutover', { ...config.wait, timeoutSeconds: config.readyWaitSeconds });
    }
    catch (err) {
        if (!(err instanceof poll/* PollTimeout */.lb))
            throw err;
        throw new errors/* StepError */.zg(`${err.message.replace(/ Raise wait-timeout-seconds.*$/, '')} No cut-over was sent.`);
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
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7784);


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
            log.info(`${describe(value)} after ${poll} poll${poll === 1 ? '' : 's'} (${seconds(clock.now() - started)} s).`);
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
