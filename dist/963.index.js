export const id = 963;
export const ids = [963];
export const modules = {

/***/ 882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O$: () => (/* binding */ unreadable),
/* harmony export */   PS: () => (/* binding */ callForObject),
/* harmony export */   T1: () => (/* binding */ call),
/* harmony export */   cn: () => (/* binding */ callForField),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5979);
/* harmony import */ var _secrets__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7194);
/* harmony import */ var _transport_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6291);



async function call(session, request, onAnswer, 
/** The inputs a refusal points at, where this call's are not the session's (an org's read in a project's mode). */
names = session.names) {
    const response = await session.send(request);
    onAnswer?.(response);
    if (!(0,_transport_http__WEBPACK_IMPORTED_MODULE_2__/* .isSuccess */ .oJ)(response.status)) {
        throw _errors__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD.fromResponse(request.operation, request.method, response, names, request.permission);
    }
    if (response.body.trim() !== '' && parseJson(response.body) === undefined) {
        const type = String(response.headers['content-type'] ?? '');
        unreadable(session, request, response, `is not an API answer (${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .describeNonJson */ .x2)((0,_secrets__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(response.body), type)})`);
    }
    return response;
}
/** Sends the request and returns its 2xx JSON object, which must carry `field`. */
async function callForObject(session, request, field, onAnswer) {
    const response = await call(session, request, onAnswer);
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
    const answer = response ? `${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .answerLine */ .NO)(response.status, request.method, response.url)} ${what}` : what;
    if (request.method !== 'GET') {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OutcomeUnknownError */ .Do(request.operation, answer, `${request.ifUncertain} ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .notTheApi */ .XK)(session.names)}`);
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedAnswerError */ .qx(`${request.operation}: ${answer}. ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .notTheApi */ .XK)(session.names)}`);
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


/***/ }),

/***/ 9533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SL: () => (/* binding */ clusterName),
/* harmony export */   So: () => (/* binding */ apiPath),
/* harmony export */   ZB: () => (/* binding */ pathValue),
/* harmony export */   dS: () => (/* binding */ encoded),
/* harmony export */   md: () => (/* binding */ mongoId)
/* harmony export */ });
/* harmony import */ var _errors_kinds__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2432);
/* harmony import */ var _forms__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1388);
// Every value that becomes part of a URL path is checked against MongoDB's documented pattern, then
// encoded, before anything is sent: a name such as payments/../prod must never read another path.



/** Percent-encoded, but for ':' (a path or query may hold it, and the spec's IPv6 form shows it bare). */
const encoded = (value) => encodeURIComponent(value).replace(/%3A/gi, ':');
function refused(what, value, expected) {
    const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    throw new _errors_kinds__WEBPACK_IMPORTED_MODULE_0__/* .StepError */ .zg(`The ${what} ${shown} is not ${expected}. Nothing was sent.`);
}
/**
 * A request path whose every interpolated value is one encoded segment:
 * apiPath`/api/atlas/v2/groups/${projectId}/clusters/${name}`. Refuses '', '.' and '..', which
 * encoding leaves as they are.
 */
function apiPath(parts, ...values) {
    let path = parts[0] ?? '';
    values.forEach((value, i) => {
        // URL parsing drops or resolves each of these; a lone surrogate cannot be encoded.
        if (['', '.', '..'].includes(value) || !/^[^\uD800-\uDFFF]*$/u.test(value)) {
            refused(`path segment after ${path}`, value, 'well-formed text other than "", "." or ".."');
        }
        path += encoded(value) + (parts[i + 1] ?? '');
    });
    return path;
}
/** An organization, project, migration, validation or endpoint service ID (the spec's ^[a-f0-9]{24}$). */
function mongoId(value, what) {
    if (!(0,_forms__WEBPACK_IMPORTED_MODULE_1__/* .isMongoId */ .eh)(value))
        refused(what, value, 'an ID of 24 lowercase hexadecimal characters');
    return value;
}
/** An Atlas cluster name (the spec's ^[a-zA-Z0-9][a-zA-Z0-9-]*$, and Atlas's 64 characters at most). */
function clusterName(value, what = 'cluster name') {
    if (!(0,_forms__WEBPACK_IMPORTED_MODULE_1__/* .isClusterName */ .Qq)(value))
        refused(what, value, `an Atlas cluster name (${_forms__WEBPACK_IMPORTED_MODULE_1__/* .CLUSTER_NAME_FORM */ .Gm})`);
    return value;
}
/** The value when isPathValue, else a StepError that names it. */
function pathValue(value, what, { slashes = false } = {}) {
    const slash = slashes ? '' : ", '/'";
    if (!(0,_forms__WEBPACK_IMPORTED_MODULE_1__/* .isPathValue */ .DK)(value, { slashes })) {
        refused(what, value, `a ${what}: no spaces, control characters${slash} or '\\', and not "." or ".."`);
    }
    return value;
}


/***/ }),

/***/ 5340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ AtlasClient)
/* harmony export */ });
/* unused harmony export ATLAS_LINK_TOKEN_API_VERSION */
/* harmony import */ var _clients_call__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(882);
/* harmony import */ var _clients_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9533);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5979);
/* harmony import */ var _missing_link__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2145);
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
            path: (0,_clients_path__WEBPACK_IMPORTED_MODULE_1__/* .apiPath */ .So) `/api/atlas/v2/orgs/${(0,_clients_path__WEBPACK_IMPORTED_MODULE_1__/* .mongoId */ .md)(orgId, 'organization ID')}/liveMigrations/linkTokens`,
            accept: this.mediaType,
            contentType: this.mediaType,
            body: JSON.stringify(accessListIps.length > 0 ? { accessListIps } : {}),
            // Each POST makes a token: repeat it only where Atlas cannot have acted on the first.
            idempotent: false,
            ifUncertain: `a link token may have been created in org ${orgId}; it is unused, and delete-link-token removes it (with every other link token of the org) once no source org needs one.`
        };
        const token = await (0,_clients_call__WEBPACK_IMPORTED_MODULE_0__/* .callForField */ .cn)(this.session, request, 'linkToken');
        if (typeof token !== 'string')
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UnexpectedAnswerError */ .qx('Create link token: linkToken in the answer is not a string.');
        return token;
    }
    /**
     * DELETE /api/atlas/v2/orgs/{orgId}/liveMigrations/linkTokens: removes the org's link tokens and
     * the API key Atlas made for them. Returns false when there was none left to delete.
     */
    async deleteLinkTokens(orgId) {
        try {
            await (0,_clients_call__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)(this.session, {
                operation: 'Delete link tokens',
                method: 'DELETE',
                path: (0,_clients_path__WEBPACK_IMPORTED_MODULE_1__/* .apiPath */ .So) `/api/atlas/v2/orgs/${(0,_clients_path__WEBPACK_IMPORTED_MODULE_1__/* .mongoId */ .md)(orgId, 'organization ID')}/liveMigrations/linkTokens`,
                accept: this.mediaType,
                ifUncertain: `the link tokens of org ${orgId} may be deleted; re-running delete-link-token is safe (it answers "nothing to delete" once they are gone).`
            });
            return true;
        }
        catch (err) {
            if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_2__/* .ApiError */ .hD && (0,_missing_link__WEBPACK_IMPORTED_MODULE_3__/* .isMissingLink */ .R)(err))
                return false;
            throw err;
        }
    }
}


/***/ }),

/***/ 5628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAndLink: () => (/* binding */ createAndLink),
  linkOrg: () => (/* binding */ linkOrg),
  linkStatus: () => (/* binding */ link_linkStatus),
  unlinkOrg: () => (/* binding */ unlinkOrg)
});

// EXTERNAL MODULE: ./src/errors/index.ts + 3 modules
var errors = __webpack_require__(5979);
// EXTERNAL MODULE: ./src/watch/poll.ts
var poll = __webpack_require__(5938);
// EXTERNAL MODULE: ./src/clients/call.ts
var call = __webpack_require__(882);
// EXTERNAL MODULE: ./src/clients/path.ts
var path = __webpack_require__(9533);
// EXTERNAL MODULE: ./src/link/missing-link.ts
var missing_link = __webpack_require__(2145);
;// CONCATENATED MODULE: ./src/link/cloud-manager-client.ts
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
            path: (0,path/* apiPath */.So) `/api/public/v1.0/orgs/${org(orgId)}/liveExport/migrationLink`,
            accept: JSON_TYPE,
            contentType: JSON_TYPE,
            body: JSON.stringify({ linkToken }),
            ifUncertain: `org ${orgId} may be linked; check with mode link-status before linking again.`
        };
        return linkStatus(request.operation, await (0,call/* callForField */.cn)(this.session, request, 'status'));
    }
    /** GET /api/public/v1.0/orgs/{orgId}/liveExport/migrationLink/status */
    async getLinkStatus(orgId) {
        const request = {
            operation: 'Get link status',
            method: 'GET',
            path: (0,path/* apiPath */.So) `/api/public/v1.0/orgs/${org(orgId)}/liveExport/migrationLink/status`,
            accept: JSON_TYPE
        };
        return linkStatus(request.operation, await (0,call/* callForField */.cn)(this.session, request, 'status'));
    }
    /** DELETE /api/public/v1.0/orgs/{orgId}/liveExport/migrationLink. False when there was no link. */
    async unlinkOrganization(orgId) {
        try {
            await (0,call/* call */.T1)(this.session, {
                operation: 'Remove organization link',
                method: 'DELETE',
                path: (0,path/* apiPath */.So) `/api/public/v1.0/orgs/${org(orgId)}/liveExport/migrationLink`,
                accept: JSON_TYPE,
                ifUncertain: `the link of org ${orgId} may be removed; check with mode link-status.`
            });
            return true;
        }
        catch (err) {
            if (err instanceof errors/* ApiError */.hD && (0,missing_link/* isMissingLink */.R)(err))
                return false;
            throw err;
        }
    }
}
/** The org ID, checked before it goes into a path. */
const org = (orgId) => (0,path/* mongoId */.md)(orgId, 'organization ID');
function linkStatus(operation, value) {
    if (LINK_STATUSES.includes(value))
        return value;
    throw new errors/* UnexpectedAnswerError */.qx(`${operation}: unexpected status ${JSON.stringify(value)} (expected SYNCED or NOT_SYNCED).`);
}

// EXTERNAL MODULE: ./src/link/link-token-client.ts
var link_token_client = __webpack_require__(5340);
// EXTERNAL MODULE: ./src/link/tokens.ts
var tokens = __webpack_require__(9676);
;// CONCATENATED MODULE: ./src/link/link.ts
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
        if (err instanceof errors/* ApiError */.hD && (0,missing_link/* isMissingLink */.R)(err)) {
            context.headline.next = 'Link it with mode create-and-link (or create-link-token, then link-org).';
            throw new errors/* StepError */.zg(`Org ${config.orgId} has no migration link (${err.summary}) Link it with mode link-org or create-and-link.`);
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
    const atlas = new link_token_client/* AtlasClient */.l(open(config.atlas), config.apiVersion);
    const source = new CloudManagerClient(open(config.source));
    const linkToken = await (0,tokens.createLinkToken)(atlas, config.orgId, config.accessListIps, context);
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
        const note = `Could not delete the link tokens of Atlas org ${config.orgId}: ${(0,errors/* errorMessage */.gJ)(err)}`;
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
    return (0,poll/* pollUntil */.g3)({
        what: `org ${orgId}'s link to reach SYNCED`,
        timeoutSeconds: wait.timeoutSeconds,
        // Soon at first (a new link often syncs within a second), doubling to 15 s.
        schedule: (0,poll/* pollSchedule */.dI)(15_000),
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
    const rejected = refusal instanceof errors/* ApiError */.hD && refusal.fromApi && (refusal.status === 400 || refusal.status === 409);
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


/***/ }),

/***/ 2145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ isMissingLink)
/* harmony export */ });
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


/***/ }),

/***/ 9676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createLinkToken: () => (/* binding */ createLinkToken),
/* harmony export */   createLinkTokenMode: () => (/* binding */ createLinkTokenMode),
/* harmony export */   deleteLinkTokens: () => (/* binding */ deleteLinkTokens)
/* harmony export */ });
/* harmony import */ var _link_token_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5340);
// The Atlas side of the link: link tokens.

async function createLinkTokenMode(config, open, context) {
    const atlas = new _link_token_client__WEBPACK_IMPORTED_MODULE_0__/* .AtlasClient */ .l(open(config.atlas), config.apiVersion);
    context.outputs['link-token'] = await createLinkToken(atlas, config.orgId, config.accessListIps, context);
    return 'link token created';
}
async function deleteLinkTokens(config, open, context) {
    const atlas = new _link_token_client__WEBPACK_IMPORTED_MODULE_0__/* .AtlasClient */ .l(open(config.atlas), config.apiVersion);
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
