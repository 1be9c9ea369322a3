export const id = 395;
export const ids = [395];
export const modules = {

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

/***/ 6395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  plan: () => (/* binding */ plan)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __webpack_require__(833);
// EXTERNAL MODULE: ./src/clients/migration.ts
var migration = __webpack_require__(9924);
// EXTERNAL MODULE: ./src/errors/index.ts + 3 modules
var src_errors = __webpack_require__(5979);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/preflight/mode.ts + 10 modules
var mode = __webpack_require__(5912);
// EXTERNAL MODULE: ./src/preflight/verdict.ts
var preflight_verdict = __webpack_require__(554);
// EXTERNAL MODULE: ./src/transport/shared-reads.ts
var shared_reads = __webpack_require__(6884);
;// CONCATENATED MODULE: ./src/plan/conflicts.ts
// What the plan's entries turn into once the org's migration sources are known, and the conflicts
// that would make migrations fail or collide. Pure: from the plan and each org's availableProjects.

/** GitHub runs at most this many legs of one matrix. */
const MAX_MATRIX_LEGS = 256;
const conflictOf = (kind, entries, message) => ({
    kind,
    entries: entries.map(e => e.name),
    lines: entries.map(e => e.line),
    message
});
const at = (entries) => entries.map(e => `${e.name} (line ${e.line})`).join(', ');
/**
 * Finds each entry's source among its org's projects, assigns hosts, and lists every conflict.
 * `unreadable` holds the orgs whose sources the API refused, with why.
 */
function resolvePlan(entries, sourcesByOrg, unreadable = new Map()) {
    const conflicts = [];
    const resolved = [];
    for (const [orgId, why] of unreadable) {
        const of = entries.filter(e => e.orgId === orgId);
        conflicts.push(conflictOf('org-unreadable', of, `Atlas org ${orgId} (${(0,src_errors/* counted */.hS)(of.length, 'deployment')}, first on line ${of[0]?.line}): its migration sources could not be read: ${why}`));
    }
    for (const entry of entries) {
        if (unreadable.has(entry.orgId))
            continue;
        const projects = sourcesByOrg.get(entry.orgId) ?? [];
        const matches = projects.flatMap(project => (project.deployments ?? [])
            .filter(d => d.name === entry.source)
            .filter(() => !entry.sourceProject || [project.projectId, project.name].includes(entry.sourceProject))
            .map(deployment => ({ project, deployment })));
        const match = matches[0];
        if (match === undefined) {
            conflicts.push(conflictOf('unknown-deployment', [entry], `${at([entry])}: no deployment ${entry.source}${entry.sourceProject ? ` in project ${entry.sourceProject}` : ''} among the migration sources of Atlas org ${entry.orgId}: check its name, and that its organization is linked and SYNCED.`));
        }
        else if (matches.length > 1) {
            conflicts.push(conflictOf('ambiguous-deployment', [entry], `${at([entry])}: ${matches.length} deployments are named ${entry.source} (in ${matches.map(m => `${m.project.name} ${m.project.projectId}`).join(', ')}): set source-project.`));
        }
        else
            resolved.push({ entry, ...match });
    }
    conflicts.push(...twice(resolved), ...assignHosts(resolved), ...matrixSizes(entries));
    return { resolved, conflicts };
}
/** The same source, or the same destination cluster, in two entries. */
function twice(resolved) {
    const conflicts = [];
    const groups = (key) => {
        const by = new Map();
        for (const r of resolved)
            by.set(key(r), [...(by.get(key(r)) ?? []), r.entry]);
        return [...by.entries()].filter(([, list]) => list.length > 1);
    };
    for (const [, list] of groups(r => `${r.project.projectId}/${r.deployment.name}`)) {
        conflicts.push(conflictOf('listed-twice', list, `${at(list)}: the same source deployment is listed twice.`));
    }
    for (const [key, list] of groups(r => `${r.entry.projectId}/${r.entry.cluster}`)) {
        conflicts.push(conflictOf('destination-twice', list, `${at(list)}: all migrate into destination cluster ${key.split('/')[1]} of project ${key.split('/')[0]}; a migration needs a cluster of its own.`));
    }
    return conflicts;
}
/** Hosts per wave: a host named twice in a wave collides; entries without one get the project's free ones. */
function assignHosts(resolved) {
    const conflicts = [];
    const waves = new Map();
    for (const r of resolved)
        waves.set(r.entry.wave, [...(waves.get(r.entry.wave) ?? []), r]);
    for (const [wave, list] of waves) {
        const byHost = new Map();
        for (const r of list) {
            const host = r.entry.migrationHost;
            if (host === undefined)
                continue;
            const listed = r.project.migrationHosts;
            if (listed !== undefined && !listed.includes(host)) {
                conflicts.push(conflictOf('unknown-host', [r.entry], `${at([r.entry])}: migration host ${host} is not one of project ${r.project.name}'s (${listed.join(', ') || 'none'}).`));
            }
            r.migrationHost = host;
            byHost.set(host, [...(byHost.get(host) ?? []), r.entry]);
        }
        for (const [host, users] of byHost) {
            if (users.length > 1) {
                conflicts.push(conflictOf('host-twice-in-wave', users, `${at(users)}: wave ${wave} runs ${users.length} migrations through migration host ${host}; each migration needs its own host: move some to another wave or host.`));
            }
        }
        // Entries without a host take their project's hosts that nobody in the wave named, in order.
        const byProject = new Map();
        for (const r of list.filter(r => r.entry.migrationHost === undefined)) {
            byProject.set(r.project.projectId, [...(byProject.get(r.project.projectId) ?? []), r]);
        }
        for (const needing of byProject.values()) {
            const project = needing[0].project;
            const free = (project.migrationHosts ?? []).filter(host => !byHost.has(host));
            needing.forEach((r, i) => {
                r.migrationHost = free[i];
            });
            if (needing.length > free.length) {
                const entries = needing.map(r => r.entry);
                conflicts.push(conflictOf('wave-larger-than-hosts', entries, `${at(entries)}: wave ${wave} needs ${needing.length} migration hosts of project ${project.name} and it has ${free.length} free (${free.join(', ') || 'none'}): provision more, or spread these over more waves.`));
            }
        }
    }
    return conflicts;
}
/** A wave runs as one matrix: GitHub runs at most 256 legs of it. */
function matrixSizes(entries) {
    const counts = new Map();
    for (const e of entries)
        counts.set(e.wave, [...(counts.get(e.wave) ?? []), e]);
    return [...counts]
        .filter(([, list]) => list.length > MAX_MATRIX_LEGS)
        .map(([wave, list]) => conflictOf('wave-larger-than-matrix', list, `wave ${wave} has ${list.length} deployments; a GitHub matrix runs at most ${MAX_MATRIX_LEGS}: split it.`));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/forms.ts
var src_forms = __webpack_require__(1388);
;// CONCATENATED MODULE: ./src/plan/plan-validator.ts
// Generated by npm run plan:schema (scripts/plan-schema.ts) from src/plan/schema.ts: the plan
// file's JSON Schema compiled by Ajv at build time (standalone code), with the options read.ts reads
// its errors by. Do not edit: a test checks that it is what the script writes.
// @ts-nocheck
// biome-ignore-all format: generated
// biome-ignore-all lint: generated
/** A string's length in Unicode code points, as JSON Schema counts it (Ajv's ucs2length). */
const ucs2length = (text) => [...text].length;
const validate = validate10;
/* harmony default export */ const plan_validator = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "type": "object", "additionalProperties": false, "required": ["deployments"], "properties": { "version": { "const": 1 }, "defaults": { "type": "object", "additionalProperties": false, "properties": { "org-id": { "type": "string", "pattern": "^[0-9a-f]{24}$", "description": "a 24-hex ID" }, "project-id": { "type": "string", "pattern": "^[0-9a-f]{24}$", "description": "a 24-hex ID" }, "source-project": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[^\\u0000-\\u001f\\u007f]+$" }, "hostname-schema-type": { "enum": ["PUBLIC", "PRIVATE_LINK", "VPC_PEERING"] }, "source-auth": { "enum": ["managed", "credentials"] }, "wave": { "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$" }], "description": "a wave: a whole number from 1, or a short name" } } }, "migration-host-ips": { "type": "object", "description": "each migration host and its outbound addresses", "propertyNames": { "type": "string", "pattern": "^[A-Za-z0-9.:[\\]_-]{1,253}$", "description": "a host name" }, "additionalProperties": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } }, "deployments": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["source"], "properties": { "org-id": { "type": "string", "pattern": "^[0-9a-f]{24}$", "description": "a 24-hex ID" }, "project-id": { "type": "string", "pattern": "^[0-9a-f]{24}$", "description": "a 24-hex ID" }, "source-project": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[^\\u0000-\\u001f\\u007f]+$" }, "hostname-schema-type": { "enum": ["PUBLIC", "PRIVATE_LINK", "VPC_PEERING"] }, "source-auth": { "enum": ["managed", "credentials"] }, "wave": { "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$" }], "description": "a wave: a whole number from 1, or a short name" }, "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "description": "a short name" }, "source": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^(?!\\.\\.?$)[^/\\\\\\u0000-\\u001f\\u007f]+$", "description": "a deployment name: one line, no '/' or '\\', not \".\" or \"..\"" }, "cluster": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,63}$", "description": "an Atlas cluster name" }, "migration-host": { "type": "string", "pattern": "^[A-Za-z0-9.:[\\]_-]{1,253}$", "description": "a host name" }, "private-link-id": { "type": "string", "pattern": "^[A-Za-z0-9._:/-]{1,256}$" } } } } } };
const pattern0 = new RegExp("^[0-9a-f]{24}$", "u");
const pattern2 = new RegExp("^[^\\u0000-\\u001f\\u007f]+$", "u");
const pattern3 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$", "u");
const pattern4 = new RegExp("^[A-Za-z0-9.:[\\]_-]{1,253}$", "u");
const pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
const pattern10 = new RegExp("^(?!\\.\\.?$)[^/\\\\\\u0000-\\u001f\\u007f]+$", "u");
const pattern11 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,63}$", "u");
const pattern13 = new RegExp("^[A-Za-z0-9._:/-]{1,256}$", "u");
const func2 = ucs2length;
const func5 = Object.prototype.hasOwnProperty;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.deployments === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deployments" }, message: "must have required property '" + "deployments" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((key0 === "version") || (key0 === "defaults")) || (key0 === "migration-host-ips")) || (key0 === "deployments"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data0 = data.version;
        if (1 !== data0) {
            const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.defaults !== undefined) {
        let data1 = data.defaults;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
                if (!((((((key1 === "org-id") || (key1 === "project-id")) || (key1 === "source-project")) || (key1 === "hostname-schema-type")) || (key1 === "source-auth")) || (key1 === "wave"))) {
                    const err3 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.defaults, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            if (data1["org-id"] !== undefined) {
                let data2 = data1["org-id"];
                if (typeof data2 === "string") {
                    if (!pattern0.test(data2)) {
                        const err4 = { instancePath: instancePath + "/defaults/org-id", schemaPath: "#/properties/defaults/properties/org-id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{24}$" }, message: "must match pattern \"" + "^[0-9a-f]{24}$" + "\"", schema: "^[0-9a-f]{24}$", parentSchema: schema11.properties.defaults.properties["org-id"], data: data2 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/defaults/org-id", schemaPath: "#/properties/defaults/properties/org-id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.defaults.properties["org-id"].type, parentSchema: schema11.properties.defaults.properties["org-id"], data: data2 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            if (data1["project-id"] !== undefined) {
                let data3 = data1["project-id"];
                if (typeof data3 === "string") {
                    if (!pattern0.test(data3)) {
                        const err6 = { instancePath: instancePath + "/defaults/project-id", schemaPath: "#/properties/defaults/properties/project-id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{24}$" }, message: "must match pattern \"" + "^[0-9a-f]{24}$" + "\"", schema: "^[0-9a-f]{24}$", parentSchema: schema11.properties.defaults.properties["project-id"], data: data3 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                else {
                    const err7 = { instancePath: instancePath + "/defaults/project-id", schemaPath: "#/properties/defaults/properties/project-id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.defaults.properties["project-id"].type, parentSchema: schema11.properties.defaults.properties["project-id"], data: data3 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            if (data1["source-project"] !== undefined) {
                let data4 = data1["source-project"];
                if (typeof data4 === "string") {
                    if (func2(data4) > 128) {
                        const err8 = { instancePath: instancePath + "/defaults/source-project", schemaPath: "#/properties/defaults/properties/source-project/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema11.properties.defaults.properties["source-project"], data: data4 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    if (func2(data4) < 1) {
                        const err9 = { instancePath: instancePath + "/defaults/source-project", schemaPath: "#/properties/defaults/properties/source-project/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.defaults.properties["source-project"], data: data4 };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                    if (!pattern2.test(data4)) {
                        const err10 = { instancePath: instancePath + "/defaults/source-project", schemaPath: "#/properties/defaults/properties/source-project/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]+$" }, message: "must match pattern \"" + "^[^\\u0000-\\u001f\\u007f]+$" + "\"", schema: "^[^\\u0000-\\u001f\\u007f]+$", parentSchema: schema11.properties.defaults.properties["source-project"], data: data4 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                else {
                    const err11 = { instancePath: instancePath + "/defaults/source-project", schemaPath: "#/properties/defaults/properties/source-project/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.defaults.properties["source-project"].type, parentSchema: schema11.properties.defaults.properties["source-project"], data: data4 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            if (data1["hostname-schema-type"] !== undefined) {
                let data5 = data1["hostname-schema-type"];
                if (!(((data5 === "PUBLIC") || (data5 === "PRIVATE_LINK")) || (data5 === "VPC_PEERING"))) {
                    const err12 = { instancePath: instancePath + "/defaults/hostname-schema-type", schemaPath: "#/properties/defaults/properties/hostname-schema-type/enum", keyword: "enum", params: { allowedValues: schema11.properties.defaults.properties["hostname-schema-type"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.defaults.properties["hostname-schema-type"].enum, parentSchema: schema11.properties.defaults.properties["hostname-schema-type"], data: data5 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            if (data1["source-auth"] !== undefined) {
                let data6 = data1["source-auth"];
                if (!((data6 === "managed") || (data6 === "credentials"))) {
                    const err13 = { instancePath: instancePath + "/defaults/source-auth", schemaPath: "#/properties/defaults/properties/source-auth/enum", keyword: "enum", params: { allowedValues: schema11.properties.defaults.properties["source-auth"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.defaults.properties["source-auth"].enum, parentSchema: schema11.properties.defaults.properties["source-auth"], data: data6 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            if (data1.wave !== undefined) {
                let data7 = data1.wave;
                const _errs15 = errors;
                let valid2 = false;
                const _errs16 = errors;
                if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
                    const err14 = { instancePath: instancePath + "/defaults/wave", schemaPath: "#/properties/defaults/properties/wave/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.defaults.properties.wave.anyOf[0].type, parentSchema: schema11.properties.defaults.properties.wave.anyOf[0], data: data7 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                if ((typeof data7 == "number") && (isFinite(data7))) {
                    if (data7 < 1 || isNaN(data7)) {
                        const err15 = { instancePath: instancePath + "/defaults/wave", schemaPath: "#/properties/defaults/properties/wave/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.defaults.properties.wave.anyOf[0], data: data7 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                var _valid0 = _errs16 === errors;
                valid2 = valid2 || _valid0;
                if (!valid2) {
                    const _errs18 = errors;
                    if (typeof data7 === "string") {
                        if (!pattern3.test(data7)) {
                            const err16 = { instancePath: instancePath + "/defaults/wave", schemaPath: "#/properties/defaults/properties/wave/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$", parentSchema: schema11.properties.defaults.properties.wave.anyOf[1], data: data7 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err17 = { instancePath: instancePath + "/defaults/wave", schemaPath: "#/properties/defaults/properties/wave/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.defaults.properties.wave.anyOf[1].type, parentSchema: schema11.properties.defaults.properties.wave.anyOf[1], data: data7 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                    var _valid0 = _errs18 === errors;
                    valid2 = valid2 || _valid0;
                }
                if (!valid2) {
                    const err18 = { instancePath: instancePath + "/defaults/wave", schemaPath: "#/properties/defaults/properties/wave/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.defaults.properties.wave.anyOf, parentSchema: schema11.properties.defaults.properties.wave, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
                else {
                    errors = _errs15;
                    if (vErrors !== null) {
                        if (_errs15) {
                            vErrors.length = _errs15;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.defaults.type, parentSchema: schema11.properties.defaults, data: data1 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data["migration-host-ips"] !== undefined) {
        let data8 = data["migration-host-ips"];
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key2 in data8) {
                const _errs22 = errors;
                if (typeof key2 === "string") {
                    if (!pattern4.test(key2)) {
                        const err20 = { instancePath: instancePath + "/migration-host-ips", schemaPath: "#/properties/migration-host-ips/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9.:[\\]_-]{1,253}$" }, message: "must match pattern \"" + "^[A-Za-z0-9.:[\\]_-]{1,253}$" + "\"", schema: "^[A-Za-z0-9.:[\\]_-]{1,253}$", parentSchema: schema11.properties["migration-host-ips"].propertyNames, data: key2, propertyName: key2 };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                else {
                    const err21 = { instancePath: instancePath + "/migration-host-ips", schemaPath: "#/properties/migration-host-ips/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties["migration-host-ips"].propertyNames.type, parentSchema: schema11.properties["migration-host-ips"].propertyNames, data: key2, propertyName: key2 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
                var valid3 = _errs22 === errors;
                if (!valid3) {
                    const err22 = { instancePath: instancePath + "/migration-host-ips", schemaPath: "#/properties/migration-host-ips/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema11.properties["migration-host-ips"].propertyNames, parentSchema: schema11.properties["migration-host-ips"], data: data8 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
            for (const key3 in data8) {
                let data9 = data8[key3];
                if (Array.isArray(data9)) {
                    if (data9.length < 1) {
                        const err23 = { instancePath: instancePath + "/migration-host-ips/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/migration-host-ips/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties["migration-host-ips"].additionalProperties, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                    const len0 = data9.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data10 = data9[i0];
                        if (typeof data10 === "string") {
                            if (func2(data10) < 1) {
                                const err24 = { instancePath: instancePath + "/migration-host-ips/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/migration-host-ips/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties["migration-host-ips"].additionalProperties.items, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err25 = { instancePath: instancePath + "/migration-host-ips/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/migration-host-ips/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties["migration-host-ips"].additionalProperties.items.type, parentSchema: schema11.properties["migration-host-ips"].additionalProperties.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err26 = { instancePath: instancePath + "/migration-host-ips/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/migration-host-ips/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties["migration-host-ips"].additionalProperties.type, parentSchema: schema11.properties["migration-host-ips"].additionalProperties, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
        }
        else {
            const err27 = { instancePath: instancePath + "/migration-host-ips", schemaPath: "#/properties/migration-host-ips/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties["migration-host-ips"].type, parentSchema: schema11.properties["migration-host-ips"], data: data8 };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
    if (data.deployments !== undefined) {
        let data11 = data.deployments;
        if (Array.isArray(data11)) {
            if (data11.length < 1) {
                const err28 = { instancePath: instancePath + "/deployments", schemaPath: "#/properties/deployments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.deployments, data: data11 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            const len1 = data11.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data12 = data11[i1];
                if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                    if (data12.source === undefined) {
                        const err29 = { instancePath: instancePath + "/deployments/" + i1, schemaPath: "#/properties/deployments/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property '" + "source" + "'", schema: schema11.properties.deployments.items.required, parentSchema: schema11.properties.deployments.items, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    for (const key4 in data12) {
                        if (!(func5.call(schema11.properties.deployments.items.properties, key4))) {
                            const err30 = { instancePath: instancePath + "/deployments/" + i1, schemaPath: "#/properties/deployments/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.deployments.items, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    if (data12["org-id"] !== undefined) {
                        let data13 = data12["org-id"];
                        if (typeof data13 === "string") {
                            if (!pattern0.test(data13)) {
                                const err31 = { instancePath: instancePath + "/deployments/" + i1 + "/org-id", schemaPath: "#/properties/deployments/items/properties/org-id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{24}$" }, message: "must match pattern \"" + "^[0-9a-f]{24}$" + "\"", schema: "^[0-9a-f]{24}$", parentSchema: schema11.properties.deployments.items.properties["org-id"], data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err32 = { instancePath: instancePath + "/deployments/" + i1 + "/org-id", schemaPath: "#/properties/deployments/items/properties/org-id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties["org-id"].type, parentSchema: schema11.properties.deployments.items.properties["org-id"], data: data13 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    if (data12["project-id"] !== undefined) {
                        let data14 = data12["project-id"];
                        if (typeof data14 === "string") {
                            if (!pattern0.test(data14)) {
                                const err33 = { instancePath: instancePath + "/deployments/" + i1 + "/project-id", schemaPath: "#/properties/deployments/items/properties/project-id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{24}$" }, message: "must match pattern \"" + "^[0-9a-f]{24}$" + "\"", schema: "^[0-9a-f]{24}$", parentSchema: schema11.properties.deployments.items.properties["project-id"], data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err34 = { instancePath: instancePath + "/deployments/" + i1 + "/project-id", schemaPath: "#/properties/deployments/items/properties/project-id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties["project-id"].type, parentSchema: schema11.properties.deployments.items.properties["project-id"], data: data14 };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                    if (data12["source-project"] !== undefined) {
                        let data15 = data12["source-project"];
                        if (typeof data15 === "string") {
                            if (func2(data15) > 128) {
                                const err35 = { instancePath: instancePath + "/deployments/" + i1 + "/source-project", schemaPath: "#/properties/deployments/items/properties/source-project/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema11.properties.deployments.items.properties["source-project"], data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err35];
                                }
                                else {
                                    vErrors.push(err35);
                                }
                                errors++;
                            }
                            if (func2(data15) < 1) {
                                const err36 = { instancePath: instancePath + "/deployments/" + i1 + "/source-project", schemaPath: "#/properties/deployments/items/properties/source-project/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployments.items.properties["source-project"], data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                            if (!pattern2.test(data15)) {
                                const err37 = { instancePath: instancePath + "/deployments/" + i1 + "/source-project", schemaPath: "#/properties/deployments/items/properties/source-project/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]+$" }, message: "must match pattern \"" + "^[^\\u0000-\\u001f\\u007f]+$" + "\"", schema: "^[^\\u0000-\\u001f\\u007f]+$", parentSchema: schema11.properties.deployments.items.properties["source-project"], data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err38 = { instancePath: instancePath + "/deployments/" + i1 + "/source-project", schemaPath: "#/properties/deployments/items/properties/source-project/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties["source-project"].type, parentSchema: schema11.properties.deployments.items.properties["source-project"], data: data15 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                    }
                    if (data12["hostname-schema-type"] !== undefined) {
                        let data16 = data12["hostname-schema-type"];
                        if (!(((data16 === "PUBLIC") || (data16 === "PRIVATE_LINK")) || (data16 === "VPC_PEERING"))) {
                            const err39 = { instancePath: instancePath + "/deployments/" + i1 + "/hostname-schema-type", schemaPath: "#/properties/deployments/items/properties/hostname-schema-type/enum", keyword: "enum", params: { allowedValues: schema11.properties.deployments.items.properties["hostname-schema-type"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.deployments.items.properties["hostname-schema-type"].enum, parentSchema: schema11.properties.deployments.items.properties["hostname-schema-type"], data: data16 };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                    if (data12["source-auth"] !== undefined) {
                        let data17 = data12["source-auth"];
                        if (!((data17 === "managed") || (data17 === "credentials"))) {
                            const err40 = { instancePath: instancePath + "/deployments/" + i1 + "/source-auth", schemaPath: "#/properties/deployments/items/properties/source-auth/enum", keyword: "enum", params: { allowedValues: schema11.properties.deployments.items.properties["source-auth"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.deployments.items.properties["source-auth"].enum, parentSchema: schema11.properties.deployments.items.properties["source-auth"], data: data17 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                    if (data12.wave !== undefined) {
                        let data18 = data12.wave;
                        const _errs43 = errors;
                        let valid10 = false;
                        const _errs44 = errors;
                        if (!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) {
                            const err41 = { instancePath: instancePath + "/deployments/" + i1 + "/wave", schemaPath: "#/properties/deployments/items/properties/wave/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.deployments.items.properties.wave.anyOf[0].type, parentSchema: schema11.properties.deployments.items.properties.wave.anyOf[0], data: data18 };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                        if ((typeof data18 == "number") && (isFinite(data18))) {
                            if (data18 < 1 || isNaN(data18)) {
                                const err42 = { instancePath: instancePath + "/deployments/" + i1 + "/wave", schemaPath: "#/properties/deployments/items/properties/wave/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.deployments.items.properties.wave.anyOf[0], data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
                                    vErrors.push(err42);
                                }
                                errors++;
                            }
                        }
                        var _valid1 = _errs44 === errors;
                        valid10 = valid10 || _valid1;
                        if (!valid10) {
                            const _errs46 = errors;
                            if (typeof data18 === "string") {
                                if (!pattern3.test(data18)) {
                                    const err43 = { instancePath: instancePath + "/deployments/" + i1 + "/wave", schemaPath: "#/properties/deployments/items/properties/wave/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$", parentSchema: schema11.properties.deployments.items.properties.wave.anyOf[1], data: data18 };
                                    if (vErrors === null) {
                                        vErrors = [err43];
                                    }
                                    else {
                                        vErrors.push(err43);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err44 = { instancePath: instancePath + "/deployments/" + i1 + "/wave", schemaPath: "#/properties/deployments/items/properties/wave/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties.wave.anyOf[1].type, parentSchema: schema11.properties.deployments.items.properties.wave.anyOf[1], data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err44];
                                }
                                else {
                                    vErrors.push(err44);
                                }
                                errors++;
                            }
                            var _valid1 = _errs46 === errors;
                            valid10 = valid10 || _valid1;
                        }
                        if (!valid10) {
                            const err45 = { instancePath: instancePath + "/deployments/" + i1 + "/wave", schemaPath: "#/properties/deployments/items/properties/wave/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.deployments.items.properties.wave.anyOf, parentSchema: schema11.properties.deployments.items.properties.wave, data: data18 };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs43;
                            if (vErrors !== null) {
                                if (_errs43) {
                                    vErrors.length = _errs43;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data12.name !== undefined) {
                        let data19 = data12.name;
                        if (typeof data19 === "string") {
                            if (!pattern9.test(data19)) {
                                const err46 = { instancePath: instancePath + "/deployments/" + i1 + "/name", schemaPath: "#/properties/deployments/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", parentSchema: schema11.properties.deployments.items.properties.name, data: data19 };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err47 = { instancePath: instancePath + "/deployments/" + i1 + "/name", schemaPath: "#/properties/deployments/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties.name.type, parentSchema: schema11.properties.deployments.items.properties.name, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                    }
                    if (data12.source !== undefined) {
                        let data20 = data12.source;
                        if (typeof data20 === "string") {
                            if (func2(data20) > 128) {
                                const err48 = { instancePath: instancePath + "/deployments/" + i1 + "/source", schemaPath: "#/properties/deployments/items/properties/source/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema11.properties.deployments.items.properties.source, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err48];
                                }
                                else {
                                    vErrors.push(err48);
                                }
                                errors++;
                            }
                            if (func2(data20) < 1) {
                                const err49 = { instancePath: instancePath + "/deployments/" + i1 + "/source", schemaPath: "#/properties/deployments/items/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployments.items.properties.source, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err49];
                                }
                                else {
                                    vErrors.push(err49);
                                }
                                errors++;
                            }
                            if (!pattern10.test(data20)) {
                                const err50 = { instancePath: instancePath + "/deployments/" + i1 + "/source", schemaPath: "#/properties/deployments/items/properties/source/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000-\\u001f\\u007f]+$" }, message: "must match pattern \"" + "^(?!\\.\\.?$)[^/\\\\\\u0000-\\u001f\\u007f]+$" + "\"", schema: "^(?!\\.\\.?$)[^/\\\\\\u0000-\\u001f\\u007f]+$", parentSchema: schema11.properties.deployments.items.properties.source, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err51 = { instancePath: instancePath + "/deployments/" + i1 + "/source", schemaPath: "#/properties/deployments/items/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties.source.type, parentSchema: schema11.properties.deployments.items.properties.source, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err51];
                            }
                            else {
                                vErrors.push(err51);
                            }
                            errors++;
                        }
                    }
                    if (data12.cluster !== undefined) {
                        let data21 = data12.cluster;
                        if (typeof data21 === "string") {
                            if (!pattern11.test(data21)) {
                                const err52 = { instancePath: instancePath + "/deployments/" + i1 + "/cluster", schemaPath: "#/properties/deployments/items/properties/cluster/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,63}$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9-]{0,63}$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9-]{0,63}$", parentSchema: schema11.properties.deployments.items.properties.cluster, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err52];
                                }
                                else {
                                    vErrors.push(err52);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err53 = { instancePath: instancePath + "/deployments/" + i1 + "/cluster", schemaPath: "#/properties/deployments/items/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties.cluster.type, parentSchema: schema11.properties.deployments.items.properties.cluster, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err53];
                            }
                            else {
                                vErrors.push(err53);
                            }
                            errors++;
                        }
                    }
                    if (data12["migration-host"] !== undefined) {
                        let data22 = data12["migration-host"];
                        if (typeof data22 === "string") {
                            if (!pattern4.test(data22)) {
                                const err54 = { instancePath: instancePath + "/deployments/" + i1 + "/migration-host", schemaPath: "#/properties/deployments/items/properties/migration-host/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9.:[\\]_-]{1,253}$" }, message: "must match pattern \"" + "^[A-Za-z0-9.:[\\]_-]{1,253}$" + "\"", schema: "^[A-Za-z0-9.:[\\]_-]{1,253}$", parentSchema: schema11.properties.deployments.items.properties["migration-host"], data: data22 };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err55 = { instancePath: instancePath + "/deployments/" + i1 + "/migration-host", schemaPath: "#/properties/deployments/items/properties/migration-host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties["migration-host"].type, parentSchema: schema11.properties.deployments.items.properties["migration-host"], data: data22 };
                            if (vErrors === null) {
                                vErrors = [err55];
                            }
                            else {
                                vErrors.push(err55);
                            }
                            errors++;
                        }
                    }
                    if (data12["private-link-id"] !== undefined) {
                        let data23 = data12["private-link-id"];
                        if (typeof data23 === "string") {
                            if (!pattern13.test(data23)) {
                                const err56 = { instancePath: instancePath + "/deployments/" + i1 + "/private-link-id", schemaPath: "#/properties/deployments/items/properties/private-link-id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._:/-]{1,256}$" }, message: "must match pattern \"" + "^[A-Za-z0-9._:/-]{1,256}$" + "\"", schema: "^[A-Za-z0-9._:/-]{1,256}$", parentSchema: schema11.properties.deployments.items.properties["private-link-id"], data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err56];
                                }
                                else {
                                    vErrors.push(err56);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err57 = { instancePath: instancePath + "/deployments/" + i1 + "/private-link-id", schemaPath: "#/properties/deployments/items/properties/private-link-id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties["private-link-id"].type, parentSchema: schema11.properties.deployments.items.properties["private-link-id"], data: data23 };
                            if (vErrors === null) {
                                vErrors = [err57];
                            }
                            else {
                                vErrors.push(err57);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err58 = { instancePath: instancePath + "/deployments/" + i1, schemaPath: "#/properties/deployments/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.deployments.items.type, parentSchema: schema11.properties.deployments.items, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err58];
                    }
                    else {
                        vErrors.push(err58);
                    }
                    errors++;
                }
            }
        }
        else {
            const err59 = { instancePath: instancePath + "/deployments", schemaPath: "#/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.deployments.type, parentSchema: schema11.properties.deployments, data: data11 };
            if (vErrors === null) {
                vErrors = [err59];
            }
            else {
                vErrors.push(err59);
            }
            errors++;
        }
    }
}
else {
    const err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err60];
    }
    else {
        vErrors.push(err60);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./src/plan/read.ts
// Reads a plan file: YAML (the `yaml` package, with positions), checked against the schema (Ajv's
// validator, compiled at build time: plan-validator.ts), every mistake reported with its line and
// column, then the defaults applied. Pure but for the file's text, which the caller reads; sends
// nothing.




/** The plan file has mistakes: each is listed, with its place; nothing was sent. */
class PlanFileError extends Error {
    file;
    mistakes;
    constructor(file, mistakes) {
        const shown = mistakes.slice(0, 20).map(m => `${file}:${m.line}:${m.column}: ${m.message}`);
        const more = mistakes.length > 20 ? ` … and ${mistakes.length - 20} more` : '';
        super(`The plan file has ${(0,src_errors/* counted */.hS)(mistakes.length, 'mistake')}: ${shown.join('; ')}${more}. Nothing was sent.`);
        this.name = 'PlanFileError';
        this.file = file;
        this.mistakes = mistakes;
    }
}
/** The schema's validator, as Ajv's compile() would return it. */
const validator = validate;
/** The plan in `text` (the file named `file`), or a PlanFileError listing every mistake. */
function readPlan(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        const { line, col } = lines.linePos(offset);
        return { line, column: col };
    };
    if (doc.errors.length > 0) {
        throw new PlanFileError(file, doc.errors.map(e => ({ ...at(e.pos[0]), message: `not valid YAML: ${e.message.split('\n')[0]}` })));
    }
    const value = doc.toJS();
    if (!validator(value)) {
        throw new PlanFileError(file, describeErrors(validator.errors ?? [], doc, at));
    }
    const placeOf = (path) => {
        const node = doc.getIn(path, true);
        return node?.range ? at(node.range[0]) : { line: 1, column: 1 };
    };
    return applyDefaults(value, file, placeOf);
}
function applyDefaults(raw, file, placeOf) {
    const defaults = raw.defaults ?? {};
    const mistakes = [];
    const entries = raw.deployments.map((given, index) => {
        const entry = { ...defaults, ...given };
        const { line } = placeOf(['deployments', index]);
        for (const key of ['org-id', 'project-id']) {
            if (entry[key] === undefined) {
                mistakes.push({ line, column: 3, message: `deployments[${index}] has no ${key}, and defaults give none` });
            }
        }
        // Without a cluster key the source's name is the destination's, which goes into request paths.
        if (entry.cluster === undefined && !(0,src_forms/* isClusterName */.Qq)(given.source)) {
            mistakes.push({
                ...placeOf(['deployments', index, 'source']),
                message: `deployments[${index}].source ${JSON.stringify(given.source)} is the destination cluster's name too (there is no cluster key), and is not an Atlas cluster name (${src_forms/* CLUSTER_NAME_FORM */.Gm}): give cluster`
            });
        }
        const sourceProject = entry['source-project'];
        return {
            name: entry.name ?? (sourceProject ? `${sourceProject}/${given.source}` : given.source),
            line,
            orgId: entry['org-id'],
            projectId: entry['project-id'],
            sourceProject,
            source: given.source,
            cluster: entry.cluster ?? given.source,
            migrationHost: entry['migration-host'],
            hostnameSchemaType: entry['hostname-schema-type'] ?? 'PUBLIC',
            privateLinkId: entry['private-link-id'],
            sourceAuth: entry['source-auth'] ?? 'managed',
            wave: String(entry.wave ?? 1)
        };
    });
    const seen = new Map();
    for (const entry of entries) {
        const first = seen.get(entry.name);
        if (first) {
            mistakes.push({
                line: entry.line,
                column: 3,
                message: `the name '${entry.name}' is used already on line ${first.line}: give each deployment its own name`
            });
        }
        else
            seen.set(entry.name, entry);
    }
    if (mistakes.length > 0)
        throw new PlanFileError(file, mistakes);
    return { entries, hostIps: raw['migration-host-ips'] ?? {} };
}
/** Ajv's errors as mistakes at the right line: one per place, the most telling message for it. */
function describeErrors(errors, doc, at) {
    const anyOfAt = new Set(errors.filter(e => e.keyword === 'anyOf').map(e => e.instancePath));
    const mistakes = [];
    for (const error of errors) {
        // A value that fits no branch of an anyOf: one message from the anyOf, not one per branch.
        if (error.keyword !== 'anyOf' && anyOfAt.has(error.instancePath))
            continue;
        // A bad key: the key's own error (its pattern) says it; propertyNames only repeats it.
        if (error.keyword === 'propertyNames')
            continue;
        const path = error.instancePath
            .split('/')
            .slice(1)
            .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
            .map(part => (/^\d+$/.test(part) ? Number(part) : part));
        const key = keyOf(error);
        let offset = 0;
        const node = doc.getIn(path, true);
        if (key !== undefined && (0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find(item => item.key?.value === key);
            offset = pair?.key?.range?.[0] ?? node.range?.[0] ?? 0;
        }
        else
            offset = node?.range?.[0] ?? 0;
        mistakes.push({ ...at(offset), message: `${where(path)}${messageOf(error)}` });
    }
    return mistakes.sort((a, b) => a.line - b.line || a.column - b.column);
}
function keyOf(error) {
    const params = error.params;
    if (error.keyword === 'additionalProperties')
        return params.additionalProperty;
    return undefined;
}
function where(path) {
    if (path.length === 0)
        return 'the plan ';
    return `${path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')} `;
}
function messageOf(error) {
    const params = error.params;
    const schema = error.parentSchema;
    switch (error.keyword) {
        case 'additionalProperties': {
            const allowed = Object.keys(schema?.properties ?? {}).join(', ');
            return `has an unknown key '${params.additionalProperty}' (known: ${allowed})`;
        }
        case 'required':
            return `needs the key '${params.missingProperty}'`;
        case 'type':
            return `must be ${/^[aeiou]/.test(String(params.type)) ? 'an' : 'a'} ${params.type}`;
        case 'enum':
            return `must be one of ${params.allowedValues.join(', ')}`;
        case 'const':
            return `must be ${JSON.stringify(params.allowedValue)}`;
        case 'minItems':
            return `must list at least ${params.limit}`;
        default: {
            const got = typeof error.data === 'string' || typeof error.data === 'number' ? `; got ${JSON.stringify(error.data)}` : '';
            return `${schema?.description ? `must be ${schema.description}` : (error.message ?? 'is not valid')}${got}`;
        }
    }
}

// EXTERNAL MODULE: ./src/preflight/report.ts
var report = __webpack_require__(385);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(9834);
;// CONCATENATED MODULE: ./src/plan/report.ts
// What a plan reports, built from its outcome: a matrix per wave for `strategy.matrix`, a compact
// JSON report (the step output) and a full one (a file), the summary's tables and the annotations.
// Pure: the mode writes what this returns.




function legOf(r, hostIps) {
    const { entry, project, deployment } = r;
    return {
        'deployment-name': entry.name,
        'atlas-org-id': entry.orgId,
        'project-id': entry.projectId,
        'cluster-name': entry.cluster,
        'source-cluster-name': deployment.name,
        'source-project-id': project.projectId,
        'migration-host': r.migrationHost ?? '',
        'source-ssl': typeof deployment.tlsEnabled === 'boolean' ? String(deployment.tlsEnabled) : '',
        'source-auth': entry.sourceAuth,
        'hostname-schema-type': entry.hostnameSchemaType,
        'private-link-id': entry.privateLinkId ?? '',
        'migration-host-ips': (r.migrationHost ? (hostIps[r.migrationHost] ?? []) : []).join(',')
    };
}
/** Waves in order: numbers by value, then names as they first appear. */
function waveOrder(entries) {
    const waves = [...new Set(entries.map(e => e.wave))];
    const numeric = waves.filter(w => /^\d+$/.test(w)).sort((a, b) => Number(a) - Number(b));
    return [...numeric, ...waves.filter(w => !/^\d+$/.test(w))];
}
/** An entry's overall verdict: fail when it has a conflict or was not found, else its checks' worst. */
function verdictOf(outcome, conflicts) {
    if (!outcome.resolved || conflicts.some(c => c.entries.includes(outcome.entry.name)))
        return 'fail';
    return (0,preflight_verdict/* worst */.QZ)(outcome.checks.map(c => c.result));
}
/** The checks that did not pass, in PF order: what a reviewer acts on. */
function problems(checks) {
    return checks.filter(c => c.result === 'fail' || c.result === 'warn');
}
const line = (o) => `${o.entry.name} (${o.entry.line})`;
/** What keeps an entry from passing, a word each (the tables above say more): its conflicts, then its checks. */
function findingsCell(o, conflicts) {
    const mine = conflicts.filter(c => c.entries.includes(o.entry.name)).map(c => c.kind);
    return [...mine, ...problems((0,report/* byVerdict */.$$)(o.checks)).map(c => c.id)].join(', ') || '—';
}
/** An entry's checks counted by result, marker first, on as few lines as a narrow column allows: "❌ 1 ⚠️ 2 ✅ 10". */
const countsCell = (checks) => preflight_verdict/* VERDICT_ORDER */.jT.map(verdict => [verdict, checks.filter(c => c.result === verdict).length])
    .filter(([, n]) => n > 0)
    .map(([verdict, n]) => `${preflight_verdict/* VERDICT_MARKERS */.CD[verdict]}\u00a0${n}`)
    .join(' ') || 'not checked';
/** No break inside "4.0 GB" or "7.0.20, sharded" in a narrow column. */
const unbroken = (text) => text.replaceAll(' ', '\u00a0');
/**
 * The summary's tables, what blocks first: the conflicts, then every check that failed or warned
 * with its fix (one row each, the full width of the page), then one table per wave, narrow enough
 * for the page, that says where each deployment goes and what it needs.
 */
function summaryTables(outcomes, conflicts, waves) {
    const tables = [];
    if (conflicts.length > 0) {
        tables.push({
            heading: `Conflicts (${conflicts.length})`,
            header: ['Conflict', 'Lines', 'What to do'],
            rows: conflicts.map(c => [`${preflight_verdict/* VERDICT_MARKERS */.CD.fail} ${c.kind}`, c.lines.join(', '), c.message])
        });
    }
    const toFix = outcomes.flatMap(o => problems(o.checks).map(c => ({ o, c })));
    if (toFix.length > 0) {
        const order = (verdict) => preflight_verdict/* VERDICT_ORDER */.jT.indexOf(verdict);
        toFix.sort((a, b) => order(a.c.result) - order(b.c.result));
        tables.push({
            heading: `Checks to fix (${toFix.length})`,
            header: ['Result', 'Deployment (line)', 'Check', 'Found', 'Fix'],
            rows: toFix.map(({ o, c }) => [
                `${preflight_verdict/* VERDICT_MARKERS */.CD[c.result]}\u00a0${c.result}`,
                line(o),
                `${c.id} ${c.title}`,
                c.evidence,
                c.fix
            ])
        });
    }
    for (const wave of waves) {
        const inWave = outcomes.filter(o => o.entry.wave === wave);
        const projects = [...new Set(inWave.map(o => o.entry.projectId))];
        // One destination project for the wave is said once, in its heading, not on every row.
        const oneProject = projects.length === 1;
        tables.push({
            heading: `Wave ${wave}: ${(0,src_errors/* counted */.hS)(inWave.length, 'deployment')}${oneProject ? ` into project ${projects[0]}` : ` into ${(0,src_errors/* counted */.hS)(projects.length, 'project')}`}`,
            header: [
                '',
                'Deployment (line)',
                'Destination cluster',
                ...(oneProject ? [] : ['Project']),
                'Migration host',
                'Size',
                'MongoDB',
                'Pre-flight',
                'To fix'
            ],
            rows: inWave.map(o => {
                const d = o.resolved?.deployment;
                return [
                    preflight_verdict/* VERDICT_MARKERS */.CD[verdictOf(o, conflicts)],
                    line(o),
                    o.entry.cluster,
                    ...(oneProject ? [] : [o.entry.projectId]),
                    o.resolved?.migrationHost ?? '—',
                    d?.dbSizeBytes === undefined ? '?' : unbroken((0,time/* dataSize */.Q3)(d.dbSizeBytes)),
                    d ? `${d.mongoDBVersion ?? '?'}${d.sharded ? ', sharded' : ''}` : '?',
                    o.resolved ? countsCell(o.checks) : 'not found',
                    findingsCell(o, conflicts)
                ];
            })
        });
    }
    return tables;
}
/**
 * Each finding once, as GitHub annotates a file: every conflict and every failed check as an error,
 * every warned check as a warning, in the order of the summary's tables.
 */
function annotationsOf(outcomes, conflicts) {
    const checks = (verdict) => outcomes.flatMap(o => o.checks
        .filter(c => c.result === verdict)
        .map(c => ({
        message: `${o.entry.name}: ${c.id} ${c.title} ${DONE[verdict]}: ${(0,src_errors/* sentences */.hC)(c.evidence, c.fix)}`,
        line: o.entry.line
    })));
    return {
        errors: [...conflicts.map(c => ({ message: c.message, line: c.lines[0] ?? 1 })), ...checks('fail')],
        warnings: checks('warn')
    };
}
const DONE = { fail: 'failed', warn: 'warned' };
/** The step output: small enough for any job output, the details a reviewer needs. */
function compactReport(outcomes, conflicts, result) {
    return {
        result,
        deployments: outcomes.length,
        conflicts,
        entries: outcomes.map(o => ({
            name: o.entry.name,
            line: o.entry.line,
            wave: o.entry.wave,
            result: verdictOf(o, conflicts),
            migrationHost: o.resolved?.migrationHost ?? null,
            problems: problems(o.checks).map(({ id, result, evidence, fix }) => ({ id, result, evidence, fix }))
        }))
    };
}

;// CONCATENATED MODULE: ./src/plan/mode.ts
// Mode plan: a fleet described in one reviewed file. Reads and checks the file, finds every source
// among its org's migration sources, lists the conflicts that would make migrations fail or
// collide, runs pre-flight for every deployment (reading only, reads shared across deployments),
// and outputs a matrix per wave. Fails on any conflict or failed check, after reporting them all.














/** Deployments checked at once: enough to hide round trips, few enough to leave the buckets room. */
const PARALLEL = 16;
async function plan(config, open, context) {
    const planned = await readPlanFile(config.planFile, context);
    const { entries } = planned;
    const orgs = [...new Set(entries.map(e => e.orgId))];
    const waves = waveOrder(entries);
    context.log.info(`Plan ${config.planFile}: ${(0,src_errors/* counted */.hS)(entries.length, 'deployment')} in ${(0,src_errors/* counted */.hS)(waves.length, 'wave')}, from ${(0,src_errors/* counted */.hS)(orgs.length, 'Atlas org')}; reading only.`);
    const session = (0,shared_reads/* sharedReads */.F)(open(config.atlas));
    const migrations = new migration/* MigrationClient */.Uz(session);
    const sourcesByOrg = new Map();
    const unreadable = new Map();
    // An org the credential cannot read is a conflict of its entries, not the end of the plan.
    const readSources = async (orgId) => {
        try {
            sourcesByOrg.set(orgId, await migrations.availableProjects(orgId));
        }
        catch (err) {
            // The credential or the runner's address refused: every org would say the same, so say it once.
            const everywhere = err instanceof src_errors/* ApiError */.hD && (err.status === 401 || err.errorCode === 'IP_ADDRESS_NOT_ON_ACCESS_LIST');
            if (!(err instanceof src_errors/* ApiError */.hD) || everywhere || err.status >= 500 || err.status === 429)
                throw err;
            unreadable.set(orgId, (0,src_errors/* sentences */.hC)(err.summary, err.hint));
        }
    };
    // The first read alone: it meets the Digest challenge (or gets the token) once for all that follow.
    const [first, ...others] = orgs;
    await readSources(first);
    await eachAtMost(PARALLEL, others, readSources);
    const { resolved, conflicts } = resolvePlan(entries, sourcesByOrg, unreadable);
    const checks = new Map();
    let done = 0;
    await eachAtMost(PARALLEL, resolved, async (r) => {
        checks.set(r.entry.name, await checkEntry(session, r, planned, context));
        done++;
        if (done % 25 === 0 || done === resolved.length) {
            context.log.info(`Pre-flight: ${done} of ${resolved.length} deployments checked…`);
        }
    });
    const byName = new Map(resolved.map(r => [r.entry.name, r]));
    const outcomes = entries.map(entry => ({
        entry,
        resolved: byName.get(entry.name),
        checks: checks.get(entry.name) ?? []
    }));
    const result = (0,preflight_verdict/* worst */.QZ)([...outcomes.map(o => verdictOf(o, conflicts)), ...(conflicts.length ? ['fail'] : [])]);
    const failed = outcomes.filter(o => verdictOf(o, conflicts) === 'fail').length;
    const plural = `${(0,src_errors/* counted */.hS)(entries.length, 'deployment')} in ${(0,src_errors/* counted */.hS)(waves.length, 'wave')}`;
    const failure = conflicts.length > 0 || failed > 0
        ? `Plan: ${(0,src_errors/* counted */.hS)(conflicts.length, 'conflict')}, ${failed} of ${(0,src_errors/* counted */.hS)(entries.length, 'deployment')} not ready to migrate; nothing was validated or started. Each conflict and failed check follows at its line in ${config.planFile}; the job summary has them all.`
        : undefined;
    // The overall result first, as the first of GitHub's ten error annotations a step shows.
    if (failure)
        context.log.error?.(failure);
    mode_report(config.planFile, outcomes, conflicts, waves, planned, result, context);
    context.log.info(`Reads: ${session.counts.sent} sent, ${session.counts.shared} answered from a read another deployment made.`);
    if (failure) {
        context.headline.title = `Plan of ${plural}: ${(0,src_errors/* counted */.hS)(conflicts.length, 'conflict')}, ${failed} not ready`;
        context.headline.next = `Fix the conflicts and the checks marked ${'❌'} below (each names its line in ${config.planFile}), then push the plan again.`;
        throw new src_errors/* StepError */.zg(failure, { announced: context.log.error !== undefined });
    }
    context.headline.title = `Plan of ${plural}: no conflict, every deployment ${result === 'warn' ? 'ready (with warnings)' : 'ready'}`;
    context.headline.next = `Merge the plan, then run its waves in order: strategy.matrix from fromJSON(needs.<plan job>.outputs.matrix)['${waves[0]}'] for the first.`;
    return `plan ${result}: ${plural}, no conflict`;
}
async function readPlanFile(file, context) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(context.cwd, file), 'utf8');
    }
    catch (err) {
        throw new src_errors/* StepError */.zg(`plan-file ${file} could not be read (${err.code ?? (0,src_errors/* errorMessage */.gJ)(err)}): is the path relative to the repository's root, and did a step check the repository out (actions/checkout)?`);
    }
    try {
        return readPlan(text, file);
    }
    catch (err) {
        if (err instanceof PlanFileError) {
            for (const m of err.mistakes.slice(0, log/* ANNOTATIONS_PER_TYPE */.G - 1)) {
                context.log.annotate?.('error', m.message, { file, line: m.line, column: m.column });
            }
        }
        throw err;
    }
}
/** Pre-flight of one entry; a check that could not finish is a failed check, never a pass. */
async function checkEntry(session, r, planned, context) {
    const { entry } = r;
    try {
        const results = await (0,mode.preflightChecks)(session, {
            orgId: entry.orgId,
            projectId: entry.projectId,
            migration: {
                clusterName: entry.cluster,
                sourceClusterName: r.deployment.name,
                sourceProjectId: r.project.projectId,
                migrationHost: r.migrationHost,
                sourceSsl: r.deployment.tlsEnabled,
                dropDestinationData: false,
                hostnameSchemaType: entry.hostnameSchemaType,
                privateLinkId: entry.privateLinkId
            },
            migrationHostIps: r.migrationHost ? (planned.hostIps[r.migrationHost] ?? []) : [],
            hasSourceCredentials: entry.sourceAuth === 'credentials'
        }, context);
        return (0,mode.inOrder)(results);
    }
    catch (err) {
        if (err instanceof cancel/* CancelledError */.cc || context.signal.aborted)
            throw err;
        return [
            {
                id: 'PF-0',
                title: 'Pre-flight',
                result: 'fail',
                evidence: `could not finish: ${(0,src_errors/* errorMessage */.gJ)(err)}`,
                fix: 'Run the plan again; if it persists, run mode preflight for this deployment.'
            }
        ];
    }
}
function mode_report(file, outcomes, conflicts, waves, planned, result, context) {
    const matrix = {};
    for (const wave of waves) {
        matrix[wave] = {
            include: outcomes
                .filter(o => o.entry.wave === wave && o.resolved)
                .map(o => legOf(o.resolved, planned.hostIps))
        };
    }
    context.outputs.matrix = JSON.stringify(matrix);
    context.outputs.waves = JSON.stringify(waves);
    context.outputs['plan-result'] = result;
    context.outputs['plan-report'] = JSON.stringify(compactReport(outcomes, conflicts, result));
    // Every check of every deployment, for an artifact: too large for a job output at 200 entries.
    const full = (0,external_node_path_.join)(context.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `migration-plan-report-${process.pid}.json`);
    (0,external_node_fs_.writeFileSync)(full, JSON.stringify({ ...compactReport(outcomes, conflicts, result), checks: fullChecks(outcomes) }));
    context.outputs['plan-report-file'] = full;
    // Each finding once, within what GitHub shows: the first as annotations on the plan file, the
    // rest as log lines, and every one in the summary's tables.
    const { errors, warnings } = annotationsOf(outcomes, conflicts);
    const overall = result === 'fail' && context.log.error ? 1 : 0;
    annotateWithin('error', errors, log/* ANNOTATIONS_PER_TYPE */.G - 1 - overall, file, context);
    annotateWithin('warning', warnings, log/* ANNOTATIONS_PER_TYPE */.G, file, context);
    for (const o of outcomes) {
        const found = problems(o.checks);
        context.log.info(`plan wave ${o.entry.wave} ${o.entry.name} → ${o.entry.cluster} via ${o.resolved?.migrationHost ?? '—'}: ${verdictOf(o, conflicts)}${found.length ? ` (${found.map(c => `${c.id} ${c.result}`).join(', ')})` : ''}`);
    }
    context.tables.push(...summaryTables(outcomes, conflicts, waves));
    context.rows.push([
        'Plan',
        `${(0,src_errors/* counted */.hS)(outcomes.length, 'deployment')}, ${(0,src_errors/* counted */.hS)(waves.length, 'wave')}, ${(0,src_errors/* counted */.hS)(conflicts.length, 'conflict')}`
    ]);
}
/**
 * Up to `room` annotations of one level on the plan file; past it, the last annotation says how many
 * more the summary holds, and those go to the log as plain lines.
 */
function annotateWithin(level, items, room, file, context) {
    const shown = items.length <= room ? items : items.slice(0, Math.max(0, room - 1));
    for (const a of shown)
        context.log.annotate?.(level, a.message, { file, line: a.line });
    const rest = items.slice(shown.length);
    if (rest.length === 0)
        return;
    const what = level === 'error' ? 'conflicts and failed checks' : 'warned checks';
    context.log.annotate?.(level, `${rest.length} more ${what}: see the job summary.`, {
        file,
        line: rest[0]?.line ?? 1
    });
    for (const a of rest)
        context.log.info(`${file}:${a.line}: ${level}: ${a.message}`);
}
const fullChecks = (outcomes) => Object.fromEntries(outcomes.map(o => [o.entry.name, o.checks]));
/** Runs `work` on every item, at most `limit` at a time, in order of the items. */
async function eachAtMost(limit, items, work) {
    let next = 0;
    const worker = async () => {
        try {
            while (next < items.length)
                await work(items[next++]);
        }
        catch (err) {
            next = items.length; // the others take no new item: a cancel or a bug stops the whole plan
            throw err;
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}


/***/ }),

/***/ 6884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ sharedReads)
/* harmony export */ });
function sharedReads(session) {
    const answers = new Map();
    const counts = { sent: 0, shared: 0 };
    return {
        names: session.names,
        counts,
        close: () => session.close(),
        send(request) {
            if (request.method !== 'GET')
                return session.send(request);
            const key = `${request.accept} ${request.path}`;
            const known = answers.get(key);
            if (known) {
                counts.shared++;
                return known;
            }
            counts.sent++;
            const answer = session.send(request);
            answers.set(key, answer);
            // A read that failed (a timeout, a cancel) is not kept: the next caller tries again.
            answer.catch(() => answers.delete(key));
            return answer;
        }
    };
}


/***/ })

};
