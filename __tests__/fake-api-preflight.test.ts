// The stand-in's pre-flight reads: getGroup, getGroupCluster and its processArgs, the IP access list and
// its per-entry status, in the shapes of MongoDB's spec and Atlas's error form.

import { afterEach, describe, expect, it } from 'vitest'
import type { FakeApi, FakeApiOptions } from '../test-server/fake-api.ts'
import { ATLAS_ORG, ATLAS_PROJECT, startFakeApi } from './helpers/fixtures'
import { expectApiError, type RawAnswer, rawGet } from './helpers/raw-api.ts'

const OTHER_ORG = '0a1b2c3d4e5f6a7b8c9d0e1f'
const OTHER_PROJECT = '1b2c3d4e5f6a7b8c9d0e1f2a'
const MISSING = '111111111111111111111111'
const GROUP = `/api/atlas/v2/groups/${ATLAS_PROJECT}`
const type = (date: string) => `application/vnd.atlas.${date}+json`

let api: FakeApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

async function start(options: FakeApiOptions = {}): Promise<FakeApi> {
  api = await startFakeApi({ atlasProjects: [ATLAS_PROJECT, OTHER_PROJECT], ...options })
  return api
}

type Raw = RawAnswer

/** A raw read of the stand-in started by start(). */
const get = (path: string, date = '2023-01-01', init: RequestInit = {}): Promise<Raw> =>
  rawGet(api?.url as string, path, date, init)

function expectError(raw: Raw, status: number, errorCode: string, detail?: string): void {
  expectApiError(raw, status, errorCode, detail)
  expect(raw.headers.get('content-type')).toBe('application/json')
}

describe('getGroup', () => {
  it('answers the project with its org, in the versioned type', async () => {
    await start({
      projectOrgs: { [OTHER_PROJECT]: OTHER_ORG },
      clusters: { [ATLAS_PROJECT]: [{ name: 'a' }, { name: 'b' }] }
    })
    const own = await get(GROUP)
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toBe(`${type('2023-01-01')};charset=utf-8`)
    expect(own.json).toMatchObject({ id: ATLAS_PROJECT, orgId: ATLAS_ORG, clusterCount: 2 })
    expect(own.json.name).toEqual(expect.any(String))
    expect(Number.isNaN(Date.parse(String(own.json.created)))).toBe(false)
    const other = await get(`/api/atlas/v2/groups/${OTHER_PROJECT}`)
    expect(other.json).toMatchObject({ id: OTHER_PROJECT, orgId: OTHER_ORG, clusterCount: 0 })
  })

  it('answers 404 GROUP_NOT_FOUND for an unknown project, 406 for a wrong version, 401 without credentials', async () => {
    await start()
    const missing = await get(`/api/atlas/v2/groups/${MISSING}`)
    expectError(missing, 404, 'GROUP_NOT_FOUND', `No group with ID ${MISSING} exists.`)
    expect(missing.json.parameters).toEqual([MISSING])
    expectError(await get(GROUP, '2024-08-05'), 406, 'INVALID_VERSION_DATE')
    expectError(
      await get(GROUP, '2023-01-01', { headers: { accept: 'application/json' } }),
      406,
      'INVALID_VERSION_DATE'
    )
    const anonymous = await fetch(`${api?.url}${GROUP}`, { headers: { accept: type('2023-01-01') } })
    expect(anonymous.status).toBe(401)
    expect(api?.requests.map(r => r.status)).toEqual([404, 406, 406, 401])
  })
})

describe('getGroupCluster', () => {
  const CLUSTERS = `${GROUP}/clusters`

  it('answers a ClusterDescription20240805 with the defaults', async () => {
    await start({ clusters: { [ATLAS_PROJECT]: [{ name: 'dest' }] } })
    const raw = await get(`${CLUSTERS}/dest`, '2024-08-05')
    expect(raw.status).toBe(200)
    expect(raw.headers.get('content-type')).toBe(`${type('2024-08-05')};charset=utf-8`)
    expect(raw.headers.get('deprecation')).toBeNull()
    expect(raw.json).toMatchObject({
      name: 'dest',
      groupId: ATLAS_PROJECT,
      clusterType: 'REPLICASET',
      stateName: 'IDLE',
      paused: false,
      mongoDBVersion: '8.0.29',
      mongoDBMajorVersion: '8.0',
      versionReleaseSystem: 'LTS',
      featureCompatibilityVersion: '8.0',
      biConnector: { enabled: false, readPreference: 'secondary' },
      replicationSpecs: [
        {
          id: expect.stringMatching(/^[a-f0-9]{24}$/),
          zoneName: 'Zone 1',
          regionConfigs: [
            {
              providerName: 'AWS',
              regionName: 'US_EAST_1',
              priority: 7,
              electableSpecs: { instanceSize: 'M40', nodeCount: 3, diskSizeGB: 80 },
              autoScaling: { diskGB: { enabled: false }, compute: { enabled: false } }
            }
          ]
        }
      ],
      connectionStrings: {
        standard: expect.stringMatching(/^mongodb:\/\/dest-shard-00-00\./),
        standardSrv: expect.stringMatching(/^mongodb\+srv:\/\/dest\./)
      }
    })
    expect(raw.json).not.toHaveProperty('featureCompatibilityVersionExpirationDate')
    expect(raw.json).not.toHaveProperty('diskSizeGB')
    // Atlas's key order: alphabetical.
    expect(Object.keys(raw.json)).toEqual([...Object.keys(raw.json)].sort())
  })

  it('tells apart the states the checks decide on', async () => {
    await start({
      clusters: {
        [ATLAS_PROJECT]: [
          {
            name: 'busy',
            clusterType: 'SHARDED',
            shards: 3,
            stateName: 'UPDATING',
            paused: true,
            mongoDBVersion: '7.0.14',
            versionReleaseSystem: 'CONTINUOUS',
            fcv: '6.0',
            fcvExpiration: '2026-12-01T00:00:00Z',
            biConnector: true,
            instanceSize: 'M30',
            provider: 'GCP',
            region: 'CENTRAL_US',
            diskSizeGB: 40,
            diskAutoScaling: true,
            computeAutoScaling: true
          }
        ]
      }
    })
    const raw = await get(`${CLUSTERS}/busy`, '2024-08-05')
    expect(raw.json).toMatchObject({
      clusterType: 'SHARDED',
      stateName: 'UPDATING',
      paused: true,
      mongoDBVersion: '7.0.14',
      mongoDBMajorVersion: '7.0',
      versionReleaseSystem: 'CONTINUOUS',
      featureCompatibilityVersion: '6.0',
      featureCompatibilityVersionExpirationDate: '2026-12-01T00:00:00Z',
      biConnector: { enabled: true }
    })
    const specs = raw.json.replicationSpecs as { id: string; regionConfigs: Record<string, unknown>[] }[]
    expect(specs).toHaveLength(3)
    expect(new Set(specs.map(s => s.id)).size).toBe(3)
    for (const spec of specs) {
      expect(spec.regionConfigs[0]).toMatchObject({
        providerName: 'GCP',
        regionName: 'CENTRAL_US',
        electableSpecs: { instanceSize: 'M30', diskSizeGB: 40 },
        autoScaling: { diskGB: { enabled: true }, compute: { enabled: true } }
      })
    }
  })

  it('shows a shared-tier cluster as TENANT with its effective size', async () => {
    await start({ clusters: { [ATLAS_PROJECT]: [{ name: 'free', instanceSize: 'M0' }] } })
    const raw = await get(`${CLUSTERS}/free`, '2024-08-05')
    expect(raw.status).toBe(200)
    const [spec] = raw.json.replicationSpecs as { regionConfigs: Record<string, unknown>[] }[]
    expect(spec?.regionConfigs[0]).toMatchObject({
      providerName: 'TENANT',
      backingProviderName: 'AWS',
      electableSpecs: { instanceSize: 'M0', effectiveInstanceSize: 'M0' }
    })
    expect(spec?.regionConfigs[0]).not.toHaveProperty('autoScaling')
  })

  it('refuses a Flex cluster with 400 CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API', async () => {
    await start({ clusters: { [ATLAS_PROJECT]: [{ name: 'flexy', flex: true }] } })
    const raw = await get(`${CLUSTERS}/flexy`, '2024-08-05')
    expectError(
      raw,
      400,
      'CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API',
      'Flex cluster flexy cannot be used in the Cluster API.'
    )
    expect(raw.json.reason).toBe('Bad Request')
  })

  it('answers 404 CLUSTER_NOT_FOUND for an unknown cluster and GROUP_NOT_FOUND for an unknown project', async () => {
    await start({ clusters: { [OTHER_PROJECT]: [{ name: 'elsewhere' }] } })
    const missing = await get(`${CLUSTERS}/elsewhere`, '2024-08-05')
    expectError(missing, 404, 'CLUSTER_NOT_FOUND', `No cluster named elsewhere exists in group ${ATLAS_PROJECT}.`)
    expectError(await get(`/api/atlas/v2/groups/${MISSING}/clusters/x`, '2024-08-05'), 404, 'GROUP_NOT_FOUND')
  })

  it('accepts the deprecated versions, with Deprecation and Sunset, and refuses others', async () => {
    await start({ clusters: { [ATLAS_PROJECT]: [{ name: 'dest', clusterType: 'SHARDED', shards: 2 }] } })
    const v2023b = await get(`${CLUSTERS}/dest`, '2023-02-01')
    expect(v2023b.status).toBe(200)
    expect(v2023b.headers.get('content-type')).toBe(`${type('2023-02-01')};charset=utf-8`)
    expect(v2023b.headers.get('deprecation')).toBe('Mon, 5 Aug 2024')
    expect(v2023b.headers.get('sunset')).toBe('Thu, 1 Jul 2027')
    expect(v2023b.json).toMatchObject({ diskSizeGB: 80, replicationSpecs: [{ numShards: 2 }] })
    const v2023a = await get(`${CLUSTERS}/dest`, '2023-01-01')
    expect(v2023a.json).toMatchObject({
      numShards: 2,
      diskSizeGB: 80,
      providerSettings: { providerName: 'AWS', instanceSizeName: 'M40' }
    })
    expectError(await get(`${CLUSTERS}/dest`, '2024-05-30'), 406, 'INVALID_VERSION_DATE')
  })
})

describe('getGroupClusterProcessArgs', () => {
  const ARGS = (name: string) => `${GROUP}/clusters/${name}/processArgs`

  it('answers the process arguments, null oplog fields unless set', async () => {
    await start({
      clusters: { [ATLAS_PROJECT]: [{ name: 'plain' }, { name: 'tuned', noTableScan: true, oplogSizeMB: 51200 }] }
    })
    const plain = await get(ARGS('plain'), '2024-08-05')
    expect(plain.status).toBe(200)
    expect(plain.headers.get('content-type')).toBe(`${type('2024-08-05')};charset=utf-8`)
    expect(plain.json).toEqual({
      javascriptEnabled: true,
      minimumEnabledTlsProtocol: 'TLS1_2',
      noTableScan: false,
      oplogMinRetentionHours: null,
      oplogSizeMB: null
    })
    const tuned = await get(ARGS('tuned'), '2023-01-01')
    expect(tuned.json).toMatchObject({ noTableScan: true, oplogSizeMB: 51200, oplogMinRetentionHours: null })
    expectError(await get(ARGS('plain'), '2023-02-01'), 406, 'INVALID_VERSION_DATE')
  })

  it('answers 400 for shared-tier and Flex clusters and 404 for an unknown one', async () => {
    await start({
      clusters: {
        [ATLAS_PROJECT]: [
          { name: 'free', instanceSize: 'M5' },
          { name: 'flexy', flex: true }
        ]
      }
    })
    expectError(await get(ARGS('free'), '2024-08-05'), 400, 'INVALID_CLUSTER_CONFIGURATION')
    expectError(await get(ARGS('flexy'), '2024-08-05'), 400, 'CANNOT_USE_FLEX_CLUSTER_IN_CLUSTER_API')
    expectError(await get(ARGS('none'), '2024-08-05'), 404, 'CLUSTER_NOT_FOUND')
  })
})

describe('the IP access list', () => {
  const LIST = `${GROUP}/accessList`
  const entries: FakeApiOptions['accessList'] = {
    [ATLAS_PROJECT]: [
      { ipAddress: '192.168.0.243', comment: 'migration host', deleteAfterDate: '2026-08-10T03:08:14Z' },
      { cidrBlock: '10.0.0.0/24', status: 'PENDING' },
      { awsSecurityGroup: 'sg-903004f8', status: 'FAILED' }
    ]
  }

  it('lists every entry, a single address with both ipAddress and cidrBlock', async () => {
    await start({ accessList: entries })
    const raw = await get(LIST)
    expect(raw.status).toBe(200)
    expect(raw.headers.get('content-type')).toBe(`${type('2023-01-01')};charset=utf-8`)
    expect(raw.json.totalCount).toBe(3)
    expect(raw.json.links).toEqual([{ rel: 'self', href: expect.stringContaining(`${api?.url}${LIST}?`) }])
    const [single, range, group] = raw.json.results as Record<string, unknown>[]
    expect(single).toMatchObject({
      ipAddress: '192.168.0.243',
      cidrBlock: '192.168.0.243/32',
      comment: 'migration host',
      deleteAfterDate: '2026-08-10T03:08:14Z',
      groupId: ATLAS_PROJECT
    })
    expect(range).toMatchObject({ cidrBlock: '10.0.0.0/24', groupId: ATLAS_PROJECT })
    expect(range).not.toHaveProperty('ipAddress')
    expect(range).not.toHaveProperty('comment')
    expect(group).toMatchObject({ awsSecurityGroup: 'sg-903004f8', groupId: ATLAS_PROJECT })
    expect(group).not.toHaveProperty('cidrBlock')
  })

  it('pages with itemsPerPage and pageNum', async () => {
    await start({ accessList: entries })
    const first = await get(`${LIST}?itemsPerPage=2&pageNum=1`)
    const second = await get(`${LIST}?itemsPerPage=2&pageNum=2`)
    const third = await get(`${LIST}?itemsPerPage=2&pageNum=3`)
    const values = (raw: Raw) =>
      (raw.json.results as Record<string, string>[]).map(e => e.ipAddress ?? e.cidrBlock ?? e.awsSecurityGroup)
    expect(values(first)).toEqual(['192.168.0.243', '10.0.0.0/24'])
    expect(values(second)).toEqual(['sg-903004f8'])
    expect(values(third)).toEqual([])
    expect([first, second, third].map(r => r.json.totalCount)).toEqual([3, 3, 3])
    expect((second.json.links as { href: string }[])[0]?.href).toMatch(/itemsPerPage=2&pageNum=2$/)
    expectError(await get(`${LIST}?itemsPerPage=501`), 400, 'INVALID_PARAMETER')
    expectError(await get(`${LIST}?pageNum=0`), 400, 'INVALID_PARAMETER')
  })

  it('answers an empty list for a project with none, and 404 for an unknown project', async () => {
    await start({ accessList: entries })
    const empty = await get(`/api/atlas/v2/groups/${OTHER_PROJECT}/accessList`)
    expect(empty.json).toMatchObject({ results: [], totalCount: 0 })
    expectError(await get(`/api/atlas/v2/groups/${MISSING}/accessList`), 404, 'GROUP_NOT_FOUND')
    expectError(await get(LIST, '2024-08-05'), 406, 'INVALID_VERSION_DATE')
  })

  it('answers each entry its STATUS: by IP, by CIDR with %2F, by security group', async () => {
    await start({ accessList: entries })
    const status = async (value: string) => {
      const raw = await get(`${LIST}/${value}/status`)
      expect(raw.status).toBe(200)
      expect(raw.headers.get('content-type')).toBe(`${type('2023-01-01')};charset=utf-8`)
      return raw.json
    }
    expect(await status('192.168.0.243')).toEqual({ STATUS: 'ACTIVE' })
    expect(await status('192.168.0.243%2F32')).toEqual({ STATUS: 'ACTIVE' })
    expect(await status('10.0.0.0%2F24')).toEqual({ STATUS: 'PENDING' })
    expect(await status('10.0.0.0%2f24')).toEqual({ STATUS: 'PENDING' })
    expect(await status('sg-903004f8')).toEqual({ STATUS: 'FAILED' })
  })

  it('answers 404 for an entry not on the list', async () => {
    await start({ accessList: entries })
    const raw = await get(`${LIST}/203.0.113.7/status`)
    expectError(raw, 404, 'ATLAS_NETWORK_PERMISSION_ENTRY_NOT_FOUND')
    expect(raw.json.detail).toContain('203.0.113.7')
    expectError(await get(`${LIST}/10.0.0.0%2F25/status`), 404, 'ATLAS_NETWORK_PERMISSION_ENTRY_NOT_FOUND')
  })
})

describe('the project events', () => {
  const EVENTS = `${GROUP}/events`
  const events: FakeApiOptions['events'] = {
    [ATLAS_PROJECT]: [
      { eventTypeName: 'CLUSTER_IMPORT_STARTED', created: '2026-08-01T10:00:00Z', clusterName: 'dest' },
      { eventTypeName: 'CLUSTER_IMPORT_COMPLETED', created: '2026-08-03T10:00:00Z', clusterName: 'dest' },
      { eventTypeName: 'GROUP_CREATED', created: '2026-06-01T00:00:00Z' },
      { eventTypeName: 'CLUSTER_IMPORT_STARTED', created: '2026-08-02T10:00:00Z', clusterName: 'other' }
    ]
  }
  const names = (raw: Raw) =>
    (raw.json.results as Record<string, string>[]).map(e => `${e.eventTypeName}@${String(e.created).slice(5, 10)}`)

  it('lists every event newest first, as NDSAuditViewForNdsGroup with clusterName when it has one', async () => {
    await start({ events, projectOrgs: { [ATLAS_PROJECT]: OTHER_ORG } })
    const raw = await get(EVENTS)
    expect(raw.status).toBe(200)
    expect(raw.headers.get('content-type')).toBe(`${type('2023-01-01')};charset=utf-8`)
    expect(names(raw)).toEqual([
      'CLUSTER_IMPORT_COMPLETED@08-03',
      'CLUSTER_IMPORT_STARTED@08-02',
      'CLUSTER_IMPORT_STARTED@08-01',
      'GROUP_CREATED@06-01'
    ])
    expect(raw.json.totalCount).toBe(4)
    const results = raw.json.results as Record<string, unknown>[]
    expect(results[0]).toEqual({
      clusterName: 'dest',
      created: '2026-08-03T10:00:00Z',
      eventTypeName: 'CLUSTER_IMPORT_COMPLETED',
      groupId: ATLAS_PROJECT,
      id: expect.stringMatching(/^[a-f0-9]{24}$/),
      isGlobalAdmin: false,
      links: [{ href: `${api?.url}${EVENTS}/${results[0]?.id}`, rel: 'self' }],
      orgId: OTHER_ORG
    })
    expect(Object.keys(results[0] ?? {})).toEqual(Object.keys(results[0] ?? {}).sort())
    expect(results[3]).not.toHaveProperty('clusterName')
    expect(new Set(results.map(e => e.id)).size).toBe(4)
    expect((await get(EVENTS)).json.results).toEqual(results)
  })

  it('keeps only the repeated eventType values, and events at or after minDate', async () => {
    await start({ events })
    const imports = await get(`${EVENTS}?eventType=CLUSTER_IMPORT_STARTED&eventType=GROUP_CREATED`)
    expect(names(imports)).toEqual([
      'CLUSTER_IMPORT_STARTED@08-02',
      'CLUSTER_IMPORT_STARTED@08-01',
      'GROUP_CREATED@06-01'
    ])
    expect(imports.json.totalCount).toBe(3)
    const recent = await get(`${EVENTS}?minDate=2026-08-02T10:00:00Z`)
    expect(names(recent)).toEqual(['CLUSTER_IMPORT_COMPLETED@08-03', 'CLUSTER_IMPORT_STARTED@08-02'])
    // 12:00+02:00 is 10:00 UTC; '+' sent as %2B.
    const both = await get(`${EVENTS}?eventType=CLUSTER_IMPORT_STARTED&minDate=2026-08-02T12:00:00%2B02:00`)
    expect(names(both)).toEqual(['CLUSTER_IMPORT_STARTED@08-02'])
    expect((await get(`${EVENTS}?eventType=CLUSTER_IMPORT_FAILED`)).json).toMatchObject({ results: [], totalCount: 0 })
    expectError(await get(`${EVENTS}?minDate=yesterday`), 400, 'INVALID_PARAMETER')
  })

  it('pages with itemsPerPage and pageNum, and refuses another version or an unknown project', async () => {
    await start({ events })
    const pages = await Promise.all([1, 2, 3].map(n => get(`${EVENTS}?itemsPerPage=3&pageNum=${n}`)))
    expect(pages.map(names)).toEqual([
      ['CLUSTER_IMPORT_COMPLETED@08-03', 'CLUSTER_IMPORT_STARTED@08-02', 'CLUSTER_IMPORT_STARTED@08-01'],
      ['GROUP_CREATED@06-01'],
      []
    ])
    expect(pages.map(p => p.json.totalCount)).toEqual([4, 4, 4])
    expectError(await get(`${EVENTS}?itemsPerPage=0`), 400, 'INVALID_PARAMETER')
    expect((await get(`/api/atlas/v2/groups/${OTHER_PROJECT}/events`)).json).toMatchObject({
      results: [],
      totalCount: 0
    })
    expectError(await get(EVENTS, '2024-08-05'), 406, 'INVALID_VERSION_DATE')
    expectError(await get(`/api/atlas/v2/groups/${MISSING}/events`), 404, 'GROUP_NOT_FOUND')
  })
})

describe('the maintenance window', () => {
  const WINDOW = `${GROUP}/maintenanceWindow`

  it("answers the spec's GroupMaintenanceWindow: Sunday 03:00 UTC unless the project set its own", async () => {
    await start({ maintenanceWindows: { [OTHER_PROJECT]: { dayOfWeek: 4, hourOfDay: 22, startASAP: true } } })
    const raw = await get(WINDOW)
    expect(raw.status).toBe(200)
    expect(raw.headers.get('content-type')).toBe(`${type('2023-01-01')};charset=utf-8`)
    expect(raw.json).toEqual({
      autoDeferOnceEnabled: false,
      dayOfWeek: 1,
      hourOfDay: 3,
      numberOfDeferrals: 0,
      protectedHours: { endHourOfDay: 0, startHourOfDay: 0 },
      startASAP: false,
      timeZoneId: 'UTC'
    })
    expect(Object.keys(raw.json)).toEqual(Object.keys(raw.json).sort())
    const own = await get(`/api/atlas/v2/groups/${OTHER_PROJECT}/maintenanceWindow`)
    expect(own.json).toMatchObject({ dayOfWeek: 4, hourOfDay: 22, startASAP: true, timeZoneId: 'UTC' })
  })

  it('answers only 2023-01-01 (not the preview type), and 404 for an unknown project', async () => {
    await start()
    expectError(await get(WINDOW, '2024-08-05'), 406, 'INVALID_VERSION_DATE')
    const preview = await get(WINDOW, '2023-01-01', { headers: { accept: 'application/vnd.atlas.preview+json' } })
    expectError(preview, 406, 'INVALID_VERSION_DATE')
    expectError(await get(`/api/atlas/v2/groups/${MISSING}/maintenanceWindow`), 404, 'GROUP_NOT_FOUND')
    expect(api?.requests.map(r => r.status)).toEqual([406, 406, 404])
  })
})
