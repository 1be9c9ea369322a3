// Cancellation: the runner cancels a job with SIGINT, then SIGTERM. From then on nothing that
// changes state may leave the process, and no answer read after it may decide anything.

/** The job was cancelled: what was under way stopped, and nothing was sent after it. */
export class CancelledError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CancelledError'
  }
}

/** Throws the signal's reason (a CancelledError) when the job was cancelled. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw cancellation(signal)
}

/** The signal's reason as a CancelledError. */
export function cancellation(signal: AbortSignal): CancelledError {
  const reason: unknown = signal.reason
  if (reason instanceof CancelledError) return reason
  return new CancelledError(reason instanceof Error ? reason.message : 'Cancelled.')
}

/** Resolves after ms, or rejects with the cancellation as soon as the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(cancellation(signal))
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(cancellation(signal))
    }
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/** The clock a wait runs on; tests give a fake one that moves only when slept on. */
export interface Clock {
  now(): number
  sleep(ms: number, signal: AbortSignal): Promise<void>
}

export const SYSTEM_CLOCK: Clock = { now: () => Date.now(), sleep }
