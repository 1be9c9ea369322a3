// The plan mode's entry: a fleet described in a plan file, checked whole before anything starts.
import { CREDENTIALS, host, type ModeEntry } from '../mode'

export const PLAN_MODES: { plan: ModeEntry<'plan'> } = {
  plan: {
    family: 'migration',
    does: 'check a fleet described in a plan file: conflicts, pre-flight of every deployment, a matrix per wave',
    inputs: [...CREDENTIALS, 'plan-file'],
    parse: kit => ({
      mode: 'plan',
      planFile: kit.path('plan-file', 'the plan file, relative to the repository root'),
      atlas: kit.atlas('the plan file')
    }),
    load: async () => (await import('./mode')).plan,
    rows: c => [
      ['Plan file', c.planFile],
      ['Atlas host', host(c.atlas.baseUrl)]
    ]
  }
}
