// Preloaded into the action's process (NODE_OPTIONS=--import) by the proxy tests: resolves the names
// in TEST_HOSTS ("name=ip,…") as /etc/hosts would, so a request that bypasses the proxy
// (no_proxy) can still reach the loopback stand-in. Only name resolution changes; the action's code does not.
import dns from 'node:dns'

const hosts = new Map(
  (process.env.TEST_HOSTS ?? '')
    .split(',')
    .filter(Boolean)
    .map(pair => pair.split('='))
)
const lookup = dns.lookup
dns.lookup = function (hostname, options, callback) {
  const ip = hosts.get(hostname)
  if (!ip) return lookup.call(this, hostname, options, callback)
  const done = typeof options === 'function' ? options : callback
  const all = typeof options === 'object' && options?.all
  process.nextTick(() => (all ? done(null, [{ address: ip, family: 4 }]) : done(null, ip, 4)))
}
