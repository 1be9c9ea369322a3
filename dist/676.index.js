export const id = 676;
export const ids = [676];
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
// Where an API answer is judged: a 2xx from the API is success, anything else becomes an error with
// the API's own words. A 2xx that is not the API's (an HTML page from a proxy) is not success.



async function call(session, request, onAnswer) {
    const response = await session.send(request);
    onAnswer?.(response);
    if (!(0,_transport_http__WEBPACK_IMPORTED_MODULE_2__/* .isSuccess */ .oJ)(response.status)) {
        throw _errors__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD.fromResponse(request.operation, request.method, response, session.names, request.permission);
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


/***/ })

};
