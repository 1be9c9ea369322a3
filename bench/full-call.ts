// 2. One full call: create-link-token with an API key against a server that adds 20 ms per answer
// and 40 ms per new connection, against bench/floor.mjs (node:http + node:crypto only).
import { ATLAS_ORG, CREDENTIALS, startFakeApi } from '../test-server/fixtures.ts'
import { actionEnv, DIST, FLOOR_SCRIPT, floorEnvFor, fmt, race, ratio, tableHead, timed } from './harness.ts'

export async function fullCall(): Promise<{ action: number; floor: number }> {
  console.log('## 2. One full call: create-link-token, API key, 20 ms per answer, 40 ms per new connection\n')
  const api = await startFakeApi({ responseDelayMs: 20, connectionDelayMs: 40 })
  const actionInputs = {
    mode: 'create-link-token',
    'org-id': ATLAS_ORG,
    'base-url': api.url,
    ...CREDENTIALS['api-key']
  }
  const floorEnv = floorEnvFor(api.url)
  const medians = await race({
    floor: () => timed([FLOOR_SCRIPT], floorEnv),
    action: () => timed([DIST], actionEnv(actionInputs))
  })
  await api.close()
  const action = medians.action as number
  const floor = medians.floor as number
  tableHead('run', 'median')
  console.log(`| bench/floor.mjs (node:http + node:crypto, 2 requests, 1 connection) | ${fmt(floor)} |`)
  console.log(`| node dist/index.js | ${fmt(action)} |`)
  console.log(`\nratio: **${ratio(action, floor)}** the floor (goal ≤ 1.20×)\n`)
  return { action, floor }
}
