export const id = 328;
export const ids = [328];
export const modules = {

/***/ 482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: USER_AGENT

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 9 modules
var core = __webpack_require__(708);
;// CONCATENATED MODULE: ./src/errors.ts
// Turns an unsuccessful HTTP answer into one line a user can act on.
const HINTS = {
    400: 'Check the inputs the request was built from.',
    401: "Check the credentials (the key pair or service account) and that the key's IP access list allows this runner.",
    403: 'The API key or service account needs the Organization Owner role in this organization.',
    404: 'Check org-id (or source-org-id) and base-url: the organization must exist on that host.',
    409: 'The resource is in a conflicting state; check it in the UI before re-running.',
    429: 'Rate limited: wait a minute before re-running, or run fewer jobs against this organization at once.'
};
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
    constructor(call) {
        const body = parseErrorBody(call);
        super(formatApiError(call, body));
        this.name = 'ApiError';
        this.status = call.status;
        this.errorCode = typeof body?.errorCode === 'string' ? body.errorCode : oauthErrorCode(body);
        this.detail = body?.detail ?? body?.error_description;
    }
    static fromResponse(operation, method, response) {
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
            body: response.body
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
    const path = new URL(call.url).pathname;
    const parts = [`${call.operation} failed: HTTP ${call.status} from ${call.method} ${path}`];
    const code = body?.errorCode ?? oauthErrorCode(body);
    if (code)
        parts.push(code);
    const detail = body?.detail ?? body?.error_description ?? body?.reason;
    if (detail)
        parts.push(oneLine(detail));
    if (!body)
        parts.push(describeNonJson(call));
    const redirect = call.status >= 300 && call.status < 400
        ? `The host redirects${call.location ? ` to ${call.location.split('?')[0]}` : ''}: set base-url to the API's own address (redirects are not followed, so credentials go nowhere else).`
        : undefined;
    const hint = redirect || (code && OAUTH_HINTS[code]) || HINTS[call.status] || (call.status >= 500 ? SERVER_HINT : undefined);
    return `${parts.join(': ')}.${hint ? ` ${hint}` : ''}`;
}
const SERVER_HINT = 'The service had a problem; re-run the job later, and check status.mongodb.com if it persists.';
/** An error page from a proxy or load balancer: say what it was without pasting a whole HTML page. */
function describeNonJson(call) {
    const text = oneLine(call.body.replace(/<[^>]*>/g, ' '));
    if (!text)
        return 'empty body';
    const type = call.contentType?.split(';')[0] ?? 'untyped';
    return `non-JSON ${type} body: ${text.length > 120 ? `${text.slice(0, 120)}…` : text}`;
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}
/** A request that never got an answer: the network, TLS or a timeout. */
class NetworkError extends Error {
    constructor(operation, method, url, cause) {
        super(`${operation} failed: ${method} ${url}: ${describeNetworkCause(cause)}`, { cause });
        this.name = 'NetworkError';
    }
}
function describeNetworkCause(cause) {
    const err = cause;
    const code = err?.code ?? '';
    const message = err?.message ?? String(cause);
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return `TLS certificate does not match the host name (${message}). Check base-url.`;
    }
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code)) {
        return `TLS certificate not trusted (${code}). For an Ops Manager with a private CA, set NODE_EXTRA_CA_CERTS to the CA's PEM file in the step's env.`;
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return `host name not found (${code}). Check base-url, and https_proxy on self-hosted runners.`;
    }
    const tunnel = /tunneling socket could not be established, (?:statusCode=(\d+)|cause=(.*))/.exec(message);
    if (tunnel) {
        const why = tunnel[1] ? `it answered HTTP ${tunnel[1]} to CONNECT` : tunnel[2];
        return `the proxy could not open a tunnel to the host (${why}). Check https_proxy / no_proxy, and that the proxy may reach the host.`;
    }
    if (code === 'ECONNREFUSED')
        return 'connection refused. Check base-url (host and port).';
    if (/^Request timeout/.test(message) || code === 'ETIMEDOUT') {
        return 'no answer within the request timeout. Check that the runner can reach the host (proxy, firewall), or raise request-timeout-seconds.';
    }
    return `${code ? `${code} ` : ''}${message}`;
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(942);
;// CONCATENATED MODULE: ./src/transport/retry.ts
// When and how long to wait before sending a request again. Pure, so the timing is unit-tested.
const DEFAULT_RETRY_POLICY = {
    maxRetries: 3,
    baseDelayMs: 1000,
    maxDelayMs: 20_000,
    budgetMs: 30_000
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
    return /^(Request timeout|socket hang up)/.test(e?.message ?? '');
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
 * The wait before retry number `retry` (1-based), or undefined when the policy says stop.
 * Exponential backoff with jitter (half fixed, half random, so waits never collapse to zero),
 * never shorter than the server's Retry-After.
 */
function retryDelay(policy, retry, waitedMs, retryAfterMs, random = Math.random) {
    if (retry > policy.maxRetries)
        return undefined;
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
    const jittered = backoff / 2 + (backoff / 2) * random();
    // A server that asks for a longer wait than we may spend is obeyed by giving up, not by cutting it short.
    const delay = Math.round(Math.max(jittered, retryAfterMs ?? 0));
    if (delay > policy.maxDelayMs || waitedMs + delay > policy.budgetMs)
        return undefined;
    return delay;
}

;// CONCATENATED MODULE: ./src/transport/http.ts



/** Any 2xx is success: the link-token call is documented as 200 but answers 201. */
function isSuccess(status) {
    return status >= 200 && status <= 299;
}
/** Lets one HttpClient (one keep-alive pool) carry requests that authenticate differently. */
class AuthenticationSlot {
    current;
    prepareRequest(options) {
        this.current?.prepareRequest(options);
    }
    canHandleAuthentication(response) {
        return this.current?.canHandleAuthentication(response) ?? false;
    }
    handleAuthentication(...args) {
        return this.current.handleAuthentication(...args);
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
        this.sleep = options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)));
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
     * final answer whatever its status. Transient failures are retried; a request that never got an
     * answer throws NetworkError.
     */
    async send(request, auth) {
        const { log } = this.options;
        const url = this.options.baseUrl + request.path;
        const headers = { accept: request.accept };
        if (request.contentType)
            headers['content-type'] = request.contentType;
        let waitedMs = 0;
        for (let retry = 1;; retry++) {
            const started = Date.now();
            let outcome;
            try {
                this.slot.current = auth;
                const response = await this.client.request(request.method, url, request.body ?? null, headers);
                const body = await readBody(response.message, this.options.timeoutMs);
                outcome = { status: response.message.statusCode ?? 0, headers: response.message.headers, body, url };
                log.debug(`${request.method} ${url} -> ${outcome.status} (${Date.now() - started} ms)`);
            }
            catch (err) {
                outcome = err instanceof Error ? err : new Error(String(err));
                log.debug(`${request.method} ${url} -> ${outcome.message} (${Date.now() - started} ms)`);
            }
            const failed = outcome instanceof Error;
            if (failed ? !isRetryableError(outcome) : !isRetryableStatus(outcome.status)) {
                return settle(outcome);
            }
            const retryAfterMs = failed ? undefined : parseRetryAfter(header(outcome.headers, 'retry-after'));
            const delay = retryDelay(this.retry, retry, waitedMs, retryAfterMs);
            if (delay === undefined)
                return settle(outcome);
            const what = failed ? outcome.message : `HTTP ${outcome.status}`;
            log.info(`${request.operation}: ${what}; retrying in ${(delay / 1000).toFixed(1)} s (retry ${retry} of ${this.retry.maxRetries}).`);
            await this.sleep(delay);
            waitedMs += delay;
        }
        function settle(outcome) {
            if (outcome instanceof Error)
                throw new NetworkError(request.operation, request.method, url, outcome);
            return outcome;
        }
    }
    /** Closes kept-alive connections so the process can exit. */
    dispose() {
        this.client.dispose();
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

;// CONCATENATED MODULE: ./src/clients/call.ts
// Where an API answer is judged: a 2xx is success, anything else becomes an ApiError with the API's own words.


async function call(session, request) {
    const response = await session.send(request);
    if (!isSuccess(response.status)) {
        throw ApiError.fromResponse(request.operation, request.method, response);
    }
    return response;
}
/** Parses a 2xx body and checks that it holds the field the caller needs. */
function jsonField(request, response, field) {
    let value;
    try {
        value = JSON.parse(response.body)[field];
    }
    catch {
        value = undefined;
    }
    if (value === undefined || value === null || value === '') {
        throw new Error(`${request.operation}: HTTP ${response.status} from ${request.method} ${new URL(response.url).pathname} did not carry '${field}' in its body. Check base-url: it must be the API host.`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/clients/not-found.ts
/**
 * A 404 about the link rather than the organization. With no link left, Atlas answers
 * 404 UNEXPECTED_ERROR "Could not find the requested external organization link."; a wrong org ID
 * answers 404 with an organization error code, which must still fail the step.
 */
function isMissingLink(err) {
    if (err.status !== 404)
        return false;
    if (err.errorCode && /ORG(ANIZATION)?_NOT_FOUND|INVALID_ORG/.test(err.errorCode))
        return false;
    return !/organization with ID/i.test(err.detail ?? '');
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
            body: JSON.stringify(accessListIps.length > 0 ? { accessListIps } : {})
        };
        const token = jsonField(request, await call(this.session, request), 'linkToken');
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
        return linkStatus(request.operation, jsonField(request, await call(this.session, request), 'status'));
    }
    /** GET /api/public/v1.0/orgs/{orgId}/liveExport/migrationLink/status */
    async getLinkStatus(orgId) {
        const request = {
            operation: 'Get link status',
            method: 'GET',
            path: `/api/public/v1.0/orgs/${orgId}/liveExport/migrationLink/status`,
            accept: JSON_TYPE
        };
        return linkStatus(request.operation, jsonField(request, await call(this.session, request), 'status'));
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

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth = __webpack_require__(145);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(995);
;// CONCATENATED MODULE: ./src/transport/digest.ts


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
/** digest-fetch's client, with the algorithm the server asked for and a random client nonce. */
async function createDigestClient(username, password, challenge) {
    const Client = await loadDigestClient();
    const algorithm = Client.parse(challenge, 'algorithm') || 'MD5';
    const client = new Client(username, password, { algorithm });
    client.makeNonce = () => (0,external_node_crypto_.randomBytes)(16).toString('hex');
    client.digest.nc = 0; // parseAuth counts the new nonce's first use as 1
    client.parseAuth(challenge);
    return client;
}
class DigestAuthHandler {
    username;
    password;
    client;
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
        const header = response.message.headers['www-authenticate'];
        if (response.message.statusCode !== 401 || typeof header !== 'string' || !/^Digest\s/i.test(header)) {
            return false;
        }
        this.pendingChallenge = header;
        // Drain the 401's body so its keep-alive connection is free to carry the answer.
        this.challengeDrained = new Promise(resolve => {
            response.message.once('end', resolve).once('close', resolve).resume();
        });
        return true;
    }
    /**
     * Answers the challenge once. The answer goes out through requestRaw, which skips the handlers:
     * a second 401 (wrong key) is returned to the caller instead of looping.
     */
    async handleAuthentication(httpClient, requestInfo, data) {
        this.client = await createDigestClient(this.username, this.password, this.pendingChallenge ?? '');
        await this.challengeDrained;
        this.challengesAnswered++;
        this.authorize(requestInfo.options);
        return httpClient.requestRaw(requestInfo, data);
    }
    authorize(options) {
        const client = this.client;
        // addAuth takes a URL and uses everything from its first path slash on as the digest-uri.
        const signed = client.addAuth(`http://host${options.path ?? '/'}`, {
            method: options.method ?? 'GET',
            headers: {}
        });
        client.digest.nc++;
        options.headers = { ...options.headers, authorization: signed.headers.Authorization };
    }
}

;// CONCATENATED MODULE: ./src/transport/session.ts
// One set of credentials on one API host: the host's transport plus the credentials' way of signing
// requests. Sessions on the same host share its transport, so its keep-alive connection. Service
// accounts get one OAuth access token per session, revoked when the session closes.




function openSession(credentials, transport, options) {
    switch (credentials.kind) {
        case 'api-key':
            return fixedSession(transport, new DigestAuthHandler(credentials.publicKey, credentials.privateKey));
        case 'access-token':
            return fixedSession(transport, new auth/* BearerCredentialHandler */.tZ(credentials.accessToken));
        case 'service-account':
            return new ServiceAccountSession(transport, credentials.clientId, credentials.clientSecret, options);
    }
}
function fixedSession(transport, auth) {
    return {
        send: request => transport.send(request, auth),
        close: async () => { }
    };
}
const FORM = 'application/x-www-form-urlencoded';
/** OAuth 2.0 client credentials (RFC 6749 §4.4) against {base}/api/oauth/token. */
class ServiceAccountSession {
    transport;
    options;
    bearer;
    basic;
    constructor(transport, clientId, clientSecret, options) {
        this.transport = transport;
        this.options = options;
        this.basic = new auth/* BasicCredentialHandler */.QN(clientId, clientSecret);
        options.onSecret(Buffer.from(`${clientId}:${clientSecret}`).toString('base64'));
    }
    async send(request) {
        this.bearer ??= this.obtainToken();
        const { handler } = await this.bearer;
        return this.transport.send(request, handler);
    }
    async obtainToken() {
        const response = await this.transport.send({
            operation: 'Get service account access token',
            method: 'POST',
            path: '/api/oauth/token',
            accept: 'application/json',
            contentType: FORM,
            body: 'grant_type=client_credentials'
        }, this.basic);
        if (!isSuccess(response.status)) {
            throw ApiError.fromResponse('Get service account access token', 'POST', response);
        }
        const token = JSON.parse(response.body).access_token;
        if (typeof token !== 'string' || token === '') {
            throw new Error(`Get service account access token failed: ${response.url} answered without an access_token.`);
        }
        this.options.onSecret(token);
        this.options.log.debug('Obtained a service account access token.');
        return { token, handler: new auth/* BearerCredentialHandler */.tZ(token) };
    }
    /** A service account holds at most 100 active tokens: give ours back. Failure is only a warning. */
    async close() {
        try {
            const bearer = await this.bearer?.catch(() => undefined);
            if (!bearer)
                return;
            const response = await this.transport.send({
                operation: 'Revoke service account access token',
                method: 'POST',
                path: '/api/oauth/revoke',
                accept: 'application/json',
                contentType: FORM,
                body: new URLSearchParams({ token: bearer.token, token_type_hint: 'access_token' }).toString()
            }, this.basic);
            if (!isSuccess(response.status)) {
                this.options.log.warning(ApiError.fromResponse('Revoke service account access token', 'POST', response).message);
            }
            else {
                this.options.log.debug('Revoked the service account access token.');
            }
        }
        catch (err) {
            this.options.log.warning(`Could not revoke the service account access token: ${err.message}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/modes.ts
// One small function per mode, over the API clients. Knows nothing of GitHub: it logs through the
// Logger it is given and returns outputs for action.ts to set.





async function runMode(config, context) {
    // One transport (one keep-alive pool) per host, shared by the sessions on it.
    const transports = new Map();
    const sessions = [];
    const open = (endpoint) => {
        let transport = transports.get(endpoint.baseUrl);
        if (!transport) {
            transport = new HttpTransport({
                baseUrl: endpoint.baseUrl,
                timeoutMs: config.requestTimeoutSeconds * 1000,
                userAgent: context.userAgent,
                log: context.log
            });
            transports.set(endpoint.baseUrl, transport);
        }
        const session = openSession(endpoint.credentials, transport, { log: context.log, onSecret: context.onSecret });
        sessions.push(session);
        return session;
    };
    try {
        switch (config.mode) {
            case 'create-link-token': {
                const atlas = new AtlasClient(open(config.atlas), config.apiVersion);
                const linkToken = await createLinkToken(atlas, config.orgId, config.accessListIps, context);
                return { outputs: { 'link-token': linkToken }, result: 'link token created' };
            }
            case 'delete-link-token': {
                const atlas = new AtlasClient(open(config.atlas), config.apiVersion);
                context.log.info(`Deleting the link tokens of Atlas org ${config.orgId}…`);
                const deleted = await atlas.deleteLinkTokens(config.orgId);
                const result = deleted ? 'link tokens deleted' : 'no link token to delete';
                context.log.info(deleted ? 'Deleted.' : 'The org has no link token left: nothing to delete.');
                return { outputs: {}, result };
            }
            case 'link-org': {
                const source = new CloudManagerClient(open(config.source));
                const status = await linkAndWait(source, config.orgId, config.linkToken, config.waitForSync, context);
                return { outputs: { status }, result: status };
            }
            case 'link-status': {
                const source = new CloudManagerClient(open(config.source));
                context.log.info(`Reading the migration link status of org ${config.orgId}…`);
                const status = await source.getLinkStatus(config.orgId);
                context.log.info(`Link status: ${status}`);
                return { outputs: { status }, result: status };
            }
            case 'unlink-org': {
                const source = new CloudManagerClient(open(config.source));
                context.log.info(`Removing the migration link of org ${config.orgId}…`);
                const removed = await source.unlinkOrganization(config.orgId);
                context.log.info(removed ? 'Link removed.' : 'The org has no migration link: nothing to remove.');
                return { outputs: { status: 'UNLINKED' }, result: removed ? 'UNLINKED' : 'UNLINKED (no link was there)' };
            }
            case 'create-and-link': {
                const atlas = new AtlasClient(open(config.atlas), config.apiVersion);
                const source = new CloudManagerClient(open(config.source));
                const linkToken = await createLinkToken(atlas, config.orgId, config.accessListIps, context);
                let status;
                try {
                    status = await linkAndWait(source, config.sourceOrgId, linkToken, undefined, context);
                }
                catch (err) {
                    if (config.deleteTokenOnFailure)
                        await deleteOrphanToken(atlas, config.orgId, context);
                    else
                        context.log.info('Linking failed; delete-token-on-failure is false, so the link token stays in Atlas.');
                    throw err;
                }
                if (status !== 'SYNCED' && config.waitForSync) {
                    status = await waitForSync(source, config.sourceOrgId, config.waitForSync, context);
                }
                return { outputs: { status }, result: status };
            }
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
async function createLinkToken(atlas, orgId, accessListIps, context) {
    const ips = accessListIps.length > 0 ? ` (access list: ${accessListIps.join(', ')})` : '';
    context.log.info(`Creating link token in Atlas org ${orgId}${ips}…`);
    const linkToken = await atlas.createLinkToken(orgId, accessListIps);
    context.onSecret(linkToken);
    context.log.info('Link token created.');
    return linkToken;
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
    context.log.info(`Link status: ${status}`);
    if (status !== 'SYNCED' && wait)
        status = await waitForSync(source, orgId, wait, context);
    return status;
}
/**
 * A re-run on an org that is already linked: the API refuses the new link (the exact answer is not
 * documented). If the org reports a link, the end state asked for is there: keep it and say so.
 */
async function existingLink(source, orgId, refusal, context) {
    const rejected = refusal instanceof ApiError && (refusal.status === 400 || refusal.status === 409);
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
const FIRST_POLL_MS = 1000;
const MAX_POLL_MS = 15_000;
async function waitForSync(source, orgId, wait, context) {
    const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
    const deadline = Date.now() + wait.timeoutSeconds * 1000;
    let interval = FIRST_POLL_MS;
    let status = 'NOT_SYNCED';
    for (let poll = 1;; poll++) {
        const left = deadline - Date.now();
        if (left <= 0) {
            throw new Error(`Timed out after ${wait.timeoutSeconds} s waiting for org ${orgId}'s link to reach SYNCED; the last status was ${status}. Raise wait-timeout-seconds, or check the link in Cloud Manager / Ops Manager.`);
        }
        const pause = Math.min(interval, left);
        context.log.info(`Waiting for SYNCED: status ${status}; poll ${poll} in ${(pause / 1000).toFixed(1)} s…`);
        await sleep(pause);
        status = await source.getLinkStatus(orgId);
        if (status === 'SYNCED') {
            context.log.info(`Link status: SYNCED after ${poll} poll${poll === 1 ? '' : 's'}.`);
            return status;
        }
        interval = Math.min(MAX_POLL_MS, Math.round(interval * 1.5));
    }
}
/** Best effort: a token nobody linked is removed again, and the step still fails on the link error. */
async function deleteOrphanToken(atlas, orgId, context) {
    context.log.info(`Linking failed: deleting the link token just made in Atlas org ${orgId}…`);
    try {
        await atlas.deleteLinkTokens(orgId);
        context.log.info('Link token deleted.');
    }
    catch (err) {
        context.log.warning(`Could not delete the unused link token: ${err.message}`);
    }
}

;// CONCATENATED MODULE: ./src/summary.ts
// The job summary: what was done where, never a secret.

async function writeSummary(config, result, durationMs) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return; // run outside a runner (e.g. locally)
    try {
        await core/* summary */.z
            .addHeading('MongoDB live migration link', 3)
            .addTable([
            [
                { data: 'Step', header: true },
                { data: 'Value', header: true }
            ],
            ['Mode', config.mode],
            ...describe(config),
            ['Result', result],
            ['Duration', durationMs < 10_000 ? `${durationMs} ms` : `${(durationMs / 1000).toFixed(1)} s`]
        ])
            .write();
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
    }
}

;// CONCATENATED MODULE: ./src/action.ts
// The action once its inputs are valid: run the mode, then write outputs and the job summary.



const USER_AGENT = 'mongodb-live-migration-link-action/1.0';
async function runAction(config, { started, maskSecret }) {
    for (const warning of config.warnings)
        core/* warning */.$e(warning);
    try {
        const { outputs, result } = await runMode(config, {
            log: { info: core/* info */.pq, debug: core/* debug */.Yz, warning: core/* warning */.$e },
            onSecret: maskSecret,
            userAgent: USER_AGENT
        });
        for (const [name, value] of Object.entries(outputs))
            core/* setOutput */.uH(name, value);
        await writeSummary(config, result, Date.now() - started);
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        core/* setFailed */.C1(message);
        await writeSummary(config, `failed: ${message}`, Date.now() - started);
    }
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
