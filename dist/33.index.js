export const id = 33;
export const ids = [33];
export const modules = {

/***/ 2290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Up: () => (/* binding */ recordOutcome),
/* harmony export */   au: () => (/* binding */ openLedger),
/* harmony export */   bG: () => (/* binding */ takeUp),
/* harmony export */   cv: () => (/* binding */ recordStart)
/* harmony export */ });
/* harmony import */ var _clients_github_run__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5979);
/* harmony import */ var _watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7169);
/* harmony import */ var _ledger__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2420);
// The steps that keep the ledger themselves (deployment-name, github-token). start-migration: before
// anything else, a migration of the deployment still in flight is taken up instead of starting
// another (the API lists none, so this is how a re-run finds it); a new one is recorded the moment
// it exists, in the same process, so that no cancel between two steps can lose its ID. cutover:
// its outcome is recorded as it ends, by the step itself.




/** Statuses after which the deployment needs a new migration. */
const ENDED_FOR_GOOD = ['FAILED', 'EXPIRED'];
function openLedger(key, open, context) {
    const github = (0,_clients_github_run__WEBPACK_IMPORTED_MODULE_0__/* .openGitHub */ .o)(key.githubToken, open, context.env);
    return { ledger: new _ledger__WEBPACK_IMPORTED_MODULE_3__/* .Ledger */ .Oc(github.client, github.sha, m => context.log.warning(m)), name: key.deploymentName };
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
        (0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .noteReadySince */ .yZ)(context, Date.parse(history.firstReadyAt), false, 'ledger');
    const migration = await new _watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .MigrationWatch */ .oq(client, record.projectId, record.migrationId, context).readEvenIfEnded();
    if (ENDED_FOR_GOOD.includes(migration.status)) {
        context.log.info(`The ledger's newest migration of '${name}', ${record.migrationId}, ended ${migration.status}: starting a new one.`);
        return undefined;
    }
    context.outputs['migration-id'] = record.migrationId;
    context.rows.push(['Migration ID', record.migrationId], ['Ledger record', String(record.id)]);
    context.log.info(`Deployment '${name}' already has migration ${record.migrationId} (${(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .describeMigration */ .K)(migration)}), started ${record.startedAt}: taking it up, nothing started.`);
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
        context.log.warning(`Migration ${started.id} started, but the ledger could not record it (${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}): a re-run would not find it by '${name}'. Keep the ID from the step's output migration-id.`);
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
            context.log.info(`Recorded ${(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .describeMigration */ .K)(migration)} of '${name}' in the ledger (record ${record.id}).`);
    }
    catch (err) {
        context.log.warning(`The ledger could not record how the cut-over of migration ${where.migrationId} ended (${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}): run mode record-migration with deployment-name '${name}' and this migration-id to record it.`);
    }
}


/***/ }),

/***/ 1033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cutover: () => (/* binding */ cutover)
});

// EXTERNAL MODULE: ./src/clients/migration.ts
var migration = __webpack_require__(9924);
// EXTERNAL MODULE: ./src/errors/index.ts + 3 modules
var errors = __webpack_require__(5979);
// EXTERNAL MODULE: ./src/ledger/keeping.ts
var keeping = __webpack_require__(2290);
// EXTERNAL MODULE: ./src/watch/migration-watch.ts
var migration_watch = __webpack_require__(7169);
// EXTERNAL MODULE: ./src/watch/poll.ts
var poll = __webpack_require__(5938);
// EXTERNAL MODULE: ./src/clients/github-run.ts + 1 modules
var github_run = __webpack_require__(182);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(9834);
;// CONCATENATED MODULE: ./src/migration/approval.ts



async function proveApproval(proof, target, open, context) {
    const github = (0,github_run/* openGitHub */.o)(proof.githubToken, open, context.env);
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
    context.rows.push(['Approved by', by], ['Approval comment', comment || '(none)'], ['Approval environment', `${proof.environment} (${gate})`], ['Approval bound by', binding], ['Approval read', (0,time/* utc */.n$)(context.clock.now())]);
}
/** Without an approval-environment: said in plain words in the log and the summary. */
function noApprovalChecked(context) {
    context.log.warning('Approval not checked: no approval-environment was given, so the only confirmation is confirm-writes-stopped: true.');
    context.rows.push(['Approval', 'not checked (no approval-environment): confirm-writes-stopped alone']);
}

;// CONCATENATED MODULE: ./src/migration/cutover.ts
// Mode cutover, the point of no return: the approval proven and bound to this deployment first
// (approval/), then one read of the migration that decides (ready, or wait ready-wait-seconds at
// most), the PUT, and the wait for COMPLETE; with deployment-name, how it ended goes to the ledger.






async function cutover(config, open, context) {
    // The gate first: without a proven approval nothing at all goes to Atlas, nor to the ledger.
    if (config.approval) {
        const target = { deploymentName: config.ledger?.deploymentName, migrationId: config.migrationId };
        await proveApproval(config.approval, target, open, context);
    }
    else
        noApprovalChecked(context);
    const client = new migration/* MigrationClient */.Uz(open(config.atlas));
    const watch = new migration_watch/* MigrationWatch */.oq(client, config.projectId, config.migrationId, context);
    if (!config.ledger)
        return cutOver(client, watch, config, context);
    const ledger = (0,keeping/* openLedger */.au)(config.ledger, open, context);
    try {
        return await cutOver(client, watch, config, context);
    }
    finally {
        // Whatever the step ends with (COMPLETE, FAILED, not ready), the ledger gets the last state read.
        await (0,keeping/* recordOutcome */.Up)(ledger, watch.current, config, context);
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
    if (config.wait.for === 'none') {
        context.headline.outcome = 'waiting';
        context.headline.title = `Cut-over of migration ${migrationId} started`;
        context.headline.next = `Follow it with mode migration-status, migration-id ${migrationId} and wait-for: complete.`;
        return 'cut-over started';
    }
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


/***/ })

};
