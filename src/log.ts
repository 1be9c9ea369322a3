// Where the action's lines go: the runner's log through @actions/core in the action, a collector
// in tests. Below the modes and the transport, so both can log without knowing of GitHub.

/**
 * GitHub shows at most 10 error and 10 warning annotations of a step (more stay in the log only):
 * the action keeps within it, one error kept for the step's own, and a mode with many findings
 * annotates the first and leaves the rest to its job summary.
 */
export const ANNOTATIONS_PER_TYPE = 10

export interface Logger {
  info(message: string): void
  debug(message: string): void
  warning(message: string): void
  /** An error annotation (a failed check), before the step's own; where absent, a warning does. */
  error?(message: string): void
  /** A line GitHub also shows on a file's line (a plan file's mistake); where absent, a warning does. */
  annotate?(level: 'error' | 'warning', message: string, at: { file: string; line: number; column?: number }): void
}
