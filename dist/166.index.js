export const id = 166;
export const ids = [166];
export const modules = {

/***/ 340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: USER_AGENT

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 9 modules
var core = __webpack_require__(708);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/cancel.ts
// Cancellation: the runner cancels a job with SIGINT, then SIGTERM. From then on nothing that
// changes state may leave the process, and no answer read after it may decide anything.
/** The job was cancelled: what was under way stopped, and nothing was sent after it. */
class CancelledError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CancelledError';
    }
}
/** Throws the signal's reason (a CancelledError) when the job was cancelled. */
function throwIfCancelled(signal) {
    if (signal.aborted)
        throw cancellation(signal);
}
/** The signal's reason as a CancelledError. */
function cancellation(signal) {
    const reason = signal.reason;
    if (reason instanceof CancelledError)
        return reason;
    return new CancelledError(reason instanceof Error ? reason.message : 'Cancelled.');
}
/** Resolves after ms, or rejects with the cancellation as soon as the signal aborts. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(cancellation(signal));
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(cancellation(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
const SYSTEM_CLOCK = { now: () => Date.now(), sleep };

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(942);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(194);
;// CONCATENATED MODULE: ./src/transport/retry.ts
// When and how long to wait before sending a request again. Pure, so the timing is unit-tested.
const DEFAULT_RETRY_POLICY = {
    maxRetries: 3,
    baseDelayMs: 1000,
    maxBackoffMs: 20_000,
    maxRetryAfterMs: 120_000,
    callBudgetMs: 300_000,
    maxSilentTries: 2
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
 * Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3), in ms; undefined when absent or unreadable.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
 * Whether to send the request again after `outcome`, and after how long.
 * - Retry-After (on a 429 or a 5xx) is a floor: never ask again sooner. One longer than
 *   maxRetryAfterMs ends the call at once, saying how long the server asked to wait.
 * - 429: wait what Retry-After asks (plus up to 1 s of jitter so that many jobs told the same wait
 *   don't return at the same instant), or back off; not counted as a failure.
 * - 5xx and network failures: exponential backoff with jitter (at least Retry-After), at most
 *   maxRetries times, and at most maxSilentTries tries that got no answer at all.
 * - A request that is not idempotent is sent again only where the server cannot have acted on it:
 *   429, 503, or a connection that failed before the whole request was written.
 * - Every retry must leave room for one more full try within callBudgetMs.
 */
function decideRetry(policy, state, outcome, random = Math.random) {
    let delayMs;
    let why;
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
            delayMs = asked !== undefined ? asked + 1000 * random() : backoff(policy, state.retry, random);
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
/** Exponential backoff with jitter: half fixed, half random, so waits never collapse to zero. */
function backoff(policy, retry, random) {
    const step = Math.min(policy.maxBackoffMs, policy.baseDelayMs * 2 ** Math.min(retry - 1, 30));
    return step / 2 + (step / 2) * random();
}

;// CONCATENATED MODULE: ./src/errors.ts
// Turns an unsuccessful HTTP answer into one line a user can act on.


const DEFAULT_SETTING_NAMES = {
    baseUrl: 'base-url',
    orgId: 'org-id',
    ids: 'org-id',
    credentials: 'the credentials (the key pair or service account)'
};
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
/** A 404 that is not the API's own (an HTML page, no body, JSON without an errorCode). */
const notTheApi = (names) => `The host did not answer like the MongoDB API: check ${names.baseUrl}; give the host only, such as https://cloud.mongodb.com or https://opsmanager.example.com:8443.`;
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
    constructor(unsafeCall) {
        // The server's words may echo what was sent: clean them of every secret before anything else.
        const call = { ...unsafeCall, body: (0,secrets/* redact */.E$)(unsafeCall.body) };
        const body = parseErrorBody(call);
        super(formatApiError(call, body));
        this.retryAfterMs = call.retryAfterMs;
        this.name = 'ApiError';
        this.status = call.status;
        this.errorCode = errorCodeOf(call, body);
        this.detail = typeof body?.detail === 'string' ? body.detail : body?.error_description;
        this.fromApi = isApiAnswer(call, body);
    }
    static fromResponse(operation, method, response, names) {
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
            retryAfterMs: parseRetryAfter(header('retry-after'))
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
function formatApiError(call, body) {
    const names = call.names ?? DEFAULT_SETTING_NAMES;
    const path = new URL(call.url).pathname;
    const parts = [`${call.operation} failed: HTTP ${call.status} from ${call.method} ${path}`];
    const code = errorCodeOf(call, body);
    if (code)
        parts.push(code);
    const detail = [body?.detail, body?.error_description, body?.reason].find(text => typeof text === 'string');
    if (detail)
        parts.push(oneLine(detail));
    if (!body)
        parts.push(describeNonJson(call.body, call.contentType));
    const redirect = call.status >= 300 && call.status < 400
        ? `The host redirects${call.location ? ` to ${call.location.split('?')[0]}` : ''}: set ${names.baseUrl} to the API's own address (redirects are not followed, so credentials go nowhere else).`
        : undefined;
    const hint = redirect ||
        (code && OAUTH_HINTS[code]) ||
        (code && Object.hasOwn(CODE_HINTS, code) ? CODE_HINTS[code]?.(names) : undefined) ||
        (call.status === 404 && !isApiAnswer(call, body) ? notTheApi(names) : undefined) ||
        HINTS[call.status]?.(names) ||
        (call.status >= 500 ? SERVER_HINT : undefined);
    return [`${parts.join(': ')}.`, call.note, hint].filter(Boolean).join(' ');
}
const SERVER_HINT = 'The service had a problem; re-run the job later, and check status.mongodb.com if it persists.';
/** An error page from a proxy or load balancer: say what it was without pasting a whole HTML page. */
function describeNonJson(body, contentType) {
    // Callers clean the body of secrets first, so folding its whitespace makes no new form of one.
    const text = oneLine(body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '));
    if (!text)
        return 'empty body';
    const type = contentType?.split(';')[0] || 'untyped';
    return `non-JSON ${type} body: ${text.length > 120 ? `${text.slice(0, 120)}…` : text}`;
}
/**
 * Puts a message on one line, without a closing period. Only line breaks (with the indentation
 * around them) become one space: runs of spaces inside a line stay, so that no new form of a
 * secret ('correct  horse' → 'correct horse') is made that the runner's masks would not match.
 */
function oneLine(text) {
    return text
        .replace(/[ \t]*(?:\r\n|\r|\n)\s*/g, ' ')
        .trim()
        .replace(/\.$/, '');
}
/** A request that never got an answer: the network, TLS or a timeout. */
class NetworkError extends Error {
    constructor(operation, method, url, cause, names = DEFAULT_SETTING_NAMES, note) {
        const sentence = `${operation} failed: ${method} ${url}: ${describeNetworkCause(cause, names)}`;
        super((0,secrets/* redact */.E$)(note ? `${sentence} ${note}` : sentence), { cause });
        this.name = 'NetworkError';
    }
}
function describeNetworkCause(cause, names) {
    const err = cause;
    const code = err?.code ?? '';
    const message = oneLine(err?.message ?? String(cause));
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
/**
 * A call that changes state got an answer that could not be read (or none): it may have taken
 * effect. Says so, and what to check, rather than "check base-url".
 */
class OutcomeUnknownError extends Error {
    constructor(operation, what, ifUncertain) {
        super(`${operation}: ${what}. It may have taken effect all the same: ${ifUncertain}`);
        this.name = 'OutcomeUnknownError';
    }
}

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
/** Lets one HttpClient (one keep-alive pool) carry requests that authenticate differently. */
class AuthenticationSlot {
    current;
    /** The request last handed to the agent, to tell afterwards whether it was written whole. */
    lastRequest;
    /** Aborts the try under way: handed to node:http as the request's signal. */
    trySignal;
    tracked = new WeakSet();
    written = new WeakSet();
    prepareRequest(options) {
        // http-client passes URL.hostname on, which keeps an IPv6 literal's brackets ("[::1]"), and
        // node:http then looks the bracketed name up in DNS. Node wants the bare address.
        if (options.host?.startsWith('[') && options.host.endsWith(']'))
            options.host = options.host.slice(1, -1);
        if (this.trySignal)
            options.signal = this.trySignal;
        this.track(options.agent);
        this.current?.prepareRequest(options);
    }
    canHandleAuthentication(response) {
        return this.current?.canHandleAuthentication(response) ?? false;
    }
    handleAuthentication(...args) {
        return this.current.handleAuthentication(...args);
    }
    /** Every request goes through its agent's addRequest (the tunnel agent's too): note it there. */
    track(agent) {
        const target = agent;
        if (!target?.addRequest || this.tracked.has(target))
            return;
        this.tracked.add(target);
        const addRequest = target.addRequest;
        target.addRequest = (req, ...rest) => {
            this.lastRequest = req;
            req.once('finish', () => this.written.add(req));
            addRequest.call(target, req, ...rest);
        };
    }
}
class HttpTransport {
    options;
    client;
    slot = new AuthenticationSlot();
    retry;
    sleep;
    constructor(options) {
        this.options = options;
        this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
        this.sleep = options.sleep ?? sleep;
        this.client = new lib/* HttpClient */.Qq(options.userAgent, [this.slot], {
            keepAlive: true,
            socketTimeout: options.timeoutMs,
            allowRetries: false, // retries are ours: http-client's skip POST, 429 and Retry-After
            // The API does not redirect. Following one would re-sign the request for the new host (the
            // auth handlers run again), handing a bearer token to wherever the Location points.
            allowRedirects: false
        });
    }
    /**
     * Sends one request (requests are sequential: the auth slot is per transport) and returns the
     * final answer whatever its status. Transient failures are retried as retry.ts decides; a request
     * that never got an answer throws NetworkError.
     */
    async send(request, auth, names) {
        const { log } = this.options;
        // After a cancel nothing leaves but what gives back what the action holds.
        const cancel = request.afterCancel ? NEVER : this.options.signal;
        throwIfCancelled(cancel);
        const url = this.options.baseUrl + request.path;
        const headers = { accept: request.accept };
        if (request.contentType)
            headers['content-type'] = request.contentType;
        // Time spent in tries plus time waited: the call's age, also where a test replaces sleep.
        let spentMs = 0;
        const state = {
            retry: 1,
            failureRetries: 0,
            silentTries: 0,
            elapsedMs: 0,
            tryTimeoutMs: this.options.timeoutMs,
            idempotent: request.idempotent ?? request.method !== 'POST'
        };
        for (;; state.retry++) {
            const started = Date.now();
            let outcome;
            this.slot.lastRequest = undefined;
            const wasSent = () => this.slot.lastRequest !== undefined && this.slot.written.has(this.slot.lastRequest);
            const tryAbort = new AbortController();
            let graceTimer;
            // A cancel aborts the try at once; a write already sent whole gets a short grace for its answer.
            const onCancel = () => {
                if (!state.idempotent && wasSent())
                    graceTimer = setTimeout(() => tryAbort.abort(), CANCEL_GRACE_MS);
                else
                    tryAbort.abort();
            };
            cancel.addEventListener('abort', onCancel, { once: true });
            try {
                this.slot.current = auth;
                this.slot.trySignal = tryAbort.signal;
                const response = await this.client.request(request.method, url, request.body ?? null, headers);
                const body = await readBody(response.message, this.options.timeoutMs);
                outcome = { status: response.message.statusCode ?? 0, headers: response.message.headers, body, url };
                log.debug(`${request.method} ${url} -> ${outcome.status} (${Date.now() - started} ms)`);
            }
            catch (err) {
                outcome = err instanceof Error ? err : new Error(String(err));
                log.debug(`${request.method} ${url} -> ${oneLine(outcome.message)} (${Date.now() - started} ms)`);
            }
            finally {
                cancel.removeEventListener('abort', onCancel);
                clearTimeout(graceTimer);
                this.slot.trySignal = undefined;
            }
            const sent = wasSent();
            if (cancel.aborted) {
                // Nothing read after a cancel decides anything; only the answer to a write that was sent
                // is kept, since it says what now exists (the ID of a migration that started).
                if (!(outcome instanceof Error) && !state.idempotent)
                    return outcome;
                const stopped = cancellation(cancel);
                if (!state.idempotent && sent) {
                    throw new CancelledError(`${stopped.message} ${request.operation} was sent and its answer did not arrive: ${request.ifUncertain ?? ''}`.trim());
                }
                throw stopped;
            }
            const tryOutcome = outcome instanceof Error
                ? { kind: 'network', error: outcome, sent }
                : {
                    kind: 'answer',
                    status: outcome.status,
                    retryAfterMs: parseRetryAfter(header(outcome.headers, 'retry-after'))
                };
            if (outcome instanceof Error && isTimeout(outcome))
                state.silentTries++;
            spentMs += Date.now() - started;
            state.elapsedMs = spentMs;
            const decision = decideRetry(this.retry, state, tryOutcome);
            if (!decision.retry) {
                const note = stopNote(decision, request, this.retry);
                if (outcome instanceof Error)
                    throw new NetworkError(request.operation, request.method, url, outcome, names, note);
                return note ? { ...outcome, note } : outcome;
            }
            if (decision.why === 'backoff')
                state.failureRetries++;
            const what = outcome instanceof Error ? oneLine(outcome.message) : `HTTP ${outcome.status}`;
            const count = decision.why === 'backoff' ? ` (retry ${state.failureRetries} of ${this.retry.maxRetries})` : '';
            const asked = tryOutcome.kind === 'answer' && tryOutcome.retryAfterMs !== undefined;
            const reason = decision.why === 'rate-limited' && asked ? ' as the server asks (Retry-After)' : '';
            log.info(`${request.operation}: ${what}; retrying in ${(decision.delayMs / 1000).toFixed(1)} s${reason}${count}; this call gives up after ${Math.round(this.retry.callBudgetMs / 1000)} s in all.`);
            await this.sleep(decision.delayMs, cancel);
            spentMs += decision.delayMs;
        }
    }
    /** Closes kept-alive connections so the process can exit. */
    dispose() {
        this.client.dispose();
    }
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
        default:
            return undefined;
    }
}
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
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

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth = __webpack_require__(145);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(995);
;// CONCATENATED MODULE: ./src/transport/digest.ts
// HTTP Digest (RFC 7616) as a request handler of @actions/http-client, so API-key calls share the
// client's proxy support and keep-alive connection. digest-fetch's DigestClient computes the
// response; this handler picks the Digest challenge out of the 401 (RFC 7235), decides when to
// answer it, and counts nonce use.


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
            return (await __webpack_require__.e(/* import() */ 78).then(__webpack_require__.bind(__webpack_require__, 78))).DigestClient;
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
/** The Digest challenge of a 401, if it has one. */
function digestChallenge(message) {
    const raw = message.rawHeaders ?? [];
    const values = [];
    for (let i = 0; i + 1 < raw.length; i += 2) {
        if (raw[i].toLowerCase() === 'www-authenticate')
            values.push(raw[i + 1]);
    }
    if (values.length === 0) {
        const joined = message.headers['www-authenticate'];
        if (typeof joined === 'string')
            values.push(joined);
    }
    return parseChallenges(values).find(c => c.scheme.toLowerCase() === 'digest' && c.params.nonce);
}
function isStale(challenge) {
    return (challenge.params.stale ?? '').toLowerCase() === 'true';
}
/** digest-fetch's client for one challenge, with a random client nonce. */
async function createDigestClient(username, password, challenge) {
    const Client = await loadDigestClient();
    const { realm = '', nonce = '', qop, algorithm = 'MD5', opaque } = challenge.params;
    const client = new Client(username, password, { algorithm });
    client.makeNonce = () => (0,external_node_crypto_.randomBytes)(16).toString('hex');
    // Only this challenge's parameters, in a form digest-fetch's own parser reads unambiguously.
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
class DigestAuthHandler {
    username;
    password;
    client;
    /** Uses of the current nonce (RFC 7616 §3.4: nc counts them, in hexadecimal). */
    nonceCount = 0;
    pendingChallenge;
    challengeDrained = Promise.resolve();
    /** How many challenges were answered; one per host and run is the minimum. */
    challengesAnswered = 0;
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    /** Reuses the last nonce with the next nonce count, saving a 401 round trip per call. */
    prepareRequest(options) {
        if (this.client)
            this.authorize(options);
    }
    canHandleAuthentication(response) {
        if (response.message.statusCode !== 401)
            return false;
        const challenge = digestChallenge(response.message);
        if (!challenge)
            return false;
        this.pendingChallenge = challenge;
        this.challengeDrained = drain(response.message);
        return true;
    }
    /**
     * Answers the challenge. The answer goes out through requestRaw, which skips the handlers. A 401
     * with stale=true (RFC 7616 §3.3: same credentials, new nonce) is answered again with the new
     * nonce, up to MAX_CHALLENGE_ROUNDS; any other 401 (a wrong key) is returned to the caller.
     */
    async handleAuthentication(httpClient, requestInfo, data) {
        let challenge = this.pendingChallenge;
        for (let round = 1;; round++) {
            this.client = await createDigestClient(this.username, this.password, challenge);
            this.nonceCount = 0;
            await this.challengeDrained;
            this.challengesAnswered++;
            this.authorize(requestInfo.options);
            const response = await httpClient.requestRaw(requestInfo, data);
            if (response.message.statusCode !== 401 || round >= MAX_CHALLENGE_ROUNDS)
                return response;
            const next = digestChallenge(response.message);
            if (!next || !isStale(next))
                return response;
            challenge = next;
            this.challengeDrained = drain(response.message);
        }
    }
    authorize(options) {
        const client = this.client;
        this.nonceCount++;
        client.digest.nc = this.nonceCount.toString(16);
        // addAuth takes a URL and uses everything from its first path slash on as the digest-uri.
        const signed = client.addAuth(`http://host${options.path ?? '/'}`, {
            method: options.method ?? 'GET',
            headers: {}
        });
        options.headers = { ...options.headers, authorization: signed.headers.Authorization };
    }
}
/** Reads a 401's body to its end so its keep-alive connection is free to carry the answer. */
function drain(message) {
    return new Promise(resolve => {
        message.once('end', resolve).once('close', resolve).resume();
    });
}

;// CONCATENATED MODULE: ./src/transport/session.ts
// One set of credentials on one API host: the host's transport plus the credentials' way of signing
// requests. Sessions on the same host share its transport, so its keep-alive connection. Service
// accounts get an OAuth access token, a new one before the old expires (a migration waits for
// hours; Atlas tokens last one), and every token obtained is revoked.




function openSession(credentials, transport, options) {
    const names = options.names ?? DEFAULT_SETTING_NAMES;
    switch (credentials.kind) {
        case 'api-key':
            return fixedSession(transport, new DigestAuthHandler(credentials.publicKey, credentials.privateKey), names);
        case 'access-token':
            return fixedSession(transport, new auth/* BearerCredentialHandler */.tZ(credentials.accessToken), names);
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
        this.basic = new auth/* BasicCredentialHandler */.QN(clientId, clientSecret);
        this.names = options.names;
        this.now = options.now ?? Date.now;
        options.onSecret(Buffer.from(`${clientId}:${clientSecret}`).toString('base64'));
    }
    async send(request) {
        let token = await this.token();
        const response = await this.transport.send(request, token.handler, this.names);
        if (!rejectsToken(response))
            return response;
        // The token was refused before its time (revoked, or the clock ran ahead): one new token, once.
        this.options.log.info(`${request.operation}: the access token was refused (HTTP 401); getting a new one.`);
        this.current = undefined;
        token = await this.token();
        return this.transport.send(request, token.handler, this.names);
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
            throw new Error(`${TOKEN_OPERATION} failed: HTTP 404 from POST /api/oauth/token: ${new URL(response.url).host} has no service-account token endpoint. Cloud Manager and Ops Manager take API keys: set public-key and private-key instead of client-id and client-secret (or check ${baseUrl}).`);
        }
        if (!isSuccess(response.status))
            throw ApiError.fromResponse(TOKEN_OPERATION, 'POST', response, this.names);
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
                : describeNonJson(response.body, String(response.headers['content-type'] ?? ''));
            throw new Error(`${TOKEN_OPERATION} failed: HTTP ${response.status} from POST ${response.url} was not a token (${what}). Check ${baseUrl}, and whether a proxy or single sign-on page answers in the API's place.`);
        }
        this.options.onSecret(token);
        this.held.push(token);
        const lifetimeMs = (typeof body?.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_TOKEN_LIFETIME_S) * 1000;
        const margin = Math.min(60_000, lifetimeMs / 10);
        this.options.log.debug(`Obtained a service account access token, valid for ${Math.round(lifetimeMs / 1000)} s.`);
        return { token, handler: new auth/* BearerCredentialHandler */.tZ(token), renewAt: this.now() + lifetimeMs - margin };
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
            if (!isSuccess(response.status)) {
                this.options.log.warning(ApiError.fromResponse(operation, 'POST', response, this.names).message);
            }
            else {
                this.options.log.debug('Revoked a service account access token.');
            }
        }
        catch (err) {
            this.options.log.warning(`Could not revoke a service account access token: ${err.message}`);
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
var external_node_tls_ = __webpack_require__(311);
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
            throw new Error(`Input 'ca-certificate': certificate ${i + 1} could not be read (${err.message}).`);
        }
    });
    const api = external_node_tls_;
    if (!api.getCACertificates || !api.setDefaultCACertificates) {
        throw new Error(`Input 'ca-certificate' needs Node.js 24.5 or newer (this runner's node24 is ${process.versions.node}): update the runner, or set NODE_EXTRA_CA_CERTS in the step's env.`);
    }
    api.setDefaultCACertificates([...api.getCACertificates('default'), ...pems]);
    return subjects;
}

;// CONCATENATED MODULE: ./src/clients/call.ts
// Where an API answer is judged: a 2xx from the API is success, anything else becomes an error with
// the API's own words. A 2xx that is not the API's (an HTML page from a proxy) is not success.



async function call(session, request) {
    const response = await session.send(request);
    if (!isSuccess(response.status)) {
        throw ApiError.fromResponse(request.operation, request.method, response, session.names);
    }
    if (response.body.trim() !== '' && parseJson(response.body) === undefined) {
        const type = String(response.headers['content-type'] ?? '');
        unreadable(session, request, response, `is not an API answer (${describeNonJson((0,secrets/* redact */.E$)(response.body), type)})`);
    }
    return response;
}
/** Sends the request and returns its 2xx JSON object, which must carry `field`. */
async function callForObject(session, request, field) {
    const response = await call(session, request);
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
    const answer = `HTTP ${response.status} from ${request.method} ${new URL(response.url).pathname} ${what}`;
    if (request.method !== 'GET') {
        throw new OutcomeUnknownError(request.operation, answer, `${request.ifUncertain} ${notTheApi(session.names)}`);
    }
    throw new Error(`${request.operation}: ${answer}. ${notTheApi(session.names)}`);
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

;// CONCATENATED MODULE: ./src/clients/not-found.ts
/**
 * The API's own answer that there is no link, and nothing else: a 404 the API itself sent (see
 * ApiError.fromApi) whose detail is about the link. With no link left, Atlas answers 404 "Could not
 * find the requested external organization link." in two real forms: errorCode UNEXPECTED_ERROR
 * with an X-Error-Code header (2026-08), and `"errorCode":null` with no such header (2025-03 to
 * 2026-06). A wrong org ID answers 404 with an organization error code; a wrong base-url answers
 * 404 with an HTML page, no body, JSON without the errorCode key, or a path error ("Cannot find
 * resource"). Only the first may count as "nothing to do".
 */
function isMissingLink(err) {
    if (err.status !== 404 || !err.fromApi)
        return false;
    if (/ORG(ANIZATION)?_NOT_FOUND|INVALID_ORG/.test(err.errorCode ?? ''))
        return false;
    const detail = err.detail ?? '';
    return /\blink\b/i.test(detail) && !/organization with ID|cannot find resource/i.test(detail);
}

;// CONCATENATED MODULE: ./src/clients/atlas.ts
// Atlas Admin API v2, Cloud Migration Service: the link-token calls. Knows the API, not GitHub.



/** Each operation's version in MongoDB's published spec: the only one defined for link tokens. */
const ATLAS_LINK_TOKEN_API_VERSION = '2023-01-01';
class AtlasClient {
    session;
    mediaType;
    constructor(session, apiVersion = ATLAS_LINK_TOKEN_API_VERSION) {
        this.session = session;
        this.mediaType = `application/vnd.atlas.${apiVersion}+json`;
    }
    /** POST /api/atlas/v2/orgs/{orgId}/liveMigrations/linkTokens → the new link token (a secret). */
    async createLinkToken(orgId, accessListIps) {
        const request = {
            operation: 'Create link token',
            method: 'POST',
            path: `/api/atlas/v2/orgs/${orgId}/liveMigrations/linkTokens`,
            accept: this.mediaType,
            contentType: this.mediaType,
            body: JSON.stringify(accessListIps.length > 0 ? { accessListIps } : {}),
            // Each POST makes a token: repeat it only where Atlas cannot have acted on the first.
            idempotent: false,
            ifUncertain: `a link token may have been created in org ${orgId}; it is unused, and delete-link-token removes it (with every other link token of the org) once no source org needs one.`
        };
        const token = await callForField(this.session, request, 'linkToken');
        if (typeof token !== 'string')
            throw new Error('Create link token: linkToken in the answer is not a string.');
        return token;
    }
    /**
     * DELETE /api/atlas/v2/orgs/{orgId}/liveMigrations/linkTokens: removes the org's link tokens and
     * the API key Atlas made for them. Returns false when there was none left to delete.
     */
    async deleteLinkTokens(orgId) {
        try {
            await call(this.session, {
                operation: 'Delete link tokens',
                method: 'DELETE',
                path: `/api/atlas/v2/orgs/${orgId}/liveMigrations/linkTokens`,
                accept: this.mediaType,
                ifUncertain: `the link tokens of org ${orgId} may be deleted; re-running delete-link-token is safe (it answers "nothing to delete" once they are gone).`
            });
            return true;
        }
        catch (err) {
            if (err instanceof ApiError && isMissingLink(err))
                return false;
            throw err;
        }
    }
}

;// CONCATENATED MODULE: ./src/clients/cloud-manager.ts
// Cloud Manager / Ops Manager public API v1.0: the live-export migration link of a source org.
// Knows the API, not GitHub.



const LINK_STATUSES = ['SYNCED', 'NOT_SYNCED'];
const JSON_TYPE = 'application/json';
class CloudManagerClient {
    session;
    constructor(session) {
        this.session = session;
    }
    /** POST /api/public/v1.0/orgs/{orgId}/liveExport/migrationLink */
    async linkOrganization(orgId, linkToken) {
        const request = {
            operation: 'Link organization',
            method: 'POST',
            path: `/api/public/v1.0/orgs/${orgId}/liveExport/migrationLink`,
            accept: JSON_TYPE,
            contentType: JSON_TYPE,
            body: JSON.stringify({ linkToken }),
            ifUncertain: `org ${orgId} may be linked; check with mode link-status before linking again.`
        };
        return linkStatus(request.operation, await callForField(this.session, request, 'status'));
    }
    /** GET /api/public/v1.0/orgs/{orgId}/liveExport/migrationLink/status */
    async getLinkStatus(orgId) {
        const request = {
            operation: 'Get link status',
            method: 'GET',
            path: `/api/public/v1.0/orgs/${orgId}/liveExport/migrationLink/status`,
            accept: JSON_TYPE
        };
        return linkStatus(request.operation, await callForField(this.session, request, 'status'));
    }
    /** DELETE /api/public/v1.0/orgs/{orgId}/liveExport/migrationLink. False when there was no link. */
    async unlinkOrganization(orgId) {
        try {
            await call(this.session, {
                operation: 'Remove organization link',
                method: 'DELETE',
                path: `/api/public/v1.0/orgs/${orgId}/liveExport/migrationLink`,
                accept: JSON_TYPE,
                ifUncertain: `the link of org ${orgId} may be removed; check with mode link-status.`
            });
            return true;
        }
        catch (err) {
            if (err instanceof ApiError && isMissingLink(err))
                return false;
            throw err;
        }
    }
}
function linkStatus(operation, value) {
    if (LINK_STATUSES.includes(value))
        return value;
    throw new Error(`${operation}: unexpected status ${JSON.stringify(value)} (expected SYNCED or NOT_SYNCED).`);
}

;// CONCATENATED MODULE: ./src/modes/poll.ts


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
    const clock = options.clock ?? SYSTEM_CLOCK;
    const maxFailures = options.maxFailuresInARow ?? 3;
    const started = clock.now();
    const deadline = started + options.timeoutSeconds * 1000;
    let last = options.initial;
    let pause = schedule.firstMs;
    /** The server's Retry-After: the next poll comes no sooner (RFC 9110 §10.2.3). */
    let notBeforeMs = 0;
    let failures = 0;
    const lastRead = () => (last === undefined ? 'nothing read yet' : `the last read was ${describe(last)}`);
    const cancelled = (err) => new CancelledError(`${err.message} Stopped waiting for ${what}; ${lastRead()}.`);
    for (let poll = 1;; poll++) {
        const left = deadline - clock.now();
        if (left <= 0) {
            throw new PollTimeout(`Timed out after ${options.timeoutSeconds} s waiting for ${what}; ${lastRead()}. ${options.timeoutHint}`);
        }
        const pauseMs = Math.min(Math.max(pause, notBeforeMs), left);
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
            if (err instanceof CancelledError || signal.aborted)
                throw cancelled(err);
            const asked = err instanceof ApiError && isTransient(err) ? err.retryAfterMs : undefined;
            if (asked !== undefined) {
                const leftNow = deadline - clock.now();
                if (asked > leftNow) {
                    throw new Error(`Stopped waiting for ${what}: the server asked to wait ${seconds(asked)} s before asking again (Retry-After), past the end of this wait in ${seconds(Math.max(0, leftNow))} s; ${lastRead()}. ${options.timeoutHint}`);
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
            log.warning(`Poll ${poll} failed (${failures} in a row; the wait ends after ${maxFailures}): ${err.message}`);
            continue;
        }
        failures = 0;
        last = value;
        if (options.isDone(value)) {
            log.info(`${describe(value)} after ${poll} poll${poll === 1 ? '' : 's'} (${seconds(clock.now() - started)} s).`);
            return value;
        }
    }
}
/** No answer, a 5xx or a 429 (after the transport's own retries): the next poll may do better. */
function isTransient(err) {
    if (err instanceof NetworkError)
        return true;
    return err instanceof ApiError && (err.status === 429 || err.status >= 500);
}

;// CONCATENATED MODULE: ./src/modes/tokens.ts
// The Atlas side of the link: link tokens.

async function createLinkTokenMode(config, open, context) {
    const atlas = new AtlasClient(open(config.atlas), config.apiVersion);
    context.outputs['link-token'] = await createLinkToken(atlas, config.orgId, config.accessListIps, context);
    return 'link token created';
}
async function deleteLinkTokens(config, open, context) {
    const atlas = new AtlasClient(open(config.atlas), config.apiVersion);
    context.log.info(`Deleting every link token of Atlas org ${config.orgId}, with the organization link and the API key Atlas made for it (the API deletes them all at once)…`);
    const deleted = await atlas.deleteLinkTokens(config.orgId);
    context.log.info(deleted ? 'Deleted.' : 'The org has no link token left: nothing to delete.');
    return deleted ? 'link tokens deleted' : 'no link token to delete';
}
async function createLinkToken(atlas, orgId, accessListIps, context) {
    const ips = accessListIps.length > 0 ? ` (access list: ${accessListIps.join(', ')})` : '';
    context.log.info(`Creating link token in Atlas org ${orgId}${ips}…`);
    const linkToken = await atlas.createLinkToken(orgId, accessListIps);
    context.onSecret(linkToken);
    context.log.info('Link token created.');
    return linkToken;
}

;// CONCATENATED MODULE: ./src/modes/link.ts
// The source side of the link: link a Cloud Manager / Ops Manager organization, read and remove
// its link, and create-and-link, which makes the Atlas token and uses it in one step.






async function linkOrg(config, open, context) {
    const source = new CloudManagerClient(open(config.source));
    return linkAndWait(source, config.orgId, config.linkToken, config.waitForSync, context);
}
async function link_linkStatus(config, open, context) {
    const source = new CloudManagerClient(open(config.source));
    context.log.info(`Reading the migration link status of org ${config.orgId}…`);
    let status;
    try {
        status = await source.getLinkStatus(config.orgId);
    }
    catch (err) {
        if (err instanceof ApiError && isMissingLink(err)) {
            throw new Error(`Org ${config.orgId} has no migration link (${err.message.replace(/ Check .*$/, '')}) Link it with mode link-org or create-and-link.`);
        }
        throw err;
    }
    context.outputs.status = status;
    context.log.info(`Link status: ${status}`);
    return status;
}
async function unlinkOrg(config, open, context) {
    const source = new CloudManagerClient(open(config.source));
    context.log.info(`Removing the migration link of org ${config.orgId}…`);
    const removed = await source.unlinkOrganization(config.orgId);
    context.outputs.status = 'UNLINKED';
    context.log.info(removed ? 'Link removed.' : 'The org has no migration link: nothing to remove.');
    return removed ? 'UNLINKED' : 'UNLINKED (no link was there)';
}
async function createAndLink(config, open, context) {
    const atlas = new AtlasClient(open(config.atlas), config.apiVersion);
    const source = new CloudManagerClient(open(config.source));
    const linkToken = await createLinkToken(atlas, config.orgId, config.accessListIps, context);
    try {
        return await linkAndWait(source, config.sourceOrgId, linkToken, config.waitForSync, context);
    }
    catch (err) {
        // A wait that timed out still linked: the token is in use, so it stays whatever the setting.
        if (context.outputs.status === undefined)
            await afterFailedLink(atlas, config, context);
        throw err;
    }
}
/**
 * The token nobody linked. Atlas has no per-token delete: DELETE …/linkTokens removes every link
 * token of the org with its organization link, which other source orgs' links may depend on.
 */
async function afterFailedLink(atlas, config, context) {
    if (!config.deleteTokenOnFailure) {
        const note = `The link token created in Atlas org ${config.orgId} stays there, unused (delete-token-on-failure is false). Once no source organization of this Atlas org needs a link, remove the org's link tokens with mode delete-link-token (it deletes them all, with the organization link).`;
        context.log.warning(note);
        context.notes.push(note);
        return;
    }
    context.log.warning(`delete-token-on-failure is true: deleting every link token of Atlas org ${config.orgId}, with its organization link and API key. This is org-wide: links of other source organizations made with this Atlas org's tokens stop working.`);
    try {
        const deleted = await atlas.deleteLinkTokens(config.orgId);
        const note = deleted
            ? `Deleted every link token of Atlas org ${config.orgId} (delete-token-on-failure).`
            : `Atlas org ${config.orgId} had no link token left to delete.`;
        context.log.info(note);
        context.notes.push(note);
    }
    catch (err) {
        const note = `Could not delete the link tokens of Atlas org ${config.orgId}: ${err.message}`;
        context.log.warning(note);
        context.notes.push(note);
    }
}
async function linkAndWait(source, orgId, linkToken, wait, context) {
    context.log.info(`Linking Cloud Manager / Ops Manager org ${orgId} to Atlas…`);
    let status;
    try {
        status = await source.linkOrganization(orgId, linkToken);
    }
    catch (err) {
        status = await existingLink(source, orgId, err, context);
    }
    context.outputs.status = status;
    context.log.info(`Link status: ${status}`);
    if (status === 'SYNCED' || !wait)
        return status;
    return pollUntil({
        what: `org ${orgId}'s link to reach SYNCED`,
        timeoutSeconds: wait.timeoutSeconds,
        schedule: { firstMs: 1000, factor: 1.5, maxMs: 15_000 },
        initial: status,
        read: async () => {
            const value = await source.getLinkStatus(orgId);
            context.outputs.status = value;
            return value;
        },
        isDone: value => value === 'SYNCED',
        describe: value => value,
        timeoutHint: 'Raise wait-timeout-seconds, or check the link in Cloud Manager / Ops Manager.',
        log: context.log,
        signal: context.signal,
        clock: context.clock
    });
}
/**
 * A re-run on an org that is already linked: the API refuses the new link (the exact answer is not
 * documented). If the org reports a link, the end state asked for is there: keep it and say so.
 */
async function existingLink(source, orgId, refusal, context) {
    const rejected = refusal instanceof ApiError && refusal.fromApi && (refusal.status === 400 || refusal.status === 409);
    if (!rejected)
        throw refusal;
    let status;
    try {
        status = await source.getLinkStatus(orgId);
    }
    catch {
        throw refusal;
    }
    context.log.warning(`The link request was refused (${refusal.message}), but org ${orgId} already has a migration link (status ${status}): keeping it. If it points at another Atlas organization, run mode unlink-org first.`);
    return status;
}

;// CONCATENATED MODULE: ./src/clients/migration.ts
// Atlas Admin API v2, Cloud Migration Service: everything after the link — discovery, validation,
// the migration and its cut-over. Knows the API, not GitHub.

/** Validate and create exist at 2024-05-30 (dropDestinationData); every other call only at 2023-01-01. */
const MIGRATION_REQUEST_VERSION = '2024-05-30';
const MIGRATION_READ_VERSION = '2023-01-01';
const media = (version) => `application/vnd.atlas.${version}+json`;
class MigrationClient {
    session;
    constructor(session) {
        this.session = session;
    }
    /** GET /orgs/{orgId}/liveMigrations/availableProjects: the linked source projects and their deployments. */
    async availableProjects(orgId) {
        const request = {
            operation: 'List migration sources',
            method: 'GET',
            path: `/api/atlas/v2/orgs/${orgId}/liveMigrations/availableProjects`,
            accept: media(MIGRATION_READ_VERSION)
        };
        const response = await call(this.session, request);
        const body = parseJson(response.body);
        if (!Array.isArray(body)) {
            throw new Error(`${request.operation}: HTTP ${response.status} from GET ${request.path} was not a JSON array of projects.`);
        }
        return body;
    }
    /** POST /groups/{groupId}/liveMigrations/validate: starts a validation job. */
    async validate(projectId, body) {
        const request = {
            operation: 'Validate migration',
            method: 'POST',
            path: `/api/atlas/v2/groups/${projectId}/liveMigrations/validate`,
            accept: media(MIGRATION_REQUEST_VERSION),
            contentType: media(MIGRATION_REQUEST_VERSION),
            body: JSON.stringify(body),
            // Each POST starts a validation job; repeating one is harmless but not free: only where Atlas did not act.
            idempotent: false,
            ifUncertain: 'a validation job may have started; re-running the step starts another, which is harmless.'
        };
        return validation(await callForObject(this.session, request, '_id'));
    }
    /** GET /groups/{groupId}/liveMigrations/validate/{validationId} */
    async getValidation(projectId, validationId) {
        const request = {
            operation: 'Get validation status',
            method: 'GET',
            path: `/api/atlas/v2/groups/${projectId}/liveMigrations/validate/${validationId}`,
            accept: media(MIGRATION_READ_VERSION)
        };
        return validation(await callForObject(this.session, request, '_id'));
    }
    /** POST /groups/{groupId}/liveMigrations: starts the migration. Not idempotent: a repeat would start a second one. */
    async create(projectId, body) {
        const request = {
            operation: 'Start migration',
            method: 'POST',
            path: `/api/atlas/v2/groups/${projectId}/liveMigrations`,
            accept: media(MIGRATION_REQUEST_VERSION),
            contentType: media(MIGRATION_REQUEST_VERSION),
            body: JSON.stringify(body),
            idempotent: false,
            ifUncertain: `a migration of ${body.source.clusterName} into cluster ${body.destination.clusterName} may have started. Do not re-run start-migration: a second migration would take migration host ${body.migrationHosts[0]} again, and the API cannot list migrations. Find it in the Atlas UI (project ${projectId}, cluster ${body.destination.clusterName}: its live migration), then follow it with mode migration-status and its ID.`
        };
        return migration(await callForObject(this.session, request, '_id'));
    }
    /** GET /groups/{groupId}/liveMigrations/{liveMigrationId} */
    async get(projectId, migrationId) {
        const request = {
            operation: 'Get migration',
            method: 'GET',
            path: `/api/atlas/v2/groups/${projectId}/liveMigrations/${migrationId}`,
            accept: media(MIGRATION_READ_VERSION)
        };
        return migration(await callForObject(this.session, request, '_id'));
    }
    /** PUT /groups/{groupId}/liveMigrations/{liveMigrationId}/cutover: 202 in the spec, 204 in practice. */
    async cutover(projectId, migrationId) {
        await call(this.session, {
            operation: 'Cut over',
            method: 'PUT',
            path: `/api/atlas/v2/groups/${projectId}/liveMigrations/${migrationId}/cutover`,
            accept: media(MIGRATION_READ_VERSION),
            ifUncertain: `the cut-over of migration ${migrationId} may have started: check with mode migration-status before running cutover again.`
        });
    }
}
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
        throw new Error('Set org-id, or all of source-project-id, migration-host and source-ssl.');
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
        throw new Error(`${why} named '${given.sourceClusterName}'${given.sourceProjectId ? ` in project ${given.sourceProjectId}` : ''} among the migration sources of the Atlas org. ${matches.length > 1 ? `Set source-project-id to one of them: ${listed(matches)}.` : `Candidates: ${listed(candidates)}.`}`);
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
        throw new Error(`Migration host '${given.migrationHost}' is not one of project ${project.name}'s migration hosts (${known}): set migration-host to one of them, exactly as listed. Nothing was sent.`);
    }
    if (hosts?.length === 1)
        return hosts[0];
    throw new Error((hosts?.length ?? 0) === 0
        ? `Project ${project.name} has no migration host: provision one in Cloud Manager (a server with agentFeatureCloudMigrationEnabled), or set migration-host.`
        : `Project ${project.name} has ${hosts?.length} migration hosts: set migration-host to one of ${known} (each migration needs its own).`);
}
/** TLS from source-ssl, or from what Atlas reports; never guessed. Also refuses an unmanaged source without credentials. */
function sslOf(project, deployment, given) {
    const where = `deployment ${deployment.name} of project ${project.name}`;
    if (deployment.managed !== true && given.sourceCredentials === undefined) {
        throw new Error(deployment.managed === false
            ? `The ${where} is not managed by Cloud Manager / Ops Manager Automation, so Atlas cannot authenticate to it on its own: set source-username and source-password (a user with backup, readAnyDatabase and clusterMonitor). Nothing was sent.`
            : `Atlas does not say whether Automation manages the ${where}: set source-username and source-password, since managed authentication cannot be assumed. Nothing was sent.`);
    }
    if (given.sourceSsl !== undefined)
        return given.sourceSsl;
    if (typeof deployment.tlsEnabled === 'boolean')
        return deployment.tlsEnabled;
    throw new Error(`Atlas does not say whether the ${where} uses TLS, and a security setting is never guessed: set source-ssl (true or false). Nothing was sent.`);
}

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
        validation = await pollUntil({
            what: `validation ${id}`,
            timeoutSeconds: wait.timeoutSeconds,
            schedule: { firstMs: 2000, factor: 1.5, maxMs: Math.min(wait.pollIntervalSeconds * 1000, 30_000) },
            initial: validation,
            read: async () => seen(await client.getValidation(projectId, id)),
            isDone: finished,
            describe: v => v.status,
            timeoutHint: 'Raise wait-timeout-seconds, or look at the validation in the Atlas UI.',
            log: context.log,
            signal: context.signal,
            clock: context.clock
        });
    }
    if (validation.status === 'FAILED') {
        // The reason may echo the request (the source password): clean it before it is folded or printed.
        const reason = oneLine((0,secrets/* redact */.E$)(validation.errorMessage ?? 'no reason given'));
        const hint = VALIDATION_HINTS.find(([pattern]) => pattern.test(reason))?.[1];
        throw new Error(`Validation ${id} FAILED: ${reason}.${hint ? ` ${hint}` : ''} No migration was started.`);
    }
    context.log.info(`Validation ${id}: SUCCESS.`);
    return validation;
}

;// CONCATENATED MODULE: ./src/modes/migration-watch.ts

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
    see(m) {
        const { outputs, log } = this.context;
        // The outputs say what this answer said, and nothing an earlier one said that it no longer does.
        outputs['migration-status'] = m.status;
        outputs['ready-for-cutover'] = String(m.readyForCutover);
        outputs['lag-seconds'] = m.lagSeconds === undefined ? '' : String(m.lagSeconds);
        const line = describeMigration(m);
        if (this.last === undefined || describeMigration(this.last) !== line || this.last.status !== m.status) {
            log.info(`migration ${m.id} ${line}`);
        }
        this.last = m;
        this.record?.samples.push(this.sample(m));
        if (ENDED.includes(m.status)) {
            const why = m.status === 'EXPIRED'
                ? 'the cut-over window (120 hours after it became ready, extendable only in the Atlas UI) ran out; start a new migration'
                : "the API gives no reason: look at the destination cluster's migration in the Atlas UI and at the migration host's agent log in Cloud Manager";
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
    /** Reads the migration once (GET), through see(). */
    async read() {
        return this.see(await this.client.get(this.projectId, this.id));
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
        try {
            return await pollUntil({
                what,
                timeoutSeconds: wait.timeoutSeconds,
                schedule: migrationSchedule(wait.pollIntervalSeconds * 1000),
                initial,
                read: () => this.read(),
                isDone: reached,
                describe: describeMigration,
                timeoutHint: goal === 'complete'
                    ? 'The cut-over is still under way: run migration-status with wait-for: complete to follow it.'
                    : 'Raise wait-timeout-seconds (5 days at most; GitHub-hosted jobs end at 6 hours), or resume later with mode migration-status and this migration-id.',
                log: this.context.log,
                signal: this.context.signal,
                clock: this.context.clock
            });
        }
        finally {
            this.record = undefined;
        }
    }
}
/** The first polls come sooner: 5 s, doubling, up to poll-interval-seconds. */
function migrationSchedule(intervalMs) {
    return { firstMs: Math.min(5000, intervalMs), factor: 2, maxMs: intervalMs };
}

;// CONCATENATED MODULE: ./src/modes/migration.ts
// The migration modes, after the link: discover what can be migrated, validate, start, watch until
// ready, and cut over. Requests come from migration-request.ts, validation from
// migration-validation.ts, and every read of a migration goes through MigrationWatch, which owns
// its end states.




async function listMigrationSources(config, open, context) {
    const client = new MigrationClient(open(config.atlas));
    context.log.info(`Listing what Atlas org ${config.orgId} can migrate (availableProjects)…`);
    const projects = await client.availableProjects(config.orgId);
    const deployments = flatten(projects);
    context.outputs.projects = JSON.stringify(projects);
    context.outputs.deployments = JSON.stringify(deployments);
    for (const d of deployments) {
        context.log.info(`${d.projectName} / ${d.clusterName}: MongoDB ${d.mongoDBVersion ?? '?'}, ${d.sharded ? 'sharded' : 'replica set'}, TLS ${d.tlsEnabled ? 'on' : 'off'}, migration hosts: ${d.migrationHosts.join(', ') || 'none'}`);
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
        sharded: d.sharded ?? false,
        tlsEnabled: d.tlsEnabled ?? false,
        managed: d.managed ?? false,
        mongoDBVersion: d.mongoDBVersion,
        dbSizeBytes: d.dbSizeBytes,
        migrationHosts: project.migrationHosts ?? []
    })));
}
async function validateMigrationMode(config, open, context) {
    const client = new MigrationClient(open(config.atlas));
    const body = await migrationRequest(client, config, context);
    const validation = await validate(client, config.projectId, body, config.wait, context);
    return `validation ${validation.status}`;
}
async function startMigration(config, open, context) {
    const client = new MigrationClient(open(config.atlas));
    const body = await migrationRequest(client, config, context);
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
    const watch = new MigrationWatch(client, config.projectId, started.id, context);
    watch.see(started); // a create answer that already says FAILED fails the step here
    if (config.wait.for === 'none')
        return `migration ${started.id} ${describeMigration(started)}`;
    const migration = await watch.until(config.wait.for, config.wait);
    return `migration ${migration.id} ${describeMigration(migration)}`;
}
async function migrationStatus(config, open, context) {
    const watch = new MigrationWatch(new MigrationClient(open(config.atlas)), config.projectId, config.migrationId, context);
    let migration = await watch.read();
    if (config.wait.for !== 'none')
        migration = await watch.until(config.wait.for, config.wait);
    return `migration ${migration.id} ${describeMigration(migration)}`;
}
async function cutover(config, open, context) {
    const client = new MigrationClient(open(config.atlas));
    const { projectId, migrationId } = config;
    const watch = new MigrationWatch(client, projectId, migrationId, context);
    // The decision rests on this one read; a cancel during it discards it, and the PUT is never sent.
    const migration = await watch.read();
    if (migration.status === 'COMPLETE') {
        context.log.info(`Migration ${migrationId} is COMPLETE already: nothing to cut over, nothing sent.`);
        return 'COMPLETE (already)';
    }
    if (!isReady(migration)) {
        throw new Error(`Migration ${migrationId} is not ready for cut-over (${describeMigration(migration)}): no cut-over was sent. Wait with mode migration-status and wait-for: ready-for-cutover, then run cutover again.`);
    }
    context.log.warning(`Cutting over migration ${migrationId} into project ${projectId}: Atlas stops syncing from the source, removes the migration's access-list entries and database user on the destination, and finishes the migration. Point applications at Atlas once it is COMPLETE.`);
    await client.cutover(projectId, migrationId);
    context.log.info('Cut-over started.');
    if (config.wait.for === 'none')
        return 'cut-over started';
    const done = await watch.until('complete', config.wait);
    return `migration ${done.id} ${describeMigration(done)}`;
}

;// CONCATENATED MODULE: ./src/modes/index.ts






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
            transport = new HttpTransport({
                baseUrl: endpoint.baseUrl,
                timeoutMs: config.requestTimeoutSeconds * 1000,
                userAgent: context.userAgent,
                log: context.log,
                signal: context.signal
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
        switch (config.mode) {
            case 'create-link-token':
                return await createLinkTokenMode(config, open, context);
            case 'delete-link-token':
                return await deleteLinkTokens(config, open, context);
            case 'link-org':
                return await linkOrg(config, open, context);
            case 'link-status':
                return await link_linkStatus(config, open, context);
            case 'unlink-org':
                return await unlinkOrg(config, open, context);
            case 'create-and-link':
                return await createAndLink(config, open, context);
            case 'list-migration-sources':
                return await listMigrationSources(config, open, context);
            case 'validate-migration':
                return await validateMigrationMode(config, open, context);
            case 'start-migration':
                return await startMigration(config, open, context);
            case 'migration-status':
                return await migrationStatus(config, open, context);
            case 'cutover':
                return await cutover(config, open, context);
            default: {
                const unknown = config;
                throw new Error(`Unknown mode ${JSON.stringify(unknown)}`);
            }
        }
    }
    finally {
        for (const session of sessions)
            await session.close();
        for (const transport of transports.values())
            transport.dispose();
    }
}

;// CONCATENATED MODULE: ./src/report.ts
// What a mode leaves for the step's outputs and job summary, whether it succeeds or fails.
function newReport() {
    return { outputs: {}, notes: [], rows: [], waits: [] };
}
const BARS = '▁▂▃▄▅▆▇█';
/** A Unicode sparkline of the values, at most `width` characters (later values win a shared cell). */
function sparkline(values, width = 60) {
    if (values.length === 0)
        return '';
    const step = Math.max(1, Math.ceil(values.length / width));
    const cells = [];
    for (let i = 0; i < values.length; i += step)
        cells.push(Math.max(...values.slice(i, i + step)));
    const low = Math.min(...cells);
    const high = Math.max(...cells);
    return cells.map(v => BARS[high === low ? 0 : Math.round(((v - low) / (high - low)) * (BARS.length - 1))]).join('');
}
/** The samples where something changed (status, readiness), plus the last one. */
function changes(samples) {
    return samples.filter((sample, i) => i === 0 ||
        i === samples.length - 1 ||
        sample.status !== samples[i - 1]?.status ||
        sample.ready !== samples[i - 1]?.ready);
}

// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var inputs = __webpack_require__(930);
;// CONCATENATED MODULE: ./src/summary.ts
// The job summary: what was done where, what the waits saw, never a secret.




async function writeSummary(config, result, report, durationMs) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return; // run outside a runner (e.g. locally)
    try {
        const summary = core/* summary */.z
            .addHeading(inputs/* MIGRATION_MODES */.CW.includes(config.mode)
            ? 'MongoDB live migration'
            : 'MongoDB live migration link', 3)
            .addTable([
            [
                { data: 'Step', header: true },
                { data: 'Value', header: true }
            ],
            ['Mode', config.mode],
            ...describe(config),
            ...report.rows,
            ['Result', result],
            ['Duration', durationMs < 10_000 ? `${durationMs} ms` : `${(durationMs / 1000).toFixed(1)} s`]
        ]);
        for (const wait of report.waits) {
            if (wait.samples.length === 0)
                continue;
            summary.addHeading(`Waiting for ${wait.what}`, 4).addTable([
                [
                    { data: 'Time (UTC)', header: true },
                    { data: 'Status', header: true },
                    { data: 'Ready for cut-over', header: true },
                    { data: 'Lag', header: true }
                ],
                ...changes(wait.samples).map(s => [
                    new Date(s.at).toISOString().slice(0, 19).replace('T', ' '),
                    s.status,
                    s.ready === undefined ? '' : String(s.ready),
                    s.lagSeconds === undefined ? '' : `${s.lagSeconds} s`
                ])
            ]);
            const lags = wait.samples.flatMap(s => (s.lagSeconds === undefined ? [] : [s.lagSeconds]));
            if (lags.length > 1) {
                summary.addRaw(`<p>Lag over ${wait.samples.length} polls, ${Math.max(...lags)} s at most, ${lags.at(-1)} s last: <code>${sparkline(lags)}</code></p>`, true);
            }
        }
        if (report.notes.length > 0)
            summary.addList(report.notes);
        // Cells and notes carry server text: out only cleaned of every known secret.
        const text = (0,secrets/* redact */.E$)(summary.stringify());
        await summary.emptyBuffer().addRaw(text).write();
    }
    catch (err) {
        core/* warning */.$e(`Could not write the job summary: ${err.message}`);
    }
}
function describe(config) {
    const host = (baseUrl) => new URL(baseUrl).host;
    switch (config.mode) {
        case 'create-link-token':
        case 'delete-link-token':
        case 'list-migration-sources':
            return [
                ['Atlas organization', config.orgId],
                ['Host', host(config.atlas.baseUrl)]
            ];
        case 'link-org':
        case 'link-status':
        case 'unlink-org':
            return [
                ['Source organization', config.orgId],
                ['Host', host(config.source.baseUrl)]
            ];
        case 'create-and-link':
            return [
                ['Atlas organization', config.orgId],
                ['Atlas host', host(config.atlas.baseUrl)],
                ['Source organization', config.sourceOrgId],
                ['Source host', host(config.source.baseUrl)]
            ];
        case 'validate-migration':
        case 'start-migration':
            return [
                ['Destination project', config.projectId],
                ['Destination cluster', config.migration.clusterName],
                ['Source cluster', config.migration.sourceClusterName],
                ['Host', host(config.atlas.baseUrl)]
            ];
        case 'migration-status':
        case 'cutover':
            return [
                ['Destination project', config.projectId],
                ['Migration ID', config.migrationId],
                ['Host', host(config.atlas.baseUrl)]
            ];
    }
}

;// CONCATENATED MODULE: ./src/action.ts
// The action once its inputs are valid: run the mode, then write outputs and the job summary.







const USER_AGENT = `mongodb-live-migration-link-action/${package_namespaceObject.rE}`;
async function runAction(config, { started, maskSecret }) {
    for (const warning of config.warnings)
        core/* warning */.$e(warning);
    const report = newReport();
    // The runner cancels a job with SIGINT, then SIGTERM: stop waiting, clean up, report, exit non-zero.
    const cancel = new AbortController();
    const onSignal = (signal) => {
        if (cancel.signal.aborted)
            return;
        core/* info */.pq(`${signal} received: cancelling; nothing more is sent but the revocation of tokens.`);
        cancel.abort(new CancelledError(`Cancelled (${signal}): the runner is stopping the job.`));
    };
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
    // Every line goes out cleaned of every known secret, in every form (server text included).
    const log = {
        info: (message) => core/* info */.pq((0,secrets/* redact */.E$)(message)),
        debug: (message) => core/* debug */.Yz((0,secrets/* redact */.E$)(message)),
        warning: (message) => core/* warning */.$e((0,secrets/* redact */.E$)(message))
    };
    const context = {
        log,
        onSecret: maskSecret,
        userAgent: USER_AGENT,
        signal: cancel.signal,
        clock: SYSTEM_CLOCK,
        ...report
    };
    let result;
    try {
        result = await runMode(config, context);
    }
    catch (err) {
        const message = (0,secrets/* redact */.E$)(err instanceof Error ? err.message : String(err));
        core/* setFailed */.C1(message);
        result = err instanceof CancelledError || cancel.signal.aborted ? `cancelled: ${message}` : `failed: ${message}`;
    }
    // Whatever is known is an output, also after a failure (the last status of a wait that timed out).
    for (const [name, value] of Object.entries(report.outputs))
        core/* setOutput */.uH(name, value);
    await writeSummary(config, result, report, Date.now() - started);
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
}


/***/ }),

/***/ 213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ ProxyAgent)
/* harmony export */ });
// Bundled in place of undici (tsconfig.json "paths"). @actions/http-client imports undici only for
// getAgentDispatcher(), the proxy dispatcher for fetch(), which this action never calls: its own
// requests go through node:http / node:https and the tunnel agent for proxies. Leaving undici out
// spares every run parsing and evaluating about 700 KiB (see the Performance section of the README).
class ProxyAgent {
    constructor() {
        throw new Error('undici is not bundled with this action: HttpClient.getAgentDispatcher() is unavailable.');
    }
}


/***/ })

};
