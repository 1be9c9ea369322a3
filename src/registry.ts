// Every mode, in one place, in the order users read them (the link, then the migration): each
// family declares its entries in its own folder (link/, migration/, preflight/, plan/, evidence/, ledger/) —
// what it does, the inputs it reads, how they are parsed, where its run function lives (loaded only
// once the inputs are valid, so a bad input fails fast), its summary rows — and this file lists them
// and turns the step's raw inputs into one validated configuration through them. Pure: no I/O
// beyond the reader, so every rule is unit-testable and a bad input fails before any request.
// action.yml, the docs' input table and the tests are checked against this list.
import type { ActionConfig, Common, Mode } from './config'
import { EVIDENCE_MODES } from './evidence/entries'
import { parseCertificates } from './inputs/endpoints'
import { parseBoolean, parseInteger, quote } from './inputs/fields'
import { inputKit } from './inputs/kit'
import type { InputReader } from './inputs/types'
import { DEFAULT_REQUEST_TIMEOUT_SECONDS, InputError } from './inputs/types'
import { LEDGER_MODES } from './ledger/entries'
import { LINK_MODES } from './link/entries'
import { MIGRATION_MODES } from './migration/entries'
import type { ModeEntry } from './mode'
import { PLAN_MODES } from './plan/entries'
import { PREFLIGHT_MODES } from './preflight/entries'

export type { ModeEntry, ModeRun } from './mode'

/** Inputs every mode reads (validated whatever the mode). */
export const COMMON_INPUTS = [
  'mode',
  'allow-http',
  'request-timeout-seconds',
  'ca-certificate',
  'wait-timeout-seconds',
  'poll-interval-seconds',
  'confirm-writes-stopped'
] as const

const { 'list-migration-sources': listMigrationSources, cutover, ...MIGRATION } = MIGRATION_MODES

export const MODES: { [M in Mode]: ModeEntry<M> } = {
  ...LINK_MODES,
  'list-migration-sources': listMigrationSources,
  ...PREFLIGHT_MODES,
  ...PLAN_MODES,
  ...MIGRATION,
  ...EVIDENCE_MODES,
  cutover,
  ...LEDGER_MODES
}

/** The modes in their order (the link, then the migration). */
export const MODE_NAMES = Object.keys(MODES) as Mode[]

export function isMode(value: string): value is Mode {
  return Object.hasOwn(MODES, value)
}

/** Every input some mode reads besides the common ones: an input set outside its modes earns a warning. */
const MODE_INPUTS = [...new Set(MODE_NAMES.flatMap(mode => MODES[mode].inputs))]

export function parseInputs(read: InputReader): ActionConfig {
  const mode = parseMode(read('mode'))
  const entry = MODES[mode]
  const common: Common = {
    requestTimeoutSeconds: parseInteger(read, 'request-timeout-seconds', DEFAULT_REQUEST_TIMEOUT_SECONDS, 1, 600),
    caCertificates: parseCertificates(read('ca-certificate')),
    warnings: MODE_INPUTS.filter(name => read(name) !== '' && !entry.inputs.includes(name)).map(
      name => `Input '${name}' is not used by mode '${mode}'; it is ignored.`
    )
  }
  const kit = inputKit(read, mode, common.warnings)
  if (mode !== 'cutover' && read('confirm-writes-stopped') !== '') parseBoolean(read, 'confirm-writes-stopped', false)
  return { ...common, ...(entry.parse as (k: typeof kit) => object)(kit) } as ActionConfig
}

function parseMode(value: string): Mode {
  if (isMode(value)) return value
  const expected = MODE_NAMES.join(', ')
  if (value === '') throw new InputError(`Input 'mode' is required: one of ${expected}.`)
  throw new InputError(`Input 'mode' must be one of ${expected}; got ${quote(value)}.`)
}
