export const id = 416;
export const ids = [416];
export const modules = {

/***/ 2851:
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


/***/ }),

/***/ 4416:
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
// EXTERNAL MODULE: ./src/clients/shared-reads.ts
var shared_reads = __webpack_require__(2851);
// EXTERNAL MODULE: ./src/errors/index.ts + 3 modules
var errors = __webpack_require__(5979);
// EXTERNAL MODULE: ./src/summary-view.ts
var summary_view = __webpack_require__(3877);
// EXTERNAL MODULE: ./src/modes/github-run.ts + 1 modules
var github_run = __webpack_require__(1362);
;// CONCATENATED MODULE: ./src/modes/approval.ts



async function proveApproval(proof, target, open, context) {
    const github = (0,github_run/* openGitHub */.o)(proof.githubToken, open);
    const { environment } = proof;
    const refuse = (why) => {
        context.rows.push(['Approval', `refused: ${why}`]);
        throw new errors/* StepError */.zg(`No cut-over: ${why} Nothing was sent to Atlas.`);
    };
    const reading = async (what, read) => {
        try {
            return await read();
        }
        catch (err) {
            return refuse(`${what} could not be read (${(0,errors/* errorMessage */.gJ)(err)}).`);
        }
    };
    await reading(`The protection of environment '${environment}'`, () => checkProtection(github.client, proof).then(why => why && refuse(why)));
    let approval;
    if (proof.check === 'required-reviewers') {
        const reviews = await reading(`Run ${github.runId}'s review history (the github-token needs actions: read)`, () => github.client.reviews(github.runId));
        const about = reviews.filter(r => r.environments.some(e => e.toLowerCase() === environment.toLowerCase()));
        const rejected = about.find(r => r.state === 'rejected');
        if (rejected)
            refuse(`run ${github.runId} has a rejection of environment '${environment}' by ${who(rejected)}.`);
        const approved = about.filter(r => r.state === 'approved');
        if (approved.length === 0)
            refuse(`run ${github.runId} of ${github.repository} has no approval of environment '${environment}'.`);
        // A comment that names the deployment (or the migration) binds the approval to it alone.
        approval = approved.find(r => namesTarget(r.comment, target)) ?? approved[0];
        if (namesTarget(approval?.comment ?? '', target)) {
            return audit(context, proof, { reviewer: approval?.user, comment: approval?.comment, binding: 'comment' });
        }
    }
    const alone = await reading(`Which jobs of run ${github.runId} are in environment '${environment}' (the github-token needs actions: read and deployments: read)`, () => onlyJobInEnvironment(github, environment));
    if (alone !== true) {
        const name = target.deploymentName ? `'${target.deploymentName}'` : `migration ${target.migrationId}`;
        refuse(`the approval of environment '${environment}' cannot be bound to ${name} alone: ${alone} GitHub approves an environment for the whole run, so it would release every job waiting on it. Approve this deployment alone: give each deployment its own environment (cutover-environment: cutover-${target.deploymentName ?? '<deployment-name>'}), or approve with a comment that names ${name}.`);
    }
    audit(context, proof, { reviewer: approval?.user, comment: approval?.comment, binding: 'environment' });
}
/** Why the environment is not protected now, or undefined when it is. */
async function checkProtection(client, proof) {
    const { environment } = proof;
    const protection = await client.environment(environment);
    if (!protection) {
        return `environment '${environment}' does not exist in this repository. GitHub creates a missing environment on first use with no protection, so a job that names one is not proof: create it with required reviewers.`;
    }
    if (proof.check === 'required-reviewers') {
        if (protection.reviewers.length > 0)
            return undefined;
        return `environment '${environment}' has no required reviewers now (its rules: ${protection.ruleTypes.join(', ') || 'none'}). An approval read from the run's history may predate their removal (a re-run reuses it): add required reviewers, then re-run.`;
    }
    const rules = await client.customProtectionRules(environment);
    if (rules.some(rule => rule.enabled))
        return undefined;
    return `environment '${environment}' has no enabled custom deployment protection rule (approval-check: custom-protection-rule): enable one, or use required reviewers.`;
}
/**
 * True when this step's job is the only job of this run attempt that GitHub deployed to the
 * environment (a job waiting on it, or one that ran in it, has a deployment whose status names
 * the job); otherwise why not. The step's job is the one in progress on this runner.
 */
async function onlyJobInEnvironment(github, environment) {
    const jobs = await github.client.attemptJobs(github.runId, github.attempt);
    const mine = jobs.filter(job => job.status === 'in_progress' && job.runnerName === github.runnerName);
    if (!github.runnerName || mine.length !== 1) {
        return `this step's job could not be told apart from the run's other jobs (RUNNER_NAME ${github.runnerName ? 'matches no single job in progress' : 'is not set'}).`;
    }
    const ids = new Set(jobs.map(job => job.id));
    const inEnvironment = new Set();
    const jobUrl = new RegExp(`/actions/runs/${github.runId}/job/(\\d+)(?:[/?#]|$)`);
    for (const deployment of await github.client.deployments(environment, github.sha ? { sha: github.sha } : {})) {
        for (const status of await github.client.statuses(deployment.id)) {
            const id = Number(jobUrl.exec(status.logUrl ?? '')?.[1]);
            if (ids.has(id))
                inEnvironment.add(id);
        }
    }
    const others = [...inEnvironment].filter(id => id !== mine[0]?.id);
    if (!inEnvironment.has(mine[0]?.id))
        return `GitHub shows no deployment of this job to it.`;
    if (others.length > 0)
        return `${others.length} other job${others.length === 1 ? '' : 's'} of this run ${others.length === 1 ? 'is' : 'are'} in it too.`;
    return true;
}
/** The comment names the deployment or the migration ID as a whole word. */
function namesTarget(comment, target) {
    const words = comment.split(/[^A-Za-z0-9_.-]+/).map(word => word.replace(/^[.]+|[.]+$/g, ''));
    return words.some(word => word === target.migrationId || (!!target.deploymentName && word === target.deploymentName));
}
const who = (review) => review.user ?? 'a reviewer';
/** The audit trail: who approved, what they wrote, which environment, how it was bound, when read. */
function audit(context, proof, proven) {
    const binding = proven.binding === 'comment'
        ? 'the approving comment names this deployment'
        : `this job is the only one of the run in environment '${proof.environment}'`;
    const gate = proof.check === 'required-reviewers' ? 'required reviewers' : 'a custom deployment protection rule';
    // A reviewer's comment is their text: on one line, so it never starts a line the runner reads as a command.
    const comment = proven.comment ? (0,errors/* oneLine */.TN)(proven.comment).slice(0, 200) : '';
    const by = proof.check === 'required-reviewers' ? `${proven.reviewer ?? 'a reviewer'}` : gate;
    context.log.info(`Approval proven: ${by} approved environment '${proof.environment}' (${gate}); bound to this deployment because ${binding}.${comment ? ` Comment: ${JSON.stringify(comment)}` : ''}`);
    context.rows.push(['Approved by', by], ['Approval comment', comment || '(none)'], ['Approval environment', `${proof.environment} (${gate})`], ['Approval bound by', binding], ['Approval read', (0,summary_view/* utc */.n$)(context.clock.now())]);
}
/** Without an approval-environment: said in plain words in the log and the summary. */
function noApprovalChecked(context) {
    context.log.warning('Approval not checked: no approval-environment was given, so the only confirmation is confirm-writes-stopped: true.');
    context.rows.push(['Approval', 'not checked (no approval-environment): confirm-writes-stopped alone']);
}

// EXTERNAL MODULE: ./src/modes/ledger.ts
var ledger = __webpack_require__(9995);
// EXTERNAL MODULE: ./src/modes/migration-watch.ts
var migration_watch = __webpack_require__(7658);
;// CONCATENATED MODULE: ./src/modes/ledger-start.ts




/** Statuses after which the deployment needs a new migration. */
const ENDED_FOR_GOOD = ['FAILED', 'EXPIRED'];
function openLedger(key, open, context) {
    const github = (0,github_run/* openGitHub */.o)(key.githubToken, open);
    return { ledger: new ledger/* Ledger */.Oc(github.client, github.sha, m => context.log.warning(m)), name: key.deploymentName };
}
/**
 * The deployment's newest recorded migration, read from Atlas, unless it ended FAILED or EXPIRED.
 * The record must be of the project, cluster and source given (ledger.ts); its state is Atlas's,
 * and the cut-over window runs from the earliest readiness known, the ledger's or this step's.
 */
async function takeUp({ ledger, name }, client, expected, context) {
    const record = await ledger.newest(name, expected);
    if (!record) {
        context.log.info(`The ledger has no migration of deployment '${name}': starting one.`);
        return undefined;
    }
    const history = await ledger.history(record);
    if (history.firstReadyAt)
        (0,migration_watch/* noteReadySince */.yZ)(context, Date.parse(history.firstReadyAt), false, 'ledger');
    const migration = await new migration_watch/* MigrationWatch */.oq(client, record.projectId, record.migrationId, context).readEvenIfEnded();
    if (ENDED_FOR_GOOD.includes(migration.status)) {
        context.log.info(`The ledger's newest migration of '${name}', ${record.migrationId}, ended ${migration.status}: starting a new one.`);
        return undefined;
    }
    context.outputs['migration-id'] = record.migrationId;
    context.rows.push(['Migration ID', record.migrationId], ['Ledger record', String(record.id)]);
    context.log.info(`Deployment '${name}' already has migration ${record.migrationId} (${(0,migration_watch/* describeMigration */.K)(migration)}), started ${record.startedAt}: taking it up, nothing started.`);
    await ledger.note(record, migration, history);
    return { migration, projectId: record.projectId };
}
/**
 * Records a migration just started; the ID is already an output, so a ledger failure only warns.
 * Also after a cancel: the migration exists, and a re-run must find it rather than start another
 * (the record is written within the transport's grace; its status waits for the next read).
 */
async function recordStart({ ledger, name }, started, where, context) {
    try {
        const cancelled = context.signal.aborted;
        const record = await ledger.create({ deployment: name, migrationId: started.id, ...where, startedAt: new Date(context.clock.now()).toISOString() }, { afterCancel: true });
        if (!cancelled && !context.signal.aborted)
            await ledger.note(record, started);
        context.rows.push(['Ledger record', String(record.id)]);
        context.log.info(`Recorded migration ${started.id} of '${name}' in the ledger (record ${record.id}).`);
    }
    catch (err) {
        context.log.warning(`Migration ${started.id} started, but the ledger could not record it (${(0,errors/* errorMessage */.gJ)(err)}): a re-run would not find it by '${name}'. Keep the ID from the step's output migration-id.`);
    }
}
/**
 * Records how a cut-over step ended: the last state it read, on the deployment's record of this
 * migration (created when the ledger has none). Nothing after a cancel, nothing when no state was
 * read; a ledger that cannot be written only warns, the step's own outcome stands.
 */
async function recordOutcome({ ledger, name }, migration, where, context) {
    if (migration === undefined || context.signal.aborted)
        return;
    try {
        const { record } = await ledger.recordOf({
            deployment: name,
            migrationId: where.migrationId,
            projectId: where.projectId,
            startedAt: new Date(context.clock.now()).toISOString()
        }, { projectId: where.projectId });
        context.rows.push(['Ledger record', String(record.id)]);
        if (await ledger.note(record, migration))
            context.log.info(`Recorded ${(0,migration_watch/* describeMigration */.K)(migration)} of '${name}' in the ledger (record ${record.id}).`);
    }
    catch (err) {
        context.log.warning(`The ledger could not record how the cut-over of migration ${where.migrationId} ended (${(0,errors/* errorMessage */.gJ)(err)}): run mode record-migration with deployment-name '${name}' and this migration-id to record it.`);
    }
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
    return `${(0,errors/* counted */.hS)(deployments.length, 'deployment')} in ${(0,errors/* counted */.hS)(projects.length, 'project')}`;
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
/**
 * What validate and start share: one session, pre-flight first when asked, then the request. The
 * two read the org's migration sources alike: sent once (Atlas's org bucket is the link tokens' too).
 * The polls that follow are never shared: each must reach Atlas.
 */
async function prepare(config, session, context) {
    const reads = (0,shared_reads/* sharedReads */.F)(session);
    if (config.preflight)
        await (0,preflight.runPreflight)(reads, config, context);
    const body = await migrationRequest(new clients_migration/* MigrationClient */.Uz(reads), config, context);
    return { client: new clients_migration/* MigrationClient */.Uz(session), body };
}
async function validateMigrationMode(config, open, context) {
    const { client, body } = await prepare(config, open(config.atlas), context);
    const validation = await validate(client, config.projectId, body, config.wait, context);
    return `validation ${validation.status}`;
}
async function startMigration(config, open, context) {
    const session = open(config.atlas);
    // With the ledger, a migration of this deployment still in flight is taken up: nothing is
    // checked or started again (pre-flight would see that very migration under way).
    const ledger = config.ledger ? openLedger(config.ledger, open, context) : undefined;
    if (ledger) {
        const expected = {
            projectId: config.projectId,
            destination: config.migration.clusterName,
            source: config.migration.sourceClusterName
        };
        const current = await takeUp(ledger, new clients_migration/* MigrationClient */.Uz(session), expected, context);
        if (current) {
            const { migration, projectId } = current;
            if (config.wait.for === 'none' || migration.status === 'COMPLETE') {
                return `migration ${migration.id} ${(0,migration_watch/* describeMigration */.K)(migration)} (taken up)`;
            }
            const watch = new migration_watch/* MigrationWatch */.oq(new clients_migration/* MigrationClient */.Uz(session), projectId, migration.id, context);
            const waited = await watch.until(config.wait.for, config.wait);
            return `migration ${waited.id} ${(0,migration_watch/* describeMigration */.K)(waited)} (taken up)`;
        }
    }
    const { client, body } = await prepare(config, session, context);
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
    if (ledger) {
        await recordStart(ledger, started, { projectId: config.projectId, source: body.source.clusterName, destination: body.destination.clusterName }, context);
    }
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
    // The gate first: without a proven approval nothing at all goes to Atlas, nor to the ledger.
    if (config.approval) {
        const target = { deploymentName: config.ledger?.deploymentName, migrationId: config.migrationId };
        await proveApproval(config.approval, target, open, context);
    }
    else
        noApprovalChecked(context);
    const client = new clients_migration/* MigrationClient */.Uz(open(config.atlas));
    const watch = new migration_watch/* MigrationWatch */.oq(client, config.projectId, config.migrationId, context);
    if (!config.ledger)
        return cutOver(client, watch, config, context);
    const ledger = openLedger(config.ledger, open, context);
    try {
        return await cutOver(client, watch, config, context);
    }
    finally {
        // Whatever the step ends with (COMPLETE, FAILED, not ready), the ledger gets the last state read.
        await recordOutcome(ledger, watch.current, config, context);
    }
}
async function cutOver(client, watch, config, context) {
    const { projectId, migrationId } = config;
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
    const done = await watch.until('complete', config.wait, (0,migration_watch/* cutoverSchedule */.ID)(config.wait.pollIntervalSeconds * 1000));
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
