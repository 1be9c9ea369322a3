export const id = 766;
export const ids = [766];
export const modules = {

/***/ 484:
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
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(942);
;// CONCATENATED MODULE: ./src/errors.ts
// Turns an unsuccessful HTTP answer into one line a user can act on.
const DEFAULT_SETTING_NAMES = {
    baseUrl: 'base-url',
    orgId: 'org-id',
    credentials: 'the credentials (the key pair or service account)'
};
const HINTS = {
    400: () => 'Check the inputs the request was built from.',
    401: n => `Check ${n.credentials}, and that the key's IP access list allows this runner.`,
    403: () => 'The API key or service account needs the Organization Owner role in this organization.',
    404: n => `Check ${n.orgId} and ${n.baseUrl}: the organization must exist on that host.`,
    409: () => 'The resource is in a conflicting state; check it in the UI before re-running.',
    429: () => 'Rate limited: wait a minute before re-running, or run fewer jobs against this organization at once.'
};
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
    /** The answer is recognisably the API's own: a JSON error with an errorCode (or an OAuth error). */
    fromApi;
    constructor(call) {
        const body = parseErrorBody(call);
        super(formatApiError(call, body));
        this.name = 'ApiError';
        this.status = call.status;
        this.errorCode = typeof body?.errorCode === 'string' ? body.errorCode : oauthErrorCode(body);
        this.detail = typeof body?.detail === 'string' ? body.detail : body?.error_description;
        this.fromApi = this.errorCode !== undefined;
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
            body: response.body,
            names,
            note: response.note
        });
    }
}
function oauthErrorCode(body) {
    return typeof body?.error === 'string' ? body.error : undefined;
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
    const code = body?.errorCode ?? oauthErrorCode(body);
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
        (call.status === 404 && !code ? notTheApi(names) : undefined) ||
        HINTS[call.status]?.(names) ||
        (call.status >= 500 ? SERVER_HINT : undefined);
    return [`${parts.join(': ')}.`, call.note, hint].filter(Boolean).join(' ');
}
const SERVER_HINT = 'The service had a problem; re-run the job later, and check status.mongodb.com if it persists.';
/** An error page from a proxy or load balancer: say what it was without pasting a whole HTML page. */
function describeNonJson(body, contentType) {
    const text = oneLine(body.replace(/<[^>]*>/g, ' '));
    if (!text)
        return 'empty body';
    const type = contentType?.split(';')[0] || 'untyped';
    return `non-JSON ${type} body: ${text.length > 120 ? `${text.slice(0, 120)}…` : text}`;
}
/** Folds a message onto one line, without a closing period. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}
/** A request that never got an answer: the network, TLS or a timeout. */
class NetworkError extends Error {
    constructor(operation, method, url, cause, names = DEFAULT_SETTING_NAMES, note) {
        const sentence = `${operation} failed: ${method} ${url}: ${describeNetworkCause(cause, names)}`;
        super(note ? `${sentence} ${note}` : sentence, { cause });
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

;// CONCATENATED MODULE: ./src/sleep.ts
/** Resolves after ms, or rejects with the signal's reason as soon as it aborts (the job was cancelled). */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}

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
 * - 429: wait what Retry-After asks (up to maxRetryAfterMs, plus up to 1 s of jitter so that many
 *   jobs told the same wait don't return at the same instant), or back off; not counted as a failure.
 * - 5xx and network failures: exponential backoff with jitter, at most maxRetries times, and at
 *   most maxSilentTries tries that got no answer at all.
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
        if (outcome.status === 429) {
            const asked = outcome.retryAfterMs;
            if (asked !== undefined && asked > policy.maxRetryAfterMs) {
                return { retry: false, why: 'retry-after-too-long', askedMs: asked };
            }
            delayMs = asked !== undefined ? asked + 1000 * random() : backoff(policy, state.retry, random);
            why = 'rate-limited';
        }
        else {
            if (state.failureRetries >= policy.maxRetries)
                return { retry: false, why: 'retries' };
            delayMs = Math.max(backoff(policy, state.failureRetries + 1, random), Math.min(outcome.retryAfterMs ?? 0, policy.maxRetryAfterMs));
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

;// CONCATENATED MODULE: ./src/transport/http.ts




/** Any 2xx is success: the link-token call is documented as 200 but answers 201. */
function isSuccess(status) {
    return status >= 200 && status <= 299;
}
/** Lets one HttpClient (one keep-alive pool) carry requests that authenticate differently. */
class AuthenticationSlot {
    current;
    /** The request last handed to the agent, to tell afterwards whether it was written whole. */
    lastRequest;
    tracked = new WeakSet();
    written = new WeakSet();
    prepareRequest(options) {
        // http-client passes URL.hostname on, which keeps an IPv6 literal's brackets ("[::1]"), and
        // node:http then looks the bracketed name up in DNS. Node wants the bare address.
        if (options.host?.startsWith('[') && options.host.endsWith(']'))
            options.host = options.host.slice(1, -1);
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
        this.sleep = options.sleep ?? (ms => sleep(ms, options.signal));
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
            idempotent: request.idempotent !== false
        };
        for (;; state.retry++) {
            const started = Date.now();
            let outcome;
            this.slot.lastRequest = undefined;
            try {
                this.slot.current = auth;
                const response = await this.client.request(request.method, url, request.body ?? null, headers);
                const body = await readBody(response.message, this.options.timeoutMs);
                outcome = { status: response.message.statusCode ?? 0, headers: response.message.headers, body, url };
                log.debug(`${request.method} ${url} -> ${outcome.status} (${Date.now() - started} ms)`);
            }
            catch (err) {
                outcome = err instanceof Error ? err : new Error(String(err));
                log.debug(`${request.method} ${url} -> ${oneLine(outcome.message)} (${Date.now() - started} ms)`);
            }
            const sent = this.slot.lastRequest !== undefined && this.slot.written.has(this.slot.lastRequest);
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
            await this.sleep(decision.delayMs);
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
            return `Not retried, since the server may have acted on it. ${request.ifUncertain ?? ''}`.trim();
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
            body: 'grant_type=client_credentials'
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
                body: new URLSearchParams({ token, token_type_hint: 'access_token' }).toString()
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
        throw new Error(`${request.operation}: HTTP ${response.status} from ${request.method} ${new URL(response.url).pathname} is not an API answer (${describeNonJson(response.body, type)}). ${notTheApi(session.names)}`);
    }
    return response;
}
/** Sends the request and returns its 2xx JSON object, which must carry `field`. */
async function callForObject(session, request, field) {
    const response = await call(session, request);
    const body = parseJson(response.body);
    const value = body?.[field];
    if (!body || value === undefined || value === null || value === '') {
        throw new Error(`${request.operation}: HTTP ${response.status} from ${request.method} ${new URL(response.url).pathname} did not carry '${field}' in its body. ${notTheApi(session.names)}`);
    }
    return body;
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
 * The API's own answer that there is no link, and nothing else: a 404 with a JSON errorCode whose
 * detail is about the link. With no link left, Atlas answers 404 UNEXPECTED_ERROR "Could not find
 * the requested external organization link."; a wrong org ID answers 404 with an organization
 * error code; a wrong base-url answers 404 with an HTML page, no body, or JSON without an
 * errorCode (or a path error). Only the first may count as "nothing to do".
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
            ifUncertain: `A link token may have been created in org ${orgId} all the same; it is unused, and delete-link-token removes it (with every other link token of the org) once no source org needs one.`
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
                accept: this.mediaType
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
            body: JSON.stringify({ linkToken })
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
                accept: JSON_TYPE
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
// The one way the action waits for something: poll, log one progress line per poll, stop at a
// deadline. Knows nothing of what it waits for.


class PollTimeout extends Error {
    last;
    constructor(message, last) {
        super(message);
        this.last = last;
        this.name = 'PollTimeout';
    }
}
/** Polls until isDone, and returns that state; throws PollTimeout at the deadline. */
async function pollUntil(options) {
    const { log, schedule, describe } = options;
    const wait = options.sleep ?? sleep;
    const maxFailures = options.maxFailuresInARow ?? 3;
    const started = Date.now();
    const deadline = started + options.timeoutSeconds * 1000;
    let last = options.initial;
    let pause = schedule.firstMs;
    let failures = 0;
    for (let poll = 1;; poll++) {
        const left = deadline - Date.now();
        const state = last === undefined ? 'not read yet' : describe(last);
        if (left <= 0) {
            throw new PollTimeout(`Timed out after ${options.timeoutSeconds} s waiting for ${options.what}; the last status was ${state}. ${options.timeoutHint}`, last);
        }
        const pauseMs = Math.min(pause, left);
        log.info(`Waiting for ${options.what}: ${state}; poll ${poll} in ${(pauseMs / 1000).toFixed(1)} s…`);
        try {
            await wait(pauseMs, options.signal);
        }
        catch {
            throw new Error(`Cancelled while waiting for ${options.what}; the last status was ${state}.`);
        }
        pause = Math.min(schedule.maxMs, Math.round(pause * schedule.factor));
        let value;
        try {
            value = await options.read();
        }
        catch (err) {
            failures++;
            // An answer such as 401, 403 or 404 will not change by asking again: only transient failures
            // (which the transport already retried) are worth a warning and another poll.
            const final = err instanceof ApiError && err.status >= 400 && err.status < 500 && err.status !== 429;
            if (final || failures >= maxFailures)
                throw err;
            log.warning(`Poll ${poll} failed (${failures} in a row; the wait ends after ${maxFailures}): ${err.message}`);
            continue;
        }
        failures = 0;
        last = value;
        options.onValue?.(value);
        if (options.isDone(value)) {
            const seconds = ((Date.now() - started) / 1000).toFixed(1);
            log.info(`${describe(value)} after ${poll} poll${poll === 1 ? '' : 's'} (${seconds} s).`);
            return value;
        }
    }
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
        read: () => source.getLinkStatus(orgId),
        isDone: value => value === 'SYNCED',
        describe: value => `status ${value}`,
        onValue: value => {
            context.outputs.status = value;
        },
        timeoutHint: 'Raise wait-timeout-seconds, or check the link in Cloud Manager / Ops Manager.',
        log: context.log
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
const MIGRATION_STATUSES = (/* unused pure expression or super */ null && (['NEW', 'WORKING', 'FAILED', 'COMPLETE', 'EXPIRED']));
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
            ifUncertain: 'A validation job may have started all the same; re-running the step starts another.'
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
            ifUncertain: 'A migration may have started all the same, and the API cannot list migrations: check the destination cluster in the Atlas UI before re-running, or the migration host is taken twice.'
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
            accept: media(MIGRATION_READ_VERSION)
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

;// CONCATENATED MODULE: ./src/modes/migration.ts
// The migration itself, after the link: discover what can be migrated, validate, start, watch
// until ready, and cut over. Every wait goes through pollUntil.


const TERMINAL_FAILURES = ['FAILED', 'EXPIRED'];
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
    report(started, context);
    if (config.wait.for === 'none')
        return `migration ${started.id} ${started.status}`;
    const migration = await watch(client, config.projectId, started, config.wait, context);
    return `migration ${migration.id} ${describe(migration)}`;
}
async function migrationStatus(config, open, context) {
    const client = new MigrationClient(open(config.atlas));
    context.log.info(`Reading migration ${config.migrationId} of project ${config.projectId}…`);
    let migration = await client.get(config.projectId, config.migrationId);
    report(migration, context);
    if (config.wait.for !== 'none')
        migration = await watch(client, config.projectId, migration, config.wait, context);
    failIfEnded(migration, context);
    if (!['NEW', 'WORKING', 'COMPLETE'].includes(migration.status)) {
        context.log.warning(`Migration ${migration.id} has a status this action does not know: ${migration.status}.`);
    }
    return describe(migration);
}
async function cutover(config, open, context) {
    const client = new MigrationClient(open(config.atlas));
    const { projectId, migrationId } = config;
    let migration = await client.get(projectId, migrationId);
    report(migration, context);
    if (migration.status === 'COMPLETE') {
        context.log.info(`Migration ${migrationId} is COMPLETE already: nothing to cut over, nothing sent.`);
        return 'COMPLETE (already)';
    }
    failIfEnded(migration, context);
    if (!migration.readyForCutover) {
        throw new Error(`Migration ${migrationId} is not ready for cut-over (status ${migration.status}, lag ${lag(migration)}): no cut-over was sent. Wait with mode migration-status and wait-for: ready-for-cutover, then run cutover again.`);
    }
    context.log.warning(`Cutting over migration ${migrationId} into project ${projectId}: Atlas stops syncing from the source, removes the migration's access-list entries and database user on the destination, and finishes the migration. Point applications at Atlas once it is COMPLETE.`);
    await client.cutover(projectId, migrationId);
    context.log.info('Cut-over started.');
    if (config.wait.for === 'none')
        return 'cut-over started';
    migration = await watch(client, projectId, migration, config.wait, context, 'complete');
    failIfEnded(migration, context);
    return describe(migration);
}
/** The request from the inputs, with what they leave out discovered from availableProjects. */
async function migrationRequest(client, config, context) {
    const given = config.migration;
    let { sourceProjectId, migrationHost, sourceSsl } = given;
    if (sourceProjectId === undefined || migrationHost === undefined || sourceSsl === undefined) {
        const found = discover(await client.availableProjects(config.orgId), given);
        sourceProjectId ??= found.project.projectId;
        sourceSsl ??= found.deployment.tlsEnabled ?? false;
        migrationHost ??= found.host;
        context.log.info(`Discovered ${given.sourceClusterName}: project ${found.project.name} (${sourceProjectId}), TLS ${sourceSsl ? 'on' : 'off'}, migration host ${migrationHost}.`);
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
/** The one deployment named source-cluster-name, and its project's one migration host. */
function discover(projects, given) {
    const candidates = projects.flatMap(project => (project.deployments ?? []).map(deployment => ({ project, deployment })));
    const listed = (list) => list.map(c => `${c.project.name} (${c.project.projectId}) / ${c.deployment.name}`).join('; ') || 'none';
    const matches = candidates.filter(c => c.deployment.name === given.sourceClusterName &&
        (given.sourceProjectId === undefined || c.project.projectId === given.sourceProjectId));
    if (matches.length !== 1) {
        const why = matches.length === 0 ? 'No deployment' : `${matches.length} deployments`;
        throw new Error(`${why} named '${given.sourceClusterName}'${given.sourceProjectId ? ` in project ${given.sourceProjectId}` : ''} among the migration sources of the Atlas org. ${matches.length > 1 ? `Set source-project-id to one of them: ${listed(matches)}.` : `Candidates: ${listed(candidates)}.`}`);
    }
    const [match] = matches;
    const hosts = match.project.migrationHosts ?? [];
    const host = given.migrationHost ?? (hosts.length === 1 ? hosts[0] : undefined);
    if (host === undefined) {
        throw new Error(hosts.length === 0
            ? `Project ${match.project.name} has no migration host: provision one in Cloud Manager (a server with agentFeatureCloudMigrationEnabled), or set migration-host.`
            : `Project ${match.project.name} has ${hosts.length} migration hosts: set migration-host to one of ${hosts.join(', ')} (each migration needs its own).`);
    }
    return { project: match.project, deployment: match.deployment, host };
}
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
async function validate(client, projectId, body, wait, context) {
    context.log.info(`Validating the migration of ${body.source.clusterName} into ${body.destination.clusterName}…`);
    let validation = await client.validate(projectId, body);
    context.outputs['validation-id'] = validation.id;
    context.outputs['validation-status'] = validation.status;
    context.rows.push(['Validation ID', validation.id]);
    const done = (v) => v.status === 'SUCCESS' || v.status === 'FAILED';
    if (!done(validation)) {
        const record = waitRecord(context, `validation ${validation.id}`);
        validation = await pollUntil({
            what: `validation ${validation.id}`,
            timeoutSeconds: wait.timeoutSeconds,
            schedule: { firstMs: 2000, factor: 1.5, maxMs: Math.min(wait.pollIntervalSeconds * 1000, 30_000) },
            initial: validation,
            read: () => client.getValidation(projectId, validation.id),
            isDone: done,
            describe: v => `status ${v.status}`,
            onValue: v => {
                context.outputs['validation-status'] = v.status;
                record.samples.push({ at: Date.now(), status: v.status });
            },
            timeoutHint: 'Raise wait-timeout-seconds, or look at the validation in the Atlas UI.',
            log: context.log,
            signal: context.signal
        });
    }
    if (validation.status === 'FAILED') {
        const message = (validation.errorMessage ?? 'no reason given').replace(/\s+/g, ' ').trim();
        const hint = VALIDATION_HINTS.find(([pattern]) => pattern.test(message))?.[1];
        throw new Error(`Validation ${validation.id} FAILED: ${message}.${hint ? ` ${hint}` : ''} No migration was started.`);
    }
    context.log.info(`Validation ${validation.id}: SUCCESS.`);
    return validation;
}
/** Polls the migration until the wait's goal, a failure, or the deadline. */
async function watch(client, projectId, initial, wait, context, goal = wait.for) {
    const reached = (m) => m.status === 'COMPLETE' || (goal === 'ready-for-cutover' && m.readyForCutover && m.status !== 'COMPLETE');
    const what = goal === 'complete' ? `migration ${initial.id} to be COMPLETE` : `migration ${initial.id} to be ready for cut-over`;
    const record = waitRecord(context, what);
    record.samples.push(sample(initial));
    if (reached(initial) || TERMINAL_FAILURES.includes(initial.status))
        return initial;
    const interval = wait.pollIntervalSeconds * 1000;
    return pollUntil({
        what,
        timeoutSeconds: wait.timeoutSeconds,
        schedule: migrationSchedule(interval),
        initial,
        read: () => client.get(projectId, initial.id),
        isDone: m => reached(m) || TERMINAL_FAILURES.includes(m.status),
        describe,
        onValue: m => {
            report(m, context);
            record.samples.push(sample(m));
        },
        timeoutHint: goal === 'complete'
            ? 'The cut-over is still under way: run migration-status with wait-for: complete to follow it.'
            : 'Raise wait-timeout-seconds (5 days at most; GitHub-hosted jobs end at 6 hours), or resume later with mode migration-status and this migration-id.',
        log: context.log,
        signal: context.signal
    });
}
/** The first polls come sooner: 5 s, doubling, up to poll-interval-seconds. */
function migrationSchedule(intervalMs) {
    return { firstMs: Math.min(5000, intervalMs), factor: 2, maxMs: intervalMs };
}
function waitRecord(context, what) {
    const record = { what, samples: [] };
    context.waits.push(record);
    return record;
}
function sample(m) {
    return { at: Date.now(), status: m.status, ready: m.readyForCutover, lagSeconds: m.lagSeconds };
}
/** Keeps the outputs current with every read, so a timeout or failure still reports them. */
function report(m, context) {
    context.outputs['migration-status'] = m.status;
    context.outputs['ready-for-cutover'] = String(m.readyForCutover);
    if (m.lagSeconds !== undefined)
        context.outputs['lag-seconds'] = String(m.lagSeconds);
}
function failIfEnded(m, context) {
    if (!TERMINAL_FAILURES.includes(m.status))
        return;
    const why = m.status === 'EXPIRED'
        ? 'the cut-over window (120 hours after it became ready, extendable only in the Atlas UI) ran out; start a new migration'
        : "the API gives no reason: look at the destination cluster's migration in the Atlas UI and at the migration host's agent log in Cloud Manager";
    context.notes.push(`Migration ${m.id} ended ${m.status}: ${why}.`);
    throw new Error(`Migration ${m.id} is ${m.status}: ${why}.`);
}
function lag(m) {
    return m.lagSeconds === undefined ? 'unknown' : `${m.lagSeconds} s`;
}
function describe(m) {
    return `status ${m.status}, ready for cut-over ${m.readyForCutover}, lag ${lag(m)}`;
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
            ...summary_describe(config),
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
        await summary.write();
    }
    catch (err) {
        core/* warning */.$e(`Could not write the job summary: ${err.message}`);
    }
}
function summary_describe(config) {
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
        if (!cancel.signal.aborted)
            cancel.abort(new Error(`Cancelled (${signal}): the runner is stopping the job.`));
    };
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
    const context = {
        log: { info: core/* info */.pq, debug: core/* debug */.Yz, warning: core/* warning */.$e },
        onSecret: maskSecret,
        userAgent: USER_AGENT,
        signal: cancel.signal,
        ...report
    };
    let result;
    try {
        result = await runMode(config, context);
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        core/* setFailed */.C1(message);
        result = `failed: ${message}`;
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
