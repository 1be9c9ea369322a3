// A name never becomes a path: every value that goes into a request path is checked against MongoDB's
// documented pattern (or, where real answers break it, against what a path can't hold) and encoded,
// before anything is sent; the inputs and the plan file that reach a path are refused at parse time.
import { describe, expect, it } from 'vitest'
import { MigrationClient } from '../src/clients/migration'
import { MonitoringClient } from '../src/clients/monitoring'
import { apiPath, clusterName, isPathValue, mongoId, pathValue } from '../src/clients/path'
import { StepError } from '../src/errors'
import type { Endpoint } from '../src/inputs'
import { InputError } from '../src/inputs'
import { PlanFileError, readPlan } from '../src/plan/read'
import type { DestinationCluster } from '../src/preflight/client'
import { PreflightClient } from '../src/preflight/client'
import { destinationDataChecks } from '../src/preflight/data'
import { PreflightNetworkClient } from '../src/preflight/network-client'
import { MODES } from '../src/registry'
import type { ApiRequest } from '../src/transport/http'
import { ATLAS_ORG, ATLAS_PROJECT as PROJECT } from './helpers/fixtures.ts'
import type { Scripted } from './helpers/in-process.ts'
import { collectingContext, configOf, scriptedSession } from './helpers/in-process.ts'

const GROUP = `/api/atlas/v2/groups/${PROJECT}`
const ID = '6650aa00bb11cc22dd33ee77'

/** A session that answers every request with `answer`, and the requests it was sent. */
function scripted(answer: (request: ApiRequest) => Scripted = () => ({ status: 200, body: {} })) {
  const { open, sent } = scriptedSession(answer)
  return { session: open({} as Endpoint), sent, open }
}

describe('apiPath', () => {
  it("encodes '/', '?', '#', '%' and space in a value into one segment, and keeps ':' bare", () => {
    const name = 'a/b?c#d e%f'
    expect(apiPath`/api/atlas/v2/groups/${PROJECT}/clusters/${name}/processArgs`).toBe(
      `${GROUP}/clusters/a%2Fb%3Fc%23d%20e%25f/processArgs`
    )
    expect(apiPath`/processes/${'host-1.example.net:27017'}`).toBe('/processes/host-1.example.net:27017')
  })

  it("refuses '..', '.', '' and a lone surrogate, which encoding would leave for URL parsing to resolve", () => {
    for (const value of ['..', '.', '', '\uD800']) {
      expect(() => apiPath`/api/atlas/v2/groups/${PROJECT}/clusters/${value}`).toThrow(StepError)
    }
    expect(() => apiPath`/groups/${PROJECT}/clusters/${'..'}`).toThrow(
      `The path segment after /groups/${PROJECT}/clusters/ ".." is not well-formed text other than "", "." or "..". Nothing was sent.`
    )
  })
})

describe('mongoId, clusterName and pathValue', () => {
  it('mongoId takes 24 lowercase hexadecimal characters, and refuses the rest with the value cut to 60', () => {
    expect(mongoId(ID, 'migration ID')).toBe(ID)
    for (const bad of [ID.toUpperCase(), ID.slice(1), `${ID}0`, `../${ID.slice(3)}`, '']) {
      expect(() => mongoId(bad, 'migration ID')).toThrow(/^The migration ID ".*" is not an ID of 24 lowercase/)
    }
    const long = 'x'.repeat(100)
    expect(() => mongoId(long, 'project ID')).toThrow(
      `The project ID "${'x'.repeat(60)}…" is not an ID of 24 lowercase hexadecimal characters. Nothing was sent.`
    )
  })

  it('clusterName takes Atlas names up to 64 characters, and refuses paths, spaces, a leading hyphen and 65', () => {
    for (const good of ['payments-prod', 'Cluster0', '0', 'a'.repeat(64)]) expect(clusterName(good)).toBe(good)
    for (const bad of ['payments/../prod', 'payments prod', '..', '.', '', '-prod', 'a_b', 'a'.repeat(65), 'é']) {
      expect(() => clusterName(bad)).toThrow(StepError)
    }
    expect(() => clusterName('payments/../prod', 'destination cluster name')).toThrow(
      'The destination cluster name "payments/../prod" is not an Atlas cluster name (letters, digits and hyphens, starting with a letter or digit, at most 64 characters). Nothing was sent.'
    )
  })

  it("pathValue keeps a host:port with hyphens; '/' only when asked for, and never '.' or '..' between them", () => {
    expect(pathValue('atlas-ab1cd-shard-00-00.mongodb.net:27017', 'process ID')).toContain('-shard-')
    for (const bad of ['', '.', '..', 'a/b', 'a\\b', 'a b', 'a\tb', 'a\u0000b', 'a\u0085b']) {
      expect(isPathValue(bad), bad).toBe(false)
    }
    expect(isPathValue('203.0.113.0/24', { slashes: true })).toBe(true)
    expect(isPathValue('a/../b', { slashes: true })).toBe(false)
    expect(() => pathValue('a/../b', 'process ID')).toThrow(/^The process ID "a\/..\/b" is not a process ID: .*Nothing/)
  })
})

const PREFLIGHT_STEP = {
  'org-id': ATLAS_ORG,
  'project-id': PROJECT,
  'cluster-name': 'atlas-payments',
  'source-cluster-name': 'payments-rs',
  'migration-host-ips': '203.0.113.7'
}

/** Parses the step's inputs and runs the mode the registry names on a scripted session, as the action does. */
async function runStep(inputs: Record<string, string>) {
  const { open, sent } = scripted()
  const { context } = collectingContext()
  const run = async () => {
    const config = configOf('preflight', { ...PREFLIGHT_STEP, ...inputs })
    await (await MODES.preflight.load())(config, open, context)
  }
  return { result: run(), sent }
}

describe('inputs that reach a path', () => {
  it('cluster-name payments/../prod and payments prod are refused by the parser, before any request', async () => {
    for (const name of ['payments/../prod', 'payments prod', 'a'.repeat(65), '-prod']) {
      const { result, sent } = await runStep({ 'cluster-name': name })
      await expect(result).rejects.toThrow(InputError)
      await expect(result).rejects.toThrow(
        /^Input 'cluster-name' must be the name of an Atlas cluster: letters, digits and hyphens, starting with a letter or digit, at most 64 characters; got /
      )
      expect(sent).toEqual([])
    }
    for (const mode of ['validate-migration', 'start-migration'] as const) {
      expect(() => configOf(mode, { ...PREFLIGHT_STEP, 'cluster-name': 'payments/../prod' })).toThrow(InputError)
    }
  })

  it("source-cluster-name may hold spaces, never '/', '\\', '.' or '..'", () => {
    const source = (name: string) => configOf('preflight', { ...PREFLIGHT_STEP, 'source-cluster-name': name })
    expect(source('Payments RS (2019)').migration.sourceClusterName).toBe('Payments RS (2019)')
    for (const bad of ['payments/../prod', 'a\\b', '.', '..']) {
      expect(() => source(bad)).toThrow(/^Input 'source-cluster-name' must be a name of the source cluster/)
    }
  })

  it("private-link-id keeps an Azure resource ID's '/', and refuses '..' between them and spaces", () => {
    const azure = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/x/pe'
    const link = (id: string) =>
      configOf('preflight', { ...PREFLIGHT_STEP, 'hostname-schema-type': 'PRIVATE_LINK', 'private-link-id': id })
    expect(link(azure).migration.privateLinkId).toBe(azure)
    for (const bad of ['..', 'vpce-1/../x', 'vpce 1']) expect(() => link(bad)).toThrow(/^Input 'private-link-id'/)
  })
})

describe('values from answers, and given to a client', () => {
  it('a process ID of .. or holding a / in the processes answer never reaches a path', async () => {
    for (const id of ['..', 'a/../b']) {
      const { session, sent } = scripted(() => ({
        status: 200,
        body: { results: [{ id, typeName: 'REPLICA_PRIMARY', userAlias: 'atlas-payments-shard-00-00.ab1.net' }] }
      }))
      const cluster = { name: 'atlas-payments', regions: [] } as DestinationCluster
      await expect(destinationDataChecks(session, PROJECT, cluster, undefined, {} as never)).rejects.toThrow(
        /^The process ID .* Nothing was sent\.$/
      )
      expect(sent.map(r => r.path)).toEqual([`${GROUP}/processes?itemsPerPage=500&pageNum=1`])
    }
  })

  it("a partition name is one encoded segment: '..' refused, 'a/../b' sent as a%2F..%2Fb", async () => {
    const { session, sent } = scripted(() => ({ status: 200, body: { measurements: [] } }))
    const monitoring = new MonitoringClient(session)
    await expect(monitoring.freeDiskBytes(PROJECT, 'h-1.net:27017', '..')).rejects.toThrow(StepError)
    await expect(monitoring.databases(PROJECT, '..')).rejects.toThrow(StepError)
    expect(sent).toEqual([])
    await monitoring.freeDiskBytes(PROJECT, 'h-1.net:27017', 'a/../b')
    expect(sent[0]?.path).toMatch(/^[^?]*\/processes\/h-1\.net:27017\/disks\/a%2F\.\.%2Fb\/measurements\?/)
  })

  it('a destination cluster name or a project ID that is not one is refused before the read', async () => {
    const { session, sent } = scripted()
    const reads = new PreflightClient(session)
    await expect(reads.cluster(PROJECT, 'payments/../prod')).rejects.toThrow(StepError)
    await expect(reads.processArgs(PROJECT, '..')).rejects.toThrow(StepError)
    await expect(reads.group(`${PROJECT}/..`)).rejects.toThrow(StepError)
    await expect(reads.accessListStatus(PROJECT, '203.0.113.0/../x')).rejects.toThrow(StepError)
    expect(sent).toEqual([])
  })

  it("an endpoint service ID from the answer must be an ID; an Azure endpoint ID's '/' is sent as %2F", async () => {
    const { session, sent } = scripted()
    const net = new PreflightNetworkClient(session)
    await expect(net.endpoint(PROJECT, 'AZURE', '../x', 'pe')).rejects.toThrow(StepError)
    expect(sent).toEqual([])
    await net.endpoint(PROJECT, 'AZURE', ID, '/subscriptions/s/pe')
    expect(sent[0]?.path).toBe(
      `${GROUP}/privateEndpoint/AZURE/endpointService/${ID}/endpoint/%2Fsubscriptions%2Fs%2Fpe`
    )
  })

  it('a validation or migration ID that is not 24-hex (an odd answer, a ledger entry) is never sent', async () => {
    const { session, sent } = scripted()
    const client = new MigrationClient(session)
    await expect(client.getValidation(PROJECT, '..')).rejects.toThrow(StepError)
    await expect(client.get(PROJECT, `${ID}/../x`)).rejects.toThrow(StepError)
    await expect(client.cutover(PROJECT, 'x')).rejects.toThrow(StepError)
    await expect(client.availableProjects('../orgs')).rejects.toThrow(StepError)
    expect(sent).toEqual([])
  })
})

describe('the plan file', () => {
  const plan = (entry: string) =>
    `defaults: {org-id: ${ATLAS_ORG}, project-id: ${PROJECT}}\ndeployments:\n  - source: payments-rs\n${entry}`
  const mistakes = (text: string) => {
    try {
      readPlan(text, 'plan.yml')
    } catch (err) {
      if (err instanceof PlanFileError) return err.mistakes.map(m => `${m.line}:${m.column} ${m.message}`)
      throw err
    }
    return []
  }

  it('refuses payments/../prod as a cluster, as a source, and a source that would be the cluster, with line and column', () => {
    expect(mistakes(plan('    cluster: payments/../prod\n'))).toEqual([
      '4:14 deployments[0].cluster must be an Atlas cluster name; got "payments/../prod"'
    ])
    expect(mistakes(plan('  - source: payments/../prod\n    cluster: prod\n'))).toEqual([
      `4:13 deployments[1].source must be a deployment name: one line, no '/' or '\\', not "." or ".."; got "payments/../prod"`
    ])
    expect(mistakes(plan('  - source: payments prod\n'))).toEqual([
      `4:13 deployments[1].source "payments prod" is the destination cluster's name too (there is no cluster key), and is not an Atlas cluster name (letters, digits and hyphens, starting with a letter or digit, at most 64 characters): give cluster`
    ])
    expect(readPlan(plan('  - source: payments prod\n    cluster: payments-prod\n'), 'p').entries[1]?.cluster).toBe(
      'payments-prod'
    )
  })
})
