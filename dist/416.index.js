export const id = 416;
export const ids = [416];
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

/***/ 4416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listMigrationSources: () => (/* binding */ listMigrationSources),
  migrationStatus: () => (/* binding */ migrationStatus),
  startMigration: () => (/* binding */ startMigration),
  validateMigrationMode: () => (/* binding */ validateMigrationMode)
});

// EXTERNAL MODULE: ./src/clients/migration.ts
var clients_migration = __webpack_require__(9924);
// EXTERNAL MODULE: ./src/errors/index.ts + 3 modules
var errors = __webpack_require__(5979);
// EXTERNAL MODULE: ./src/ledger/keeping.ts
var keeping = __webpack_require__(2290);
// EXTERNAL MODULE: ./src/preflight/mode.ts + 11 modules
var mode = __webpack_require__(2558);
// EXTERNAL MODULE: ./src/transport/shared-reads.ts
var shared_reads = __webpack_require__(6884);
// EXTERNAL MODULE: ./src/watch/migration-watch.ts
var migration_watch = __webpack_require__(7169);
;// CONCATENATED MODULE: ./src/migration/request.ts

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
// EXTERNAL MODULE: ./src/watch/poll.ts
var poll = __webpack_require__(5938);
;// CONCATENATED MODULE: ./src/migration/validation.ts




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

;// CONCATENATED MODULE: ./src/migration/modes.ts








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
        await (0,mode.runPreflight)(reads, config, context);
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
    const ledger = config.ledger ? (0,keeping/* openLedger */.au)(config.ledger, open, context) : undefined;
    if (ledger) {
        const expected = {
            projectId: config.projectId,
            destination: config.migration.clusterName,
            source: config.migration.sourceClusterName
        };
        const current = await (0,keeping/* takeUp */.bG)(ledger, new clients_migration/* MigrationClient */.Uz(session), expected, context);
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
        await (0,keeping/* recordStart */.cv)(ledger, started, { projectId: config.projectId, source: body.source.clusterName, destination: body.destination.clusterName }, context);
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
