// The plan file, read in process: defaults applied, and every kind of mistake reported at its line.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { VALIDATOR_FILE, validatorSource } from '../scripts/plan-schema.ts'
import { PlanFileError, readPlan } from '../src/plan/read'

const ORG = '5f1a2b3c4d5e6f7a8b9c0d1e'
const PROJECT = '7c8d9e0f1a2b3c4d5e6f7a8b'

function mistakes(text: string): string[] {
  try {
    readPlan(text, 'plan.yml')
  } catch (err) {
    if (err instanceof PlanFileError) return err.mistakes.map(m => `${m.line}:${m.column} ${m.message}`)
    throw err
  }
  throw new Error('the plan was accepted')
}

describe('readPlan', () => {
  it('applies the defaults, names entries, and keeps their lines', () => {
    const plan = readPlan(
      [
        'version: 1',
        'defaults:',
        `  org-id: ${ORG}`,
        `  project-id: ${PROJECT}`,
        '  wave: 2',
        'migration-host-ips:',
        '  mig-1.example.net: [203.0.113.7, 2001:db8::/64]',
        'deployments:',
        '  - source: payments-rs',
        '    cluster: payments-prod',
        '  - source: orders-rs',
        '    source-project: Orders',
        '    wave: canary',
        '    source-auth: credentials',
        '    migration-host: mig-1.example.net',
        ''
      ].join('\n'),
      'plan.yml'
    )
    expect(plan.hostIps).toEqual({ 'mig-1.example.net': ['203.0.113.7', '2001:db8::/64'] })
    expect(plan.entries).toEqual([
      {
        name: 'payments-rs',
        line: 9,
        orgId: ORG,
        projectId: PROJECT,
        sourceProject: undefined,
        source: 'payments-rs',
        cluster: 'payments-prod',
        migrationHost: undefined,
        hostnameSchemaType: 'PUBLIC',
        privateLinkId: undefined,
        sourceAuth: 'managed',
        wave: '2'
      },
      {
        name: 'Orders/orders-rs',
        line: 11,
        orgId: ORG,
        projectId: PROJECT,
        sourceProject: 'Orders',
        source: 'orders-rs',
        cluster: 'orders-rs',
        migrationHost: 'mig-1.example.net',
        hostnameSchemaType: 'PUBLIC',
        privateLinkId: undefined,
        sourceAuth: 'credentials',
        wave: 'canary'
      }
    ])
  })

  it('reports YAML that does not parse, at its line', () => {
    const found = mistakes(`deployments:\n  - source: a\n    wave: [1,\n`)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^\d+:\d+ not valid YAML: /)
  })

  it('reports a key given twice (YAML), at its line', () => {
    expect(mistakes(`deployments:\n  - source: a\n    source: b\n`)[0]).toMatch(
      /^3:5 not valid YAML: Map keys must be unique/
    )
  })

  it('reports every schema mistake at once, each at its key or value', () => {
    const found = mistakes(
      [
        'version: 2',
        'defaults:',
        '  org-id: 5F1A', // wrong form
        '  colour: blue', // unknown key
        'deployments:',
        '  - source: a',
        '    wave: 0', // not a wave
        `    project-id: ${PROJECT}`,
        '    hostname-schema-type: PUBLIK',
        '  - cluster: no-source', // no source
        '  - source: b',
        '    cluster: "not a cluster name"',
        '    source-auth: yes',
        ''
      ].join('\n')
    )
    expect(found).toEqual([
      '1:10 version must be 1',
      '3:11 defaults.org-id must be a 24-hex ID; got "5F1A"',
      "4:3 defaults has an unknown key 'colour' (known: org-id, project-id, source-project, hostname-schema-type, source-auth, wave)",
      '7:11 deployments[0].wave must be a wave: a whole number from 1, or a short name; got 0',
      '9:27 deployments[0].hostname-schema-type must be one of PUBLIC, PRIVATE_LINK, VPC_PEERING',
      "10:5 deployments[1] needs the key 'source'",
      '12:14 deployments[2].cluster must be an Atlas cluster name; got "not a cluster name"',
      '13:18 deployments[2].source-auth must be one of managed, credentials'
    ])
  })

  it('reports wrong types and an empty list', () => {
    expect(mistakes('deployments: []\n')).toEqual(['1:14 deployments must list at least 1'])
    expect(mistakes('deployments:\n  - source: 42\n')).toEqual(['2:13 deployments[0].source must be a string'])
    expect(mistakes('- a\n')).toEqual(['1:1 the plan must be an object'])
    expect(mistakes('migration-host-ips:\n  "bad host!": [1.2.3.4]\ndeployments: [{source: a}]\n')).toEqual([
      '2:3 migration-host-ips must be a host name; got "bad host!"'
    ])
  })

  it('needs org-id and project-id on every entry, from it or from the defaults', () => {
    expect(mistakes(`defaults:\n  org-id: ${ORG}\ndeployments:\n  - source: a\n`)).toEqual([
      '4:3 deployments[0] has no project-id, and defaults give none'
    ])
  })

  it('refuses two entries of the same name', () => {
    const text = `defaults: {org-id: ${ORG}, project-id: ${PROJECT}}\ndeployments:\n  - source: a\n  - source: b\n    name: a\n`
    expect(mistakes(text)).toEqual(["4:3 the name 'a' is used already on line 3: give each deployment its own name"])
  })

  it('says where each mistake is in its message, and that nothing was sent', () => {
    expect(() => readPlan('deployments: 3\n', 'migrations/plan.yml')).toThrow(
      'The plan file has 1 mistake: migrations/plan.yml:1:14: deployments must be an array. Nothing was sent.'
    )
  })
})

describe("the plan's validator, compiled at build time", () => {
  it('is what npm run plan:schema writes from src/plan/schema.ts', () => {
    expect(
      readFileSync(VALIDATOR_FILE, 'utf8') === validatorSource(),
      'src/plan/plan-validator.ts is stale: run npm run plan:schema'
    ).toBe(true)
  })
})
