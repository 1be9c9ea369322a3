// Where the action's lines go: the runner's log through @actions/core in the action, a collector
// in tests. Below the modes and the transport, so both can log without knowing of GitHub.
export interface Logger {
  info(message: string): void
  debug(message: string): void
  warning(message: string): void
  /** A line GitHub also shows on a file's line (a plan file's mistake); where absent, a warning does. */
  annotate?(level: 'error' | 'warning', message: string, at: { file: string; line: number; column?: number }): void
}
