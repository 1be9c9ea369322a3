export const id = 213;
export const ids = [213];
export const modules = {

/***/ 4213:
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
