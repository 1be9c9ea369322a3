export const id = 711;
export const ids = [711];
export const modules = {

/***/ 6693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ gitHubRateLimitOf),
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
// What an answer's headers and GitHub's error body say of when to ask again: Retry-After (RFC 9110),
// and GitHub's rate limits. Read by the transport (to wait) and by the errors (to explain), so it
// sits below both.
/**
 * Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3), in ms; undefined when absent or unreadable.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    // Otherwise an HTTP date (IMF-fixdate and the obsolete forms name a weekday or a month): not "1.5".
    if (!/[A-Za-z]{3}/.test(trimmed))
        return undefined;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
 * A rate limit's refusal, or undefined for any other answer. GitHub answers 403 or 429 with
 * retry-after, or with x-ratelimit-remaining 0 (primary), or with a message about a secondary rate
 * limit; every 429 is a limit's. A 403 without any of these (a missing permission) is not.
 */
function gitHubRateLimitOf(status, headers, body) {
    if (status !== 403 && status !== 429)
        return undefined;
    const message = messageOf(body);
    const remaining = numberOf(headers, 'x-ratelimit-remaining');
    const said = headerOf(headers, 'retry-after') !== undefined || remaining === 0 || /rate limit/i.test(message);
    if (status === 403 && !said)
        return undefined;
    const reset = numberOf(headers, 'x-ratelimit-reset');
    return {
        kind: remaining === 0 && !/secondary/i.test(message) ? 'primary' : 'secondary',
        resetAt: remaining === 0 && reset !== undefined ? reset * 1000 : undefined,
        limit: numberOf(headers, 'x-ratelimit-limit'),
        resource: headerOf(headers, 'x-ratelimit-resource')
    };
}
function headerOf(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function numberOf(headers, name) {
    const value = headerOf(headers, name)?.trim();
    return value && /^\d+$/.test(value) ? Number(value) : undefined;
}
/** GitHub's error body: {"message": "…", "documentation_url": "…"}. */
function messageOf(body) {
    try {
        const message = JSON.parse(body)?.message;
        return typeof message === 'string' ? message : '';
    }
    catch {
        return '';
    }
}


/***/ }),

/***/ 5979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hD: () => (/* reexport */ ApiError),
  EY: () => (/* reexport */ errors_text/* DEFAULT_SETTING_NAMES */.EY),
  Dr: () => (/* reexport */ NetworkError),
  Do: () => (/* reexport */ kinds/* OutcomeUnknownError */.Do),
  zg: () => (/* reexport */ kinds/* StepError */.zg),
  qx: () => (/* reexport */ kinds/* UnexpectedAnswerError */.qx),
  NO: () => (/* reexport */ errors_text/* answerLine */.NO),
  hS: () => (/* reexport */ errors_text/* counted */.hS),
  x2: () => (/* reexport */ errors_text/* describeNonJson */.x2),
  gJ: () => (/* reexport */ errors_text/* errorMessage */.gJ),
  XK: () => (/* reexport */ errors_text/* notTheApi */.XK),
  TN: () => (/* reexport */ errors_text/* oneLine */.TN),
  hC: () => (/* reexport */ errors_text/* sentences */.hC)
});

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(9834);
// EXTERNAL MODULE: ./src/errors/text.ts
var errors_text = __webpack_require__(6868);
;// CONCATENATED MODULE: ./src/errors/github.ts
// What to check after a failed call to GitHub's REST API, in GitHub's terms: the github-token and
// the job's `permissions:`, GitHub's rate limits, GITHUB_API_URL, GitHub's status page. Never a
// MongoDB hint: the token must not be pointed at a MongoDB host.


/** GitHub's words when a GITHUB_TOKEN (or an app's token) lacks a permission for the endpoint. */
const NOT_ACCESSIBLE = /Resource not accessible by (?:integration|personal access token)/i;
const GITHUB_STATUS_HINT = 'GitHub had a problem; re-run the job later, and check https://www.githubstatus.com if it persists.';
function gitHubHint(answer, names) {
    const { status, message } = answer;
    if (answer.rateLimit)
        return rateLimitHint(answer.rateLimit);
    if ((status === 403 || status === 404) && message !== undefined && NOT_ACCESSIBLE.test(message)) {
        return missingPermission(names, answer.permission);
    }
    if (status === 401) {
        return `Check ${names.credentials}: GitHub did not accept it (a job's GITHUB_TOKEN is valid only while its job runs; a personal token may be expired or revoked).`;
    }
    if (status === 403) {
        return `GitHub refused this call with ${names.credentials}: check the job's \`permissions:\` and that the token may act on ${names.orgId}.`;
    }
    if (status === 404) {
        return message === undefined
            ? (0,errors_text/* notGitHubsApi */.Q6)(names)
            : `Check ${names.ids ?? names.orgId} and ${names.baseUrl}: GitHub answers 404 also where ${names.credentials} may not see the repository.`;
    }
    if (status >= 500)
        return GITHUB_STATUS_HINT;
    return undefined;
}
function missingPermission(names, permission) {
    const grant = permission
        ? `\`${permission}\``
        : '`actions: read` (approvals, environments) or `deployments: write` (the ledger)';
    return `The ${names.credentials} lacks a permission this call needs: grant the job ${grant} in its \`permissions:\`.`;
}
function rateLimitHint(limit) {
    if (limit.kind === 'secondary') {
        return "GitHub's secondary rate limit refused the call (too many requests at once, or more than 80 writes a minute or 500 an hour): wait a few minutes before re-running, and run fewer jobs that write to GitHub at once.";
    }
    const figures = [limit.limit === undefined ? '' : `${limit.limit} requests an hour`, limit.resource ?? '']
        .filter(Boolean)
        .join(', ');
    const reset = limit.resetAt === undefined ? 'within the hour' : `at ${(0,time/* utcSeconds */.kk)(limit.resetAt)}`;
    return `GitHub's rate limit for this token${figures ? ` (${figures})` : ''} is used up; it resets ${reset}: re-run after then, or make fewer calls to GitHub from this repository within the hour.`;
}

// EXTERNAL MODULE: ./src/errors/headers.ts
var headers = __webpack_require__(6693);
;// CONCATENATED MODULE: ./src/errors/api-error.ts
// An answer that is not a success, as one line a user can act on: the operation, the answer, the
// API's errorCode and detail, and what to check — by error code first, then by status.




const HINTS = {
    400: () => 'Check the inputs the request was built from.',
    401: n => `Check ${n.credentials}, and that the key belongs to this organization or project (a key without access to it is refused the same way).`,
    403: () => 'The API key or service account needs the Organization Owner role in this organization.',
    404: n => `Check ${listOf([...(n.ids ?? n.orgId).split(' and '), n.baseUrl])}: what they name must exist on that host.`,
    409: () => 'The resource is in a conflicting state; check it in the UI before re-running.',
    429: () => 'Rate limited: wait a minute before re-running, or run fewer jobs against this organization at once.'
};
/** Hints by the API's error code, which says more than the status (both 403s are not about roles). */
const CODE_HINTS = {
    IP_ADDRESS_NOT_ON_ACCESS_LIST: n => `The IP access list of the API key or service account (${n.credentials}) must include this runner's public address: add it there, or run from an address on the list.`,
    ORG_NOT_FOUND: n => `Check ${n.orgId} and ${n.baseUrl}: the organization must exist on that host.`,
    GROUP_NOT_FOUND: n => `Check project-id and ${n.baseUrl}: the project must exist on that host, and the key must have access to it.`
};
/** 'a', 'a and b', 'a, b and c'. */
function listOf(items) {
    return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
const OAUTH_HINTS = {
    invalid_client: 'Check client-id and client-secret, and that the service account is not expired.',
    access_denied: 'The service account was refused a token (it may already hold 100 active tokens, or its IP access list excludes this runner).',
    invalid_request: 'The token request was malformed; report this as a bug.',
    unsupported_grant_type: 'The host does not support service accounts; use an API key.'
};
class ApiError extends Error {
    status;
    errorCode;
    detail;
    /** The answer is recognisably the API's own: an error code (body, X-Error-Code, OAuth) or the null-errorCode form. */
    fromApi;
    /** How long the server asked to wait before asking again (Retry-After), where it said. */
    retryAfterMs;
    /** What happened, without the note and the hint: for callers that give their own advice. */
    summary;
    /** What to check, where there is a hint. */
    hint;
    constructor(unsafeCall) {
        // The server's words may echo what was sent: clean them of every secret before anything else.
        const call = { ...unsafeCall, body: (0,secrets/* redact */.E$)(unsafeCall.body) };
        const body = parseErrorBody(call);
        const { summary, hint } = explain(call, body);
        super([summary, call.note, hint].filter(Boolean).join(' '));
        this.summary = summary;
        this.hint = hint;
        this.retryAfterMs = call.retryAfterMs;
        this.name = 'ApiError';
        this.status = call.status;
        this.errorCode = errorCodeOf(call, body);
        this.detail = typeof body?.detail === 'string' ? body.detail : body?.error_description;
        this.fromApi = isApiAnswer(call, body);
    }
    static fromResponse(operation, method, response, names, 
    /** On GitHub's API: the permission the request needs. */
    permission) {
        const header = (name) => {
            const value = response.headers[name];
            return Array.isArray(value) ? value[0] : value;
        };
        return new ApiError({
            operation,
            method,
            url: response.url,
            status: response.status,
            contentType: header('content-type'),
            location: header('location'),
            errorCodeHeader: header('x-error-code'),
            body: response.body,
            names,
            note: response.note,
            retryAfterMs: (0,headers/* parseRetryAfter */.m)(header('retry-after')),
            permission,
            rateLimit: names?.api === 'github' ? (0,headers/* gitHubRateLimitOf */.M)(response.status, response.headers, response.body) : undefined
        });
    }
}
function oauthErrorCode(body) {
    return typeof body?.error === 'string' ? body.error : undefined;
}
/** The API's code: the body's errorCode, else the X-Error-Code header, else an OAuth error. */
function errorCodeOf(call, body) {
    if (typeof body?.errorCode === 'string' && body.errorCode)
        return body.errorCode;
    return call.errorCodeHeader?.trim() || oauthErrorCode(body);
}
/**
 * The answer is recognisably the API's own: it carries an error code (body, X-Error-Code header or
 * OAuth), or it has the API's error shape with the errorCode key present but null: `error` equal to
 * the status and a `detail` string (Atlas's "no link" 404 of 2025-03 to 2026-06). A JSON body
 * without the errorCode key, an HTML page or an empty body is not.
 */
function isApiAnswer(call, body) {
    if (errorCodeOf(call, body) !== undefined)
        return true;
    return body?.error === call.status && 'errorCode' in body && typeof body.detail === 'string';
}
function parseErrorBody(call) {
    try {
        const parsed = JSON.parse(call.body);
        return parsed !== null && typeof parsed === 'object' ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** What happened, in one sentence, and what to check. */
function explain(call, body) {
    const names = call.names ?? errors_text/* DEFAULT_SETTING_NAMES */.EY;
    // GitHub's words are its message; MongoDB's answers say nothing there (their wording stays as it was).
    const message = names.api === 'github' && typeof body?.message === 'string' ? body.message : undefined;
    const parts = [`${call.operation} failed: ${(0,errors_text/* answerLine */.NO)(call.status, call.method, call.url)}`];
    const code = errorCodeOf(call, body);
    if (code)
        parts.push(code);
    const detail = [body?.detail, body?.error_description, body?.reason, message].find(text => typeof text === 'string');
    if (detail)
        parts.push((0,errors_text/* oneLine */.TN)(detail));
    if (!body)
        parts.push((0,errors_text/* describeNonJson */.x2)(call.body, call.contentType));
    const redirect = call.status >= 300 && call.status < 400
        ? `The host redirects${call.location ? ` to ${call.location.split('?')[0]}` : ''}: set ${names.baseUrl} to the API's own address (redirects are not followed, so credentials go nowhere else).`
        : undefined;
    const { status, permission, rateLimit } = call;
    const hint = redirect ||
        (names.api === 'github' ? gitHubHint({ status, message, permission, rateLimit }, names) : mongoDbHint(call, body));
    return { summary: `${parts.join(': ')}.`, hint: hint || undefined };
}
/** What to check after MongoDB's answer: by its error code first, then by status. */
function mongoDbHint(call, body) {
    const names = call.names ?? errors_text/* DEFAULT_SETTING_NAMES */.EY;
    const code = errorCodeOf(call, body);
    return ((code && OAUTH_HINTS[code]) ||
        (code && Object.hasOwn(CODE_HINTS, code) ? CODE_HINTS[code]?.(names) : undefined) ||
        (call.status === 404 && !isApiAnswer(call, body) ? (0,errors_text/* notTheApi */.XK)(names) : undefined) ||
        HINTS[call.status]?.(names) ||
        (call.status >= 500 ? SERVER_HINT : undefined));
}
const SERVER_HINT = 'The service had a problem; re-run the job later, and check status.mongodb.com if it persists.';

// EXTERNAL MODULE: ./src/errors/kinds.ts
var kinds = __webpack_require__(2432);
;// CONCATENATED MODULE: ./src/errors/network.ts
// A request that got no answer (the network, TLS, a proxy, a timeout), as one line that says what
// to check.


/** A request that never got an answer: the network, TLS or a timeout. */
class NetworkError extends Error {
    constructor(operation, method, url, cause, names = errors_text/* DEFAULT_SETTING_NAMES */.EY, note) {
        const sentence = `${operation} failed: ${method} ${url}: ${describeNetworkCause(cause, names)}`;
        super((0,secrets/* redact */.E$)(note ? `${sentence} ${note}` : sentence), { cause });
        this.name = 'NetworkError';
    }
}
function describeNetworkCause(cause, names) {
    const err = cause;
    const code = err?.code ?? '';
    const message = (0,errors_text/* oneLine */.TN)(err?.message ?? String(cause));
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return `TLS certificate does not match the host name (${message}). Check ${names.baseUrl}.`;
    }
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code)) {
        return `TLS certificate not trusted (${code}). For an Ops Manager with a private CA, give the CA's PEM certificate as the ca-certificate input, or set NODE_EXTRA_CA_CERTS to its file in the step's env.`;
    }
    if (/wrong version number|packet length too long|http request/i.test(message) && /EPROTO|SSL/.test(code || message)) {
        return `TLS handshake failed: the port answered in plain HTTP (https:// to a plain-HTTP port?). Check ${names.baseUrl}: its scheme and port.`;
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return `host name not found (${code}). Check ${names.baseUrl}, and https_proxy on self-hosted runners.`;
    }
    const tunnel = /tunneling socket could not be established, (?:statusCode=(\d+)|cause=(.*))/.exec(message);
    if (tunnel) {
        const why = tunnel[1] ? `it answered HTTP ${tunnel[1]} to CONNECT` : tunnel[2];
        return `the proxy could not open a tunnel to the host (${why}). Check https_proxy / no_proxy, and that the proxy may reach the host.`;
    }
    if (code === 'ECONNREFUSED')
        return `connection refused. Check ${names.baseUrl} (host and port).`;
    if (/^Request timeout/.test(message) || code === 'ETIMEDOUT') {
        return `no answer within the request timeout. Check ${names.baseUrl}, that the runner can reach the host (proxy, firewall), or raise request-timeout-seconds.`;
    }
    return `${code ? `${code} ` : ''}${message}.`;
}

;// CONCATENATED MODULE: ./src/errors/index.ts
// How the action fails: one class per kind of failure, one way to name an HTTP answer, one way to
// put server text on a line, and one errorMessage() for anything thrown. ApiError (an answer that
// is not a success) and NetworkError (no answer) live beside this file.






/***/ }),

/***/ 4213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ ProxyAgent)
/* harmony export */ });
// Bundled in place of undici (tsconfig.json "paths"). @actions/http-client imports undici only for
// getAgentDispatcher(), the proxy dispatcher for fetch(), which this action never calls: its own
// requests go through node:http / node:https and the tunnel agent for proxies. Leaving undici out
// spares every run parsing and evaluating about 700 KiB (bench/README.md). Upstream:
// actions/toolkit#1697 (undici is imported eagerly, untreeshakable) and the open fix, actions/toolkit#1800.
class ProxyAgent {
    constructor() {
        throw new Error('undici is not bundled with this action: HttpClient.getAgentDispatcher() is unavailable.');
    }
}


/***/ }),

/***/ 9834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ dataSize),
/* harmony export */   kk: () => (/* binding */ utcSeconds),
/* harmony export */   n$: () => (/* binding */ utc),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
// Times, durations and sizes as a person reads them, the same in every log line, error and summary.
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
/** A time in UTC, to the second: 2026-12-01 10:04:05 UTC (when a limit resets). */
const utcSeconds = (ms) => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
/**
 * A size in Atlas's decimal units, one place after the point from a gigabyte (4.0 GB), whole
 * megabytes below (320 MB): the same source reads the same in pre-flight, the plan and the list.
 */
function dataSize(bytes) {
    if (bytes >= 1e9)
        return `${(bytes / 1e9).toFixed(1)} GB`;
    return `${Math.max(0, Math.round(bytes / 1e6))} MB`;
}


/***/ }),

/***/ 6291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G5: () => (/* binding */ HttpTransport),
  oJ: () => (/* binding */ isSuccess)
});

// UNUSED EXPORTS: CANCEL_GRACE_MS

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: ./src/cancel.ts
var src_cancel = __webpack_require__(833);
// EXTERNAL MODULE: ./src/errors/index.ts + 3 modules
var errors = __webpack_require__(5979);
;// CONCATENATED MODULE: ./src/transport/github-limits.ts
// GitHub's REST rate limits as GitHub documents them ("Rate limits for the REST API", "Best practices
// for using the REST API"): how a refusal by a limit is recognised and read, and the pacing of the
// requests that create content. Waiting a refusal out is decided in retry.ts, with the other waits.
/** GitHub counts POST, PATCH, PUT and DELETE as content-creating: 80 a minute, 500 an hour. */
function createsContent(method) {
    return method !== 'GET' && method !== 'HEAD';
}
/**
 * Between two content-creating tries: 60 s / 80 is 750 ms; a little more, so that the network's
 * jitter never brings two closer together on GitHub's clock than its limit of 80 a minute counts.
 */
const GITHUB_WRITE_INTERVAL_MS = 800;
/**
 * One at a time and spaced out, as GitHub asks of content-creating requests ("make requests
 * serially", and pause between them): a whole call (its retries too) waits for the one before it,
 * and each try waits until intervalMs after the try before began.
 */
class WritePacer {
    intervalMs;
    clock;
    /** Settles when the last call queued has ended. */
    tail = Promise.resolve();
    nextTryAt = Number.NEGATIVE_INFINITY;
    constructor(intervalMs, clock) {
        this.intervalMs = intervalMs;
        this.clock = clock;
    }
    /** Runs `call` once every call queued before it has ended, whatever its end. */
    async serially(call) {
        const before = this.tail;
        let ended = () => { };
        this.tail = new Promise(resolve => {
            ended = resolve;
        });
        try {
            await before;
            return await call();
        }
        finally {
            ended();
        }
    }
    /** Waits for this try's turn: intervalMs after the previous try began. A cancel ends the wait. */
    async pace(signal) {
        const waitMs = this.nextTryAt - this.clock.now();
        if (waitMs > 0)
            await this.clock.sleep(waitMs, signal);
        this.nextTryAt = this.clock.now() + this.intervalMs;
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/transport/node-request.ts
// The one request handler the shared HttpClient has: it adapts each request's node:http options,
// where @actions/http-client offers no option of its own. Authentication is not done here: it is
// per request (auth.ts), so nothing of one session's credentials sits on the shared client.

/**
 * A kept-alive connection idle this long is closed rather than reused: below the 5 s a Node server
 * keeps one (and far below a load balancer's 60 s), so that no request — a migration's create after
 * a minute of validation polls — goes out on a connection the server is closing at that moment,
 * where a reset could not tell whether it was acted on.
 */
const IDLE_CONNECTION_MS = 4000;
class NodeRequestAdapter {
    idleConnectionMs;
    /** The request last handed to an agent, to tell afterwards whether it was written whole. */
    lastRequest;
    /** Aborts the try under way (a cancel): handed to node:http as the request's signal. */
    trySignal;
    tracked = new WeakSet();
    written = new WeakSet();
    constructor(idleConnectionMs = IDLE_CONNECTION_MS) {
        this.idleConnectionMs = idleConnectionMs;
    }
    /**
     * Starts a try: `send` must call http-client at once, since everything up to the agent's
     * addRequest happens synchronously in that call; the request it makes is this try's. Tries of
     * several calls (a plan's reads) may then be under way at once, each with its own request.
     */
    startTry(signal) {
        this.lastRequest = undefined;
        this.trySignal = signal;
    }
    /** Ends the start of a try (right after the call to http-client): the request it made, if any. */
    endTry() {
        this.trySignal = undefined;
        return this.lastRequest;
    }
    /**
     * Whether the whole request (headers and body) reached the socket: only then can the server have
     * acted on it, so only then is a request that is not idempotent never sent again.
     */
    sentWhole(request) {
        return request !== undefined && this.written.has(request);
    }
    prepareRequest(options) {
        // http-client passes URL.hostname on, which keeps an IPv6 literal's brackets ("[::1]"), and
        // node:http then looks the bracketed name up in DNS. Node wants the bare address.
        if (options.host?.startsWith('[') && options.host.endsWith(']'))
            options.host = options.host.slice(1, -1);
        if (this.trySignal)
            options.signal = this.trySignal;
        this.track(options.agent);
    }
    canHandleAuthentication(_response) {
        return false;
    }
    handleAuthentication() {
        throw new Error('NodeRequestAdapter does not authenticate.');
    }
    /**
     * http-client never shows the ClientRequest; every request goes through its agent's addRequest
     * (the proxy tunnel agent's too), so note it there, and when its 'finish' says it was written.
     */
    track(agent) {
        const target = agent;
        if (!target?.addRequest || this.tracked.has(target))
            return;
        this.tracked.add(target);
        // node:http's agent closes a pooled connection once it has been idle for options.timeout (a
        // request in flight has http-client's own timeout instead); http-client sets none.
        if (target instanceof external_node_http_.Agent) {
            const options = target.options;
            options.timeout ??= this.idleConnectionMs;
        }
        const addRequest = target.addRequest;
        target.addRequest = (req, ...rest) => {
            this.lastRequest = req;
            req.once('finish', () => this.written.add(req));
            addRequest.call(target, req, ...rest);
        };
    }
}

// EXTERNAL MODULE: ./src/errors/headers.ts
var headers = __webpack_require__(6693);
// EXTERNAL MODULE: ./src/transport/rate-limits.ts
var rate_limits = __webpack_require__(9916);
;// CONCATENATED MODULE: ./src/transport/outcome.ts
// How a try ended, in the terms retry.ts decides on, and why a call waits or stops, in words.



/**
 * After a cancel: nothing read decides anything; only the answer to a write that was sent is
 * kept, since it says what now exists (the ID of a migration that started).
 */
function afterCancel(request, outcome, sent, idempotent, cancel) {
    if (!(outcome instanceof Error) && !idempotent)
        return outcome;
    const stopped = (0,src_cancel/* cancellation */.WN)(cancel);
    if (!idempotent && sent) {
        throw new src_cancel/* CancelledError */.cc(`${stopped.message} ${request.operation} was sent and its answer did not arrive: ${request.ifUncertain ?? ''}`.trim());
    }
    throw stopped;
}
/** How a try ended, for retry.ts; a refusal by GitHub's rate limits is read only from GitHub's API. */
function tryOutcomeOf(outcome, sent, github, now) {
    if (outcome instanceof Error)
        return { kind: 'network', error: outcome, sent };
    const limit = github ? (0,headers/* gitHubRateLimitOf */.M)(outcome.status, outcome.headers, outcome.body) : undefined;
    // Atlas's 429 says when in its detail too, where its headers are missing.
    const retryAfterMs = (0,headers/* parseRetryAfter */.m)(header(outcome.headers, 'retry-after'), now) ??
        (outcome.status === 429 && !github ? (0,rate_limits/* detailRetryAfter */.GY)(outcome.body) : undefined);
    return {
        kind: 'answer',
        status: outcome.status,
        retryAfterMs,
        bucket: outcome.status === 429 ? (0,rate_limits/* parseTokenBucket */.j)(outcome.body) : undefined,
        rateLimit: limit && { kind: limit.kind, resetInMs: limit.resetAt === undefined ? undefined : limit.resetAt - now }
    };
}
/** Why a wait lasts what it does, where the server said. */
function waitReason(outcome) {
    if (outcome.retryAfterMs !== undefined)
        return ' as the server asks (Retry-After)';
    if (outcome.rateLimit?.resetInMs !== undefined)
        return " until GitHub's rate limit resets (x-ratelimit-reset)";
    if (outcome.rateLimit)
        return " (GitHub's secondary rate limit names no time: at least a minute)";
    return '';
}
/** Why a call stopped, where the last answer alone does not say it. */
function stopNote(decision, request, policy) {
    switch (decision.why) {
        case 'unsafe':
            return `Not retried, since the server may have acted on it: ${request.ifUncertain ?? 'check its effect before re-running.'}`;
        case 'retry-after-too-long':
            return `The server asked to wait ${Math.round((decision.askedMs ?? 0) / 1000)} s before retrying (Retry-After), longer than the ${Math.round(policy.maxRetryAfterMs / 1000)} s this action waits at once: re-run later.`;
        case 'budget':
            return `Gave up: the next retry would pass this call's limit of ${Math.round(policy.callBudgetMs / 1000)} s.`;
        case 'reset-too-far':
            return `Not retried: GitHub's rate limit resets in ${Math.ceil((decision.askedMs ?? 0) / 60_000)} min, later than the ${Math.round(policy.maxRetryAfterMs / 1000)} s this action waits at once.`;
        case 'still-rate-limited':
            return `Gave up: still refused by GitHub's rate limit after ${policy.maxRateLimitRefusals} waits.`;
        default:
            return undefined;
    }
}
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}

;// CONCATENATED MODULE: ./src/transport/read-body.ts
/**
 * Reads a whole body. Unlike HttpClientResponse.readBody it fails, instead of hanging, when the
 * connection breaks mid-body or goes quiet for longer than the timeout.
 */
function readBody(message, timeoutMs) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        const fail = (err) => {
            message.destroy();
            reject(err);
        };
        message.setTimeout?.(timeoutMs, () => {
            fail(Object.assign(new Error(`Request timeout: body not received within ${timeoutMs} ms`), { code: 'ETIMEDOUT' }));
        });
        message.on('data', (chunk) => chunks.push(chunk));
        message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        message.on('error', err => fail(err));
        message.on('aborted', () => {
            fail(Object.assign(new Error('connection closed before the whole body arrived'), { code: 'ERR_BODY_INCOMPLETE' }));
        });
        message.on('close', () => {
            if (!message.complete) {
                fail(Object.assign(new Error('connection closed before the whole body arrived'), { code: 'ERR_BODY_INCOMPLETE' }));
            }
        });
    });
}

// EXTERNAL MODULE: ./src/transport/retry.ts
var retry = __webpack_require__(2211);
;// CONCATENATED MODULE: ./src/transport/http.ts








/** Any 2xx is success: the link-token call is documented as 200 but answers 201. */
function isSuccess(status) {
    return status >= 200 && status <= 299;
}
/**
 * How long a cancelled request that changes state, already written whole, may still take to
 * answer: its answer says what now exists (a new migration's ID). The runner sends SIGTERM 7.5 s
 * after SIGINT.
 */
const CANCEL_GRACE_MS = 5000;
/** A signal that never aborts, for what must run to its end after a cancel (revoking tokens). */
const NEVER = new AbortController().signal;
class HttpTransport {
    options;
    client;
    adapter;
    retry;
    sleep;
    now;
    /** GitHub's content-creating requests from this process: one at a time, paced (made at the first). */
    writes;
    constructor(options) {
        this.options = options;
        this.retry = options.retry ?? retry/* DEFAULT_RETRY_POLICY */.cO;
        this.sleep = options.sleep ?? src_cancel/* sleep */.yy;
        this.now = options.now ?? Date.now;
        this.adapter = new NodeRequestAdapter(options.idleConnectionMs);
        this.client = new lib/* HttpClient */.Qq(options.userAgent, [this.adapter], {
            keepAlive: true,
            socketTimeout: options.timeoutMs,
            allowRetries: false, // retries are ours: http-client's skip POST, 429 and Retry-After
            // The API does not redirect. Following one would send the request, and its Authorization
            // header, to wherever the Location points.
            allowRedirects: false
        });
    }
    /**
     * Sends one request and returns the final answer whatever its status (several may be under way
     * at once: each try keeps its own request, signal and deadline). Transient failures are retried as
     * retry.ts decides; a request that never got an answer throws NetworkError. On GitHub's API
     * (names.api), requests that create content go one at a time, paced within GitHub's limit.
     */
    async send(request, auth, names) {
        // After a cancel nothing leaves but what gives back what the action holds, and that only for
        // the grace the runner leaves before it kills the process (so the summary is still written).
        const jobSignal = this.options.signal;
        const cancel = !request.afterCancel ? jobSignal : jobSignal.aborted ? AbortSignal.timeout(CANCEL_GRACE_MS) : NEVER;
        (0,src_cancel/* throwIfCancelled */.dZ)(cancel);
        if (names?.api !== 'github' || !createsContent(request.method))
            return this.call(request, auth, names, cancel);
        this.writes ??= new WritePacer(GITHUB_WRITE_INTERVAL_MS, { now: this.now, sleep: this.sleep });
        const pacer = this.writes;
        return pacer.serially(() => this.call(request, auth, names, cancel, pacer));
    }
    /** One call: its tries and the waits between them, until an answer is final or retry.ts says stop. */
    async call(request, auth, names, cancel, pacer) {
        const url = this.options.baseUrl + request.path;
        const target = new URL(url);
        const headers = { accept: request.accept };
        if (request.contentType)
            headers['content-type'] = request.contentType;
        let unauthorizedRounds = 0;
        // Time spent in tries plus time waited: the call's age, also where a test replaces sleep.
        let spentMs = 0;
        const state = {
            retry: 1,
            failureRetries: 0,
            silentTries: 0,
            elapsedMs: 0,
            tryTimeoutMs: this.options.timeoutMs,
            idempotent: request.idempotent ?? request.method !== 'POST',
            poll: request.poll === true
        };
        for (;; state.retry++) {
            await pacer?.pace(cancel);
            const started = Date.now();
            const authorization = await auth?.authorization(request.method, target.pathname + target.search);
            if (authorization)
                headers.authorization = authorization;
            else
                delete headers.authorization;
            // Checked again before each try: a cancel may have come while signing (or answering a challenge).
            (0,src_cancel/* throwIfCancelled */.dZ)(cancel);
            const { outcome, sent } = await this.tryOnce(request, url, headers, cancel, state.idempotent);
            if (cancel.aborted)
                return afterCancel(request, outcome, sent, state.idempotent, cancel);
            const tryOutcome = tryOutcomeOf(outcome, sent, names?.api === 'github', this.now());
            spentMs += Date.now() - started;
            // A 401 with a challenge to answer (Digest) is sent again at once, signed anew: not a retry.
            if (!(outcome instanceof Error) && outcome.status === 401 && auth) {
                if (await auth.unauthorized(outcome.challenges ?? [], ++unauthorizedRounds)) {
                    state.retry--;
                    continue;
                }
            }
            if (outcome instanceof Error && (0,retry/* isTimeout */.kL)(outcome))
                state.silentTries++;
            state.elapsedMs = spentMs;
            const decision = (0,retry/* decideRetry */.tE)(this.retry, state, tryOutcome);
            if (!decision.retry) {
                const note = stopNote(decision, request, this.retry);
                if (outcome instanceof Error)
                    throw new errors/* NetworkError */.Dr(request.operation, request.method, url, outcome, names, note);
                return note ? { ...outcome, note } : outcome;
            }
            if (decision.why === 'backoff')
                state.failureRetries++;
            this.logRetry(request, outcome, tryOutcome, decision.delayMs, decision.why === 'backoff' ? state : undefined);
            await this.sleep(decision.delayMs, cancel);
            spentMs += decision.delayMs;
        }
    }
    /** One try: its answer, or why there was none, and whether the whole request was written. */
    async tryOnce(request, url, headers, cancel, idempotent) {
        const started = Date.now();
        let outcome;
        /** This try's own request (several calls' tries may be under way at once). */
        let tried;
        const wasSent = () => this.adapter.sentWhole(tried);
        const tryAbort = new AbortController();
        let graceTimer;
        // http-client times a request only once it has a socket; through a proxy that is after the
        // CONNECT, which nothing times. So each try has its own deadline too.
        let timedOut = false;
        const tryTimer = setTimeout(() => {
            timedOut = true;
            tryAbort.abort();
        }, this.options.timeoutMs);
        // A cancel aborts the try at once; a write already sent whole gets a short grace for its answer.
        const onCancel = () => {
            if (!idempotent && wasSent())
                graceTimer = setTimeout(() => tryAbort.abort(), CANCEL_GRACE_MS);
            else
                tryAbort.abort();
        };
        cancel.addEventListener('abort', onCancel, { once: true });
        try {
            // node:http reports an abort only once the request has a socket: a request still waiting
            // for one (a proxy's CONNECT) would never settle, so the try ends on the abort itself.
            const aborted = new Promise((_, reject) => {
                tryAbort.signal.addEventListener('abort', () => reject(new Error('The request was aborted.')), { once: true });
            });
            aborted.catch(() => { });
            this.adapter.startTry(tryAbort.signal);
            const requesting = this.client.request(request.method, url, request.body ?? null, headers);
            tried = this.adapter.endTry();
            const response = await Promise.race([requesting, aborted]);
            const body = await Promise.race([readBody(response.message, this.options.timeoutMs), aborted]);
            outcome = {
                status: response.message.statusCode ?? 0,
                headers: response.message.headers,
                body,
                url,
                challenges: response.message.headersDistinct?.['www-authenticate'] ?? []
            };
            this.options.log.debug(`${request.method} ${url} -> ${outcome.status} (${Date.now() - started} ms)`);
        }
        catch (err) {
            outcome = err instanceof Error ? err : new Error(String(err));
            if (timedOut && !cancel.aborted) {
                outcome = Object.assign(new Error(`Request timeout: no answer within ${this.options.timeoutMs} ms`), {
                    code: 'ETIMEDOUT'
                });
            }
            this.options.log.debug(`${request.method} ${url} -> ${(0,errors/* oneLine */.TN)(outcome.message)} (${Date.now() - started} ms)`);
        }
        finally {
            cancel.removeEventListener('abort', onCancel);
            clearTimeout(graceTimer);
            clearTimeout(tryTimer);
        }
        // A try that failed is ended for good: a request still connecting must not flush later.
        if (outcome instanceof Error && !tryAbort.signal.aborted)
            tryAbort.abort();
        return { outcome, sent: wasSent() };
    }
    /** One line saying what failed, how long the call waits and why; `counted` for retries of failures. */
    logRetry(request, outcome, tryOutcome, delayMs, counted) {
        const what = outcome instanceof Error ? (0,errors/* oneLine */.TN)(outcome.message) : `HTTP ${outcome.status}`;
        const count = counted ? ` (retry ${counted.failureRetries} of ${this.retry.maxRetries})` : '';
        const reason = counted || tryOutcome.kind !== 'answer' ? '' : waitReason(tryOutcome);
        this.options.log.info(`${request.operation}: ${what}; retrying in ${(delayMs / 1000).toFixed(1)} s${reason}${count}; this call gives up after ${Math.round(this.retry.callBudgetMs / 1000)} s in all.`);
    }
    /** Closes kept-alive connections so the process can exit. */
    dispose() {
        this.client.dispose();
    }
}


/***/ }),

/***/ 9916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ detailRetryAfter),
/* harmony export */   Nq: () => (/* binding */ pollSlowdown),
/* harmony export */   hE: () => (/* binding */ gitHubRefusalDelay),
/* harmony export */   j: () => (/* binding */ parseTokenBucket),
/* harmony export */   x7: () => (/* binding */ atlasRateLimitedDelay),
/* harmony export */   zS: () => (/* binding */ rateBudgetOf)
/* harmony export */ });
/* unused harmony exports DOCUMENTED_BACKOFF_MS, JITTER_MS, UNNAMED_RATE_LIMIT_WAIT_MS */
// How long to wait after a refusal by a rate limit: Atlas's token buckets (a 429) and GitHub's
// primary and secondary limits (a 403 or 429 that says so). Pure, so the timing is unit-tested;
// retry.ts decides whether to wait at all, with its policy's limits.
/**
 * MongoDB's documented back-off where a 429 names no wait: "wait at least Retry-After"; without
 * it, and whenever a retry is refused again, significantly longer: 10 s, then 20 s, 40 s, ….
 */
const DOCUMENTED_BACKOFF_MS = 10_000;
/** Up to this much later than asked, so that callers told the same time do not all come back at once. */
const JITTER_MS = 1000;
/** Without retry-after or x-ratelimit-reset, GitHub asks to wait at least a minute. */
const UNNAMED_RATE_LIMIT_WAIT_MS = 60_000;
/**
 * When to ask again after Atlas's `refused`-th 429 in this call (1 for the first).
 * - The first: when Atlas says (Retry-After, or the detail's "Please retry after N seconds"), no
 *   sooner and at most a second later; without either, the documented first back-off (10 s). A
 *   lone caller is back as soon as the bucket can serve it.
 * - Refused again, the bucket was not refilling for this caller alone: a crowd shares it. Each call
 *   then draws a rank once and comes back at its rank's place in a band of time, 2.5 times what the
 *   bucket takes to refill whole (from the 429's capacity and refill rate), the next band after that
 *   if refused again, each 15% narrower, down to one refill, never longer than the longest wait
 *   honoured, never before Retry-After. The callers then arrive spread out, in the same order round
 *   after round, at about the rate the bucket refills (`__tests__/crowd.test.ts`: 100 callers on a
 *   bucket of 10 + 30/min). Without the bucket's figures: the documented back-off, 20 s, 40 s, …,
 *   half of it random, never before Retry-After.
 * Returned unclamped; `leftMs` is what the call may still spend before its last try.
 */
function atlasRateLimitedDelay(state, askedMs, bucket, limits, random) {
    const refused = (state.refused429 ?? 0) + 1;
    state.refused429 = refused;
    if (refused === 1)
        return (askedMs ?? DOCUMENTED_BACKOFF_MS) + random() * JITTER_MS;
    const floor = askedMs ?? 0;
    if (!bucket || bucket.capacity <= 0 || bucket.refillPerMinute <= 0) {
        const step = Math.min(limits.maxWaitMs, DOCUMENTED_BACKOFF_MS * 2 ** Math.min(refused - 1, 30));
        return Math.max(floor, step / 2 + (step / 2) * random());
    }
    const refillMs = (bucket.capacity * 60_000) / bucket.refillPerMinute;
    const queue = state.queue ?? { rank: random(), bandStartMs: limits.elapsedMs, round: 0 };
    const bandMs = Math.min(limits.maxWaitMs, Math.max(refillMs, 2.5 * refillMs * 0.85 ** queue.round));
    state.queue = { rank: queue.rank, bandStartMs: queue.bandStartMs + bandMs, round: queue.round + 1 };
    const at = queue.bandStartMs + floor + queue.rank * bandMs;
    return Math.max(floor, Math.min(at - limits.elapsedMs, limits.leftMs));
}
/**
 * How long to wait after a refusal by GitHub's rate limits, as GitHub documents it: not before
 * retry-after; else not before x-ratelimit-reset where x-ratelimit-remaining is 0; else at least a
 * minute. The first refusal: that time, plus up to a second. Refused again, others are waiting for
 * the same limit: the same floor, plus a random share that doubles with each refusal (2 s, 4 s, …,
 * at most a minute), so that callers told the same time spread out until the limit takes them one
 * by one; a secondary limit that named no time doubles its minute instead, up to `maxWaitMs`.
 * `namedMs` is the time named, if any; undefined when the caller must wait a minute.
 */
function gitHubRefusalDelay(state, namedMs, refusal, maxWaitMs, random) {
    const refusals = state.rateLimited?.refusals ?? 0;
    const firstWaitMs = state.rateLimited?.firstWaitMs ?? namedMs ?? UNNAMED_RATE_LIMIT_WAIT_MS;
    state.rateLimited = { refusals: refusals + 1, firstWaitMs };
    if (namedMs === undefined) {
        const doubled = refusal.kind === 'secondary' ? firstWaitMs * 2 ** refusals : firstWaitMs;
        return Math.min(maxWaitMs, Math.max(UNNAMED_RATE_LIMIT_WAIT_MS, doubled)) + random() * JITTER_MS;
    }
    const spreadMs = refusals === 0 ? JITTER_MS : Math.min(UNNAMED_RATE_LIMIT_WAIT_MS, JITTER_MS * 2 ** refusals);
    return namedMs + random() * spreadMs;
}
function rateBudgetOf(headers) {
    const number = (name) => {
        const value = headers[name];
        const n = Number(Array.isArray(value) ? value[0] : value);
        return value === undefined || !Number.isFinite(n) ? undefined : n;
    };
    const limit = number('ratelimit-limit');
    const remaining = number('ratelimit-remaining');
    return limit !== undefined && remaining !== undefined && limit > 0 ? { limit, remaining } : undefined;
}
/**
 * How much longer a poll should wait, given its bucket's level: 1 while at least half is left, then
 * in inverse proportion (a quarter left: 2×; an eighth or less: 4×, at most). Every poller of a project reads the same
 * level and slows alike, so they share the bucket and leave what is left for the calls that change
 * something (validate, start, cut over).
 */
function pollSlowdown(budget) {
    if (!budget)
        return 1;
    const left = budget.remaining / budget.limit;
    return left >= 0.5 ? 1 : Math.min(4, 0.5 / Math.max(left, 1 / 32));
}
/** Atlas's 429 names its bucket: "Request capacity: 500. Refill rate: 250 per 60 seconds." */
function parseTokenBucket(body) {
    const m = /Request capacity: (\d+)\. Refill rate: (\d+) per (\d+) seconds/.exec(body);
    if (!m || Number(m[3]) <= 0)
        return undefined;
    return { capacity: Number(m[1]), refillPerMinute: (Number(m[2]) * 60) / Number(m[3]) };
}
/**
 * Atlas's 429 says when in its detail too ("Please retry after 6 seconds."), also when its headers
 * are missing, as MongoDB warns they may be: in ms, or undefined.
 */
function detailRetryAfter(body) {
    const m = /Please retry after (\d+) seconds?\b/.exec(body);
    return m ? Number(m[1]) * 1000 : undefined;
}


/***/ }),

/***/ 2211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nq: () => (/* reexport safe */ _rate_limits__WEBPACK_IMPORTED_MODULE_0__.Nq),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   kL: () => (/* binding */ isTimeout),
/* harmony export */   tE: () => (/* binding */ decideRetry),
/* harmony export */   zS: () => (/* reexport safe */ _rate_limits__WEBPACK_IMPORTED_MODULE_0__.zS)
/* harmony export */ });
/* unused harmony exports isRetryableStatus, isRetryableError, rateLimitRefusalDecision */
/* harmony import */ var _rate_limits__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9916);


const DEFAULT_RETRY_POLICY = {
    maxRetries: 3,
    baseDelayMs: 1000,
    maxBackoffMs: 20_000,
    maxRetryAfterMs: 120_000,
    callBudgetMs: 300_000,
    maxSilentTries: 2,
    maxRateLimitRefusals: 8
};
/** 429 (rate limit) and 5xx are worth another try; other statuses are answers. */
function isRetryableStatus(status) {
    return status === 429 || (status >= 500 && status <= 599);
}
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EAI_AGAIN',
    'ERR_BODY_INCOMPLETE'
]);
/** Resets, timeouts and other failures of the connection rather than of the request. */
function isRetryableError(err) {
    const e = err;
    if (e?.code && RETRYABLE_CODES.has(e.code))
        return true;
    return isTimeout(err) || /^socket hang up/.test(e?.message ?? '');
}
/** No answer within the request timeout. */
function isTimeout(err) {
    return /^Request timeout/.test(err?.message ?? '');
}
/**
 * Whether to send the request again after `outcome`, and after how long.
 * - Retry-After (on a 429 or a 5xx) is a floor: never ask again sooner. One longer than
 *   maxRetryAfterMs ends the call at once, saying how long the server asked to wait.
 * - 429: the first retry when Atlas says (up to 1 s later, so that jobs told the same time don't
 *   return at the same instant); refused again, spread out with the others the bucket refused
 *   (rate-limits.ts); not counted as a failure.
 * - 5xx and network failures: exponential backoff with jitter (at least Retry-After), at most
 *   maxRetries times, and at most maxSilentTries tries that got no answer at all.
 * - A request that is not idempotent is sent again only where the server cannot have acted on it:
 *   429, 503, or a connection that failed before the whole request was written.
 * - Every retry must leave room for one more full try within callBudgetMs.
 * - A refusal by GitHub's rate limits (outcome.rateLimit, a 403 too) is waited out as GitHub documents.
 */
function decideRetry(policy, state, outcome, random = Math.random) {
    let delayMs;
    let why;
    if (outcome.kind === 'answer' && outcome.rateLimit) {
        return rateLimitRefusalDecision(policy, state, outcome.retryAfterMs, outcome.rateLimit, random);
    }
    if (outcome.kind === 'answer') {
        if (!isRetryableStatus(outcome.status))
            return { retry: false, why: 'final' };
        if (!state.idempotent && outcome.status !== 429 && outcome.status !== 503)
            return { retry: false, why: 'unsafe' };
        // One rule for 429 and 5xx: Retry-After is the earliest time to ask again (RFC 9110 §10.2.3);
        // one longer than this call waits at once ends the call, with the server's figure.
        const asked = outcome.retryAfterMs;
        if (asked !== undefined && asked > policy.maxRetryAfterMs) {
            return { retry: false, why: 'retry-after-too-long', askedMs: asked };
        }
        if (outcome.status === 429) {
            if (state.poll)
                return { retry: false, why: 'final' };
            const limits = {
                elapsedMs: state.elapsedMs,
                maxWaitMs: policy.maxRetryAfterMs,
                leftMs: policy.callBudgetMs - state.elapsedMs - state.tryTimeoutMs
            };
            delayMs = (0,_rate_limits__WEBPACK_IMPORTED_MODULE_0__/* .atlasRateLimitedDelay */ .x7)(state, asked, outcome.bucket, limits, random);
            why = 'rate-limited';
        }
        else {
            if (state.failureRetries >= policy.maxRetries)
                return { retry: false, why: 'retries' };
            delayMs = Math.max(backoff(policy, state.failureRetries + 1, random), asked ?? 0);
            why = 'backoff';
        }
    }
    else {
        if (!isRetryableError(outcome.error))
            return { retry: false, why: 'final' };
        if (!state.idempotent && outcome.sent)
            return { retry: false, why: 'unsafe' };
        if (isTimeout(outcome.error) && state.silentTries >= policy.maxSilentTries)
            return { retry: false, why: 'silent' };
        if (state.failureRetries >= policy.maxRetries)
            return { retry: false, why: 'retries' };
        delayMs = backoff(policy, state.failureRetries + 1, random);
        why = 'backoff';
    }
    delayMs = Math.round(delayMs);
    if (state.elapsedMs + delayMs + state.tryTimeoutMs > policy.callBudgetMs)
        return { retry: false, why: 'budget' };
    return { retry: true, delayMs, why };
}
/**
 * After a refusal by GitHub's rate limits (rate-limits.ts says how long): GitHub did not act on a
 * refused request, so a write is sent again too. A wait named longer than maxRetryAfterMs (the
 * hour's reset) ends the call at once, as do maxRateLimitRefusals refusals.
 */
function rateLimitRefusalDecision(policy, state, retryAfterMs, refusal, random) {
    if (state.poll)
        return { retry: false, why: 'final' };
    if ((state.rateLimited?.refusals ?? 0) >= policy.maxRateLimitRefusals)
        return { retry: false, why: 'still-rate-limited' };
    const namedMs = retryAfterMs ?? (refusal.resetInMs === undefined ? undefined : Math.max(0, refusal.resetInMs));
    if (namedMs !== undefined && namedMs > policy.maxRetryAfterMs) {
        return {
            retry: false,
            why: retryAfterMs === undefined ? 'reset-too-far' : 'retry-after-too-long',
            askedMs: namedMs
        };
    }
    const before = state.rateLimited;
    const delayMs = Math.round((0,_rate_limits__WEBPACK_IMPORTED_MODULE_0__/* .gitHubRefusalDelay */ .hE)(state, namedMs, refusal, policy.maxRetryAfterMs, random));
    if (state.elapsedMs + delayMs + state.tryTimeoutMs > policy.callBudgetMs) {
        state.rateLimited = before;
        return { retry: false, why: 'budget' };
    }
    return { retry: true, delayMs, why: 'rate-limited' };
}
/** Exponential backoff with jitter: half fixed, half random, so waits never collapse to zero. */
function backoff(policy, retry, random) {
    const step = Math.min(policy.maxBackoffMs, policy.baseDelayMs * 2 ** Math.min(retry - 1, 30));
    return step / 2 + (step / 2) * random();
}


/***/ })

};
