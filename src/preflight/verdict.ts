// What one pre-flight check found: its verdict, the values it read, and the fix in one line.

export type Verdict = 'pass' | 'warn' | 'fail' | 'skip'

/** Each verdict's marker, as the summaries show it first. */
export const VERDICT_MARKERS: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖' }

export interface CheckResult {
  /** PF-1 … PF-11, as MongoDB's failure each prevents is catalogued. */
  id: string
  title: string
  result: Verdict
  /** The values read, so that a reader can check the verdict. */
  evidence: string
  /** What to do, in one line; empty on a pass. */
  fix: string
}

/** One thing a check found: a verdict and the values behind it; a warning or a failure always with its fix. */
export type Finding =
  | { result: 'pass' | 'skip'; evidence: string; fix?: undefined }
  | { result: 'warn' | 'fail'; evidence: string; fix: string }

/** The order a reader acts in: what failed, then what warned, then what passed or was skipped. */
export const VERDICT_ORDER: readonly Verdict[] = ['fail', 'warn', 'pass', 'skip']

/** The worst of several verdicts of one check (fail > warn > pass > skip). */
export function worst(results: Verdict[]): Verdict {
  for (const verdict of ['fail', 'warn', 'pass'] as const) if (results.includes(verdict)) return verdict
  return 'skip'
}

/** Builds one check's result from its findings: the worst finding decides, every finding is shown. */
export function checkOf(id: string, title: string, findings: Finding[]): CheckResult {
  const result = worst(findings.map(f => f.result))
  const deciding = findings.filter(f => f.result === result)
  return {
    id,
    title,
    result,
    evidence: findings.map(f => f.evidence).join('; '),
    fix:
      result === 'pass' || result === 'skip'
        ? ''
        : deciding
            .map(f => f.fix ?? '')
            .filter(Boolean)
            .join(' ')
  }
}
