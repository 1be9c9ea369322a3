// node:net's isIP, loaded when an input holds an address to check: a static import of node:net
// loads its streams at start-up, which every step pays, the one that fails on a bad ID included.
import type * as net from 'node:net'

/** 4 or 6 for an IPv4 or IPv6 address, 0 for anything else (node:net's isIP). */
export function ipVersion(value: string): number {
  return (process.getBuiltinModule('node:net') as typeof net).isIP(value)
}
