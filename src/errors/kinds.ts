// The kinds of failure that carry only their words: no HTTP answer, no server text. Apart from the
// barrel so that the start-up chunk (input checks) can throw them without loading the HTTP errors.

/** What the action refuses, or finds wrong between calls; the message says what to do. */
export class StepError extends Error {
  /**
   * The mode logged this message as an error already, first, before the findings it sums up (a
   * failed pre-flight, a plan): the step says it again in its log, not as a second annotation.
   */
  readonly announced: boolean

  constructor(message: string, { announced = false }: { announced?: boolean } = {}) {
    super(message)
    this.name = 'StepError'
    this.announced = announced
  }
}

/** A success status whose answer is not what the API sends: not JSON, or without what the call returns. */
export class UnexpectedAnswerError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnexpectedAnswerError'
  }
}

/**
 * A call that changes state got an answer that could not be read (or none): it may have taken
 * effect. Says so, and what to check, rather than "check base-url".
 */
export class OutcomeUnknownError extends Error {
  constructor(operation: string, what: string, ifUncertain: string) {
    super(`${operation}: ${what}. It may have taken effect all the same: ${ifUncertain}`)
    this.name = 'OutcomeUnknownError'
  }
}

/** A bad input: the message names the input and says what is expected. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}
