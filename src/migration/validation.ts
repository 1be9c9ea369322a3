// Validation before a migration: Atlas's own asynchronous check, polled to its end, and its known
// failures turned into what to do.
import type { MigrationClient, MigrationRequest, Validation } from '../clients/migration'
import { oneLine, StepError } from '../errors'
import type { MigrationWait } from '../inputs'
import type { ModeContext } from '../mode'
import { redact } from '../secrets'
import { pollSlowdown } from '../transport/retry'
import { pollSchedule, pollUntil } from '../watch/poll'

/** Known validation failures (MongoDB's live-migration troubleshooting page) and what to do. */
const VALIDATION_HINTS: [RegExp, string][] = [
  [/disk space/i, 'Give the destination cluster more storage (or a larger tier), then validate again.'],
  [
    /could not reach|could not resolve hostname/i,
    'Check that the migration host can reach the source: host names, DNS, firewall.'
  ],
  [/disk storage info unavailable/i, "The source user can't read disk statistics: grant it clusterMonitor."],
  [
    /invalid ssl options|unable to process the provided ca file/i,
    'Check source-ssl and source-ca-certificate-path (a path on the migration host, readable by its agent).'
  ],
  [/standalone/i, 'Live migration needs a replica set or a sharded cluster as the source.'],
  [
    /time.?series/i,
    'Time-series collections are not supported: move them off the source, or migrate them another way.'
  ],
  [
    /username or password is not correct|not authorized to execute command/i,
    "Check source-username / source-password and the user's roles: backup and readAnyDatabase (and clusterMonitor for a sharded source)."
  ],
  [
    /blocking writes during cutover/i,
    'Grant the source user the bypassWriteBlockingMode privilege, needed for the cut-over.'
  ]
]

const finished = (v: Validation) => v.status === 'SUCCESS' || v.status === 'FAILED'

/** Starts a validation and polls it to SUCCESS; a FAILED one throws with its reason and what to do. */
export async function validate(
  client: MigrationClient,
  projectId: string,
  body: MigrationRequest,
  wait: MigrationWait,
  context: ModeContext
): Promise<Validation> {
  context.log.info(`Validating the migration of ${body.source.clusterName} into ${body.destination.clusterName}…`)
  const seen = (v: Validation): Validation => {
    context.outputs['validation-status'] = v.status
    return v
  }
  let validation = seen(await client.validate(projectId, body))
  context.outputs['validation-id'] = validation.id
  context.rows.push(['Validation ID', validation.id])
  const { id } = validation
  if (!finished(validation)) {
    validation = await pollUntil({
      what: `validation ${id}`,
      timeoutSeconds: wait.timeoutSeconds,
      schedule: pollSchedule(Math.min(wait.pollIntervalSeconds * 1000, 30_000)),
      initial: validation,
      read: async () => seen(await client.getValidation(projectId, id)),
      isDone: finished,
      describe: v => v.status,
      timeoutHint: 'Raise wait-timeout-seconds, or look at the validation in the Atlas UI.',
      log: context.log,
      signal: context.signal,
      clock: context.clock,
      slowdown: () => pollSlowdown(client.budget)
    })
  }
  if (validation.status === 'FAILED') {
    // The reason may echo the request (the source password): clean it before it is folded or printed.
    // Said once: a reason that ends its own sentence gets no second period.
    const reason = oneLine(redact(validation.errorMessage ?? 'no reason given')).replace(/[.\s]+$/, '')
    const hint = VALIDATION_HINTS.find(([pattern]) => pattern.test(reason))?.[1]
    context.headline.title = `Validation ${id} FAILED`
    context.headline.next =
      hint ?? 'Fix what the validation names on the source or the destination, then validate again.'
    throw new StepError(`Validation ${id} FAILED: ${reason}.${hint ? ` ${hint}` : ''} No migration was started.`)
  }
  context.log.info(`Validation ${id}: SUCCESS.`)
  return validation
}
