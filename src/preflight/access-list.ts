// PF-11, the migration host on the IP access list: whether an address or range is covered by an
// entry, with node:net's own subnet matcher (an IPv4-mapped IPv6 address counts as its IPv4
// address), and the check built on it.
import { BlockList, isIP } from 'node:net'
import { counted } from '../errors'
import type { PlannedMigration } from './source'
import type { CheckResult, Finding } from './verdict'
import { checkOf } from './verdict'

export interface AccessEntryLike {
  ipAddress?: string
  cidrBlock?: string
  awsSecurityGroup?: string
  /** A temporary entry's end. */
  deleteAfterDate?: string
}

interface Net {
  address: string
  prefix: number
  family: 'ipv4' | 'ipv6'
}

/** "a.b.c.d", "a.b.c.d/k", "x::y/k", with "%2F" for "/"; undefined when it is not an address. */
export function parseNet(text: string): Net | undefined {
  const [rawAddress = '', rawPrefix] = text.replace(/%2f/i, '/').trim().split('/')
  let address = rawAddress.replace(/%.*$/, '') // an IPv6 zone ("%eth0")
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) address = mapped[1] as string
  const version = isIP(address)
  if (version === 0) return undefined
  const bits = version === 4 ? 32 : 128
  const prefix = rawPrefix === undefined ? bits : Number(rawPrefix)
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) return undefined
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' }
}

/** The network an entry allows, or undefined (a security group, or nothing readable). */
export function entryNet(entry: AccessEntryLike): Net | undefined {
  const text = entry.cidrBlock ?? entry.ipAddress
  return text ? parseNet(text) : undefined
}

/** Whether `entry` allows every address of `host` (one address, or a range of at least its prefix). */
export function covers(entry: Net, host: Net): boolean {
  if (entry.family !== host.family || entry.prefix > host.prefix) return false
  const list = new BlockList()
  list.addSubnet(entry.address, entry.prefix, entry.family)
  return list.check(host.address, host.family)
}

export const isEverywhere = (net: Net): boolean => net.prefix === 0

/**
 * PF-11: the migration host's outbound addresses on the project's IP access list. The API cannot
 * know those addresses: without migration-host-ips the check says so, never a silent pass.
 */
export function accessList(
  plan: PlannedMigration,
  hostAddresses: string[],
  entries: (AccessEntryLike & { status?: string })[]
): CheckResult {
  const title = 'Migration host on the IP access list'
  if (plan.hostnameSchemaType !== 'PUBLIC') {
    return checkOf('PF-11', title, [{ result: 'skip', evidence: `hostname-schema-type ${plan.hostnameSchemaType}` }])
  }
  if (hostAddresses.length === 0) {
    return checkOf('PF-11', title, [
      {
        result: 'warn',
        evidence: `${counted(entries.length, 'access-list entry', 'access-list entries')}; the migration host's outbound address is not known to Atlas`,
        fix: "Give migration-host-ips (the host's external IPs or CIDRs, from its Cloud Manager administrator) to check them."
      }
    ])
  }
  const findings: Finding[] = hostAddresses.map(text => {
    const host = parseNet(text)
    if (!host)
      return { result: 'fail', evidence: `${text} is not an address`, fix: 'Give migration-host-ips as IPs or CIDRs.' }
    const covering = entries.filter(e => {
      const net = entryNet(e)
      return net !== undefined && covers(net, host)
    })
    if (covering.length === 0) {
      return {
        result: 'fail',
        evidence: `${text} not covered`,
        fix: `Add ${text} to the destination project's IP access list.`
      }
    }
    const active = covering.find(e => (e.status ?? 'ACTIVE') === 'ACTIVE')
    if (!active) {
      const pending = covering.some(e => e.status === 'PENDING')
      return {
        result: pending ? 'warn' : 'fail',
        evidence: `${text} covered by ${covering.map(e => `${e.cidrBlock ?? e.ipAddress} (${e.status})`).join(', ')}`,
        fix: pending
          ? 'Wait until the entry is ACTIVE, then run pre-flight again.'
          : 'Re-create the FAILED access-list entry.'
      }
    }
    const net = entryNet(active)
    if (net && isEverywhere(net)) {
      return {
        result: 'warn',
        evidence: `${text} covered only by ${active.cidrBlock}`,
        fix: 'Allow the migration host alone rather than every address.'
      }
    }
    if (active.deleteAfterDate) {
      return {
        result: 'warn',
        evidence: `${text} covered by ${active.cidrBlock ?? active.ipAddress}, a temporary entry until ${active.deleteAfterDate}`,
        fix: 'Use a permanent entry: a migration can run for days before the cut-over.'
      }
    }
    return { result: 'pass', evidence: `${text} covered by ${active.cidrBlock ?? active.ipAddress}` }
  })
  return checkOf('PF-11', title, findings)
}
