// Bundled in place of undici (tsconfig.json "paths"). @actions/http-client imports undici only for
// getAgentDispatcher(), the proxy dispatcher for fetch(), which this action never calls: its own
// requests go through node:http / node:https and the tunnel agent for proxies. Leaving undici out
// spares every run parsing and evaluating about 700 KiB (bench/README.md). Upstream:
// actions/toolkit#1697 (undici is imported eagerly, untreeshakable) and the open fix, actions/toolkit#1800.
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with this action: HttpClient.getAgentDispatcher() is unavailable.')
  }
}
