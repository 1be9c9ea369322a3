// How the action fails: one class per kind of failure, one way to name an HTTP answer, one way to
// put server text on a line, and one errorMessage() for anything thrown. ApiError (an answer that
// is not a success) and NetworkError (no answer) live beside this file.
export { ApiError, type ApiErrorBody, type FailedCall } from './api-error'
export { NetworkError } from './network'
export {
  answerLine,
  counted,
  DEFAULT_SETTING_NAMES,
  describeNonJson,
  errorMessage,
  notTheApi,
  oneLine,
  type SettingNames
} from './text'

/** What the action refuses, or finds wrong between calls; the message says what to do. */
export class StepError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StepError'
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
