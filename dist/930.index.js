export const id = 930;
export const ids = [930];
export const modules = {

/***/ 8930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: USER_AGENT, noCommand, runMode

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"2.0.0"};
// EXTERNAL MODULE: ./src/cancel.ts
var src_cancel = __webpack_require__(833);
// EXTERNAL MODULE: ./src/errors/index.ts + 3 modules
var errors = __webpack_require__(5979);
// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/mode.ts
var mode = __webpack_require__(9120);
// EXTERNAL MODULE: ./src/registry.ts + 11 modules
var registry = __webpack_require__(8180);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(9834);
;// CONCATENATED MODULE: ./src/summary/view.ts
// The shape every job summary shares, for any mode to call: a title that says what the step did,
// one outcome line with a marker people know and the numbers that matter, what to do next, then
// the details. HTML, as the runner's summary API writes it; every text is escaped here.
const OUTCOME_MARKERS = {
    succeeded: '✅',
    failed: '❌',
    waiting: '⏳',
    cancelled: '⏹️'
};
/** Text as HTML: escaped, and on one line, since a blank line would end the HTML block and let Markdown in. */
const escapeHtml = (text) => text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replace(/\s*[\r\n]+\s*/g, ' ');
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

;// CONCATENATED MODULE: ./src/summary/chart.ts
// A wait in the job summary: the lag over time as a Mermaid chart (GitHub draws Mermaid in job
// summaries), and a table of the changes of state for whoever reads the text, both timed from the
// wait's first read. Mermaid spaces a series' points evenly and draws no markers, so the chart puts
// the reads on an even grid of time: a thin bar up to the lag at every read (a line series through
// zeros would zigzag to 0 between reads, a fall that never happened), and a line straight from one
// read to the next, since what the lag did between two reads is not known.




/** Slots on the chart's time axis: fine enough for thin stems and reads kept apart, few enough to read as text. */
const CHART_SLOTS = 120;
/** Polls of the wait, as its log lines count them (the read before the wait is no poll). */
const pollsOf = (samples) => samples.filter(s => s.poll).length;
/** The time axis's unit: seconds for a short wait, minutes up to three hours, hours beyond. */
function timeUnit(spanMs) {
    if (spanMs < 180_000)
        return { name: 'seconds', ms: 1000 };
    if (spanMs < 3 * 3_600_000)
        return { name: 'minutes', ms: 60_000 };
    return { name: 'hours', ms: 3_600_000 };
}
/**
 * The lag of each read over time, as a Mermaid `xychart-beta` chart: the x axis in seconds, minutes
 * or hours since the wait's first read (the table's origin too), from the first lag read to the
 * last read; the y axis from 0 (a fall from 886 s to 733 s is not drawn as a fall to zero); a pale
 * bar at every read (none elsewhere), and a line from read to read over it. Reads closer than one slot share it (the later one is drawn). Undefined under
 * two lag readings.
 */
function lagChart(samples) {
    const read = samples.filter((s) => s.lagSeconds !== undefined);
    const origin = samples[0]?.at;
    const first = read[0];
    const last = read.at(-1);
    if (read.length < 2 || origin === undefined || first === undefined || last === undefined)
        return undefined;
    const span = Math.max(last.at - first.at, 1);
    const unit = timeUnit(last.at - origin);
    const slots = CHART_SLOTS;
    const slotOf = (at) => Math.round(((at - first.at) / span) * (slots - 1));
    const reads = Array.from({ length: slots }, () => undefined);
    for (const s of read)
        reads[slotOf(s.at)] = s.lagSeconds;
    // The line: each read's own value, and straight between two reads.
    const line = [];
    let before = 0;
    for (let i = 0; i < slots; i++) {
        const value = reads[i];
        if (value !== undefined) {
            line.push(value);
            before = i;
            continue;
        }
        const after = reads.findIndex((v, j) => j > i && v !== undefined);
        const from = reads[before];
        // No read after (every read at one instant): the last value holds.
        const to = after < 0 ? from : reads[after];
        line.push(after < 0 ? from : Number((from + ((to - from) * (i - before)) / (after - before)).toFixed(1)));
    }
    const top = niceCeiling(Math.max(...line));
    const at = (ms) => Number(((ms - origin) / unit.ms).toFixed(2));
    return [
        '```mermaid',
        // Pale bars for the reads under one strong line: the default palette's first colour is too pale.
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#9ec5fe, #0969da"}}}}%%',
        'xychart-beta',
        '  title "Replication lag at each read"',
        `  x-axis "${unit.name} since the first read" ${at(first.at)} --> ${Math.max(at(last.at), at(first.at) + 0.01)}`,
        `  y-axis "lag (s)" 0 --> ${top}`,
        `  bar [${reads.map(v => v ?? 0).join(', ')}]`,
        `  line [${line.join(', ')}]`,
        '```'
    ].join('\n');
}
/** A round top for the y axis, a little above the highest value (at least 10 s). */
function niceCeiling(value) {
    const above = Math.max(10, value * 1.1);
    const step = 10 ** Math.floor(Math.log10(above)) / 2;
    return Math.ceil(above / step) * step;
}
/** The wait's section: heading, the lag in one sentence, the chart, and the changes of state. */
function waitSection(wait) {
    const { samples } = wait;
    if (samples.length === 0)
        return '';
    const polls = pollsOf(samples);
    const start = samples[0]?.at ?? 0;
    const lags = samples.flatMap(s => (s.lagSeconds === undefined ? [] : [s.lagSeconds]));
    const span = (0,time/* duration */.p0)((samples.at(-1)?.at ?? start) - start);
    const said = [`${(0,errors/* counted */.hS)(polls, 'poll')} over ${span} since the first read, at ${(0,time/* utcSeconds */.kk)(start)}`];
    if (lags.length > 0)
        said.push(`lag ${lags[0]} s first, ${Math.max(...lags)} s at most, ${lags.at(-1)} s last`);
    const chart = lagChart(samples);
    const rows = (0,mode/* changes */.Ao)(samples);
    // Only the columns something was read for: a wait without readiness or lag shows neither.
    const columns = [
        ['Time (UTC)', s => new Date(s.at).toISOString().slice(0, 19).replace('T', ' ')],
        ['Since the first read', s => (0,time/* duration */.p0)(s.at - start)],
        ['Status', s => s.status]
    ];
    if (rows.some(s => s.ready !== undefined))
        columns.push(['Ready for cut-over', s => (s.ready ? 'yes' : 'no')]);
    if (rows.some(s => s.lagSeconds !== undefined))
        columns.push(['Lag', s => (s.lagSeconds === undefined ? '—' : `${s.lagSeconds} s`)]);
    return [
        `<h4>Waiting for ${escapeHtml(wait.what)}</h4>`,
        `<p>${escapeHtml(said.join('; '))}.</p>`,
        // Markdown after HTML needs a blank line on each side, or GitHub keeps it as text.
        chart ? `\n${chart}\n` : '',
        htmlTable(columns.map(([name]) => name), rows.map(s => columns.map(([, cell]) => cell(s))))
    ]
        .filter(part => part !== '')
        .join('\n');
}

// EXTERNAL MODULE: ./src/watch/cutover-window.ts
var cutover_window = __webpack_require__(3902);
;// CONCATENATED MODULE: ./src/summary/story.ts
// What each mode's summary says first: its title, the numbers that matter and what to do next,
// from the config, what the mode reported and how it ended. A mode that knows better sets
// report.headline (title, next); a failure's next step comes from the mode, the error's hint, or
// a plain "fix what it says".



/** What the step was about, for "… failed" and "… cancelled". */
const SUBJECT = {
    'create-link-token': 'Creating a link token',
    'link-org': 'Linking the organization',
    'create-and-link': 'Creating a link token and linking',
    'link-status': 'Reading the link status',
    'unlink-org': 'Unlinking the organization',
    'delete-link-token': 'Deleting the link tokens',
    'list-migration-sources': 'Listing the migration sources',
    preflight: 'Pre-flight',
    plan: 'Checking the plan',
    'record-migration': 'Recording the migration in the ledger',
    'migrations-in-flight': 'Reading the migrations in flight',
    'validate-migration': 'Validation',
    'start-migration': 'Starting the migration',
    'migration-status': 'Reading the migration',
    evidence: 'Reading the evidence',
    cutover: 'Cut-over'
};
function storyOf(config, report, end) {
    const took = `took ${(0,time/* duration */.p0)(end.durationMs)}`;
    const own = report.headline;
    const migration = migrationFacts(config, report);
    const facts = [...(migration?.facts ?? modeFacts(config, report)), took];
    if (end.outcome !== 'succeeded') {
        const failed = end.outcome === 'failed';
        const hint = end.error instanceof errors/* ApiError */.hD ? end.error.hint : undefined;
        return {
            outcome: end.outcome,
            title: own.title ?? `${SUBJECT[config.mode]} ${failed ? 'failed' : 'was cancelled'}`,
            facts,
            message: end.result,
            next: own.next ??
                hint ??
                (failed
                    ? 'Fix what the message above names, then run the step again.'
                    : 'Run the step again when you are ready; nothing was sent after the cancel.')
        };
    }
    const story = migration ? migrationStory(migration, report, end) : linkStory(config, report, end);
    return {
        ...story,
        outcome: own.outcome ?? story.outcome,
        title: own.title ?? story.title,
        next: own.next ?? story.next,
        facts
    };
}
/** The migration a step read, from its outputs; undefined when it read none. */
function migrationFacts(config, report) {
    const out = report.outputs;
    const id = out['migration-id'] ?? ('migrationId' in config ? config.migrationId : undefined);
    const status = out['migration-status'];
    if (id === undefined || status === undefined)
        return undefined;
    const ready = out['ready-for-cutover'] === 'true';
    const lag = out['lag-seconds'] ? `lag ${out['lag-seconds']} s` : 'no lag reported';
    const cluster = 'migration' in config ? config.migration.clusterName : undefined;
    const state = ready ? ['ready for cut-over'] : status === 'WORKING' ? [lag] : [];
    const evidence = out['evidence-result'] ? [`evidence ${out['evidence-result']}`] : [];
    return { id, status, ready, cluster, facts: [`migration ${id}`, status, ...state, ...evidence] };
}
function migrationStory(m, report, end) {
    if (m.status === 'COMPLETE') {
        return {
            outcome: 'succeeded',
            title: `Migration ${m.id} is COMPLETE`,
            next: `Switch the application's connection string to the Atlas cluster${m.cluster ? ` ${m.cluster}` : ''}.`
        };
    }
    if (m.status === 'WORKING' && m.ready) {
        const since = report.headline.readySince;
        const expiry = since
            ? ` before ${(0,time/* utc */.n$)(since.at + cutover_window/* CUTOVER_WINDOW_MS */.v)}${since.observed ? '' : ' at the latest'} (120 h after readiness was ${since.from === 'ledger' ? 'first recorded in the ledger' : since.observed ? 'first seen' : 'first seen by this step'}; only the Atlas UI extends it)`
            : '';
        return {
            outcome: 'succeeded',
            title: `Migration ${m.id} is ready for cut-over`,
            next: `Stop writes to the source, ${report.outputs['evidence-result'] ? 'read the evidence below, ' : ''}then approve the cut-over${expiry}.`,
            ...(end.runUrl ? { link: { text: 'Approve it in this run', href: end.runUrl } } : {})
        };
    }
    return {
        outcome: 'waiting',
        title: `Migration ${m.id} is ${m.status}, not ready yet`,
        next: `Wait for it with mode migration-status, migration-id ${m.id} and wait-for: ready-for-cutover.`
    };
}
/** The numbers of the modes that read no migration. */
function modeFacts(config, report) {
    const out = report.outputs;
    if (out.status)
        return [`link ${out.status}`];
    if (out['preflight-report']) {
        const results = JSON.parse(out['preflight-report']).map(r => r.result);
        const count = (result) => results.filter(r => r === result).length;
        return [`${count('fail')} failed, ${count('warn')} warned of ${(0,errors/* counted */.hS)(results.length, 'check')}`];
    }
    if (out['plan-report']) {
        const plan = JSON.parse(out['plan-report']);
        const waves = JSON.parse(out.waves ?? '[]').length;
        return [(0,errors/* counted */.hS)(plan.deployments, 'deployment'), (0,errors/* counted */.hS)(waves, 'wave'), (0,errors/* counted */.hS)(plan.conflicts.length, 'conflict')];
    }
    if (out['validation-id'])
        return [`validation ${out['validation-id']}`, out['validation-status'] ?? 'not read'];
    if (out['evidence-result'])
        return [`evidence ${out['evidence-result']}`];
    return ['orgId' in config && config.orgId ? [`org ${config.orgId}`] : []].flat();
}
function linkStory(config, report, end) {
    const out = report.outputs;
    const discover = 'Find what can be migrated: mode list-migration-sources with the Atlas org-id.';
    switch (config.mode) {
        case 'create-link-token':
            return {
                outcome: 'succeeded',
                title: `Link token created in Atlas org ${config.orgId}`,
                next: 'Link the source organization with it: mode link-org with link-token from this step’s output.'
            };
        case 'link-org':
        case 'create-and-link':
        case 'link-status': {
            const org = config.mode === 'create-and-link' ? config.sourceOrgId : config.orgId;
            const synced = out.status === 'SYNCED';
            return {
                outcome: synced ? 'succeeded' : 'waiting',
                title: `Organization ${org} ${config.mode === 'link-status' ? 'link' : 'linked'}: ${out.status ?? 'status unknown'}`,
                next: synced ? discover : 'Wait for SYNCED: mode link-status, or link-org with wait-for-sync: true.'
            };
        }
        case 'unlink-org':
            return {
                outcome: 'succeeded',
                title: `Organization ${config.orgId} unlinked`,
                next: 'Nothing more: link it again (create-and-link) before another migration.'
            };
        case 'delete-link-token':
            return {
                outcome: 'succeeded',
                title: `Link tokens of Atlas org ${config.orgId} deleted`,
                next: 'Nothing more: create a token again (create-link-token) before another link.'
            };
        case 'list-migration-sources':
            return {
                outcome: 'succeeded',
                title: `${end.result[0]?.toUpperCase()}${end.result.slice(1)} to migrate`,
                next: 'Check one before starting: mode preflight with project-id, cluster-name and source-cluster-name.'
            };
        case 'preflight':
            return {
                outcome: 'succeeded',
                title: `Pre-flight ${out['preflight-result'] === 'warn' ? 'passed with warnings' : 'passed'}`,
                next: `${out['preflight-result'] === 'warn' ? 'Read the warnings below; then start' : 'Start'} the migration: mode start-migration with the same inputs.`
            };
        case 'validate-migration':
            return {
                outcome: 'succeeded',
                title: `Validation ${out['validation-status'] ?? ''} — the migration can start`,
                next: 'Start it: mode start-migration with the same inputs (skip-validation: true to not validate twice).'
            };
        case 'evidence':
            return {
                outcome: 'succeeded',
                title: `Evidence: ${out['evidence-result'] ?? 'not read'}, source beside destination`,
                next: 'Read each warning and its fix below before approving the cut-over; the counts cannot prove the data equal.'
            };
        default:
            return { outcome: 'succeeded', title: end.result, next: discover };
    }
}

;// CONCATENATED MODULE: ./src/summary/summary.ts
// The job summary: what the step did and how it ended in its first lines, what to do next, then
// what it acted on, what the waits saw, and what was left behind — never a secret.






/** The whole summary as the runner's summary file gets it (before redaction). */
function summaryText(config, report, end) {
    const view = {
        ...storyOf(config, report, end),
        rows: [['Mode', config.mode], ...describe(config), ...report.rows]
    };
    const parts = [
        renderView(view, [
            ...report.tables.map(t => `<h4>${escapeHtml(t.heading)}</h4>\n${htmlTable(t.header, t.rows)}`),
            ...report.waits.map(waitSection).filter(part => part !== '')
        ])
    ];
    if (report.notes.length > 0)
        parts.push(`<ul>${report.notes.map(n => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`);
    return { text: `${parts.join('\n')}\n`, view };
}
/** The run's page (where a gated cut-over is approved), when the runner says where it is. */
function runUrl(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = env;
    return server && repository && run ? `${server}/${repository}/actions/runs/${run}` : undefined;
}
async function writeSummary(step, text) {
    try {
        // Cells and notes carry server text: out only cleaned of every known secret.
        await step.writeSummary((0,secrets/* redact */.E$)(text));
    }
    catch (err) {
        step.warning(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
/** The rows of the mode's registry entry: what the step acted on. */
function describe(config) {
    return registry/* MODES */.FN[config.mode].rows(config);
}

// EXTERNAL MODULE: ./src/transport/http.ts + 4 modules
var http = __webpack_require__(6291);
;// CONCATENATED MODULE: ./src/transport/auth.ts
// How a request authenticates, per request: the transport asks for the Authorization header before
// each try and reports each 401, so sessions with different credentials share one keep-alive pool
// and nothing about one session's credentials is left on the shared client.
/** A fixed header: a bearer token (RFC 6750) or a Basic client credential (RFC 7617). */
function fixed(header) {
    return { authorization: async () => header, unauthorized: async () => false };
}
const bearer = (token) => fixed(`Bearer ${token}`);
/** A service account's client ID and secret as Basic credentials (RFC 7617), as Atlas takes them. */
const basic = (id, secret) => fixed(`Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`);

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/transport/digest.ts
// HTTP Digest (RFC 7616) for API keys: picks the Digest challenge out of a 401 (RFC 7235), decides
// when to answer it, and counts nonce use; digest-fetch's DigestClient computes each response.
// The transport asks for a header before each request and reports each 401, so API-key calls share
// the host's keep-alive connection and proxy like every other call.


let digestClientClass;
/**
 * Loads digest-fetch on first use. Its js-sha256 / js-sha512 run eval("require('crypto')") as they
 * load, and an ES module bundle has no `require`: lend them one for the length of the import.
 */
function loadDigestClient() {
    digestClientClass ??= (async () => {
        const global = globalThis;
        const lent = global.require === undefined;
        if (lent)
            global.require = (0,external_node_module_.createRequire)(import.meta.url);
        try {
            return (await __webpack_require__.e(/* import() */ 78).then(__webpack_require__.bind(__webpack_require__, 1078))).DigestClient;
        }
        finally {
            if (lent)
                delete global.require;
        }
    })();
    return digestClientClass;
}
const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const TOKEN68 = /[A-Za-z0-9\-._~+/]+=*(?=[ \t]*(?:,|$))/y;
/**
 * Parses WWW-Authenticate field values into challenges (RFC 7235 §4.1: one field may carry several
 * challenges, and a response may carry several fields), so that a `Basic realm=…, Digest …` answer
 * yields the Digest challenge with only its own parameters.
 */
function parseChallenges(values) {
    const challenges = [];
    for (const header of values) {
        let i = 0;
        let current;
        const skip = (chars) => {
            while (i < header.length && chars.test(header[i]))
                i++;
        };
        const token = () => {
            const start = i;
            while (i < header.length && TCHAR.test(header[i]))
                i++;
            return header.slice(start, i);
        };
        const quoted = () => {
            let value = '';
            for (i++; i < header.length && header[i] !== '"'; i++) {
                if (header[i] === '\\')
                    i++;
                value += header[i] ?? '';
            }
            i++; // the closing quote
            return value;
        };
        while (i < header.length) {
            skip(/[\s,]/);
            const name = token();
            if (!name) {
                i++; // not a token: skip the character
                continue;
            }
            const afterName = i;
            skip(/[ \t]/);
            if (current && header[i] === '=') {
                i++;
                skip(/[ \t]/);
                current.params[name.toLowerCase()] = header[i] === '"' ? quoted() : token();
                continue;
            }
            i = afterName;
            current = { scheme: name, params: {} };
            challenges.push(current);
            skip(/[ \t]/);
            TOKEN68.lastIndex = i;
            const token68 = TOKEN68.exec(header);
            if (token68) {
                current.token68 = token68[0];
                i += token68[0].length;
            }
        }
    }
    return challenges;
}
function isStale(challenge) {
    return (challenge.params.stale ?? '').toLowerCase() === 'true';
}
/**
 * digest-fetch's client for one challenge. Three adapters, each for a reason: a random client nonce
 * from node:crypto (its own is Math.random), and only this challenge's parameters, rebuilt in a
 * form its parser reads unambiguously (it would read a Basic challenge's realm beside it).
 */
async function createDigestClient(username, password, challenge) {
    const Client = await loadDigestClient();
    const { realm = '', nonce = '', qop, algorithm = 'MD5', opaque } = challenge.params;
    const client = new Client(username, password, { algorithm });
    client.makeNonce = () => (0,external_node_crypto_.randomBytes)(16).toString('hex');
    const fields = [`realm="${realm}"`, `nonce="${nonce}"`, `algorithm=${algorithm}`];
    if (qop !== undefined)
        fields.push(`qop="${qop}"`);
    if (opaque !== undefined)
        fields.push(`opaque="${opaque}"`);
    client.parseAuth(`Digest ${fields.join(', ')}`);
    return client;
}
/** Answers to one request's challenges: a stale nonce is renewed, but not forever. */
const MAX_CHALLENGE_ROUNDS = 3;
class DigestAuthenticator {
    username;
    password;
    client;
    /** Uses of the current nonce (RFC 7616 §3.4: nc counts them, in hexadecimal). */
    nonceCount = 0;
    /** How many challenges were answered; one per host and run is the minimum. */
    challengesAnswered = 0;
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    /** Signs with the last nonce and the next nonce count, saving a 401 round trip per call; nothing before a challenge. */
    async authorization(method, target) {
        const client = this.client;
        if (!client)
            return undefined;
        this.nonceCount++;
        client.digest.nc = this.nonceCount.toString(16);
        // addAuth takes a URL and uses everything from its first path slash on as the digest-uri.
        const signed = client.addAuth(`http://host${target}`, { method, headers: {} });
        return signed.headers.Authorization;
    }
    /**
     * The first 401 of a request with a Digest challenge is answered; later ones only with stale=true
     * (RFC 7616 §3.3: same credentials, new nonce), up to MAX_CHALLENGE_ROUNDS. Any other 401 (a wrong
     * key) goes back to the caller.
     */
    async unauthorized(challengeFields, round) {
        if (round > MAX_CHALLENGE_ROUNDS)
            return false;
        const challenge = parseChallenges(challengeFields).find(c => c.scheme.toLowerCase() === 'digest' && c.params.nonce);
        if (!challenge || (round > 1 && !isStale(challenge)))
            return false;
        this.client = await createDigestClient(this.username, this.password, challenge);
        this.nonceCount = 0;
        this.challengesAnswered++;
        return true;
    }
}

;// CONCATENATED MODULE: ./src/transport/session.ts





function openSession(credentials, transport, options) {
    const names = options.names ?? errors/* DEFAULT_SETTING_NAMES */.EY;
    switch (credentials.kind) {
        case 'api-key':
            return fixedSession(transport, new DigestAuthenticator(credentials.publicKey, credentials.privateKey), names);
        case 'access-token':
            return fixedSession(transport, bearer(credentials.accessToken), names);
        case 'service-account':
            return new ServiceAccountSession(transport, credentials.clientId, credentials.clientSecret, { ...options, names });
    }
}
function fixedSession(transport, auth, names) {
    return {
        names,
        send: request => transport.send(request, auth, names),
        close: async () => { }
    };
}
const FORM = 'application/x-www-form-urlencoded';
const TOKEN_OPERATION = 'Get service account access token';
/** Atlas's lifetime, assumed when the answer gives none. */
const DEFAULT_TOKEN_LIFETIME_S = 3600;
/** OAuth 2.0 client credentials (RFC 6749 §4.4) against {base}/api/oauth/token. */
class ServiceAccountSession {
    transport;
    options;
    current;
    /** Every token obtained and not yet revoked. */
    held = [];
    basic;
    now;
    names;
    constructor(transport, clientId, clientSecret, options) {
        this.transport = transport;
        this.options = options;
        this.basic = basic(clientId, clientSecret);
        this.names = options.names;
        this.now = options.now ?? Date.now;
        options.onSecret(Buffer.from(`${clientId}:${clientSecret}`).toString('base64'));
    }
    async send(request) {
        let token = await this.token();
        const response = await this.transport.send(request, token.auth, this.names);
        if (!rejectsToken(response))
            return response;
        // The token was refused before its time (revoked, or the clock ran ahead): one new token, once.
        this.options.log.info(`${request.operation}: the access token was refused (HTTP 401); getting a new one.`);
        this.current = undefined;
        token = await this.token();
        return this.transport.send(request, token.auth, this.names);
    }
    async token() {
        const current = await this.current?.catch(() => undefined);
        if (current && this.now() < current.renewAt)
            return current;
        if (current)
            this.options.log.info('The service account access token is about to expire: getting a new one.');
        const next = this.obtainToken();
        this.current = next;
        const token = await next;
        if (current)
            await this.revoke(current.token);
        return token;
    }
    async obtainToken() {
        const response = await this.transport.send({
            operation: TOKEN_OPERATION,
            method: 'POST',
            path: '/api/oauth/token',
            accept: 'application/json',
            contentType: FORM,
            body: 'grant_type=client_credentials',
            // Each POST issues a token (a service account holds at most 100): sent again only where the
            // server cannot have acted on it (429, 503, or not sent whole). A token whose answer was
            // lost is never known to the action, so it cannot be revoked: it expires within its lifetime.
            idempotent: false,
            ifUncertain: 'a token may have been issued whose answer was lost; the action never received it, so it cannot revoke it, and it expires on its own within its lifetime (an hour on Atlas).'
        }, this.basic, this.names);
        const { baseUrl } = this.names;
        if (response.status === 404) {
            throw new errors/* StepError */.zg(`${TOKEN_OPERATION} failed: ${(0,errors/* answerLine */.NO)(404, 'POST', response.url)}: ${new URL(response.url).host} has no service-account token endpoint. Cloud Manager and Ops Manager take API keys: set public-key and private-key instead of client-id and client-secret (or check ${baseUrl}).`);
        }
        if (!(0,http/* isSuccess */.oJ)(response.status))
            throw errors/* ApiError */.hD.fromResponse(TOKEN_OPERATION, 'POST', response, this.names);
        let body;
        try {
            body = JSON.parse(response.body);
        }
        catch {
            body = undefined;
        }
        const token = body?.access_token;
        if (typeof token !== 'string' || token === '') {
            const what = body
                ? 'JSON without an access_token'
                : (0,errors/* describeNonJson */.x2)((0,secrets/* redact */.E$)(response.body), String(response.headers['content-type'] ?? ''));
            throw new errors/* UnexpectedAnswerError */.qx(`${TOKEN_OPERATION} failed: ${(0,errors/* answerLine */.NO)(response.status, 'POST', response.url)} was not a token (${what}). Check ${baseUrl}, and whether a proxy or single sign-on page answers in the API's place.`);
        }
        this.options.onSecret(token);
        this.held.push(token);
        const lifetimeMs = (typeof body?.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_TOKEN_LIFETIME_S) * 1000;
        const margin = Math.min(60_000, lifetimeMs / 10);
        this.options.log.debug(`Obtained a service account access token, valid for ${Math.round(lifetimeMs / 1000)} s.`);
        return { token, auth: bearer(token), renewAt: this.now() + lifetimeMs - margin };
    }
    /** A service account holds at most 100 active tokens: give back every one. Failure is a warning. */
    async close() {
        this.current = undefined;
        for (const token of [...this.held])
            await this.revoke(token);
    }
    async revoke(token) {
        const index = this.held.indexOf(token);
        if (index >= 0)
            this.held.splice(index, 1);
        const operation = 'Revoke service account access token';
        try {
            const response = await this.transport.send({
                operation,
                method: 'POST',
                path: '/api/oauth/revoke',
                accept: 'application/json',
                contentType: FORM,
                body: new URLSearchParams({ token, token_type_hint: 'access_token' }).toString(),
                // Revoking twice is harmless (RFC 7009 §2.2), and it must happen after a cancel too.
                idempotent: true,
                afterCancel: true,
                ifUncertain: 'the token may still be active; it expires on its own within its lifetime.'
            }, this.basic, this.names);
            if (!(0,http/* isSuccess */.oJ)(response.status)) {
                this.options.log.warning(errors/* ApiError */.hD.fromResponse(operation, 'POST', response, this.names).message);
            }
            else {
                this.options.log.debug('Revoked a service account access token.');
            }
        }
        catch (err) {
            this.options.log.warning(`Could not revoke a service account access token: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
}
/** A 401 that says the bearer token is invalid or expired (RFC 6750 §3.1, or the API's own words). */
function rejectsToken(response) {
    if (response.status !== 401)
        return false;
    const challenge = String(response.headers['www-authenticate'] ?? '');
    return /invalid_token/i.test(challenge) || /invalid|expired|token/i.test(response.body);
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/errors/kinds.ts
var kinds = __webpack_require__(2432);
;// CONCATENATED MODULE: ./src/transport/trust.ts
// Private certificate authorities given as the ca-certificate input. A called workflow cannot
// receive NODE_EXTRA_CA_CERTS from its caller's env, so the action adds them itself, to Node's
// default CA list (Node ≥ 24.5), which every TLS connection of the process then uses — direct,
// and through the proxy tunnel agent alike.




/** Adds the certificates to Node's defaults; returns their subjects, for the log. */
function trustCertificates(pems) {
    if (pems.length === 0)
        return [];
    const subjects = pems.map((pem, i) => {
        try {
            return new external_node_crypto_.X509Certificate(pem).subject.replace(/\n/g, ', ');
        }
        catch (err) {
            throw new kinds/* InputError */.dz(`Input 'ca-certificate': certificate ${i + 1} could not be read (${(0,errors/* errorMessage */.gJ)(err)}).`);
        }
    });
    const api = external_node_tls_;
    if (!api.getCACertificates || !api.setDefaultCACertificates) {
        throw new kinds/* InputError */.dz(`Input 'ca-certificate' needs Node.js 24.5 or newer (this runner's node24 is ${process.versions.node}): update the runner, or set NODE_EXTRA_CA_CERTS in the step's env.`);
    }
    api.setDefaultCACertificates([...api.getCACertificates('default'), ...pems]);
    return subjects;
}

;// CONCATENATED MODULE: ./src/action.ts
// The action once its inputs are valid: run the mode the registry names, over sessions it opens on
// demand and closes whatever happens, then write outputs and the job summary. The modes know
// nothing of GitHub's runner: they log through the Logger they are given and leave outputs and
// summary notes in their context, whether they succeed or fail.












const USER_AGENT = `mongodb-live-migration-link-action/${package_namespaceObject.rE}`;
async function runAction(config, { started, maskSecret, step }) {
    // GitHub shows 10 annotations of each type per step: past them, a line stays in the log only, and
    // one error is kept for the step's own, which comes last.
    const shown = { error: 0, warning: 0 };
    const annotation = (level, message, at) => {
        const room = level === 'error' ? src_log/* ANNOTATIONS_PER_TYPE */.G - 1 : src_log/* ANNOTATIONS_PER_TYPE */.G;
        if (shown[level]++ < room)
            step[level]((0,secrets/* redact */.E$)(message), at);
        else
            step.info(`${level === 'error' ? 'Error' : 'Warning'}: ${(0,secrets/* redact */.E$)(message)}`);
    };
    for (const warning of config.warnings)
        annotation('warning', warning);
    const report = (0,mode/* newReport */.bQ)();
    // The runner cancels a job with SIGINT, then SIGTERM: stop waiting, clean up, report, exit non-zero.
    const cancel = new AbortController();
    const stopListening = step.onCancel(signal => {
        if (cancel.signal.aborted)
            return;
        step.info(`${signal} received: cancelling; nothing more is sent but the revocation of tokens.`);
        cancel.abort(new src_cancel/* CancelledError */.cc(`Cancelled (${signal}): the runner is stopping the job.`));
    });
    // Every line goes out cleaned of every known secret, in every form (server text included).
    const log = {
        info: (message) => step.info(noCommand((0,secrets/* redact */.E$)(message))),
        debug: (message) => step.debug((0,secrets/* redact */.E$)(message)),
        warning: (message) => annotation('warning', message),
        error: (message) => annotation('error', message),
        annotate: (level, message, at) => annotation(level, message, at)
    };
    const context = {
        log,
        onSecret: maskSecret,
        userAgent: USER_AGENT,
        signal: cancel.signal,
        clock: step.clock,
        env: step.env,
        cwd: step.cwd,
        ...report
    };
    let end;
    try {
        const result = await runMode(config, context);
        // A mode that ran to its end after a cancel (what it had sent was answered) did not finish
        // what the step was asked to do: the step fails, as every cancelled step does.
        if (cancel.signal.aborted)
            throw cancel.signal.reason;
        end = { outcome: 'succeeded', result };
    }
    catch (err) {
        const message = (0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err));
        // Announced first by the mode, before the findings it sums up: once as an annotation is enough.
        if (err instanceof errors/* StepError */.zg && err.announced)
            step.info(message);
        else
            step.error(message);
        step.fail();
        const cancelled = err instanceof src_cancel/* CancelledError */.cc || cancel.signal.aborted;
        end = { outcome: cancelled ? 'cancelled' : 'failed', result: message, error: err };
    }
    // Whatever is known is an output, also after a failure (the last status of a wait that timed out).
    for (const [name, value] of Object.entries(report.outputs))
        await step.setOutput(name, value);
    const durationMs = step.clock.now() - started;
    const { text, view } = summaryText(config, report, { ...end, durationMs, runUrl: runUrl(step.env) });
    // The log ends as the summary begins: the same outcome line, and what to do next.
    log.info(outcomeLine(view));
    log.info(`Next: ${view.next}${view.link ? ` ${view.link.href}` : ''}`);
    await writeSummary(step, text);
    stopListening();
}
/** Runs the mode and returns one phrase for the job summary's result column. */
async function runMode(config, context) {
    for (const subject of trustCertificates(config.caCertificates)) {
        context.log.info(`Trusting the CA certificate ${subject} (ca-certificate).`);
    }
    const transports = new Map();
    const sessions = [];
    const open = endpoint => {
        let transport = transports.get(endpoint.baseUrl);
        if (!transport) {
            transport = new http/* HttpTransport */.G5({
                baseUrl: endpoint.baseUrl,
                timeoutMs: config.requestTimeoutSeconds * 1000,
                userAgent: context.userAgent,
                log: context.log,
                signal: context.signal,
                // Waits between tries run on the step's clock, as the polls do (a test's may be fake).
                sleep: (ms, signal) => context.clock.sleep(ms, signal)
            });
            transports.set(endpoint.baseUrl, transport);
        }
        const session = openSession(endpoint.credentials, transport, {
            log: context.log,
            onSecret: context.onSecret,
            names: endpoint.names
        });
        sessions.push(session);
        return session;
    };
    try {
        const run = (await registry/* MODES */.FN[config.mode].load());
        return await run(config, open, context);
    }
    finally {
        for (const session of sessions)
            await session.close();
        for (const transport of transports.values())
            transport.dispose();
    }
}
/**
 * A log line as data: the runner reads a line that starts with '::' as a workflow command, so a
 * value from a server or a record that breaks a line before '::' is kept on the line before it.
 * (Warnings, errors and debug lines go out as commands, whose values the runner's escaping covers.)
 */
function noCommand(message) {
    return message.replace(/\s*[\r\n]+(?=\s*::)/g, ' ').replace(/^(\s*)::/, '$1: :');
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ ANNOTATIONS_PER_TYPE)
/* harmony export */ });
// Where the action's lines go: the runner's log through @actions/core in the action, a collector
// in tests. Below the modes and the transport, so both can log without knowing of GitHub.
/**
 * GitHub shows at most 10 error and 10 warning annotations of a step (more stay in the log only):
 * the action keeps within it, one error kept for the step's own, and a mode with many findings
 * annotates the first and leaves the rest to its job summary.
 */
const ANNOTATIONS_PER_TYPE = 10;


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


/***/ })

};
