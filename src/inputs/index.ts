// Turns the step's raw inputs into one validated, typed configuration. Pure: no I/O beyond the
// reader it is given, so every rule is unit-testable and a bad input fails the step before any
// request is sent. What each mode reads is declared in modes/registry.ts.
import { isMode, MODE_NAMES, MODES } from '../modes/registry'
import { parseCertificates } from './endpoints'
import { parseBoolean, parseInteger, quote } from './fields'
import { inputKit } from './kit'
import type { ActionConfig, Common, InputReader, Mode } from './types'
import { DEFAULT_REQUEST_TIMEOUT_SECONDS, InputError } from './types'

export * from './types'

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
