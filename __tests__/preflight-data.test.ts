// PF-8 and PF-9, pure: the destination's room for the source's data, and what it already holds.
import { describe, expect, it } from 'vitest'
import { destinationContents, destinationDisk } from '../src/preflight/destination-data'

const GB = 1e9
const disk = (over: Partial<Parameters<typeof destinationDisk>[0]> = {}) =>
  destinationDisk({
    sourceBytes: 10 * GB,
    freeBytes: [72 * GB],
    diskSizeGB: [80],
    shardsUsed: 1,
    autoScaling: false,
    ...over
  })

describe('PF-8 destination disk', () => {
  it('compares the source with the free space measured, else the disk size', () => {
    expect(disk().result).toBe('pass')
    expect(disk({ sourceBytes: 60 * GB })).toMatchObject({
      result: 'warn',
      evidence: expect.stringMatching(/over 70 %/)
    })
    expect(disk({ sourceBytes: 72 * GB })).toMatchObject({
      result: 'fail',
      fix: expect.stringMatching(/disk space on the destination/)
    })
    expect(disk({ freeBytes: [], sourceBytes: 79 * GB }).evidence).toMatch(/80\.0 GB of disk/)
    expect(disk({ freeBytes: [], sourceBytes: 81 * GB }).result).toBe('fail')
    expect(disk({ sourceBytes: undefined }).result).toBe('warn')
  })

  it('spreads the data over the shards it will use, and warns about auto-scaling', () => {
    // Two shards used: the two smallest primaries' free space adds up.
    expect(disk({ sourceBytes: 100 * GB, freeBytes: [72 * GB, 72 * GB, 72 * GB], shardsUsed: 2 }).result).toBe('pass')
    expect(disk({ sourceBytes: 100 * GB, freeBytes: [72 * GB, 72 * GB], shardsUsed: 1 }).result).toBe('fail')
    expect(disk({ autoScaling: true })).toMatchObject({ result: 'warn', fix: expect.stringMatching(/auto-scaling/) })
  })
})

describe('PF-9 destination contents', () => {
  it('passes an empty destination, warns about user databases and leftovers', () => {
    expect(destinationContents(['admin', 'config', 'local'], false).result).toBe('pass')
    expect(destinationContents(['admin', 'config', 'local', 'pay'], false)).toMatchObject({
      result: 'warn',
      fix: expect.stringMatching(/drop-destination-data/)
    })
    expect(destinationContents(['local', 'pay'], true).evidence).toMatch(/drop-destination-data drops pay/)
    expect(destinationContents(['local', 'mongosync_reserved_for_internal_use'], false).evidence).toMatch(
      /mongosync_reserved/
    )
    expect(destinationContents(undefined, false).result).toBe('warn')
  })
})
