import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 833:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vc: () => (/* binding */ SYSTEM_CLOCK),
/* harmony export */   WN: () => (/* binding */ cancellation),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dZ: () => (/* binding */ throwIfCancelled),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
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


/***/ }),

/***/ 2432:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ OutcomeUnknownError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   qx: () => (/* binding */ UnexpectedAnswerError),
/* harmony export */   zg: () => (/* binding */ StepError)
/* harmony export */ });
// The kinds of failure that carry only their words: no HTTP answer, no server text. Apart from the
// barrel so that the start-up chunk (input checks) can throw them without loading the HTTP errors.
/** What the action refuses, or finds wrong between calls; the message says what to do. */
class StepError extends Error {
    /**
     * The mode logged this message as an error already, first, before the findings it sums up (a
     * failed pre-flight, a plan): the step says it again in its log, not as a second annotation.
     */
    announced;
    constructor(message, { announced = false } = {}) {
        super(message);
        this.name = 'StepError';
        this.announced = announced;
    }
}
/** A success status whose answer is not what the API sends: not JSON, or without what the call returns. */
class UnexpectedAnswerError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UnexpectedAnswerError';
    }
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
/** A bad input: the message names the input and says what is expected. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}


/***/ }),

/***/ 6868:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ DEFAULT_SETTING_NAMES),
/* harmony export */   NO: () => (/* binding */ answerLine),
/* harmony export */   Q6: () => (/* binding */ notGitHubsApi),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   XK: () => (/* binding */ notTheApi),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hC: () => (/* binding */ sentences),
/* harmony export */   hS: () => (/* binding */ counted),
/* harmony export */   x2: () => (/* binding */ describeNonJson)
/* harmony export */ });
// The words of errors: the names of the settings a hint points at, how an HTTP answer is named,
// and how server text is put on one line.
const DEFAULT_SETTING_NAMES = {
    baseUrl: 'base-url',
    orgId: 'org-id',
    ids: 'org-id',
    credentials: 'the credentials (the key pair or service account)'
};
/** A 404 that is not the API's own (an HTML page, no body, JSON without an errorCode). */
const notTheApi = (names) => names.api === 'github'
    ? notGitHubsApi(names)
    : `The host did not answer like the MongoDB API: check ${names.baseUrl}; give the host only, such as https://cloud.mongodb.com or https://opsmanager.example.com:8443.`;
/** The same for GitHub: never point at a MongoDB host, which would be sent the github-token. */
const notGitHubsApi = (names) => `The host did not answer like GitHub's REST API: check that ${names.baseUrl} is GitHub's API, https://api.github.com (or https://HOST/api/v3 on GitHub Enterprise Server).`;
/** Names an HTTP answer the same way in every error: "HTTP 201 from POST /api/atlas/v2/…". */
function answerLine(status, method, url) {
    return `HTTP ${status} from ${method} ${new URL(url).pathname}`;
}
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
/** The message of anything thrown. */
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}
/** "1 deployment", "3 deployments", "2 access-list entries": a count with its noun, plural when not 1. */
function counted(n, noun, plural = `${noun}s`) {
    return `${n} ${n === 1 ? noun : plural}`;
}
/**
 * Sentences joined into one text, each ending once: "…: not found." and "Check org-id." make
 * "…: not found. Check org-id.", never "not found.. Check". Empty parts are left out.
 */
function sentences(...parts) {
    return parts
        .map(part => part?.trim() ?? '')
        .filter(part => part !== '')
        .map(part => (/[.!?]$/.test(part) ? part : `${part}.`))
        .join(' ');
}


/***/ }),

/***/ 1388:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DK: () => (/* binding */ isPathValue),
/* harmony export */   Gm: () => (/* binding */ CLUSTER_NAME_FORM),
/* harmony export */   Qq: () => (/* binding */ isClusterName),
/* harmony export */   eh: () => (/* binding */ isMongoId)
/* harmony export */ });
// The forms MongoDB documents for what goes into a URL path, as pure predicates: the input checks
// (at start-up), the clients (before each request) and the ledger (reading a record) share them.
const MONGO_ID = /^[a-f0-9]{24}$/;
const CLUSTER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]*$/;
const MAX_CLUSTER_NAME = 64;
/** What an Atlas cluster name is, in the words of every error that refuses one. */
const CLUSTER_NAME_FORM = 'letters, digits and hyphens, starting with a letter or digit, at most 64 characters';
/** An organization, project, migration, validation or endpoint service ID (the spec's ^[a-f0-9]{24}$). */
const isMongoId = (value) => MONGO_ID.test(value);
/** An Atlas cluster name (the spec's ^[a-zA-Z0-9][a-zA-Z0-9-]*$, and Atlas's 64 characters at most). */
const isClusterName = (value) => CLUSTER_NAME.test(value) && value.length <= MAX_CLUSTER_NAME;
/**
 * A value whose documented pattern real answers break (a host:port with hyphens, a partition name):
 * no space or control character, no '\', not '.' or '..'; no '/' unless `slashes` (a CIDR, an Azure
 * resource ID), and then no '.' or '..' between them either.
 */
function isPathValue(value, { slashes = false } = {}) {
    const parts = value.split('/');
    const control = [...value].some(c => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) < 0xa0));
    return (value !== '' &&
        !control &&
        !/[\s\\]/.test(value) &&
        (slashes || parts.length === 1) &&
        !parts.some(part => part === '.' || part === '..'));
}


/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ identifier),
/* harmony export */   Eo: () => (/* binding */ isName),
/* harmony export */   Fg: () => (/* binding */ parseId),
/* harmony export */   WT: () => (/* binding */ parseIps),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _forms__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1388);
/* harmony import */ var _ip__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(568);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3448);
// Readers of one input each: required, booleans, whole numbers, IDs, names, IP lists. Each throws
// an InputError that names the input and says what is expected; none echoes a secret.



/** A 24-hex organization, project or migration ID; `why` says what it is needed for, when it is missing. */
function parseId(read, name, what, why = `the ${what} (24 hexadecimal characters)`) {
    const value = read(name);
    if (value === '')
        throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Input '${name}' is required: ${why}.`);
    if (!(0,_forms__WEBPACK_IMPORTED_MODULE_1__/* .isMongoId */ .eh)(value)) {
        const article = /^[aeiou]/i.test(what) ? 'an' : 'a';
        throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Input '${name}' must be ${article} ${what} of 24 lowercase hexadecimal characters; got ${quote(value)}.`);
    }
    return value;
}
function parseIps(read) {
    const entries = read('access-list-ips')
        .split(/[\s,]+/)
        .map(entry => entry.replace(/^-\s*/, ''))
        .filter(entry => entry !== '' && entry !== '-');
    for (const entry of entries) {
        if ((0,_ip__WEBPACK_IMPORTED_MODULE_2__/* .ipVersion */ .U)(entry) === 0) {
            throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Input 'access-list-ips' must list IPv4 or IPv6 addresses separated by commas, spaces or newlines; ${quote(entry)} is not an IP address.`);
        }
    }
    return [...new Set(entries)];
}
// The YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput reads them.
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
function parseBoolean(read, name, fallback) {
    const value = read(name);
    if (value === '')
        return fallback;
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Input '${name}' must be true or false; got ${quote(value)}.`);
}
function parseInteger(read, name, fallback, min, max) {
    const value = read(name);
    if (value === '')
        return fallback;
    const number = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(number >= min && number <= max)) {
        throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Input '${name}' must be a whole number of seconds from ${min} to ${max}; got ${quote(value)}.`);
    }
    return number;
}
function required(read, name, what) {
    const value = read(name);
    if (value === '')
        throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Input '${name}' is required: ${what}.`);
    return value;
}
/** A key or client ID goes into an Authorization header: printable ASCII without quotes or colons. */
function identifier(read, name, what) {
    const value = required(read, name, what);
    if (!/^[\x21-\x7e]+$/.test(value) || /["':\\]/.test(value)) {
        throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Input '${name}' must be ${what.replace(/^the /, 'a ')}: printable characters without spaces, quotes or colons.`);
    }
    return value;
}
/** Quotes a (non-secret) input for an error message, cut short so a pasted blob stays one short line. */
function quote(value) {
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    return JSON.stringify(shown);
}
/** A name on one line: no control characters (checked by code point, not a regex of control characters). */
const isName = (value) => value.length >= 1 && value.length <= 128 && [...value].every(c => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f);


/***/ }),

/***/ 568:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ ipVersion)
/* harmony export */ });
/** 4 or 6 for an IPv4 or IPv6 address, 0 for anything else (node:net's isIP). */
function ipVersion(value) {
    return process.getBuiltinModule('node:net').isIP(value);
}


/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OM: () => (/* binding */ DEFAULT_WAIT_TIMEOUT_SECONDS),
/* harmony export */   Ou: () => (/* binding */ DEFAULT_POLL_INTERVAL_SECONDS),
/* harmony export */   Ql: () => (/* binding */ DEFAULT_BASE_URL),
/* harmony export */   dz: () => (/* reexport safe */ _errors_kinds__WEBPACK_IMPORTED_MODULE_0__.dz),
/* harmony export */   il: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_SECONDS),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   t: () => (/* binding */ MAX_WAIT_TIMEOUT_SECONDS)
/* harmony export */ });
/* harmony import */ var _errors_kinds__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2432);
// What the inputs are parsed into, knowing no mode: endpoints and credentials, waits, the migration
// request, the approval and the ledger's key. Pure types and constants; the parsing lives beside it,
// what each mode is given in config.ts, the list of modes in registry.ts.

/** Inputs whose values are credentials or tokens: masked before anything is logged. */
const SECRET_INPUTS = [
    'private-key',
    'client-secret',
    'access-token',
    'link-token',
    'source-private-key',
    'source-password',
    'github-token'
];
const DEFAULT_BASE_URL = 'https://cloud.mongodb.com';
const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;
const DEFAULT_WAIT_TIMEOUT_SECONDS = 300;
/** Five days: the longest a self-hosted job may run (GitHub-hosted jobs end at 6 hours). */
const MAX_WAIT_TIMEOUT_SECONDS = 432_000;
const DEFAULT_POLL_INTERVAL_SECONDS = 60;


/***/ }),

/***/ 9120:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ atlasRows),
/* harmony export */   Ao: () => (/* binding */ changes),
/* harmony export */   C_: () => (/* binding */ WAIT),
/* harmony export */   Hc: () => (/* binding */ host),
/* harmony export */   JE: () => (/* binding */ sourceRows),
/* harmony export */   S3: () => (/* binding */ REQUEST),
/* harmony export */   Y4: () => (/* binding */ migrationRows),
/* harmony export */   bQ: () => (/* binding */ newReport),
/* harmony export */   dJ: () => (/* binding */ requestRows),
/* harmony export */   tG: () => (/* binding */ CREDENTIALS)
/* harmony export */ });
function newReport() {
    return { outputs: {}, notes: [], rows: [], waits: [], tables: [], headline: {} };
}
/** The samples where something changed (status, readiness), plus the last one. */
function changes(samples) {
    return samples.filter((sample, i) => i === 0 ||
        i === samples.length - 1 ||
        sample.status !== samples[i - 1]?.status ||
        sample.ready !== samples[i - 1]?.ready);
}
/** One credential kind and the API host: what every mode that calls an API reads. */
const CREDENTIALS = ['public-key', 'private-key', 'client-id', 'client-secret', 'access-token', 'base-url'];
const host = (baseUrl) => new URL(baseUrl).host;
const atlasRows = (c) => [
    ['Atlas organization', c.orgId],
    ['Host', host(c.atlas.baseUrl)]
];
const sourceRows = (c) => [
    ['Source organization', c.orgId],
    ['Host', host(c.source.baseUrl)]
];
const requestRows = (c) => [
    ['Destination project', c.projectId],
    ['Destination cluster', c.migration.clusterName],
    ['Source cluster', c.migration.sourceClusterName],
    ['Host', host(c.atlas.baseUrl)]
];
const migrationRows = (c) => [
    ['Destination project', c.projectId],
    ['Migration ID', c.migrationId],
    ['Host', host(c.atlas.baseUrl)]
];
/** What a wait reads: the migration modes'. */
const WAIT = ['wait-for', 'wait-timeout-seconds', 'poll-interval-seconds'];
/** The migration request's inputs: validate, start and pre-flight read them. */
const REQUEST = [
    'org-id',
    'project-id',
    'cluster-name',
    'source-project-id',
    'source-cluster-name',
    'migration-host',
    'source-ssl',
    'source-ca-certificate-path',
    'source-username',
    'source-password',
    'drop-destination-data',
    'hostname-schema-type',
    'private-link-id',
    'sharding',
    'wait-timeout-seconds',
    'poll-interval-seconds'
];


/***/ }),

/***/ 8180:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  FN: () => (/* binding */ MODES),
  TL: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: COMMON_INPUTS, MODE_NAMES, isMode

// EXTERNAL MODULE: ./src/inputs/fields.ts
var fields = __nccwpck_require__(2996);
// EXTERNAL MODULE: ./src/forms.ts
var src_forms = __nccwpck_require__(1388);
// EXTERNAL MODULE: ./src/inputs/types.ts
var types = __nccwpck_require__(3448);
;// CONCATENATED MODULE: ./src/inputs/migration.ts
// The migration request's inputs (validate-migration, start-migration), each checked before any
// request: names, IDs, the source's TLS and credentials, the destination's network path, sharding.



const HOSTNAME_SCHEMA_TYPES = ['PUBLIC', 'PRIVATE_LINK', 'VPC_PEERING'];
const HOST = /^[A-Za-z0-9.:[\]_-]{1,253}$/;
/** cluster-name: it goes into request paths, so Atlas's own rule is checked before any request. */
function atlasClusterName(value, input = 'cluster-name') {
    if (!(0,src_forms/* isClusterName */.Qq)(value))
        throw new types/* InputError */.dz(`Input '${input}' must be the name of an Atlas cluster: ${src_forms/* CLUSTER_NAME_FORM */.Gm}; got ${(0,fields/* quote */.hD)(value)}.`);
    return value;
}
const SOURCE_CLUSTER = 'the name of the source cluster in Cloud Manager / Ops Manager';
/**
 * source-cluster-name: Cloud Manager names allow more than Atlas's, and this one goes only into a
 * request body or a comparison; still never a path.
 */
function sourceCluster(value) {
    if (!(0,fields/* isName */.Eo)(value) || /[/\\]/.test(value) || ['.', '..'].includes(value)) {
        throw new types/* InputError */.dz(`Input 'source-cluster-name' must be ${SOURCE_CLUSTER.replace(/^the /, 'a ')}: one line, no '/' or '\\', not "." or ".."; got ${(0,fields/* quote */.hD)(value)}.`);
    }
    return value;
}
/** The migration request's inputs, each checked; what discovery fills may be left out. */
function parseMigrationInputs(read, warnings) {
    const clusterName = atlasClusterName((0,fields/* required */.mw)(read, 'cluster-name', 'the name of the destination Atlas cluster'));
    const sourceClusterName = sourceCluster((0,fields/* required */.mw)(read, 'source-cluster-name', SOURCE_CLUSTER));
    const sourceProjectId = read('source-project-id')
        ? (0,fields/* parseId */.Fg)(read, 'source-project-id', 'source (Cloud Manager / Ops Manager) project ID')
        : undefined;
    const migrationHost = read('migration-host') || undefined;
    if (migrationHost !== undefined && !HOST.test(migrationHost)) {
        throw new types/* InputError */.dz(`Input 'migration-host' must be the host name of the migration host, as Cloud Manager lists it; got ${(0,fields/* quote */.hD)(migrationHost)}.`);
    }
    const caPath = read('source-ca-certificate-path') || undefined;
    let sourceSsl = read('source-ssl') === '' ? undefined : (0,fields/* parseBoolean */.yG)(read, 'source-ssl', false);
    if (caPath !== undefined) {
        if (sourceSsl === false) {
            throw new types/* InputError */.dz("Input 'source-ca-certificate-path' needs TLS: remove source-ssl: false, or the CA path.");
        }
        sourceSsl = true;
    }
    const username = read('source-username');
    const password = read('source-password');
    if ((username === '') !== (password === '')) {
        throw new types/* InputError */.dz(`Input '${username === '' ? 'source-username' : 'source-password'}' is required with ${username === '' ? 'source-password' : 'source-username'}: give both (a SCRAM user of the source), or neither when Automation manages the source's authentication.`);
    }
    const dropDestinationData = (0,fields/* parseBoolean */.yG)(read, 'drop-destination-data', false);
    const hostnameSchemaType = (read('hostname-schema-type') || 'PUBLIC');
    if (!HOSTNAME_SCHEMA_TYPES.includes(hostnameSchemaType)) {
        throw new types/* InputError */.dz(`Input 'hostname-schema-type' must be one of ${HOSTNAME_SCHEMA_TYPES.join(', ')}; got ${(0,fields/* quote */.hD)(hostnameSchemaType)}.`);
    }
    const privateLinkId = read('private-link-id') || undefined;
    // It goes into a pre-flight read's path: encoded there, so '/' may stay (an Azure resource ID has them).
    if (privateLinkId !== undefined && !(0,src_forms/* isPathValue */.DK)(privateLinkId, { slashes: true })) {
        throw new types/* InputError */.dz(`Input 'private-link-id' must be a private endpoint's ID (vpce-…, an Azure resource ID or a GCP endpoint group name): no spaces, control characters or '\\', no "." or ".." between '/'; got ${(0,fields/* quote */.hD)(privateLinkId)}.`);
    }
    if (hostnameSchemaType === 'PRIVATE_LINK' && !privateLinkId) {
        throw new types/* InputError */.dz("Input 'private-link-id' is required with hostname-schema-type: PRIVATE_LINK: the private endpoint's ID.");
    }
    if (hostnameSchemaType !== 'PRIVATE_LINK' && privateLinkId) {
        throw new types/* InputError */.dz(`Input 'private-link-id' goes only with hostname-schema-type: PRIVATE_LINK (it is ${hostnameSchemaType}).`);
    }
    if (dropDestinationData) {
        warnings.push(`drop-destination-data is true: every collection of the destination cluster '${clusterName}' is dropped before the migration starts.`);
    }
    return {
        clusterName,
        sourceClusterName,
        sourceProjectId,
        migrationHost,
        sourceSsl,
        sourceCaCertificatePath: caPath,
        sourceCredentials: username ? { username, password } : undefined,
        dropDestinationData,
        hostnameSchemaType,
        privateLinkId,
        sharding: parseSharding(read('sharding'))
    };
}
/** sharding: JSON {createSupportingIndexes, shardingEntries: [{database, collection, shardCollection: {key: [{field: 1}]}}]}. */
function parseSharding(value) {
    if (value === '')
        return undefined;
    const fail = (why) => {
        throw new types/* InputError */.dz(`Input 'sharding' ${why}. Expected JSON such as {"createSupportingIndexes": true, "shardingEntries": [{"database": "db", "collection": "c", "shardCollection": {"key": [{"field": 1}]}}]}.`);
    };
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch {
        return fail('is not valid JSON');
    }
    const object = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (!object(parsed))
        return fail('must be a JSON object');
    if (typeof parsed.createSupportingIndexes !== 'boolean')
        return fail('needs createSupportingIndexes: true or false');
    const entries = parsed.shardingEntries;
    if (!Array.isArray(entries) || entries.length === 0)
        return fail('needs a non-empty shardingEntries array');
    const keys = new Set();
    for (const [i, entry] of entries.entries()) {
        const at = `shardingEntries[${i}]`;
        if (!object(entry))
            return fail(`has ${at} that is not an object`);
        if (typeof entry.database !== 'string' || entry.database === '')
            return fail(`needs ${at}.database`);
        if (typeof entry.collection !== 'string' || entry.collection === '')
            return fail(`needs ${at}.collection`);
        const key = object(entry.shardCollection) ? entry.shardCollection.key : undefined;
        if (!Array.isArray(key) || key.length === 0)
            return fail(`needs ${at}.shardCollection.key, a non-empty array`);
        for (const field of key) {
            if (!object(field) ||
                Object.keys(field).length !== 1 ||
                !Object.values(field).every(v => v === 1 || v === 'hashed')) {
                return fail(`has ${at}.shardCollection.key entries that are not {"field": 1} (or "hashed")`);
            }
        }
        const namespace = `${entry.database}.${entry.collection}`;
        if (keys.has(namespace))
            return fail(`lists ${namespace} twice`);
        keys.add(namespace);
    }
    return parsed;
}

;// CONCATENATED MODULE: ./src/inputs/evidence.ts
// The evidence's inputs: the names to compare, the source's API key, and what a failing finding does.



const POLICIES = ['fail', 'warn'];
function parseEvidencePolicy(read) {
    const value = read('evidence') || 'fail';
    if (!POLICIES.includes(value)) {
        throw new types/* InputError */.dz(`Input 'evidence' must be fail (a failing finding refuses the cut-over) or warn; got ${(0,fields/* quote */.hD)(value)}.`);
    }
    return value;
}
function parseEvidenceNames(read) {
    const names = {};
    if (read('cluster-name'))
        names.clusterName = atlasClusterName(read('cluster-name'));
    if (read('source-cluster-name'))
        names.sourceClusterName = sourceCluster(read('source-cluster-name'));
    if (read('source-project-id'))
        names.sourceProjectId = (0,fields/* parseId */.Fg)(read, 'source-project-id', 'source (Cloud Manager / Ops Manager) project ID');
    return names;
}
/** source-public-key and source-private-key: both, or neither (undefined). */
function parseEvidenceSource(kit) {
    if (kit.read('source-public-key') === '' && kit.read('source-private-key') === '')
        return undefined;
    return kit.sourceEndpoint('source-project-id');
}
function parseEvidenceInputs(kit) {
    return {
        source: parseEvidenceSource(kit),
        names: parseEvidenceNames(kit.read),
        policy: parseEvidencePolicy(kit.read)
    };
}

// EXTERNAL MODULE: ./src/mode.ts
var mode = __nccwpck_require__(9120);
;// CONCATENATED MODULE: ./src/evidence/entries.ts
// The evidence's entry, spread into registry.ts's list.



const NEEDS_SOURCE = 'Mode evidence reads the source through Cloud Manager / Ops Manager: set source-public-key and source-private-key.';
const EVIDENCE_MODES = {
    evidence: {
        family: 'migration',
        does: 'put the source and the destination side by side, per database, reading only',
        inputs: [
            ...mode/* CREDENTIALS */.tG,
            'project-id',
            'cluster-name',
            'source-cluster-name',
            'source-project-id',
            'source-public-key',
            'source-private-key',
            'source-base-url',
            'migration-id',
            'evidence'
        ],
        parse: kit => {
            const projectId = kit.id('project-id', 'destination Atlas project ID');
            const names = parseEvidenceNames(kit.read);
            const need = (value, input, what) => {
                if (value === undefined)
                    throw new types/* InputError */.dz(`Input '${input}' is required: ${what}.`);
                return value;
            };
            const pair = {
                clusterName: need(names.clusterName, 'cluster-name', 'the destination Atlas cluster'),
                sourceClusterName: need(names.sourceClusterName, 'source-cluster-name', 'the source cluster in Cloud Manager / Ops Manager'),
                sourceProjectId: need(names.sourceProjectId, 'source-project-id', "the source's Cloud Manager / Ops Manager project ID")
            };
            const source = parseEvidenceSource(kit);
            if (!source)
                throw new types/* InputError */.dz(NEEDS_SOURCE);
            return {
                mode: 'evidence',
                projectId,
                pair,
                atlas: kit.atlas('project-id'),
                source,
                migrationId: kit.read('migration-id') ? kit.id('migration-id', 'migration ID') : undefined,
                policy: parseEvidencePolicy(kit.read)
            };
        },
        // The migration modes' chunk (migration/entries.ts): the code they share is loaded once.
        load: async () => (await Promise.all(/* import() | migration */[__nccwpck_require__.e(942), __nccwpck_require__.e(711), __nccwpck_require__.e(912), __nccwpck_require__.e(585)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2350))).evidence,
        rows: c => [
            ['Destination', `${c.pair.clusterName} (project ${c.projectId}, ${(0,mode/* host */.Hc)(c.atlas.baseUrl)})`],
            ['Source', `${c.pair.sourceClusterName} (project ${c.pair.sourceProjectId}, ${(0,mode/* host */.Hc)(c.source.baseUrl)})`]
        ]
    }
};

;// CONCATENATED MODULE: ./src/inputs/endpoints.ts
// Where requests go and how they authenticate: the base URLs (no credentials in them, no plain HTTP
// off loopback unless allowed), exactly one kind of credentials, and private CAs as PEM text.


/** What the user calls each kind of credentials, for hints in errors. */
const CREDENTIAL_NAMES = {
    'api-key': 'public-key / private-key',
    'service-account': 'client-id / client-secret',
    'access-token': 'access-token'
};
/** Exactly one credential kind; a half-given pair names the missing half. */
function parseCredentials(read) {
    const given = [];
    const publicKey = read('public-key');
    const privateKey = read('private-key');
    if (publicKey || privateKey) {
        given.push({
            kind: 'api-key',
            publicKey: (0,fields/* identifier */.Cv)(read, 'public-key', 'the public key that goes with private-key'),
            privateKey: (0,fields/* required */.mw)(read, 'private-key', 'the private key that goes with public-key')
        });
    }
    const clientId = read('client-id');
    const clientSecret = read('client-secret');
    if (clientId || clientSecret) {
        given.push({
            kind: 'service-account',
            clientId: (0,fields/* identifier */.Cv)(read, 'client-id', 'the service account client ID that goes with client-secret'),
            clientSecret: (0,fields/* required */.mw)(read, 'client-secret', 'the service account secret that goes with client-id')
        });
    }
    const accessToken = read('access-token');
    if (accessToken)
        given.push({ kind: 'access-token', accessToken });
    const [only, ...others] = given;
    if (!only) {
        throw new types/* InputError */.dz('No credentials: set exactly one of public-key + private-key (API key), client-id + client-secret (service account), or access-token.');
    }
    if (others.length > 0) {
        throw new types/* InputError */.dz(`More than one kind of credentials is set (${given.map(c => c.kind).join(', ')}): set exactly one of public-key + private-key, client-id + client-secret, or access-token.`);
    }
    return only;
}
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);
function isLoopback(hostname) {
    return LOOPBACK_HOSTS.has(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
function parseBaseUrl(read, name, allowHttp, warnings) {
    const value = read(name) || types/* DEFAULT_BASE_URL */.Ql;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new types/* InputError */.dz(`Input '${name}' must be an absolute URL such as ${types/* DEFAULT_BASE_URL */.Ql} or https://opsmanager.example.com:8443; got ${quoteUrl(value)}.`);
    }
    if (url.username || url.password) {
        // Never echo the value: it holds credentials.
        throw new types/* InputError */.dz(`Input '${name}' must not contain credentials (user:password@); pass them as public-key / private-key instead.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new types/* InputError */.dz(`Input '${name}' must start with https:// (or http://); got ${quoteUrl(value)}.`);
    }
    if (url.search || url.hash) {
        throw new types/* InputError */.dz(`Input '${name}' must not have a query or fragment; got ${quoteUrl(value)}.`);
    }
    if (/\/api(\/|$)/i.test(url.pathname)) {
        throw new types/* InputError */.dz(`Input '${name}' must be the host only, such as ${url.origin}: the action adds the API paths (/api/atlas/v2, /api/public/v1.0) itself; got ${quoteUrl(value)}.`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        if (!allowHttp) {
            throw new types/* InputError */.dz(`Input '${name}' uses plain http:// to ${url.hostname}: credentials and tokens would cross the network unencrypted. Use https://, or set allow-http: true if this Ops Manager only serves HTTP.`);
        }
        warnings.push(`Input '${name}' uses plain http:// to ${url.hostname} (allowed by allow-http): traffic is not encrypted.`);
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----/g;
/** PEM text: one or more certificate blocks, and nothing else but white space. */
function parseCertificates(value) {
    if (value === '')
        return [];
    const certificates = value.match(PEM_CERTIFICATE) ?? [];
    if (certificates.length === 0 || value.replace(PEM_CERTIFICATE, '').trim() !== '') {
        throw new types/* InputError */.dz("Input 'ca-certificate' must be PEM text: one or more blocks from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE----- (a CA certificate, not a key or a file path).");
    }
    return certificates;
}
/** The Atlas CLI refuses every live-migration call on Atlas for Government. */
function warnIfGovernment(endpoint, warnings) {
    if (/(^|\.)mongodbgov\.com$/i.test(new URL(endpoint.baseUrl).hostname)) {
        warnings.push('base-url is Atlas for Government: the Atlas CLI refuses live migration there, and it may not be available; the calls are made all the same.');
    }
}
/**
 * Quotes a URL input for an error message, unless it has an @: user:password@ may hold a password,
 * and the runner masks only whole secrets, so no part of such a value is echoed.
 */
function quoteUrl(value) {
    return value.includes('@') ? '(not shown: it contains @, as user:password@ would)' : (0,fields/* quote */.hD)(value);
}

// EXTERNAL MODULE: ./src/inputs/ip.ts
var ip = __nccwpck_require__(568);
;// CONCATENATED MODULE: ./src/inputs/kit.ts
// What a mode's parser reads its inputs with: each call reads and checks one input (or one group,
// such as an endpoint), and every mode that reads it reads it the same way.




// (mode names are the registry's; the kit only quotes them)

const API_VERSION = /^\d{4}-\d{2}-\d{2}$/;
function inputKit(read, mode, warnings) {
    const allowHttp = (0,fields/* parseBoolean */.yG)(read, 'allow-http', false);
    // Read whatever the mode, so a bad value fails even where it would not be used.
    const waitTimeoutSeconds = (0,fields/* parseInteger */.cG)(read, 'wait-timeout-seconds', types/* DEFAULT_WAIT_TIMEOUT_SECONDS */.OM, 1, types/* MAX_WAIT_TIMEOUT_SECONDS */.t);
    const pollIntervalSeconds = (0,fields/* parseInteger */.cG)(read, 'poll-interval-seconds', types/* DEFAULT_POLL_INTERVAL_SECONDS */.Ou, 1, 86_400);
    const endpoint = (ids) => {
        const baseUrl = parseBaseUrl(read, 'base-url', allowHttp, warnings);
        const credentials = parseCredentials(read);
        return {
            baseUrl,
            credentials,
            names: { baseUrl: 'base-url', orgId: 'org-id', ids, credentials: CREDENTIAL_NAMES[credentials.kind] }
        };
    };
    return {
        read,
        warnings,
        id: (name, what, why) => (0,fields/* parseId */.Fg)(read, name, what, why),
        orgId: (name = 'org-id', why) => (0,fields/* parseId */.Fg)(read, name, 'organization ID', why),
        boolean: (name, fallback) => (0,fields/* parseBoolean */.yG)(read, name, fallback),
        required: (name, what) => (0,fields/* required */.mw)(read, name, what),
        endpoint,
        atlas: ids => {
            const atlas = endpoint(ids);
            warnIfGovernment(atlas, warnings);
            return atlas;
        },
        sourceEndpoint: (ids = 'source-org-id') => ({
            baseUrl: parseBaseUrl(read, 'source-base-url', allowHttp, warnings),
            credentials: {
                kind: 'api-key',
                publicKey: (0,fields/* identifier */.Cv)(read, 'source-public-key', 'the public key of a Cloud Manager / Ops Manager API key'),
                privateKey: (0,fields/* required */.mw)(read, 'source-private-key', 'the private key of that API key')
            },
            names: {
                baseUrl: 'source-base-url',
                orgId: 'source-org-id',
                ids,
                credentials: 'source-public-key / source-private-key'
            }
        }),
        apiVersion: () => {
            const value = read('api-version');
            if (value !== '' && !API_VERSION.test(value)) {
                throw new types/* InputError */.dz(`Input 'api-version' must be a date in the form YYYY-MM-DD (e.g. 2023-01-01); got ${(0,fields/* quote */.hD)(value)}.`);
            }
            return value || undefined;
        },
        accessListIps: () => (0,fields/* parseIps */.WT)(read),
        waitForSync: () => (0,fields/* parseBoolean */.yG)(read, 'wait-for-sync', false) ? { timeoutSeconds: waitTimeoutSeconds } : undefined,
        migrationWait: allowed => {
            const value = read('wait-for') || allowed[0];
            if (!allowed.includes(value)) {
                throw new types/* InputError */.dz(`Input 'wait-for' must be one of ${allowed.join(', ')} in mode ${mode}; got ${(0,fields/* quote */.hD)(value)}.`);
            }
            return { for: value, timeoutSeconds: waitTimeoutSeconds, pollIntervalSeconds };
        },
        migration: () => parseMigrationInputs(read, warnings),
        hostAddresses: () => parseAddresses(read, 'migration-host-ips'),
        path: (name, what) => parseWorkspacePath(read, name, what)
    };
}
/** Addresses or CIDR ranges, separated by commas, spaces or newlines. */
function parseAddresses(read, name) {
    const entries = read(name)
        .split(/[\s,]+/)
        .map(entry => entry.replace(/^-\s*/, ''))
        .filter(entry => entry !== '' && entry !== '-');
    for (const entry of entries) {
        const [address = '', prefix] = entry.split('/');
        const version = (0,ip/* ipVersion */.U)(address);
        const bits = version === 4 ? 32 : 128;
        if (version === 0 || (prefix !== undefined && !(/^\d+$/.test(prefix) && Number(prefix) <= bits))) {
            throw new types/* InputError */.dz(`Input '${name}' must list IPv4 or IPv6 addresses or CIDR ranges (203.0.113.7, 203.0.113.0/28), separated by commas, spaces or newlines; ${(0,fields/* quote */.hD)(entry)} is not one.`);
        }
    }
    return [...new Set(entries)];
}
/** A path relative to the workspace, as a repository's files are named: never absolute, never up and out. */
function parseWorkspacePath(read, name, what) {
    const value = (0,fields/* required */.mw)(read, name, what);
    const parts = value.split(/[\\/]/);
    if (!(0,fields/* isName */.Eo)(value) || /^([A-Za-z]:)?[\\/]/.test(value) || parts.includes('..')) {
        throw new types/* InputError */.dz(`Input '${name}' must be ${what}, such as migrations/plan.yml (no leading '/', no '..'); got ${(0,fields/* quote */.hD)(value)}.`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/inputs/github.ts
// The inputs that reach GitHub rather than Atlas: the approval that gates a cut-over, the token that
// reads it, the deployment name that keys the ledger, and how long a cut-over waits for readiness.


const CHECKS = ['required-reviewers', 'custom-protection-rule'];
/** A cut-over waits for readiness at most one hosted job's length (6 hours). */
const MAX_READY_WAIT_SECONDS = 21_600;
function parseGithubToken(read, why) {
    return (0,fields/* required */.mw)(read, 'github-token', `a GitHub token (\${{ github.token }}) with ${why}`);
}
/** approval-environment and approval-check (cutover): the proof to read before anything is sent. */
function parseApproval(read) {
    const environment = read('approval-environment');
    const check = read('approval-check');
    if (environment === '' && (read.raw?.('approval-environment') ?? '') !== '') {
        throw new types/* InputError */.dz("Input 'approval-environment' is blank: give the environment that gates the cut-over, or leave the input out (the approval is then not checked).");
    }
    if (environment === '') {
        if (check !== '')
            throw new types/* InputError */.dz("Input 'approval-check' goes with approval-environment: give both.");
        return undefined;
    }
    if (!(0,fields/* isName */.Eo)(environment))
        throw new types/* InputError */.dz("Input 'approval-environment' must be an environment name, on one line.");
    const chosen = check || 'required-reviewers';
    if (!CHECKS.includes(chosen)) {
        throw new types/* InputError */.dz(`Input 'approval-check' must be one of ${CHECKS.join(', ')}; got ${(0,fields/* quote */.hD)(chosen)}.`);
    }
    return {
        check: chosen,
        environment,
        githubToken: parseGithubToken(read, "actions: read, to read the environment's protection and this run's approvals and jobs, and deployments: read")
    };
}
function parseReadyWait(read) {
    return (0,fields/* parseInteger */.cG)(read, 'ready-wait-seconds', 0, 0, MAX_READY_WAIT_SECONDS);
}
/** deployment-name: the ledger's key for one deployment (a task name on GitHub: kept short). */
function parseDeploymentName(read) {
    const value = (0,fields/* required */.mw)(read, 'deployment-name', 'the name the ledger keeps this deployment under');
    if (!(0,fields/* isName */.Eo)(value) || value.length > 100) {
        throw new types/* InputError */.dz("Input 'deployment-name' must be a name of at most 100 characters, on one line.");
    }
    return value;
}
/** deployment-name with github-token (start-migration): both or neither. */
function parseLedgerKey(read) {
    if (read('deployment-name') === '' && read('github-token') !== '') {
        throw new types/* InputError */.dz("Input 'github-token' goes with deployment-name here: give both to keep the ledger, or neither.");
    }
    const key = parseLedgerName(read);
    return key && { deploymentName: key.deploymentName, githubToken: key.githubToken };
}
/**
 * deployment-name where github-token may serve something else too (cutover's approval): the name
 * decides. With it, ledger-record: the record start-migration output, written to without a look-up.
 */
function parseLedgerName(read) {
    const record = read('ledger-record');
    if (read('deployment-name') === '') {
        if (record !== '')
            throw new types/* InputError */.dz("Input 'ledger-record' goes with deployment-name: give both, or neither.");
        return undefined;
    }
    if (record !== '' && !(/^[1-9]\d{0,15}$/.test(record) && Number.isSafeInteger(Number(record)))) {
        throw new types/* InputError */.dz("Input 'ledger-record' must be the number start-migration output as ledger-record.");
    }
    return {
        deploymentName: parseDeploymentName(read),
        githubToken: parseGithubToken(read, 'deployments: write, to keep the ledger'),
        ...(record === '' ? {} : { record: Number(record) })
    };
}

;// CONCATENATED MODULE: ./src/ledger/entries.ts
// The ledger's modes (see ledger.ts), spread into registry.ts's list: record-migration for the
// pipeline's steps, migrations-in-flight for the status workflow.




const LEDGER_MODES = {
    'record-migration': {
        family: 'migration',
        does: "record a migration in the ledger (or find the deployment's newest one), with its status",
        inputs: [
            ...mode/* CREDENTIALS */.tG,
            'project-id',
            'migration-id',
            'deployment-name',
            'github-token',
            'cluster-name',
            'source-cluster-name'
        ],
        parse: kit => ({
            mode: 'record-migration',
            projectId: kit.id('project-id', 'destination Atlas project ID'),
            migrationId: kit.read('migration-id') === '' ? undefined : kit.id('migration-id', 'migration ID'),
            deploymentName: parseDeploymentName(kit.read),
            githubToken: parseGithubToken(kit.read, 'deployments: write, to write the ledger'),
            clusterName: kit.read('cluster-name') ? atlasClusterName(kit.read('cluster-name')) : undefined,
            sourceClusterName: kit.read('source-cluster-name') || undefined,
            atlas: kit.atlas('project-id')
        }),
        // The migration modes' chunk (migration/entries.ts): the code they share is loaded once.
        load: async () => (await Promise.all(/* import() | migration */[__nccwpck_require__.e(942), __nccwpck_require__.e(711), __nccwpck_require__.e(912), __nccwpck_require__.e(585)]).then(__nccwpck_require__.bind(__nccwpck_require__, 841))).recordMigration,
        rows: c => [
            ['Deployment', c.deploymentName],
            ...(c.migrationId ? [['Migration', c.migrationId]] : [])
        ]
    },
    'migrations-in-flight': {
        family: 'migration',
        does: 'list every migration of the ledger still in flight: status, lag, readiness, expiry, evidence',
        inputs: [
            ...mode/* CREDENTIALS */.tG,
            'github-token',
            'record-status',
            'source-public-key',
            'source-private-key',
            'source-base-url'
        ],
        parse: kit => {
            const recordStatus = kit.boolean('record-status', false);
            return {
                mode: 'migrations-in-flight',
                githubToken: parseGithubToken(kit.read, recordStatus ? 'deployments: write' : 'deployments: read'),
                recordStatus,
                atlas: kit.atlas('the ledger'),
                evidenceSource: parseEvidenceSource(kit)
            };
        },
        load: async () => (await Promise.all(/* import() | migration */[__nccwpck_require__.e(942), __nccwpck_require__.e(711), __nccwpck_require__.e(912), __nccwpck_require__.e(585)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6049))).migrationsInFlight,
        rows: c => [['Atlas host', (0,mode/* host */.Hc)(c.atlas.baseUrl)]]
    }
};

;// CONCATENATED MODULE: ./src/link/entries.ts

// One chunk for the family (the link modes use the tokens' code): no code of theirs loaded twice.
const tokens = () => Promise.all(/* import() | link */[__nccwpck_require__.e(942), __nccwpck_require__.e(711), __nccwpck_require__.e(963)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9676));
const entries_link = () => Promise.all(/* import() | link */[__nccwpck_require__.e(942), __nccwpck_require__.e(711), __nccwpck_require__.e(963)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5628));
const LINK_MODES = {
    'create-link-token': {
        family: 'link',
        does: 'create a link token in an Atlas organization',
        inputs: ['org-id', ...mode/* CREDENTIALS */.tG, 'api-version', 'access-list-ips'],
        parse: kit => ({
            mode: 'create-link-token',
            orgId: kit.orgId(),
            atlas: kit.endpoint('org-id'),
            apiVersion: kit.apiVersion(),
            accessListIps: kit.accessListIps()
        }),
        load: async () => (await tokens()).createLinkTokenMode,
        rows: mode/* atlasRows */.$1
    },
    'link-org': {
        family: 'link',
        does: 'link a Cloud Manager / Ops Manager organization with a link token',
        inputs: ['org-id', ...mode/* CREDENTIALS */.tG, 'link-token', 'wait-for-sync', 'wait-timeout-seconds'],
        parse: kit => ({
            mode: 'link-org',
            orgId: kit.orgId(),
            source: kit.endpoint('org-id'),
            linkToken: kit.required('link-token', 'the link token from a create-link-token step'),
            waitForSync: kit.waitForSync()
        }),
        load: async () => (await entries_link()).linkOrg,
        rows: mode/* sourceRows */.JE
    },
    'create-and-link': {
        family: 'link',
        does: 'create a link token and link the source organization with it, in one step',
        inputs: [
            'org-id',
            ...mode/* CREDENTIALS */.tG,
            'source-org-id',
            'source-public-key',
            'source-private-key',
            'source-base-url',
            'api-version',
            'access-list-ips',
            'wait-for-sync',
            'wait-timeout-seconds',
            'delete-token-on-failure'
        ],
        parse: kit => {
            const orgId = kit.orgId();
            const sourceOrgId = kit.orgId('source-org-id');
            const deleteTokenOnFailure = kit.boolean('delete-token-on-failure', false);
            if (deleteTokenOnFailure) {
                kit.warnings.push(`delete-token-on-failure is true: if the link fails, every link token of Atlas org ${orgId} is deleted, with its organization link (org-wide: other source organizations' links made with its tokens stop working).`);
            }
            return {
                mode: 'create-and-link',
                orgId,
                atlas: kit.endpoint('org-id'),
                apiVersion: kit.apiVersion(),
                accessListIps: kit.accessListIps(),
                sourceOrgId,
                source: kit.sourceEndpoint(),
                waitForSync: kit.waitForSync(),
                deleteTokenOnFailure
            };
        },
        load: async () => (await entries_link()).createAndLink,
        rows: c => [
            ['Atlas organization', c.orgId],
            ['Atlas host', (0,mode/* host */.Hc)(c.atlas.baseUrl)],
            ['Source organization', c.sourceOrgId],
            ['Source host', (0,mode/* host */.Hc)(c.source.baseUrl)]
        ]
    },
    'link-status': {
        family: 'link',
        does: "read the source organization's link status",
        inputs: ['org-id', ...mode/* CREDENTIALS */.tG],
        parse: kit => ({ mode: 'link-status', orgId: kit.orgId(), source: kit.endpoint('org-id') }),
        load: async () => (await entries_link()).linkStatus,
        rows: mode/* sourceRows */.JE
    },
    'unlink-org': {
        family: 'link',
        does: "remove the source organization's link",
        inputs: ['org-id', ...mode/* CREDENTIALS */.tG],
        parse: kit => ({ mode: 'unlink-org', orgId: kit.orgId(), source: kit.endpoint('org-id') }),
        load: async () => (await entries_link()).unlinkOrg,
        rows: mode/* sourceRows */.JE
    },
    'delete-link-token': {
        family: 'link',
        does: 'delete every link token of an Atlas organization, with its organization link',
        inputs: ['org-id', ...mode/* CREDENTIALS */.tG, 'api-version'],
        parse: kit => ({
            mode: 'delete-link-token',
            orgId: kit.orgId(),
            atlas: kit.endpoint('org-id'),
            apiVersion: kit.apiVersion()
        }),
        load: async () => (await tokens()).deleteLinkTokens,
        rows: mode/* atlasRows */.$1
    }
};

;// CONCATENATED MODULE: ./src/migration/entries.ts
// The migration family's entries: list what can be migrated, validate, start, watch, cut over.
// Declared as every family declares its own, and spread into registry.ts's list.




const APPROVAL = ['approval-environment', 'approval-check', 'github-token', 'ready-wait-seconds'];
/** The source's API key: a step that reports a migration ready shows the evidence, a cut-over gates on it. */
const SOURCE_KEY = ['source-public-key', 'source-private-key', 'source-base-url'];
/** The names the evidence compares, where the mode does not read them already. */
const PAIR = ['cluster-name', 'source-cluster-name', 'source-project-id'];
const DISCOVERY_NEEDS_ORG = 'the Atlas organization ID, to discover source-project-id, migration-host and source-ssl from source-cluster-name (or give all three)';
const CUTOVER_NEEDS_CONFIRMATION = "Mode cutover needs confirm-writes-stopped: true: stop writes to the source cluster first. Cut-over ends the sync from the source; MongoDB's UI asks for this confirmation and the API has none, so the action does. Nothing was sent.";
// One chunk, "migration", for the modes after the link (the ledger's and the evidence's too): the
// clients, the watch and the ledger they share are loaded once, never copied into several chunks.
const modes = () => Promise.all(/* import() | migration */[__nccwpck_require__.e(942), __nccwpck_require__.e(711), __nccwpck_require__.e(912), __nccwpck_require__.e(585)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4416));
const cutoverMode = () => Promise.all(/* import() | migration */[__nccwpck_require__.e(942), __nccwpck_require__.e(711), __nccwpck_require__.e(912), __nccwpck_require__.e(585)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1688));
/** The request of validate-migration and start-migration: with org-id, discovery fills and checks the source. */
function migrationRequest(kit, waitFor) {
    const projectId = kit.id('project-id', 'destination Atlas project ID');
    const request = kit.migration();
    const discovering = request.sourceProjectId === undefined || request.migrationHost === undefined || request.sourceSsl === undefined;
    const preflight = kit.boolean('preflight', false);
    const orgId = kit.read('org-id') !== '' || discovering || preflight
        ? kit.orgId('org-id', preflight ? 'the Atlas organization ID: pre-flight reads its migration sources' : DISCOVERY_NEEDS_ORG)
        : undefined;
    const first = preflight
        ? { preflight: true, orgId: orgId, migrationHostIps: kit.hostAddresses() }
        : { preflight: false, migrationHostIps: kit.hostAddresses() };
    return {
        atlas: kit.atlas('project-id'),
        projectId,
        orgId,
        migration: request,
        wait: kit.migrationWait(waitFor),
        ...first
    };
}
/** migration-status and cutover: one migration of one project. */
function oneMigration(kit) {
    return {
        projectId: kit.id('project-id', 'destination Atlas project ID'),
        migrationId: kit.id('migration-id', 'migration ID', 'the migration ID that start-migration output (24 hexadecimal characters)')
    };
}
const MIGRATION_MODES = {
    'list-migration-sources': {
        family: 'migration',
        does: 'list the deployments a linked Atlas organization can migrate',
        inputs: ['org-id', ...mode/* CREDENTIALS */.tG],
        parse: kit => ({ mode: 'list-migration-sources', orgId: kit.orgId(), atlas: kit.endpoint('org-id') }),
        load: async () => (await modes()).listMigrationSources,
        rows: mode/* atlasRows */.$1
    },
    'validate-migration': {
        family: 'migration',
        does: 'validate a migration without starting it',
        inputs: [...mode/* CREDENTIALS */.tG, ...mode/* REQUEST */.S3, 'preflight', 'migration-host-ips'],
        parse: kit => ({ mode: 'validate-migration', ...migrationRequest(kit, ['none']) }),
        load: async () => (await modes()).validateMigrationMode,
        rows: mode/* requestRows */.dJ
    },
    'start-migration': {
        family: 'migration',
        does: 'validate and start a migration, and wait until it is ready for cut-over',
        inputs: [
            ...mode/* CREDENTIALS */.tG,
            ...mode/* REQUEST */.S3,
            'skip-validation',
            'wait-for',
            'preflight',
            'migration-host-ips',
            'deployment-name',
            'github-token',
            ...SOURCE_KEY
        ],
        parse: kit => ({
            mode: 'start-migration',
            ...migrationRequest(kit, ['none', 'ready-for-cutover']),
            skipValidation: kit.boolean('skip-validation', false),
            ledger: parseLedgerKey(kit.read),
            evidenceSource: parseEvidenceSource(kit)
        }),
        load: async () => (await modes()).startMigration,
        rows: mode/* requestRows */.dJ
    },
    'migration-status': {
        family: 'migration',
        does: "read a migration's status, or wait until it is ready or complete",
        inputs: [...mode/* CREDENTIALS */.tG, 'project-id', 'migration-id', ...mode/* WAIT */.C_, ...PAIR, ...SOURCE_KEY],
        parse: kit => {
            const evidence = parseEvidenceInputs(kit);
            return {
                mode: 'migration-status',
                ...oneMigration(kit),
                atlas: kit.atlas('project-id and migration-id'),
                wait: kit.migrationWait(['none', 'ready-for-cutover', 'complete']),
                evidence: evidence.source ? evidence : undefined
            };
        },
        load: async () => (await modes()).migrationStatus,
        rows: mode/* migrationRows */.Y4
    },
    cutover: {
        family: 'migration',
        does: 'cut over a migration that is ready, once writes to the source have stopped',
        inputs: [
            ...mode/* CREDENTIALS */.tG,
            'project-id',
            'migration-id',
            ...mode/* WAIT */.C_,
            'confirm-writes-stopped',
            ...APPROVAL,
            'deployment-name',
            'ledger-record',
            ...PAIR,
            ...SOURCE_KEY,
            'evidence'
        ],
        parse: kit => {
            const ids = oneMigration(kit);
            if (!kit.boolean('confirm-writes-stopped', false))
                throw new types/* InputError */.dz(CUTOVER_NEEDS_CONFIRMATION);
            return {
                mode: 'cutover',
                ...ids,
                atlas: kit.atlas('project-id and migration-id'),
                wait: kit.migrationWait(['complete', 'none']),
                approval: parseApproval(kit.read),
                readyWaitSeconds: parseReadyWait(kit.read),
                ledger: parseLedgerName(kit.read),
                evidence: parseEvidenceInputs(kit)
            };
        },
        load: async () => (await cutoverMode()).cutover,
        rows: mode/* migrationRows */.Y4
    }
};

;// CONCATENATED MODULE: ./src/plan/entries.ts
// The plan mode's entry: a fleet described in a plan file, checked whole before anything starts.

const PLAN_MODES = {
    plan: {
        family: 'migration',
        does: 'check a fleet described in a plan file: conflicts, pre-flight of every deployment, a matrix per wave',
        inputs: [...mode/* CREDENTIALS */.tG, 'plan-file'],
        parse: kit => ({
            mode: 'plan',
            planFile: kit.path('plan-file', 'the plan file, relative to the repository root'),
            atlas: kit.atlas('the plan file')
        }),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(815), __nccwpck_require__.e(711), __nccwpck_require__.e(912), __nccwpck_require__.e(395)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6395))).plan,
        rows: c => [
            ['Plan file', c.planFile],
            ['Atlas host', (0,mode/* host */.Hc)(c.atlas.baseUrl)]
        ]
    }
};

;// CONCATENATED MODULE: ./src/preflight/entries.ts
// The pre-flight mode's entry: read-only checks of what would make a migration fail.

const PREFLIGHT_MODES = {
    preflight: {
        family: 'migration',
        does: 'check, reading only, what would make a migration fail, before anything is validated or started',
        inputs: [...mode/* CREDENTIALS */.tG, ...mode/* REQUEST */.S3.filter(name => !mode/* WAIT */.C_.includes(name)), 'migration-host-ips'],
        parse: kit => ({
            mode: 'preflight',
            projectId: kit.id('project-id', 'destination Atlas project ID'),
            migration: kit.migration(),
            orgId: kit.orgId('org-id', 'the Atlas organization ID: pre-flight reads its migration sources'),
            atlas: kit.atlas('project-id'),
            migrationHostIps: kit.hostAddresses()
        }),
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(711), __nccwpck_require__.e(912)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5912))).preflight,
        rows: mode/* requestRows */.dJ
    }
};

;// CONCATENATED MODULE: ./src/registry.ts










/** Inputs every mode reads (validated whatever the mode). */
const COMMON_INPUTS = (/* unused pure expression or super */ null && ([
    'mode',
    'allow-http',
    'request-timeout-seconds',
    'ca-certificate',
    'wait-timeout-seconds',
    'poll-interval-seconds',
    'confirm-writes-stopped'
]));
const { 'list-migration-sources': listMigrationSources, cutover, ...MIGRATION } = MIGRATION_MODES;
const MODES = {
    ...LINK_MODES,
    'list-migration-sources': listMigrationSources,
    ...PREFLIGHT_MODES,
    ...PLAN_MODES,
    ...MIGRATION,
    ...EVIDENCE_MODES,
    cutover,
    ...LEDGER_MODES
};
/** The modes in their order (the link, then the migration). */
const MODE_NAMES = Object.keys(MODES);
function isMode(value) {
    return Object.hasOwn(MODES, value);
}
/** Every input some mode reads besides the common ones: an input set outside its modes earns a warning. */
const MODE_INPUTS = [...new Set(MODE_NAMES.flatMap(mode => MODES[mode].inputs))];
function parseInputs(read) {
    const mode = parseMode(read('mode'));
    const entry = MODES[mode];
    const common = {
        requestTimeoutSeconds: (0,fields/* parseInteger */.cG)(read, 'request-timeout-seconds', types/* DEFAULT_REQUEST_TIMEOUT_SECONDS */.il, 1, 600),
        caCertificates: parseCertificates(read('ca-certificate')),
        warnings: MODE_INPUTS.filter(name => read(name) !== '' && !entry.inputs.includes(name)).map(name => `Input '${name}' is not used by mode '${mode}'; it is ignored.`)
    };
    const kit = inputKit(read, mode, common.warnings);
    if (mode !== 'cutover' && read('confirm-writes-stopped') !== '')
        (0,fields/* parseBoolean */.yG)(read, 'confirm-writes-stopped', false);
    return { ...common, ...entry.parse(kit) };
}
function parseMode(value) {
    if (isMode(value))
        return value;
    const expected = MODE_NAMES.join(', ');
    if (value === '')
        throw new types/* InputError */.dz(`Input 'mode' is required: one of ${expected}.`);
    throw new types/* InputError */.dz(`Input 'mode' must be one of ${expected}; got ${(0,fields/* quote */.hD)(value)}.`);
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   E$: () => (/* binding */ redact)
/* harmony export */ });
/* unused harmony exports REDACTED, forgetSecrets, formsOf */
// Every secret the action knows (inputs and the tokens derived from them), and every form it can
// take in a server's text, so that server text is cleaned of them before it is folded or printed.
// The runner's masks match only the exact form they were given; a server that echoes a request
// body as ensure-ASCII JSON, or URL- or base64-encodes it, prints forms no mask matches.
const known = new Set();
let forms = [];
/** Secrets shorter than this are masked by the runner but not searched for in text (too many false hits). */
const MIN_LENGTH = 3;
const REDACTED = '***';
/** Remembers a secret: from now on redact() removes it, in every form, from any text. */
function addSecret(secret) {
    if (secret.length < MIN_LENGTH || known.has(secret))
        return;
    known.add(secret);
    const all = new Set(forms);
    for (const form of formsOf(secret))
        if (form.length >= MIN_LENGTH)
            all.add(form);
    // Longest first, so that a form containing another is replaced whole.
    forms = [...all].sort((a, b) => b.length - a.length);
}
/** The text with every form of every known secret replaced by ***. */
function redact(text) {
    let clean = text;
    for (const form of forms)
        if (clean.includes(form))
            clean = clean.split(form).join(REDACTED);
    return clean;
}
/** Forgets every secret (tests only). */
function forgetSecrets() {
    known.clear();
    forms = [];
}
/** The ways a secret can appear in a server's text or in the action's own folding of it. */
function formsOf(secret) {
    const json = JSON.stringify(secret).slice(1, -1);
    const ascii = (upper) => json.replace(/[\u007f-\uffff]/g, c => {
        const hex = c.charCodeAt(0).toString(16).padStart(4, '0');
        return `\\u${upper ? hex.toUpperCase() : hex}`;
    });
    const base64 = Buffer.from(secret, 'utf8').toString('base64');
    const lines = secret.split(/\r?\n/).map(line => line.trim());
    return [
        secret,
        json,
        ascii(false),
        ascii(true),
        encodeURIComponent(secret),
        new URLSearchParams({ s: secret }).toString().slice(2),
        base64,
        base64.replace(/=+$/, ''),
        Buffer.from(secret, 'utf8').toString('base64url'),
        ...base64Inside(secret),
        secret.replace(/\s+/g, ' ').trim(),
        ...(lines.length > 1 ? lines.filter(line => line.length >= 4) : [])
    ];
}
/**
 * The base64 characters that encode only the secret when it sits inside a longer text that was
 * base64-encoded whole, at each of the three offsets it can have there.
 */
function base64Inside(secret) {
    const bytes = Buffer.from(secret, 'utf8');
    return [0, 1, 2].map(offset => {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        return encoded.slice(offset === 0 ? 0 : 4, Math.floor((offset + bytes.length) / 3) * 4);
    });
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/errors/text.ts
var errors_text = __nccwpck_require__(6868);
// EXTERNAL MODULE: ./src/inputs/types.ts
var types = __nccwpck_require__(3448);
;// CONCATENATED MODULE: ./src/inputs/index.ts
// The inputs, knowing no mode: readers of one input each (fields.ts), endpoints and credentials
// (endpoints.ts), the migration request (migration.ts), GitHub's (github.ts), the kit a mode's
// parser is given (kit.ts), and the types they parse into (types.ts). registry.ts parses through them.


// EXTERNAL MODULE: ./src/registry.ts + 11 modules
var registry = __nccwpck_require__(8180);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __nccwpck_require__(833);
;// CONCATENATED MODULE: ./src/runner.ts
// The step as GitHub's runner runs it: its environment and working directory, the log (workflow
// commands), the output and summary files, and the runner's cancel signals. The action touches the
// runner only through a Step, so the tests run the source in process with a Step of their own; the
// runner's one writes the output and summary files with @actions/core's own writers
// (lib/file-command.js, lib/summary.js), without its entry point, which loads the whole HTTP stack
// for OIDC and would triple the start-up of a step that fails on an input (actions/toolkit#1621).


/** os.EOL, as Node defines it, without loading node:os at start-up (half a millisecond). */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/** As @actions/core's getInput: INPUT_<NAME> with spaces as underscores (hyphens kept), untrimmed. */
const rawInput = (env, name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
const placeOf = (at) => at ? { file: at.file, line: String(at.line), ...(at.column === undefined ? {} : { col: String(at.column) }) } : {};
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/**
 * A workflow command, `::name key=value,…::message`, escaped as @actions/core's issueCommand
 * escapes it ('%', CR and LF; in a property also ':' and ','): that function writes only to
 * process.stdout, and its formatter is not exported (a test holds the two equal).
 */
function commandLine(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}=${escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')}`);
    return `::${command}${Object.keys(properties).length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}
/**
 * Writes log lines straight to fd 1 with fs.writeSync, without setting process.stdout up (3 ms,
 * more than the rest of a step that stops on a bad input). The runner hands the step a blocking
 * pipe, so each line goes out whole, at once, in order; the price is that a runner that stopped
 * reading would hold the step (it reads the log as it comes). From the first line fd 1 does not
 * take whole (EAGAIN or a short write: a pipe something made non-blocking, as process.stdout
 * does), the rest goes through the stream, so that no line is lost or comes out of order; an
 * error such as EPIPE then surfaces from the stream, as it did before.
 */
function lineWriter(write = bytes => (0,external_node_fs_.writeSync)(1, bytes), stream = () => process.stdout) {
    let direct = true;
    return text => {
        let bytes = Buffer.from(text + EOL);
        if (direct) {
            let written = 0;
            try {
                written = write(bytes);
            }
            catch { }
            if (written === bytes.length)
                return;
            direct = false;
            bytes = bytes.subarray(written);
        }
        stream().write(bytes);
    };
}
/** The step GitHub's runner runs: process.env, stdout, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, signals. */
function runnerStep() {
    const line = lineWriter();
    const command = (name, properties, message) => line(commandLine(name, properties, message));
    return {
        env: process.env,
        cwd: process.cwd(),
        clock: cancel/* SYSTEM_CLOCK */.Vc,
        info: line,
        debug: message => command('debug', {}, message),
        warning: (message, at) => command('warning', placeOf(at), message),
        error: (message, at) => command('error', placeOf(at), message),
        setSecret: value => command('add-mask', {}, value),
        // Loaded once there is an output to write, not at start-up (a bad input's step writes none).
        setOutput: async (name, value) => {
            if (!process.env.GITHUB_OUTPUT)
                return command('set-output', { name }, value); // a local run
            const file = await __nccwpck_require__.e(/* import() */ 841).then(__nccwpck_require__.bind(__nccwpck_require__, 3222));
            file.issueFileCommand('OUTPUT', file.prepareKeyValueMessage(name, value));
        },
        fail: () => {
            process.exitCode = 1;
        },
        writeSummary: async (html) => {
            if (!process.env.GITHUB_STEP_SUMMARY)
                return; // outside a runner (a local run)
            // @actions/core's summary alone: its entry point would load its HTTP stack (OIDC) and more.
            const { summary } = await __nccwpck_require__.e(/* import() */ 170).then(__nccwpck_require__.bind(__nccwpck_require__, 1170));
            await summary.addRaw(html).write();
        },
        onCancel: listener => {
            process.on('SIGINT', listener).on('SIGTERM', listener);
            return () => process.off('SIGINT', listener).off('SIGTERM', listener);
        }
    };
}

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __nccwpck_require__(7194);
;// CONCATENATED MODULE: ./src/main.ts





async function run(step = runnerStep()) {
    const started = step.clock.now();
    const input = (name) => rawInput(step.env, name).trim();
    const maskSecret = (value) => mask(step, value);
    // Secrets first: nothing may be logged before every credential input is masked.
    for (const name of types/* SECRET_INPUTS */.pH)
        maskSecret(input(name));
    let config;
    try {
        config = (0,registry/* parseInputs */.TL)(Object.assign(input, { raw: (name) => rawInput(step.env, name) }));
    }
    catch (err) {
        step.error((0,secrets/* redact */.E$)(err instanceof types/* InputError */.dz ? err.message : `Could not read the inputs: ${String(err)}`));
        step.fail();
        return;
    }
    try {
        const { runAction } = await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(711), __nccwpck_require__.e(930)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8930));
        await runAction(config, { started, maskSecret, step });
    }
    catch (err) {
        // runAction reports every failure of a mode itself; this is for a bundle that could not load.
        step.error(`Unexpected error: ${(0,errors_text/* errorMessage */.gJ)(err)}`);
        step.fail();
    }
}
/**
 * Masks a secret, and each of its lines, since the runner matches masks line by line; and
 * remembers it, so that server text is cleaned of its other forms (secrets.ts).
 */
function mask(step, value) {
    if (!value)
        return;
    (0,secrets/* addSecret */.Ck)(value);
    step.setSecret(value);
    const lines = value.split(/\r?\n/).map(line => line.trim());
    if (lines.length > 1)
        for (const line of lines)
            if (line.length >= 4)
                step.setSecret(line);
}

;// CONCATENATED MODULE: ./src/index.ts
// The runner's entry point (action.yml: main: dist/index.js).

void run();

