export const id = 717;
export const ids = [717];
export const modules = {

/***/ 6717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: USER_AGENT

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7492);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
// EXTERNAL MODULE: ./src/cancel.ts
var src_cancel = __webpack_require__(833);
// EXTERNAL MODULE: ./src/errors/index.ts + 2 modules
var errors = __webpack_require__(7784);
// EXTERNAL MODULE: ./src/transport/http.ts + 2 modules
var http = __webpack_require__(1012);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
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
// EXTERNAL MODULE: ./src/inputs/types.ts
var types = __webpack_require__(3448);
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
            throw new types/* InputError */.dz(`Input 'ca-certificate': certificate ${i + 1} could not be read (${(0,errors/* errorMessage */.gJ)(err)}).`);
        }
    });
    const api = external_node_tls_;
    if (!api.getCACertificates || !api.setDefaultCACertificates) {
        throw new types/* InputError */.dz(`Input 'ca-certificate' needs Node.js 24.5 or newer (this runner's node24 is ${process.versions.node}): update the runner, or set NODE_EXTRA_CA_CERTS in the step's env.`);
    }
    api.setDefaultCACertificates([...api.getCACertificates('default'), ...pems]);
    return subjects;
}

// EXTERNAL MODULE: ./src/modes/registry.ts + 3 modules
var registry = __webpack_require__(4158);
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
            transport = new http/* HttpTransport */.G5({
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

;// CONCATENATED MODULE: ./src/summary.ts
// The job summary: what was done where, what the waits saw, never a secret.





async function writeSummary(config, result, report, durationMs) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return; // run outside a runner (e.g. locally)
    try {
        const summary = core/* summary */.z
            .addHeading(registry/* MODES */.FN[config.mode].family === 'migration' ? 'MongoDB live migration' : 'MongoDB live migration link', 3)
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
        core/* warning */.$e(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
/** The rows of the mode's registry entry: what the step acted on. */
function describe(config) {
    return registry/* MODES */.FN[config.mode].rows(config);
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
        cancel.abort(new src_cancel/* CancelledError */.cc(`Cancelled (${signal}): the runner is stopping the job.`));
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
        clock: src_cancel/* SYSTEM_CLOCK */.Vc,
        ...report
    };
    let result;
    try {
        result = await runMode(config, context);
    }
    catch (err) {
        const message = (0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err));
        core/* setFailed */.C1(message);
        result = err instanceof src_cancel/* CancelledError */.cc || cancel.signal.aborted ? `cancelled: ${message}` : `failed: ${message}`;
    }
    // Whatever is known is an output, also after a failure (the last status of a wait that timed out).
    for (const [name, value] of Object.entries(report.outputs))
        core/* setOutput */.uH(name, value);
    await writeSummary(config, result, report, Date.now() - started);
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
}


/***/ })

};
