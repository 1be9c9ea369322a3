// What every mode's entry is made of (registry.ts lists them; link-modes.ts and ledger-modes.ts
// declare their families' entries), and the credential inputs every API mode reads.
import type { InputKit } from '../inputs/kit'
import type { ConfigOf, Mode, ModeConfig } from '../inputs/types'
import type { ModeContext, OpenSession } from './context'

export type ModeRun<M extends Mode> = (config: ConfigOf<M>, open: OpenSession, context: ModeContext) => Promise<string>

export interface ModeEntry<M extends Mode> {
  family: 'link' | 'migration'
  /** What the mode does, in a few words. */
  does: string
  /** The inputs it reads besides mode and the ones every mode reads; another that is set earns a warning. */
  inputs: readonly string[]
  parse: (kit: InputKit) => ModeConfig<M>
  load: () => Promise<ModeRun<M>>
  /** Rows for the job summary: what the step acted on. */
  rows: (config: ConfigOf<M>) => [string, string][]
}

/** One credential kind and the API host: what every mode that calls an API reads. */
export const CREDENTIALS = ['public-key', 'private-key', 'client-id', 'client-secret', 'access-token', 'base-url']
