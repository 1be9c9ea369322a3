// The pre-flight mode's entry: read-only checks of what would make a migration fail.
import { CREDENTIALS, type ModeEntry, REQUEST, requestRows, WAIT } from '../mode'

export const PREFLIGHT_MODES: { preflight: ModeEntry<'preflight'> } = {
  preflight: {
    family: 'migration',
    does: 'check, reading only, what would make a migration fail, before anything is validated or started',
    inputs: [...CREDENTIALS, ...REQUEST.filter(name => !WAIT.includes(name)), 'migration-host-ips'],
    parse: kit => ({
      mode: 'preflight',
      projectId: kit.id('project-id', 'destination Atlas project ID'),
      migration: kit.migration(),
      orgId: kit.orgId('org-id', 'the Atlas organization ID: pre-flight reads its migration sources'),
      atlas: kit.atlas('project-id'),
      migrationHostIps: kit.hostAddresses()
    }),
    load: async () => (await import('./mode')).preflight,
    rows: requestRows
  }
}
