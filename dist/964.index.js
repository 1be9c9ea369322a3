export const id = 964;
export const ids = [964];
export const modules = {

/***/ 2964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   migrationsInFlight: () => (/* binding */ migrationsInFlight)
/* harmony export */ });
/* harmony import */ var _clients_migration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9924);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7784);
/* harmony import */ var _summary_view__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3877);
/* harmony import */ var _github_run__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1362);
/* harmony import */ var _ledger__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9995);
/* harmony import */ var _migration_watch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7658);






const WARN_MS = 24 * 3600 * 1000;
const ENDED_STATES = ['success', 'failure', 'error'];
const hours = (ms) => `${Math.floor(ms / 3_600_000)} h ${Math.floor((ms % 3_600_000) / 60_000)} min`;
async function migrationsInFlight(config, open, context) {
    const github = (0,_github_run__WEBPACK_IMPORTED_MODULE_3__/* .openGitHub */ .o)(config.githubToken, open);
    const ledger = new _ledger__WEBPACK_IMPORTED_MODULE_4__/* .Ledger */ .O(github.client, github.sha);
    const client = new _clients_migration__WEBPACK_IMPORTED_MODULE_0__/* .MigrationClient */ .Uz(open(config.atlas));
    const shown = [];
    const rows = [];
    /** The ready migration whose cut-over window closes first. */
    let soonest;
    let warned = 0;
    for (const record of await ledger.all()) {
        const history = await ledger.history(record);
        if (history.lastState && ENDED_STATES.includes(history.lastState))
            continue;
        const watch = new _migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .MigrationWatch */ .oq(client, record.projectId, record.migrationId, context);
        let migration;
        try {
            migration = await watch.read();
        }
        catch (err) {
            if (!(err instanceof _migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .MigrationEndedError */ .Xz)) {
                rows.push(['❌', record.deployment, record.migrationId, `could not be read: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, '', '']);
                continue;
            }
            migration = err.migration;
        }
        if (config.recordStatus &&
            (await ledger.note(record, migration, history)) &&
            (0,_migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .isReady */ .i_)(migration) &&
            !history.firstReadyAt) {
            history.firstReadyAt = new Date(context.clock.now()).toISOString();
        }
        const firstReady = history.firstReadyAt
            ? Date.parse(history.firstReadyAt)
            : (0,_migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .isReady */ .i_)(migration)
                ? context.clock.now()
                : undefined;
        let expiry = 'not ready yet';
        let marker = '⏳';
        if (firstReady !== undefined && migration.status === 'WORKING') {
            const left = firstReady + _migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .CUTOVER_WINDOW_MS */ .v2 - context.clock.now();
            marker = left < WARN_MS ? '⚠️' : '✅';
            if (!soonest || firstReady + _migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .CUTOVER_WINDOW_MS */ .v2 < soonest.at)
                soonest = { deployment: record.deployment, at: firstReady + _migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .CUTOVER_WINDOW_MS */ .v2 };
            expiry = `expires ${(0,_summary_view__WEBPACK_IMPORTED_MODULE_2__/* .utc */ .n$)(firstReady + _migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .CUTOVER_WINDOW_MS */ .v2)} (${left > 0 ? `${hours(left)} left` : 'past'})${history.firstReadyAt ? '' : ', first seen ready now (not recorded)'}`;
            if (left < WARN_MS) {
                warned++;
                const line = `${record.deployment}: migration ${record.migrationId} expires ${(0,_summary_view__WEBPACK_IMPORTED_MODULE_2__/* .utc */ .n$)(firstReady + _migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .CUTOVER_WINDOW_MS */ .v2)}, ${left > 0 ? `${hours(left)} from now` : 'already'}: approve its cut-over before then, or it ends EXPIRED.`;
                context.log.warning(line);
                context.notes.push(`⚠️ ${line}`);
            }
        }
        rows.push([
            marker,
            record.deployment,
            record.migrationId,
            (0,_migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .describeMigration */ .K)(migration),
            history.firstReadyAt ?? '',
            expiry
        ]);
        shown.push(record.deployment);
        context.log.info(`${record.deployment}: migration ${record.migrationId} ${(0,_migration_watch__WEBPACK_IMPORTED_MODULE_5__/* .describeMigration */ .K)(migration)}; ${expiry}`);
    }
    context.outputs.migrations = JSON.stringify(shown);
    context.tables.push({
        heading: `Migrations in flight (${shown.length})`,
        header: ['', 'Deployment', 'Migration', 'Status', 'First seen ready', 'Cut-over window'],
        rows
    });
    const ready = rows.filter(r => r[0] === '✅' || r[0] === '⚠️').length;
    context.headline.title = `${shown.length} migration${shown.length === 1 ? '' : 's'} in flight: ${ready} ready for cut-over${warned ? `, ${warned} within 24 h of expiry` : ''}`;
    context.headline.next = soonest
        ? `Stop writes to the source of ${soonest.deployment}, then approve its pending cut-over before ${(0,_summary_view__WEBPACK_IMPORTED_MODULE_2__/* .utc */ .n$)(soonest.at)} (after that Atlas ends it EXPIRED).`
        : 'Nothing to approve yet: this workflow shows each migration again on its next run.';
    return `${shown.length} migration${shown.length === 1 ? '' : 's'} in flight${warned ? `, ${warned} within 24 h of expiry` : ''}`;
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
