// MongoDB versions and FCVs as a push live migration needs them (PF-2, PF-5): compared as
// numbers, never as strings ("7.0.9" < "7.0.13").
import type { Finding } from './verdict'

export type Version = [major: number, minor: number, patch: number]

/** "7.0.14-ent" → [7, 0, 14]; "7.0" → [7, 0, 0]; undefined when there is no number. */
export function parseVersion(text: string | undefined): Version | undefined {
  const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text?.trim() ?? '')
  if (!m) return undefined
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)]
}

export function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
}

export const show = (v: Version): string => v.join('.')

/** Live migration's floor per major (MongoDB's push live-migration page). */
const ATLAS_FLOOR: Record<number, Version> = { 6: [6, 0, 17], 7: [7, 0, 13] }
/** mongosync's current patch floor (1.17): below it validation may refuse. */
const MONGOSYNC_FLOOR: Record<number, Version> = { 6: [6, 0, 24], 7: [7, 0, 18], 8: [8, 0, 5] }
/** The lowest FCV mongosync takes per major. */
const MIN_FCV: Record<number, Version> = { 6: [6, 0, 0], 7: [6, 0, 0], 8: [8, 0, 0] }

/** A version on either side: a major release, at or above the floors. */
export function versionFindings(side: 'source' | 'destination', text: string | undefined): Finding[] {
  const v = parseVersion(text)
  if (!v) {
    return [
      {
        result: 'warn',
        evidence: `${side} MongoDB version not reported`,
        fix: `Check the ${side}'s MongoDB version by hand.`
      }
    ]
  }
  const [major, minor] = v
  const evidence = `${side} MongoDB ${text}`
  if (major < 6)
    return [
      { result: 'fail', evidence, fix: `Upgrade the ${side} to MongoDB 6.0.17, 7.0.13 or a later major release.` }
    ]
  if (minor !== 0) {
    return [
      {
        result: 'fail',
        evidence,
        fix: `Live migration supports major releases only, not ${major}.${minor}: use a ${major}.0 release (on Atlas, not "Latest Version With Auto Upgrades").`
      }
    ]
  }
  const floor = ATLAS_FLOOR[major]
  if (floor && compare(v, floor) < 0)
    return [{ result: 'fail', evidence, fix: `Upgrade the ${side} to MongoDB ${show(floor)} or later.` }]
  const mongosync = MONGOSYNC_FLOOR[major]
  if (mongosync && compare(v, mongosync) < 0) {
    return [
      {
        result: 'warn',
        evidence: `${evidence} (below ${show(mongosync)}, the current mongosync floor)`,
        fix: `Upgrade the ${side} to MongoDB ${show(mongosync)} or later if validation refuses it.`
      }
    ]
  }
  if (side === 'source' && major >= 8) {
    return [
      {
        result: 'warn',
        evidence: `${evidence} (not in the push page's migration paths; mongosync takes it)`,
        fix: 'Let validation decide; MongoDB documents push migrations from 6.0.17 and 7.0.13.'
      }
    ]
  }
  return [{ result: 'pass', evidence }]
}

/** The FCV on one side: not below mongosync's minimum for the major, and equal to the major. */
export function fcvFindings(
  side: 'source' | 'destination',
  version: string | undefined,
  fcv: string | undefined
): Finding[] {
  const v = parseVersion(version)
  const f = parseVersion(fcv)
  if (!v || !f)
    return fcv
      ? []
      : [
          {
            result: 'warn',
            evidence: `${side} FCV not reported`,
            fix: `Check the ${side}'s featureCompatibilityVersion by hand.`
          }
        ]
  const min = MIN_FCV[v[0]]
  const evidence = `${side} FCV ${fcv}`
  if (min && compare(f, min) < 0)
    return [
      {
        result: 'fail',
        evidence,
        fix: `Raise the ${side}'s featureCompatibilityVersion to ${min[0]}.${min[1]} or later.`
      }
    ]
  if (f[0] !== v[0] || f[1] !== v[1]) {
    return [
      {
        result: 'warn',
        evidence: `${evidence} on MongoDB ${version}`,
        fix: `Finish the ${side}'s upgrade or downgrade first: the FCV must not change during the migration.`
      }
    ]
  }
  return [{ result: 'pass', evidence }]
}
