// Whether an address or range is covered by a project's IP access list entry (PF-11), with
// node:net's own subnet matcher; an IPv4-mapped IPv6 address counts as its IPv4 address.
import { BlockList, isIP } from 'node:net'

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
