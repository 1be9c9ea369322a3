export const id = 585;
export const ids = [585];
export const modules = {

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
        return all.flatMap(entry => deploymentOf(entry) ?? []);
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
                        logUrl: (0,reads/* text */.Qq)(s.log_url) ?? (0,reads/* text */.Qq)(s.target_url),
                        creator: (0,reads/* text */.Qq)((0,reads/* asRecord */.qY)(s.creator)?.login)
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
    /**
     * Appends one status to a record; never marks other records inactive (auto_inactive: false).
     * Returns the environment of the deployment it went on, as GitHub's answer names it.
     */
    async addStatus(deploymentId, state, description) {
        const response = await (0,call/* call */.T1)(this.session, {
            operation: 'Write the ledger (add a deployment status)',
            method: 'POST',
            path: `${this.repo}/deployments/${deploymentId}/statuses`,
            accept: GITHUB_JSON,
            contentType: 'application/json',
            body: JSON.stringify({ state, description: description.slice(0, 140), auto_inactive: false }),
            permission: 'deployments: write',
            ifUncertain: 'the status may have been recorded; recording it again is harmless.'
        });
        return { environment: (0,reads/* text */.Qq)((0,reads/* asRecord */.qY)((0,call/* parseJson */.qF)(response.body))?.environment) };
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
/** A deployment as GitHub answers it, or undefined for anything without a numeric id. */
function deploymentOf(entry) {
    const d = (0,reads/* asRecord */.qY)(entry);
    if (!d || typeof d.id !== 'number')
        return undefined;
    return {
        id: d.id,
        task: (0,reads/* text */.Qq)(d.task) ?? '',
        createdAt: (0,reads/* text */.Qq)(d.created_at) ?? '',
        payload: (0,reads/* asRecord */.qY)(d.payload) ?? {},
        creator: (0,reads/* text */.Qq)((0,reads/* asRecord */.qY)(d.creator)?.login),
        environment: (0,reads/* text */.Qq)(d.environment)
    };
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

/***/ 914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ gatherEvidence)
});

// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __webpack_require__(833);
// EXTERNAL MODULE: ./src/errors/index.ts + 3 modules
var errors = __webpack_require__(5979);
// EXTERNAL MODULE: ./src/clients/measurements.ts
var measurements = __webpack_require__(9495);
;// CONCATENATED MODULE: ./src/evidence/figures.ts
// One side's figures, as the evidence compares them: for each database, the newest data point of each
// dbStats measurement on each shard's primary, added up over the shards where that means something
// (documents, data size) and the largest shard's where it does not (collections, views, indexes: a
// sharded collection and its indexes are on several shards, an unsharded one on its primary shard
// only). Pure.

/** The dbStats measurements the evidence reads, by the field they stand for. */
const METRICS = {
    collections: 'DATABASE_COLLECTION_COUNT',
    views: 'DATABASE_VIEW_COUNT',
    indexes: 'DATABASE_INDEX_COUNT',
    documents: 'DATABASE_OBJECT_COUNT',
    dataSize: 'DATABASE_DATA_SIZE'
};
/** Admin, config and local: never compared (push does not carry them, and filters cannot name them). */
const SYSTEM_DATABASES = ['admin', 'config', 'local'];
const newest = (series, metric) => (0,measurements/* newestPoint */.P)(series.get(METRICS[metric]));
/** The figures of one database from the series read on each shard that lists it. */
function figuresOf(perShard) {
    const measured = perShard.filter(series => Object.keys(METRICS).some(m => newest(series, m)));
    const values = (metric) => measured.map(series => newest(series, metric)?.value).filter((v) => v !== undefined);
    const largest = (metric) => {
        const found = values(metric);
        return found.length > 0 ? Math.max(...found) : undefined;
    };
    // A sum over the shards only when every measured shard has the measurement.
    const sum = (metric) => {
        const found = values(metric);
        return found.length > 0 && found.length === measured.length ? found.reduce((a, b) => a + b, 0) : undefined;
    };
    const times = measured.flatMap(series => Object.keys(METRICS).map(m => newest(series, m)?.at).filter((t) => Number.isFinite(t)));
    const moved = measured.reduce((total, series) => {
        const counts = (series.get(METRICS.documents) ?? []).map(p => p.value);
        return total + (counts.length > 0 ? Math.max(...counts) - Math.min(...counts) : 0);
    }, 0);
    return {
        on: perShard.length,
        measured: measured.length,
        collections: largest('collections'),
        views: largest('views'),
        indexes: largest('indexes'),
        documents: sum('documents'),
        dataSize: sum('dataSize'),
        at: times.length > 0 ? Math.min(...times) : undefined,
        moved
    };
}
/** Whether every shard that lists the database had a point in the window. */
const complete = (f) => f !== undefined && f.measured === f.on && f.on > 0;

// EXTERNAL MODULE: ./src/evidence/words.ts
var words = __webpack_require__(1796);
;// CONCATENATED MODULE: ./src/evidence/rules.ts
// The evidence's comparison rules, pure: the source's and the destination's figures in, each check
// pass, warn or fail with the values behind it and the fix. What the figures can prove is little
// (dbStats samples, about 20 minutes apart, averaged per bucket, no collection list): a database the
// destination lacks; fewer collections or indexes; document counts further apart than the figures'
// ages allow. What push is documented not to carry is named as an expected difference, never a pass.



/** mongosync's metadata databases on the destination (MongoDB says they are dropped after the migration). */
const MONGOSYNC = /^mongosync_(reserved_for_internal_use$|internal_|reserved_for_verification_)/;
const RANK = { pass: 0, warn: 1, fail: 2 };
const worstOf = (results) => results.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'pass');
function checkOf(id, title, findings) {
    const result = worstOf(findings.map(f => f.result));
    // What decides, and every finding about a whole side (never one database's pass among a hundred).
    const shown = findings.filter(f => f.result === result || f.database === undefined);
    const fixes = [
        ...new Set(shown
            .filter(f => f.result === result)
            .map(f => f.fix ?? '')
            .filter(Boolean))
    ];
    return {
        id,
        title,
        result,
        evidence: shown.map(f => f.evidence).join('; '),
        fix: result === 'pass' ? '' : fixes.join(' ')
    };
}
function compare(c) {
    const { source, destination } = c;
    const onDestination = new Set(destination.listed);
    const common = source.listed.filter(name => onDestination.has(name));
    const findings = {
        'EV-1': [statistics(source, c.now), statistics(destination, c.now)],
        'EV-2': presence(source, onDestination),
        'EV-3': collections(c, common),
        'EV-4': indexes(c, common),
        'EV-5': documents(c, common),
        'EV-6': [notCarried(source)],
        'EV-7': destinationOnly(c)
    };
    const checks = [
        checkOf('EV-1', 'Statistics on both sides', findings['EV-1'] ?? []),
        checkOf('EV-2', 'Every source database on the destination', findings['EV-2'] ?? []),
        checkOf('EV-3', 'Collections', findings['EV-3'] ?? []),
        checkOf('EV-4', 'Indexes', findings['EV-4'] ?? []),
        checkOf('EV-5', 'Documents', findings['EV-5'] ?? []),
        checkOf('EV-6', 'What push does not carry', findings['EV-6'] ?? []),
        checkOf('EV-7', 'On the destination only', findings['EV-7'] ?? [])
    ];
    const all = Object.values(findings).flat();
    const names = [...new Set([...source.listed, ...destination.listed])].sort();
    const rows = names.map(name => ({
        name,
        result: worstOf(all.filter(f => f.database === name).map(f => f.result)),
        source: source.figures.get(name),
        destination: destination.figures.get(name)
    }));
    return { result: worstOf(checks.map(check => check.result)), checks, rows };
}
/** EV-1: a side with no data point in the last hour for a database it lists is a warning that says so. */
function statistics(r, now) {
    const measured = [...r.figures.entries()];
    const stale = measured.filter(([, f]) => !complete(f)).map(([name]) => name);
    const where = `${r.side} (${r.shards > 1 ? `${r.shards} shards` : 'replica set'}${r.version ? `, MongoDB ${r.version}` : ''})`;
    const off = r.side === 'source'
        ? "Turn on the source project's Collect Database Specific Statistics (Cloud Manager / Ops Manager: Project Settings), then wait for a sample (about 20 minutes) and read the evidence again."
        : "Check that the Atlas project's Collect Database Specific Statistics is on (Project Settings), then wait for a sample (about 20 minutes) and read the evidence again.";
    if (measured.length > 0 && stale.length === measured.length) {
        return {
            result: 'warn',
            evidence: `${where}: no data point in the last hour for any of its ${(0,errors/* counted */.hS)(measured.length, 'database')}: the statistics are off or stale, so nothing below is checked on this side`,
            fix: off
        };
    }
    if (stale.length > 0) {
        return {
            result: 'warn',
            evidence: `${where}: no data point in the last hour for ${stale.join(', ')}`,
            fix: off
        };
    }
    const ages = measured.map(([, f]) => now - (f.at ?? now));
    const shards = r.shards > 1
        ? `; documents and data size added up over its ${r.shards} shards, collections and indexes the largest shard's (not added up: a sharded collection is on several shards; orphaned documents count too)`
        : '';
    const age = ages.length > 0
        ? `, figures ${(0,words/* ageOf */.hy)(Math.min(...ages))}${(0,words/* ageOf */.hy)(Math.max(...ages)) !== (0,words/* ageOf */.hy)(Math.min(...ages)) ? ` to ${(0,words/* ageOf */.hy)(Math.max(...ages))}` : ''} old`
        : '';
    return { result: 'pass', evidence: `${where}: ${(0,errors/* counted */.hS)(measured.length, 'database')} measured${age}${shards}` };
}
/** EV-2: every database of the source is on the destination: fail closed on one that is not. */
function presence(source, onDestination) {
    const missing = source.listed.filter(name => !onDestination.has(name));
    if (missing.length === 0) {
        return [
            { result: 'pass', evidence: `all ${(0,errors/* counted */.hS)(source.listed.length, 'database')} of the source on the destination` }
        ];
    }
    return missing.map(name => {
        const f = source.figures.get(name);
        const what = f?.collections !== undefined
            ? ` (source: ${(0,words/* figure */.vP)(f.collections, 'collection')}, ${(0,words/* figure */.vP)(f.documents, 'document')})`
            : '';
        return {
            result: 'fail',
            database: name,
            evidence: `${name}${what} is not on the destination`,
            fix: "Do not cut over yet: find why it was not migrated (the migration in the Atlas UI, the migration host's agent log in Cloud Manager). Push skips a database that holds only time-series collections: recreate such one by hand after the cut-over, and cut over with evidence: warn."
        };
    });
}
/** EV-3: fewer collections on the destination, explained by what push skips, or missing. */
function collections(c, common) {
    const fewer = common.filter(name => {
        const [s, d] = [c.source.figures.get(name)?.collections, c.destination.figures.get(name)?.collections];
        return s !== undefined && d !== undefined && d < s;
    });
    const views = common.reduce((n, name) => n + (c.destination.figures.get(name)?.views ?? 0), 0);
    const viewNote = `; views: ${views} on the destination (Cloud Manager does not report the source's)`;
    const sharded = c.source.shards > 1 || c.destination.shards > 1 ? ' (the largest shard’s count on a sharded side)' : '';
    if (fewer.length === 0) {
        return [
            { result: 'pass', evidence: `as many or more on the destination in every database compared${sharded}${viewNote}` }
        ];
    }
    return fewer.map(name => ({
        result: 'warn',
        database: name,
        evidence: `${name}: ${pair(c, name, 'collections')}${sharded}`,
        fix: 'Push skips time-series collections (on a 6.0+ source each counts as a view and a system.buckets collection) and system.* collections; any other collection fewer is missing. No API lists collections: compare db.getCollectionInfos() on both sides, and recreate a time-series collection by hand after the cut-over.'
    }));
}
/** EV-4: fewer indexes on the destination; more are explained (dummy and supporting indexes). */
function indexes(c, common) {
    const of = (name) => [c.source.figures.get(name)?.indexes, c.destination.figures.get(name)?.indexes];
    const fewer = common.filter(name => {
        const [s, d] = of(name);
        return s !== undefined && d !== undefined && d < s;
    });
    const more = common.filter(name => {
        const [s, d] = of(name);
        return s !== undefined && d !== undefined && d > s;
    });
    const findings = fewer.map(name => ({
        result: 'warn',
        database: name,
        evidence: `${name}: ${pair(c, name, 'indexes')}`,
        fix: 'An index of a skipped collection (time-series, system.*), or a missing one: compare db.collection.getIndexes() on both sides. Search indexes are in neither count (EV-6).'
    }));
    if (fewer.length === 0) {
        findings.push({
            result: 'pass',
            evidence: more.length === 0
                ? 'as many on the destination in every database compared'
                : `more on the destination in ${more.join(', ')}: mongosync may add dummy indexes (names contain "dummy") for sharded or collated collections, and shard-key indexes (createSupportingIndexes); drop dummy ones after the cut-over if they stay`
        });
    }
    return findings;
}
/** EV-5: document counts further apart than what the figures' ages allow (how far each side moved in the hour). */
function documents(c, common) {
    const apart = [];
    let equal = 0;
    let within = 0;
    for (const name of common) {
        const [s, d] = [c.source.figures.get(name), c.destination.figures.get(name)];
        if (!complete(s) || !complete(d) || s.documents === undefined || d.documents === undefined)
            continue;
        const gap = Math.abs(s.documents - d.documents);
        const allowed = s.moved + d.moved;
        if (gap < 0.5)
            equal++;
        else if (gap <= allowed)
            within++;
        else {
            const stopped = c.writesStopped
                ? `; with writes stopped${c.lagSeconds === undefined ? '' : ` and lag ${c.lagSeconds} s`} they should converge within a sample (about 20 minutes)`
                : '';
            apart.push({
                result: 'warn',
                database: name,
                evidence: `${name}: source ${(0,words/* figure */.vP)(s.documents)} (${(0,words/* ageOf */.hy)(c.now - (s.at ?? c.now))} old), destination ${(0,words/* figure */.vP)(d.documents)} (${(0,words/* ageOf */.hy)(c.now - (d.at ?? c.now))} old): ${(0,words/* figure */.vP)(gap)} apart, more than the ${(0,words/* figure */.vP)(allowed)} the counts moved within the hour${stopped}`,
                fix: 'Read the evidence again after the next samples (about 20 minutes, writes stopped): counts still apart are documents missing or extra (orphans on a sharded side count too); compare countDocuments() per collection on both sides.'
            });
        }
    }
    if (apart.length > 0)
        return apart;
    const parts = [
        equal > 0 && `equal in ${(0,errors/* counted */.hS)(equal, 'database')}`,
        within > 0 && `within what the figures' ages allow in ${(0,errors/* counted */.hS)(within, 'database')}`
    ];
    return [{ result: 'pass', evidence: parts.filter(Boolean).join('; ') || 'no database measured on both sides' }];
}
/** EV-6: what push is documented not to carry: an expected difference, never a pass. */
function notCarried(source) {
    const major = Number(/^(\d+)\./.exec(source.version ?? '')?.[1]);
    const series = Number.isNaN(major) || major >= 6
        ? `time-series collections (the source runs MongoDB ${source.version ?? 'a version not reported'}; skipped from 6.0)`
        : 'time-series collections on a 6.0+ source';
    return {
        result: 'warn',
        evidence: `push does not migrate ${series}, system.* collections, users and roles, or Search indexes; users, roles and Search indexes are in none of these counts`,
        fix: "Before approving, list them on the source (db.getCollectionInfos({type: 'timeseries'}), db.getUsers(), db.getRoles(), $listSearchIndexes) and recreate them in Atlas after the cut-over (Database Access, Atlas Search, the collections by hand)."
    };
}
/** EV-7: what is on the destination only, named and explained. */
function destinationOnly(c) {
    const onSource = new Set(c.source.listed);
    const only = c.destination.listed.filter(name => !onSource.has(name) && !SYSTEM_DATABASES.includes(name));
    if (only.length === 0)
        return [{ result: 'pass', evidence: 'nothing' }];
    return only.map(name => MONGOSYNC.test(name)
        ? {
            result: 'pass',
            database: name,
            evidence: `${name}: mongosync's metadata, expected during the migration (MongoDB says it is dropped after it)`
        }
        : {
            result: 'warn',
            database: name,
            evidence: `${name}: not on the source`,
            fix: 'It was there before the migration (pre-flight PF-9), or the source dropped it since: keep it or drop it; it is not the source’s.'
        });
}
/** "source 5, destination 4 collections". */
function pair(c, name, field) {
    const [s, d] = [c.source.figures.get(name)?.[field], c.destination.figures.get(name)?.[field]];
    return `source ${(0,words/* figure */.vP)(s)}, destination ${(0,words/* figure */.vP)(d)} ${field}`;
}

// EXTERNAL MODULE: ./src/clients/monitoring.ts
var monitoring = __webpack_require__(3172);
// EXTERNAL MODULE: ./src/clients/call.ts
var call = __webpack_require__(882);
// EXTERNAL MODULE: ./src/clients/path.ts
var clients_path = __webpack_require__(9533);
// EXTERNAL MODULE: ./src/clients/reads.ts
var reads = __webpack_require__(7109);
;// CONCATENATED MODULE: ./src/evidence/source-client.ts
// Cloud Manager / Ops Manager public API v1.0: the reads the evidence makes of the source project —
// its clusters, its hosts, the databases on a host and a database's dbStats measurements. Every call
// only reads, with Accept: application/json. Knows the API, not GitHub.
// A host's `id` is an opaque ID (not host:port); the measurements answer in Atlas's shape.




const JSON_TYPE = 'application/json';
class SourceMonitoringClient {
    session;
    constructor(session) {
        this.session = session;
    }
    /** GET /groups/{PROJECT-ID}/clusters, every page. */
    async clusters(projectId) {
        const request = (0,reads/* read */.LF)('List source clusters', `${group(projectId)}/clusters`, JSON_TYPE);
        return (await (0,reads/* readAllPages */.s$)(this.session, request)).map(item => {
            const cluster = (0,reads/* asRecord */.qY)(item) ?? {};
            return {
                id: (0,reads/* requiredText */.$4)(this.session, request, cluster, 'id', 'a cluster'),
                clusterName: (0,reads/* text */.Qq)(cluster.clusterName),
                typeName: (0,reads/* text */.Qq)(cluster.typeName),
                replicaSetName: (0,reads/* text */.Qq)(cluster.replicaSetName),
                shardName: (0,reads/* text */.Qq)(cluster.shardName)
            };
        });
    }
    /** GET /groups/{PROJECT-ID}/hosts, every page: every host of the project, of every cluster. */
    async hosts(projectId) {
        const request = (0,reads/* read */.LF)('List source hosts', `${group(projectId)}/hosts`, JSON_TYPE);
        return (await (0,reads/* readAllPages */.s$)(this.session, request)).map(item => {
            const host = (0,reads/* asRecord */.qY)(item) ?? {};
            return {
                id: (0,reads/* requiredText */.$4)(this.session, request, host, 'id', 'a host'),
                hostname: (0,reads/* text */.Qq)(host.hostname),
                port: typeof host.port === 'number' ? host.port : undefined,
                clusterId: (0,reads/* text */.Qq)(host.clusterId),
                replicaStateName: (0,reads/* text */.Qq)(host.replicaStateName),
                typeName: (0,reads/* text */.Qq)(host.typeName),
                version: (0,reads/* text */.Qq)(host.version),
                hidden: (0,reads/* flag */.Jt)(host.hidden)
            };
        });
    }
    /** GET /groups/{PROJECT-ID}/hosts/{HOST-ID}/databases, every page: the names of the databases on a host. */
    async databases(projectId, hostId) {
        const request = (0,reads/* read */.LF)('List source databases', `${hostPath(projectId, hostId)}/databases`, JSON_TYPE);
        return (await (0,reads/* readAllPages */.s$)(this.session, request)).map(item => (0,reads/* requiredText */.$4)(this.session, request, (0,reads/* asRecord */.qY)(item) ?? {}, 'databaseName', 'a database'));
    }
    /**
     * GET /groups/{PROJECT-ID}/hosts/{HOST-ID}/databases/{DATABASE-NAME}/measurements?{query}. Never
     * with DATABASE_VIEW_COUNT: Cloud Manager does not document it, and one unknown `m` fails the
     * whole request.
     */
    async databaseMeasurements(projectId, hostId, database, query) {
        const path = hostPath(projectId, hostId) + (0,clients_path/* apiPath */.So) `/databases/${database}/measurements`;
        const request = (0,reads/* read */.LF)('Read source database measurements', `${path}?${query}`, JSON_TYPE);
        const response = await (0,call/* call */.T1)(this.session, request);
        const body = (0,reads/* asRecord */.qY)((0,call/* parseJson */.qF)(response.body));
        if (!body)
            return (0,call/* unreadable */.O$)(this.session, request, response, 'was not a JSON object');
        return (0,measurements/* seriesOf */.L)(body);
    }
}
/** /api/public/v1.0/groups/{PROJECT-ID}, the ID checked. */
const group = (projectId) => (0,clients_path/* apiPath */.So) `/api/public/v1.0/groups/${(0,clients_path/* mongoId */.md)(projectId, 'source project ID')}`;
function hostPath(projectId, hostId) {
    return group(projectId) + (0,clients_path/* apiPath */.So) `/hosts/${(0,clients_path/* pathValue */.ZB)(hostId, 'host ID')}`;
}

;// CONCATENATED MODULE: ./src/evidence/sides.ts



/** A side the evidence cannot read as asked (no such cluster, no primary): said in plain words. */
class NotCheckable extends Error {
}
/** The finest granularity both APIs keep, over the hour a figure may be old before it is stale. */
const WINDOW = 'granularity=PT1M&period=PT1H';
/** Atlas: the five series compared, in one request (every name is Atlas's: an unknown one fails it). */
const ATLAS_QUERY = `${WINDOW}&${Object.values(METRICS)
    .map(name => `m=${name}`)
    .join('&')}`;
/** Cloud Manager: no `m` (it documents no DATABASE_VIEW_COUNT, and one unknown name fails the request). */
const SOURCE_QUERY = WINDOW;
/** The Monitoring bucket's documented refill (100 a minute): the pace once a third of it is left. */
const REFILL_MS = 600;
/** The destination: an Atlas cluster's primaries, by the alias its connection string lists. */
function destinationReads(session, projectId, clusterName, pace) {
    const client = new monitoring/* MonitoringClient */.e(session);
    return {
        side: 'destination',
        what: `cluster ${clusterName} of Atlas project ${projectId}`,
        async locate() {
            const primaries = (0,monitoring/* primariesOf */.c)(await client.processes(projectId), clusterName);
            if (primaries.length === 0) {
                throw new NotCheckable(`Atlas project ${projectId} lists no primary of cluster ${clusterName} among its processes (is the cluster running, and dedicated?)`);
            }
            return {
                processes: primaries.map((p, i) => ({ id: p.id, label: primaries.length > 1 ? `shard ${i}` : '' })),
                version: primaries[0]?.version
            };
        },
        databases: process => client.databases(projectId, process.id),
        async measure(process, database) {
            // Leave the project's other deployments a third of the bucket: below it, read at its refill.
            const budget = client.budget;
            if (budget && budget.remaining < budget.limit / 3)
                await pace.clock.sleep(REFILL_MS, pace.signal);
            return client.databaseMeasurements(projectId, process.id, database, ATLAS_QUERY);
        }
    };
}
/**
 * The source: the Cloud Manager / Ops Manager cluster of that name — a replica set, or the shards
 * whose clusterName is the sharded cluster's — and each one's primary among the project's hosts.
 */
function sourceReads(session, projectId, clusterName) {
    const client = new SourceMonitoringClient(session);
    return {
        side: 'source',
        what: `cluster ${clusterName} of Cloud Manager / Ops Manager project ${projectId}`,
        async locate() {
            const clusters = (await client.clusters(projectId)).filter(c => c.clusterName === clusterName);
            const sharded = clusters.some(c => c.typeName === 'SHARDED_REPLICA_SET' || c.typeName === 'SHARDED');
            const sets = clusters.filter(c => c.typeName === 'REPLICA_SET' && (!sharded || c.shardName !== undefined));
            if (sets.length === 0) {
                throw new NotCheckable(`source project ${projectId} has no replica set or sharded cluster named ${clusterName} (check source-cluster-name and source-project-id)`);
            }
            const hosts = await client.hosts(projectId);
            const primaries = sets.map(set => {
                const primary = hosts.find(h => h.clusterId === set.id && isPrimary(h));
                if (!primary)
                    throw new NotCheckable(`no primary of ${set.shardName ?? set.replicaSetName ?? set.id} among the source's hosts`);
                return { set, primary };
            });
            return {
                processes: primaries.map(({ set, primary }) => ({
                    id: primary.id,
                    label: sharded ? (set.shardName ?? set.replicaSetName ?? set.id) : ''
                })),
                version: primaries[0]?.primary.version
            };
        },
        databases: process => client.databases(projectId, process.id),
        measure: (process, database) => client.databaseMeasurements(projectId, process.id, database, SOURCE_QUERY)
    };
}
const isPrimary = (host) => !host.hidden &&
    (host.replicaStateName === 'PRIMARY' || host.typeName === 'REPLICA_PRIMARY' || host.typeName === 'SHARD_PRIMARY');

;// CONCATENATED MODULE: ./src/evidence/evidence.ts
// The evidence before the point of no return: the source and the destination side by side, read per
// database through both public APIs (no database connection), and compared (rules.ts). Both sides are
// read at once, each one request at a time: first the primaries and the databases they list, then one
// measurements read per database and shard — the destination's only for databases the source has too.
// No read is repeated. A side that cannot be read makes the evidence "not checked", in plain words:
// never a pass, and never a failure it cannot prove.





const NAMES = [
    ['clusterName', 'cluster-name'],
    ['sourceClusterName', 'source-cluster-name'],
    ['sourceProjectId', 'source-project-id']
];
async function gatherEvidence(ask, context) {
    const notChecked = (why) => ({ checked: false, result: 'not-checked', why });
    if (!ask.source)
        return notChecked(ask.withoutSource ?? 'no source-public-key / source-private-key: the source cannot be read');
    const missing = NAMES.filter(([key]) => !ask.target[key]).map(([, input]) => input);
    if (missing.length > 0)
        return notChecked(`${missing.join(', ')} not known: nothing to compare`);
    const { projectId, clusterName, sourceClusterName, sourceProjectId } = ask.target;
    const [sourceCount, atlasCount] = [counting(ask.source), counting(ask.atlas)];
    const sides = [
        sourceReads(sourceCount.session, sourceProjectId, sourceClusterName),
        destinationReads(atlasCount.session, projectId, clusterName, context)
    ];
    try {
        const [sourceList, destinationList] = await Promise.all([list(sides[0]), list(sides[1])]);
        const wanted = new Set(sourceList.listed);
        const [source, destination] = await Promise.all([
            measure(sides[0], sourceList, () => true),
            measure(sides[1], destinationList, name => wanted.has(name))
        ]);
        const comparison = compare({
            source,
            destination,
            now: context.clock.now(),
            writesStopped: ask.writesStopped,
            lagSeconds: ask.migration?.lagSeconds
        });
        return {
            checked: true,
            source,
            destination,
            requests: { source: sourceCount.sent(), destination: atlasCount.sent() },
            ...comparison
        };
    }
    catch (err) {
        if (err instanceof cancel/* CancelledError */.cc || context.signal.aborted)
            throw err;
        return notChecked(err instanceof NotCheckable ? err.message : `a read failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
/** The primaries and the user databases each lists. */
async function list(side) {
    const { processes, version } = await side.locate();
    const found = [];
    for (const process of processes) {
        found.push({ process, databases: (await side.databases(process)).filter(n => !SYSTEM_DATABASES.includes(n)) });
    }
    return { processes: found, version, listed: [...new Set(found.flatMap(p => p.databases))] };
}
/** One measurements read per wanted database and shard that lists it, one at a time. */
async function measure(side, listed, wanted) {
    const figures = new Map();
    for (const name of listed.listed.filter(wanted)) {
        const perShard = [];
        for (const { process, databases } of listed.processes) {
            if (databases.includes(name))
                perShard.push(await side.measure(process, name));
        }
        figures.set(name, figuresOf(perShard));
    }
    return {
        side: side.side,
        what: side.what,
        shards: listed.processes.length,
        version: listed.version,
        listed: listed.listed,
        figures
    };
}
/** A session that counts what it sends (a Digest challenge is the transport's, not counted). */
function counting(session) {
    let sent = 0;
    return {
        sent: () => sent,
        session: {
            names: session.names,
            close: () => session.close(),
            send(request) {
                sent++;
                return session.send(request);
            }
        }
    };
}


/***/ }),

/***/ 2350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evidence: () => (/* binding */ evidence),
/* harmony export */   evidenceWhenReady: () => (/* binding */ evidenceWhenReady)
/* harmony export */ });
/* harmony import */ var _clients_migration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9924);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5979);
/* harmony import */ var _watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7169);
/* harmony import */ var _evidence__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(914);
/* harmony import */ var _report__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9679);
// Mode evidence, read-only like pre-flight: the source and the destination side by side for one pair
// (or one migration, whose readiness and lag are read once beside them); a failing finding fails the
// step unless evidence: warn. And the one call the steps that report a migration ready make, so the
// reviewer reads the evidence in the summary before approving.





async function evidence(config, open, context) {
    const atlas = open(config.atlas);
    const { pair, projectId } = config;
    let migration;
    if (config.migrationId) {
        migration = await new _watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .MigrationWatch */ .oq(new _clients_migration__WEBPACK_IMPORTED_MODULE_0__/* .MigrationClient */ .Uz(atlas), projectId, config.migrationId, context).read();
    }
    context.log.info(`Evidence: ${pair.sourceClusterName} (source project ${pair.sourceProjectId}) beside ${pair.clusterName} (project ${projectId}), reads only…`);
    const found = await (0,_evidence__WEBPACK_IMPORTED_MODULE_3__/* .gatherEvidence */ .h)({ atlas, source: open(config.source), target: { projectId, ...pair }, migration }, context);
    (0,_report__WEBPACK_IMPORTED_MODULE_4__/* .reportEvidence */ .al)(found, context);
    const line = (0,_report__WEBPACK_IMPORTED_MODULE_4__/* .evidenceLine */ .OF)(found);
    if (!found.checked) {
        context.headline.next = 'Fix what the message names (the source key, the names), then read the evidence again.';
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg(`The evidence could not be read: ${found.why}.`);
    }
    const failed = found.checks.filter(c => c.result === 'fail');
    if (failed.length > 0 && config.policy === 'fail') {
        context.headline.next = `Fix ${failed[0]?.id} first: ${failed[0]?.fix}`;
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg(`Evidence: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .counted */ .hS)(failed.length, 'check')} failed (${failed.map(c => c.id).join(', ')}): ${failed.map(c => c.evidence).join('; ')}. (evidence: warn reports it without failing the step.)`);
    }
    return `evidence ${line.replace(/^\S+\s/, '')}`;
}
/**
 * A step that reports the migration ready for cut-over shows the evidence in its summary, for the
 * reviewer to read before approving; it never fails the step (the cut-over is the gate).
 */
async function evidenceWhenReady(migration, ask, open, context) {
    if (!migration || !(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .isReady */ .i_)(migration) || !ask.source)
        return;
    context.log.info(`Migration ${migration.id} is ready for cut-over: reading the evidence, source beside destination…`);
    const found = await (0,_evidence__WEBPACK_IMPORTED_MODULE_3__/* .gatherEvidence */ .h)({ atlas: ask.atlas, source: open(ask.source), target: ask.target, migration }, context);
    (0,_report__WEBPACK_IMPORTED_MODULE_4__/* .reportEvidence */ .al)(found, context);
    context.log.info(`Evidence: ${(0,_report__WEBPACK_IMPORTED_MODULE_4__/* .evidenceLine */ .OF)(found)}`);
}


/***/ }),

/***/ 9679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OF: () => (/* binding */ evidenceLine),
/* harmony export */   al: () => (/* binding */ reportEvidence)
/* harmony export */ });
/* unused harmony export EVIDENCE_MARKERS */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5979);
/* harmony import */ var _words__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1796);
// The evidence as the step reports it: outputs evidence-result and evidence-report (JSON), one log
// line per check (warnings for warn and fail), and two tables for the job summary: the checks with
// their fixes, and every database side by side (source → destination) with the figures' ages.


const EVIDENCE_MARKERS = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    'not-checked': '➖'
};
/** One line: "❌ fail: 1 failed, 2 warned of 7 checks (EV-2, EV-5, EV-6)", or "➖ not checked: why". */
function evidenceLine(evidence) {
    const marker = EVIDENCE_MARKERS[evidence.result];
    if (!evidence.checked)
        return `${marker}\u00a0not checked: ${evidence.why}`;
    const failed = evidence.checks.filter(c => c.result === 'fail');
    const warned = evidence.checks.filter(c => c.result === 'warn');
    const named = [...failed, ...warned].map(c => c.id);
    return `${marker}\u00a0${evidence.result}: ${failed.length} failed, ${warned.length} warned of ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .counted */ .hS)(evidence.checks.length, 'check')}${named.length ? ` (${named.join(', ')})` : ''}`;
}
/** Outputs, log lines and the summary's tables. */
function reportEvidence(evidence, context) {
    context.outputs['evidence-result'] = evidence.result;
    context.outputs['evidence-report'] = JSON.stringify(reportOf(evidence, context.clock.now()));
    if (!evidence.checked) {
        context.log.warning(`Evidence not checked: ${evidence.why}.`);
        context.rows.push(['Evidence', `not checked: ${evidence.why}`]);
        return;
    }
    for (const check of evidence.checks) {
        const line = `${check.id} ${check.result.toUpperCase()} ${check.title}: ${check.evidence}${check.fix ? `. ${check.fix}` : ''}`;
        if (check.result === 'pass')
            context.log.info(line);
        else
            context.log.warning(line);
    }
    context.log.info(`Evidence read with ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .counted */ .hS)(evidence.requests.source, 'request')} to the source and ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .counted */ .hS)(evidence.requests.destination, 'request')} to the destination.`);
    const tally = ['fail', 'warn', 'pass']
        .map(result => [result, evidence.checks.filter(c => c.result === result).length])
        .filter(([, n]) => n > 0)
        .map(([result, n]) => `${n} ${result}`);
    context.tables.push({
        heading: `Evidence before the cut-over: ${tally.join(', ')}`,
        header: ['Result', 'Check', 'Found', 'Fix'],
        rows: evidence.checks.map(c => [
            `${EVIDENCE_MARKERS[c.result]}\u00a0${c.result}`,
            `${c.id} ${c.title}`,
            c.evidence,
            c.fix
        ])
    }, {
        heading: `Source → destination, per database (${evidence.source.what} → ${evidence.destination.what})`,
        header: ['', 'Database', 'Collections', 'Views', 'Indexes', 'Documents', 'Data size', 'As of'],
        rows: evidence.rows.map(row => {
            const [s, d] = [row.source, row.destination];
            const side = (f, pick) => (f ? (pick(f) ?? '?') : '–');
            const both = (pick) => `${side(s, pick)} → ${side(d, pick)}`;
            const number = (field) => (f) => f[field] === undefined ? undefined : (0,_words__WEBPACK_IMPORTED_MODULE_1__/* .figure */ .vP)(f[field]);
            const age = (f) => f?.at === undefined ? (f ? 'no point in the hour' : '–') : `${(0,_words__WEBPACK_IMPORTED_MODULE_1__/* .ageOf */ .hy)(context.clock.now() - f.at)} ago`;
            return [
                EVIDENCE_MARKERS[row.result],
                row.name,
                both(number('collections')),
                // Cloud Manager does not report views: the source's side is "not reported", not zero.
                `${s ? 'n/r' : '–'} → ${side(d, number('views'))}`,
                both(number('indexes')),
                both(number('documents')),
                both(f => (f.dataSize === undefined ? undefined : (0,_words__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .ee)(f.dataSize))),
                `${age(s)} / ${age(d)}`
            ];
        })
    });
}
/** evidence-report: the result, each check, and each database's figures with their time. */
function reportOf(evidence, now) {
    if (!evidence.checked)
        return { result: evidence.result, why: evidence.why };
    const side = (f) => f && {
        collections: f.collections,
        views: f.views,
        indexes: f.indexes,
        documents: f.documents,
        dataSize: f.dataSize,
        at: f.at === undefined ? undefined : new Date(f.at).toISOString(),
        ageSeconds: f.at === undefined ? undefined : Math.round((now - f.at) / 1000),
        shards: f.on,
        measuredShards: f.measured
    };
    const about = (r) => ({ what: r.what, shards: r.shards, version: r.version });
    return {
        result: evidence.result,
        source: about(evidence.source),
        destination: about(evidence.destination),
        requests: evidence.requests,
        checks: evidence.checks,
        databases: evidence.rows.map(row => ({
            name: row.name,
            result: row.result,
            source: side(row.source),
            destination: side(row.destination)
        }))
    };
}


/***/ }),

/***/ 1796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   hy: () => (/* binding */ ageOf),
/* harmony export */   vP: () => (/* binding */ figure)
/* harmony export */ });
// How the evidence says its figures: counts, ages and sizes as a person reads them.
/** A count: 1,000 (an averaged bucket's fraction to two places); with a unit, "4 collections". */
const figure = (value, unit) => {
    if (value === undefined)
        return unit ? `${unit}s not reported` : 'not reported';
    const shown = Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(2);
    return unit ? `${shown} ${unit}${value === 1 ? '' : 's'}` : shown;
};
/** An age to the minute: "under a minute", "12 min", "1 h 5 min". */
function ageOf(ms) {
    const minutes = Math.floor(Math.max(0, ms) / 60_000);
    if (minutes < 1)
        return 'under a minute';
    if (minutes < 60)
        return `${minutes} min`;
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
/** A data size in decimal units: 1,045 B, 73.7 kB, 12.3 MB, 4.0 GB. */
function bytes(value) {
    const units = [
        [1e12, 'TB'],
        [1e9, 'GB'],
        [1e6, 'MB'],
        [1e3, 'kB']
    ];
    for (const [size, unit] of units)
        if (value >= size)
            return `${(value / size).toFixed(1)} ${unit}`;
    return `${Math.round(value).toLocaleString('en-US')} B`;
}


/***/ }),

/***/ 6049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   migrationsInFlight: () => (/* binding */ migrationsInFlight)
/* harmony export */ });
/* harmony import */ var _clients_migration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9924);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5979);
/* harmony import */ var _evidence_evidence__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(914);
/* harmony import */ var _evidence_report__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9679);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9834);
/* harmony import */ var _watch_migration_watch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7169);
/* harmony import */ var _keeping__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2290);
// Mode migrations-in-flight, for a scheduled status workflow: every deployment's newest migration in
// the ledger that has not ended, read from Atlas (GET only), with its status, lag, readiness and
// expiry: 120 hours after it was first seen ready, which the API does not extend. Those reviewers
// must approve soon are flagged at 24 hours left. With record-status it records first readiness (and
// an end no cut-over recorded) in the ledger, which is how the ledger learns when a migration first
// became ready (ledger.ts, worthRecording: nothing for the changes in between). With the source's API
// key, each ready migration's evidence (source beside destination) is read and shown beside its
// deadline.







const WARN_MS = 24 * 3600 * 1000;
const ENDED_STATES = ['success', 'failure', 'error'];
/** Atlas's statuses after which a migration is no longer in flight. */
const ENDED = ['COMPLETE', 'FAILED', 'EXPIRED'];
const hours = (ms) => `${Math.floor(ms / 3_600_000)} h ${Math.floor((ms % 3_600_000) / 60_000)} min`;
async function migrationsInFlight(config, open, context) {
    const ledger = (0,_keeping__WEBPACK_IMPORTED_MODULE_5__/* .ledgerOf */ .Xr)(config.githubToken, open, context);
    const atlas = open(config.atlas);
    const client = new _clients_migration__WEBPACK_IMPORTED_MODULE_0__/* .MigrationClient */ .Uz(atlas);
    // One source session for every ready migration's evidence, opened when the first one needs it.
    let source;
    const evidenceOf = (record, migration) => {
        if (config.evidenceSource)
            source ??= open(config.evidenceSource);
        const target = {
            projectId: record.projectId,
            clusterName: record.destination,
            sourceClusterName: record.source,
            sourceProjectId: record.sourceProjectId
        };
        const withoutSource = 'no source-public-key / source-private-key given';
        return (0,_evidence_evidence__WEBPACK_IMPORTED_MODULE_2__/* .gatherEvidence */ .h)({ atlas, source, withoutSource, target, migration }, context);
    };
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
            rows.push(['❌', record.deployment, record.migrationId, `could not be read: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, '', '', '']);
            continue;
        }
        if (config.recordStatus) {
            try {
                if ((await ledger.note(record, migration, history)) && (0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .isReady */ .i_)(migration) && !history.firstReadyAt)
                    history.firstReadyAt = new Date(context.clock.now()).toISOString();
            }
            catch (err) {
                notRecorded.push(record.deployment);
                context.log.warning(`Deployment '${record.deployment}': the ledger did not record ${(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .describeMigration */ .K)(migration)} (${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}).`);
            }
        }
        if (ENDED.includes(migration.status))
            continue;
        const firstReady = history.firstReadyAt
            ? Date.parse(history.firstReadyAt)
            : (0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .isReady */ .i_)(migration)
                ? context.clock.now()
                : undefined;
        let expiry = 'not ready yet';
        let marker = '⏳';
        let evidence = '';
        if (firstReady !== undefined && migration.status === 'WORKING') {
            const left = firstReady + _watch_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .CUTOVER_WINDOW_MS */ .v2 - context.clock.now();
            marker = left < WARN_MS ? '⚠️' : '✅';
            if (!soonest || firstReady + _watch_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .CUTOVER_WINDOW_MS */ .v2 < soonest.at)
                soonest = { deployment: record.deployment, at: firstReady + _watch_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .CUTOVER_WINDOW_MS */ .v2 };
            expiry = `expires ${(0,_time__WEBPACK_IMPORTED_MODULE_6__/* .utc */ .n$)(firstReady + _watch_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .CUTOVER_WINDOW_MS */ .v2)} (${left > 0 ? `${hours(left)} left` : 'past'})${history.firstReadyAt ? '' : ', first seen ready now (not recorded)'}`;
            if (left < WARN_MS) {
                warned++;
                const line = `Deployment '${record.deployment}': migration ${record.migrationId} expires ${(0,_time__WEBPACK_IMPORTED_MODULE_6__/* .utc */ .n$)(firstReady + _watch_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .CUTOVER_WINDOW_MS */ .v2)}, ${left > 0 ? `${hours(left)} from now` : 'already'}: approve its cut-over before then, or it ends EXPIRED.`;
                context.log.warning(line);
                context.notes.push(`⚠️ ${line}`);
            }
            if ((0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .isReady */ .i_)(migration)) {
                evidence = (0,_evidence_report__WEBPACK_IMPORTED_MODULE_3__/* .evidenceLine */ .OF)(await evidenceOf(record, migration));
                context.log.info(`Deployment '${record.deployment}': evidence ${evidence}`);
            }
        }
        rows.push([
            marker,
            record.deployment,
            record.migrationId,
            (0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .describeMigration */ .K)(migration),
            history.firstReadyAt ?? '',
            expiry,
            evidence
        ]);
        shown.push(record.deployment);
        context.log.info(`Deployment '${record.deployment}': migration ${record.migrationId} ${(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_4__/* .describeMigration */ .K)(migration)}; ${expiry}`);
    }
    context.outputs.migrations = JSON.stringify(shown);
    context.outputs['not-recorded'] = JSON.stringify(notRecorded);
    context.tables.push({
        heading: `Migrations in flight (${shown.length})`,
        header: ['', 'Deployment', 'Migration', 'Status', 'First seen ready', 'Cut-over window', 'Evidence'],
        rows
    });
    const ready = rows.filter(r => r[0] === '✅' || r[0] === '⚠️').length;
    context.headline.title = `${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .counted */ .hS)(shown.length, 'migration')} in flight: ${ready} ready for cut-over${warned ? `, ${warned} within 24 h of expiry` : ''}`;
    context.headline.next = soonest
        ? `Stop writes to the source of ${soonest.deployment}, then approve its pending cut-over before ${(0,_time__WEBPACK_IMPORTED_MODULE_6__/* .utc */ .n$)(soonest.at)} (after that Atlas ends it EXPIRED).`
        : 'Nothing to approve yet: this workflow shows each migration again on its next run.';
    if (notRecorded.length > 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg(`The ledger did not record the status of ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .counted */ .hS)(notRecorded.length, 'deployment')}: ${notRecorded.join(', ')}. The table above is complete (read from Atlas); run this workflow again to record them.`);
    }
    return `${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .counted */ .hS)(shown.length, 'migration')} in flight${warned ? `, ${warned} within 24 h of expiry` : ''}`;
}


/***/ }),

/***/ 2290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Up: () => (/* binding */ recordOutcome),
/* harmony export */   Xr: () => (/* binding */ ledgerOf),
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
/** Statuses after which a migration is over. */
const ENDED = ['COMPLETE', ...ENDED_FOR_GOOD];
/** The ledger of the run's repository, with the step's github-token; records passed over are warned of. */
function ledgerOf(githubToken, open, context) {
    const github = (0,_clients_github_run__WEBPACK_IMPORTED_MODULE_0__/* .openGitHub */ .o)(githubToken, open, context.env);
    return new _ledger__WEBPACK_IMPORTED_MODULE_3__/* .Ledger */ .Oc(github.client, github.sha, m => context.log.warning(m));
}
function openLedger(key, open, context) {
    return {
        ledger: ledgerOf(key.githubToken, open, context),
        name: key.deploymentName,
        record: key.record
    };
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
    context.outputs['ledger-record'] = String(record.id);
    context.rows.push(['Migration ID', record.migrationId], ['Ledger record', String(record.id)]);
    context.log.info(`Deployment '${name}' already has migration ${record.migrationId} (${(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .describeMigration */ .K)(migration)}), started ${record.startedAt}: taking it up, nothing started.`);
    await ledger.note(record, migration, history);
    return { migration, projectId: record.projectId, sourceProjectId: record.sourceProjectId };
}
/**
 * Records a migration just started, in one write: the record's payload holds its state as created,
 * its first status. The ID is already an output, so a ledger failure only warns. Also after a
 * cancel: the migration exists, and a re-run must find it rather than start another (the record is
 * written within the transport's grace).
 */
async function recordStart({ ledger, name }, started, where, context) {
    try {
        const record = await ledger.create({
            deployment: name,
            migrationId: started.id,
            ...where,
            startedAt: new Date(context.clock.now()).toISOString(),
            state: (0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .describeMigration */ .K)(started)
        }, { afterCancel: true });
        context.outputs['ledger-record'] = String(record.id);
        context.rows.push(['Ledger record', String(record.id)]);
        context.log.info(`Recorded migration ${started.id} of '${name}' in the ledger (record ${record.id}).`);
    }
    catch (err) {
        context.log.warning(`Migration ${started.id} started, but the ledger could not record it (${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}): a re-run would not find it by '${name}'. Keep the ID from the step's output migration-id.`);
    }
}
/**
 * Records how a cut-over step ended, where the ledger should hold it (ledger.ts, worthRecording): how
 * the migration ended, or when it was first ready. On the record the start step output
 * (ledger-record), with no read: an end this step read is not recorded yet, since the workflow runs
 * one cut-over of a deployment at a time and the cut-over records ends, and the status names its
 * migration, so that on another record (a wrong ledger-record) no reader counts it (one GitHub
 * request a deployment fewer: a fleet of 200 fits a GITHUB_TOKEN's hour). Otherwise on the
 * deployment's record of this migration, created (its state in the payload) when the ledger has
 * none. Nothing after a cancel, nothing when no state was read; a ledger that cannot be written only
 * warns, the step's own outcome stands.
 */
async function recordOutcome({ ledger, name, record: given }, migration, where, context) {
    if (migration === undefined || context.signal.aborted)
        return;
    try {
        let id = given;
        let history = id !== undefined && ENDED.includes(migration.status) ? {} : undefined;
        if (id === undefined) {
            const found = await ledger.recordOf({
                deployment: name,
                migrationId: where.migrationId,
                projectId: where.projectId,
                startedAt: new Date(context.clock.now()).toISOString(),
                state: (0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .describeMigration */ .K)(migration)
            }, { projectId: where.projectId });
            id = found.record.id;
            if (found.created)
                history = (0,_ledger__WEBPACK_IMPORTED_MODULE_3__/* .historyOf */ .om)(found.record, []);
        }
        context.rows.push(['Ledger record', given === undefined ? String(id) : `${id} (ledger-record, not read)`]);
        if (await ledger.note({ id, migrationId: where.migrationId }, migration, history))
            context.log.info(given === undefined
                ? `Recorded ${(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .describeMigration */ .K)(migration)} of '${name}' in the ledger (record ${id}).`
                : `Recorded ${(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .describeMigration */ .K)(migration)} of migration ${where.migrationId} on ledger record ${id}, as ledger-record gave it (unread: a status counts only on its migration's record).`);
    }
    catch (err) {
        context.log.warning(`The ledger could not record how the cut-over of migration ${where.migrationId} ended (${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}): run mode record-migration with deployment-name '${name}' and this migration-id to record it.`);
    }
}


/***/ }),

/***/ 2420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ Ledger),
/* harmony export */   om: () => (/* binding */ historyOf)
/* harmony export */ });
/* unused harmony exports LEDGER_ENVIRONMENT, LEDGER_WRITER, statusLine, LedgerRecordError, creatorOf, worthRecording */
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
/** A state in the form describeMigration writes it. */
const STATE_LINE = /^(NEW|WORKING|COMPLETE|FAILED|EXPIRED) ready=(true|false) lag=(none|\d+s)$/;
/** A status as the ledger writes it: a state, then the migration it is of (the earlier form: the state alone). */
const STATUS_LINE = new RegExp(`^(?<state>${STATE_LINE.source.slice(1, -1)})(?: migration=(?<migration>[a-f0-9]{24}))?$`);
/** The status the ledger writes for a migration's state, on the record of that migration. */
const statusLine = (migration, migrationId) => `${(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .describeMigration */ .K)(migration)} migration=${migrationId}`;
/** Atlas's statuses after which a migration is over. */
const ENDS = ['COMPLETE', 'FAILED', 'EXPIRED'];
/** A source deployment's name as source-cluster-name takes it: one line, no '/' or '\\', not '.' or '..'. */
const isSourceName = (value) => (0,_inputs_fields__WEBPACK_IMPORTED_MODULE_1__/* .isName */ .Eo)(value) && !/[/\\]/.test(value) && value !== '.' && value !== '..';
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
        p.source !== undefined && !text(p.source, isSourceName) && 'source (a deployment name on one line)',
        p.destination !== undefined && !text(p.destination, _forms__WEBPACK_IMPORTED_MODULE_3__/* .isClusterName */ .Qq) && 'destination (a cluster name)',
        p.state !== undefined && !text(p.state, STATE_LINE) && 'state',
        p.sourceProjectId !== undefined &&
            !text(p.sourceProjectId, _forms__WEBPACK_IMPORTED_MODULE_3__/* .isMongoId */ .eh) &&
            'sourceProjectId (24 hexadecimal characters)'
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
        ...(typeof p.sourceProjectId === 'string' ? { sourceProjectId: p.sourceProjectId } : {}),
        startedAt,
        ...(typeof p.state === 'string' ? { state: p.state } : {})
    };
}
/**
 * The history of a record from its statuses (newest first) and, before them all, its own state (the
 * payload's, as it was written). Only the statuses the action wrote of this record's migration count
 * (the header above); each is taken as its state line.
 */
function historyOf(record, statuses) {
    const { state, startedAt = '' } = record;
    const first = state
        ? [{ state: STATE[state.split(' ')[0]] ?? '', description: state, createdAt: startedAt }]
        : [];
    const counted = statuses.flatMap(status => {
        const line = STATUS_LINE.exec(status.description)?.groups;
        const ofThisMigration = line?.migration === undefined || line.migration === record.migrationId;
        return status.creator === LEDGER_WRITER && line?.state && ofThisMigration
            ? [{ ...status, description: line.state }]
            : [];
    });
    const entries = [...counted, ...first];
    const ready = entries
        .filter(s => / ready=true/.test(s.description) && ISO_TIME.test(s.createdAt))
        .map(s => s.createdAt)
        .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
    return { last: entries[0]?.description, lastState: entries[0]?.state, firstReadyAt: ready };
}
/**
 * Whether the ledger should hold this state. It keeps what a later run needs and no more, since each
 * status is one of the 500 writes an hour GitHub allows: when the migration was first ready (its
 * cut-over window runs from then) and how it ended. The changes in between (NEW to WORKING, the lag)
 * are Atlas's to tell, read at every run.
 */
function worthRecording(migration, history) {
    if (ENDS.includes(migration.status))
        return history.last?.split(' ')[0] !== migration.status;
    return (0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_2__/* .isReady */ .i_)(migration) && history.firstReadyAt === undefined;
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
        return historyOf(record, await this.client.statuses(record.id));
    }
    /**
     * Appends the migration's state where the ledger should hold it (worthRecording); says whether it
     * did. A record named by an input (ledger-record) is written to unread: when GitHub's answer shows
     * the deployment is not in the ledger's environment, that is an error that says where it went.
     */
    async note(record, migration, history) {
        const known = history ?? (await this.history(record));
        if (!worthRecording(migration, known))
            return false;
        const line = statusLine(migration, record.migrationId);
        const { environment } = await this.client.addStatus(record.id, STATE[migration.status] ?? 'in_progress', line);
        if (environment !== undefined && environment !== LEDGER_ENVIRONMENT)
            throw new LedgerRecordError(`deployment ${record.id} is not a ledger record (its environment is not ${LEDGER_ENVIRONMENT}): the status "${line}" went on it, where no reader of the ledger counts it. Check the input ledger-record`);
        return true;
    }
}


/***/ }),

/***/ 841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordMigration: () => (/* binding */ recordMigration)
/* harmony export */ });
/* harmony import */ var _clients_migration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9924);
/* harmony import */ var _watch_migration_watch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7169);
/* harmony import */ var _keeping__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2290);
/* harmony import */ var _ledger__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2420);




async function recordMigration(config, open, context) {
    const ledger = (0,_keeping__WEBPACK_IMPORTED_MODULE_2__/* .ledgerOf */ .Xr)(config.githubToken, open, context);
    const name = config.deploymentName;
    const expected = { projectId: config.projectId, destination: config.clusterName, source: config.sourceClusterName };
    const watchOf = (r) => new _watch_migration_watch__WEBPACK_IMPORTED_MODULE_1__/* .MigrationWatch */ .oq(new _clients_migration__WEBPACK_IMPORTED_MODULE_0__/* .MigrationClient */ .Uz(open(config.atlas)), r.projectId, r.migrationId, context);
    let record;
    let migration;
    let history;
    if (config.migrationId === undefined) {
        record = await ledger.newest(name, expected);
        if (!record) {
            context.log.info(`The ledger has no migration of deployment '${name}'.`);
            return `no migration recorded for ${name}`;
        }
        context.log.info(`The ledger's newest migration of '${name}': ${record.migrationId}, started ${record.startedAt}.`);
    }
    else {
        migration = await watchOf({ projectId: config.projectId, migrationId: config.migrationId }).readEvenIfEnded();
        const found = await ledger.recordOf({
            deployment: name,
            migrationId: config.migrationId,
            projectId: config.projectId,
            source: config.sourceClusterName,
            destination: config.clusterName,
            startedAt: new Date(context.clock.now()).toISOString(),
            // Its state as it is now: the new record's first status, in the same write.
            state: (0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_1__/* .describeMigration */ .K)(migration)
        }, expected);
        record = found.record;
        if (found.created) {
            context.log.info(`Recorded migration ${config.migrationId} of '${name}' in the ledger (record ${record.id}).`);
            history = (0,_ledger__WEBPACK_IMPORTED_MODULE_3__/* .historyOf */ .om)(record, []);
        }
    }
    context.outputs['migration-id'] = record.migrationId;
    context.outputs['ledger-record'] = String(record.id);
    context.rows.push(['Ledger record', String(record.id)]);
    migration ??= await watchOf(record).readEvenIfEnded();
    if (await ledger.note(record, migration, history))
        context.log.info(`Recorded ${(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_1__/* .describeMigration */ .K)(migration)} in the ledger.`);
    return `${name}: migration ${record.migrationId} ${(0,_watch_migration_watch__WEBPACK_IMPORTED_MODULE_1__/* .describeMigration */ .K)(migration)}`;
}


/***/ }),

/***/ 1688:
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



async function proveApproval(proof, target, open, context, { again = false } = {}) {
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
    const unprotected = await reading(`The protection of environment '${environment}'`, () => checkProtection(github.client, proof));
    if (unprotected)
        refuse(unprotected);
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
            return audit(context, proof, { reviewer: approval?.user, comment: approval?.comment, binding: 'comment' }, again);
        }
    }
    const alone = await reading(`Which jobs of run ${github.runId} are in environment '${environment}' (the github-token needs actions: read and deployments: read)`, () => onlyJobInEnvironment(github, environment));
    if (alone !== true) {
        const name = target.deploymentName ? `'${target.deploymentName}'` : `migration ${target.migrationId}`;
        refuse(`the approval of environment '${environment}' cannot be bound to ${name} alone: ${alone} GitHub approves an environment for the whole run, so it would release every job waiting on it. Approve this deployment alone: give each deployment its own environment (cutover-environment: cutover-${target.deploymentName ?? '<deployment-name>'}), or approve with a comment that names ${name}.`);
    }
    audit(context, proof, { reviewer: approval?.user, comment: approval?.comment, binding: 'environment' }, again);
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
/**
 * The comment names the deployment or the migration ID as a whole word: bounded by white space or
 * the comment's ends, with at most quotes before it and closing punctuation after it ("payments:",
 * "'payments'."), so that "payments/eu", "payments:old" or "payments-old" never name "payments".
 */
function namesTarget(comment, target) {
    const named = (name) => {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return new RegExp(`(?:^|\\s)["'(\\[]*${escaped}[)\\]"'.,;:!?]*(?=\\s|$)`).test(comment);
    };
    return named(target.migrationId) || (!!target.deploymentName && named(target.deploymentName));
}
const who = (review) => review.user ?? 'a reviewer';
/** The audit trail: who approved, what they wrote, which environment, how it was bound, when read. */
function audit(context, proof, proven, again) {
    if (again) {
        // Read again after the wait for readiness: the first proof's rows stand; the log says it held.
        context.log.info(`Approval proven again right before the cut-over: environment '${proof.environment}'.`);
        context.rows.push(['Approval read again', (0,time/* utc */.n$)(context.clock.now())]);
        return;
    }
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

// EXTERNAL MODULE: ./src/evidence/evidence.ts + 4 modules
var evidence = __webpack_require__(914);
// EXTERNAL MODULE: ./src/evidence/report.ts
var report = __webpack_require__(9679);
;// CONCATENATED MODULE: ./src/migration/cutover-evidence.ts



async function evidenceBeforeCutover(config, atlas, migration, ledger, open, context) {
    const { source, policy } = config.evidence;
    const names = { ...(source ? await fromLedger(config, ledger, context) : {}), ...config.evidence.names };
    context.log.info(`Reading the evidence before the cut-over of migration ${migration.id}: source beside destination…`);
    const found = await (0,evidence/* gatherEvidence */.h)({
        atlas,
        source: source && open(source),
        withoutSource: 'no source-public-key / source-private-key, so the source cannot be read and nothing was compared; the cut-over is not held back for it',
        target: { projectId: config.projectId, ...names },
        migration,
        writesStopped: true
    }, context);
    (0,report/* reportEvidence */.al)(found, context);
    context.log.info(`Evidence: ${(0,report/* evidenceLine */.OF)(found)}`);
    if (!found.checked || found.result !== 'fail')
        return;
    const failed = found.checks.filter(c => c.result === 'fail');
    const what = failed.map(c => `${c.id} ${c.evidence}`).join('; ');
    if (policy === 'warn') {
        context.log.warning(`Cutting over despite failing evidence (evidence: warn): ${what}.`);
        return;
    }
    context.headline.title = `Migration ${migration.id} not cut over: the evidence fails`;
    context.headline.next = `${failed[0]?.fix ?? ''} To cut over all the same, run cutover again with evidence: warn.`;
    throw new errors/* StepError */.zg(`No cut-over: the evidence fails (${what}). Nothing was sent to Atlas. Fix it, or cut over knowingly with evidence: warn.`);
}
/** The names the ledger's record of this migration holds (written by start-migration); none on any doubt. */
async function fromLedger(config, ledger, context) {
    const given = config.evidence.names;
    if (!ledger || (given.clusterName && given.sourceClusterName && given.sourceProjectId))
        return {};
    try {
        const record = await ledger.ledger.newest(ledger.name, { projectId: config.projectId });
        if (record?.migrationId !== config.migrationId)
            return {};
        return {
            ...(record.destination ? { clusterName: record.destination } : {}),
            ...(record.source ? { sourceClusterName: record.source } : {}),
            ...(record.sourceProjectId ? { sourceProjectId: record.sourceProjectId } : {})
        };
    }
    catch (err) {
        if (context.signal.aborted)
            throw err;
        context.log.warning(`The ledger's record could not name what to compare (${(0,errors/* errorMessage */.gJ)(err)}).`);
        return {};
    }
}

;// CONCATENATED MODULE: ./src/migration/cutover.ts
// Mode cutover, the point of no return: the approval proven and bound to this deployment first
// (approval/), then one read of the migration that decides (ready, or wait ready-wait-seconds at
// most), the evidence read again (cutover-evidence.ts), the PUT, and the wait for COMPLETE; with
// deployment-name, how it ended goes to the ledger.







async function cutover(config, open, context) {
    // The gate first: without a proven approval nothing at all goes to Atlas, nor to the ledger.
    const target = { deploymentName: config.ledger?.deploymentName, migrationId: config.migrationId };
    const prove = async (again) => {
        if (config.approval)
            await proveApproval(config.approval, target, open, context, { again });
    };
    if (config.approval)
        await prove(false);
    else
        noApprovalChecked(context);
    const atlas = open(config.atlas);
    const client = new migration/* MigrationClient */.Uz(atlas);
    const watch = new migration_watch/* MigrationWatch */.oq(client, config.projectId, config.migrationId, context);
    const ledger = config.ledger ? (0,keeping/* openLedger */.au)(config.ledger, open, context) : undefined;
    const beforePut = async (ready, waited) => {
        // An approval read before a wait for readiness (up to hours) is read again: reviewers removed or
        // a rejection since then refuse the PUT. Then the evidence, right before the point of no return.
        if (waited)
            await prove(true);
        await evidenceBeforeCutover(config, atlas, ready, ledger, open, context);
    };
    if (!ledger)
        return cutOver(client, watch, config, context, beforePut);
    try {
        return await cutOver(client, watch, config, context, beforePut);
    }
    finally {
        // Whatever the step ends with (COMPLETE, FAILED, not ready), the ledger gets the last state read.
        await (0,keeping/* recordOutcome */.Up)(ledger, watch.current, config, context);
    }
}
async function cutOver(client, watch, config, context, beforePut) {
    const { projectId, migrationId } = config;
    // The decision rests on this one read; a cancel during it discards it, and the PUT is never sent.
    let migration = await watch.read();
    if (migration.status === 'COMPLETE') {
        context.log.info(`Migration ${migrationId} is COMPLETE already: nothing to cut over, nothing sent.`);
        return 'COMPLETE (already)';
    }
    const waited = !(0,migration_watch/* isReady */.i_)(migration) && config.readyWaitSeconds > 0;
    if (waited)
        migration = await untilReady(watch, config, context);
    if (!(0,migration_watch/* isReady */.i_)(migration)) {
        context.headline.title = `Migration ${migrationId} not cut over: not ready`;
        context.headline.next = `Wait with mode migration-status, migration-id ${migrationId} and wait-for: ready-for-cutover, then run cutover again.`;
        throw new errors/* StepError */.zg(`Migration ${migrationId} is not ready for cut-over (${(0,migration_watch/* describeMigration */.K)(migration)}): no cut-over was sent. Wait until it is ready (the status workflow shows when), then run the cut-over again.`);
    }
    // Right before the point of no return: a refusal here sends nothing.
    await beforePut(migration, waited);
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
// EXTERNAL MODULE: ./src/evidence/mode.ts
var mode = __webpack_require__(2350);
// EXTERNAL MODULE: ./src/ledger/keeping.ts
var keeping = __webpack_require__(2290);
// EXTERNAL MODULE: ./src/preflight/mode.ts + 10 modules
var preflight_mode = __webpack_require__(5912);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(9834);
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
    if (deployments.length > 0) {
        const unknown = 'not reported';
        context.tables.push({
            heading: `Deployments to migrate (${deployments.length})`,
            header: ['Project', 'Deployment', 'MongoDB', 'TLS', 'Size', 'Migration hosts'],
            rows: deployments.map(d => [
                `${d.projectName} (${d.projectId})`,
                d.clusterName,
                `${d.mongoDBVersion ?? unknown}${d.sharded ? ', sharded' : ''}`,
                d.tlsEnabled === null ? unknown : d.tlsEnabled ? 'on' : 'off',
                // A no-break space: "25.0 GB" stays on one line in its narrow column.
                d.dbSizeBytes === undefined ? unknown : (0,time/* dataSize */.Q3)(d.dbSizeBytes).replace(' ', '\u00a0'),
                d.migrationHosts.join(', ') || 'none'
            ])
        });
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
        await (0,preflight_mode.runPreflight)(reads, config, context);
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
            const sourceProjectId = config.migration.sourceProjectId ?? current.sourceProjectId;
            const names = {
                projectId,
                clusterName: expected.destination,
                sourceClusterName: expected.source,
                sourceProjectId
            };
            if (config.wait.for === 'none' || migration.status === 'COMPLETE') {
                await (0,mode.evidenceWhenReady)(migration, { atlas: session, source: config.evidenceSource, target: names }, open, context);
                return `migration ${migration.id} ${(0,migration_watch/* describeMigration */.K)(migration)} (taken up)`;
            }
            const watch = new migration_watch/* MigrationWatch */.oq(new clients_migration/* MigrationClient */.Uz(session), projectId, migration.id, context);
            const waited = await watch.until(config.wait.for, config.wait);
            await (0,mode.evidenceWhenReady)(waited, { atlas: session, source: config.evidenceSource, target: names }, open, context);
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
        await (0,keeping/* recordStart */.cv)(ledger, started, {
            projectId: config.projectId,
            source: body.source.clusterName,
            destination: body.destination.clusterName,
            sourceProjectId: body.source.groupId
        }, context);
    }
    const watch = new migration_watch/* MigrationWatch */.oq(client, config.projectId, started.id, context);
    watch.see(started); // a create answer that already says FAILED fails the step here
    const migration = config.wait.for === 'none' ? started : await watch.until(config.wait.for, config.wait);
    // Ready: the evidence in the summary, read now (not pre-flight's reads, which predate the copy).
    const target = {
        projectId: config.projectId,
        clusterName: body.destination.clusterName,
        sourceClusterName: body.source.clusterName,
        sourceProjectId: body.source.groupId
    };
    await (0,mode.evidenceWhenReady)(migration, { atlas: session, source: config.evidenceSource, target }, open, context);
    return `migration ${migration.id} ${(0,migration_watch/* describeMigration */.K)(migration)}`;
}
async function migrationStatus(config, open, context) {
    const atlas = open(config.atlas);
    const watch = new migration_watch/* MigrationWatch */.oq(new clients_migration/* MigrationClient */.Uz(atlas), config.projectId, config.migrationId, context);
    let migration = await watch.read();
    if (config.wait.for !== 'none')
        migration = await watch.until(config.wait.for, config.wait);
    const target = { projectId: config.projectId, ...config.evidence?.names };
    await (0,mode.evidenceWhenReady)(migration, { atlas, source: config.evidence?.source, target }, open, context);
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


/***/ }),

/***/ 3902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ CUTOVER_WINDOW_MS)
/* harmony export */ });
// How long Atlas keeps a ready migration in sync: a constant of its own, so that the job summary can
// name the deadline without loading the watch and its polls (which only the modes need).
/**
 * Once a migration is ready for cut-over, Atlas keeps it in sync this long (120 h) and then ends it
 * EXPIRED; the API cannot extend the timer (the Atlas UI can).
 */
const CUTOVER_WINDOW_MS = 120 * 3_600_000;


/***/ }),

/***/ 7169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ cutoverSchedule),
/* harmony export */   K: () => (/* binding */ describeMigration),
/* harmony export */   i_: () => (/* binding */ isReady),
/* harmony export */   oq: () => (/* binding */ MigrationWatch),
/* harmony export */   v2: () => (/* reexport safe */ _cutover_window__WEBPACK_IMPORTED_MODULE_3__.v),
/* harmony export */   yZ: () => (/* binding */ noteReadySince)
/* harmony export */ });
/* unused harmony export MigrationEndedError */
/* harmony import */ var _cancel__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(833);
/* harmony import */ var _transport_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2211);
/* harmony import */ var _poll__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5938);
/* harmony import */ var _cutover_window__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3902);
// The one place that reads a migration's state and owns its end states. Every answer that shows a
// migration — the create call's, a status read, each poll of a wait — passes through see(): it
// keeps the outputs to what that answer said, logs a line when the state changes, records the
// wait, and fails the step on FAILED or EXPIRED. No mode can forget it, since none reads around it.




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
