// Where the action's lines go: the runner's log through @actions/core in the action, a collector
// in tests. Below the modes and the transport, so both can log without knowing of GitHub.
export interface Logger {
  info(message: string): void
  debug(message: string): void
  warning(message: string): void
}
