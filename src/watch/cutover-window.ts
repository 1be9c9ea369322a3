// How long Atlas keeps a ready migration in sync: a constant of its own, so that the job summary can
// name the deadline without loading the watch and its polls (which only the modes need).

/**
 * Once a migration is ready for cut-over, Atlas keeps it in sync this long (120 h) and then ends it
 * EXPIRED; the API cannot extend the timer (the Atlas UI can).
 */
export const CUTOVER_WINDOW_MS = 120 * 3_600_000
