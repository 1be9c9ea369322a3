// How the action fails: one class per kind of failure, one way to name an HTTP answer, one way to
// put server text on a line, and one errorMessage() for anything thrown. ApiError (an answer that
// is not a success) and NetworkError (no answer) live beside this file.
export { ApiError, type ApiErrorBody, type FailedCall } from './api-error'
export { OutcomeUnknownError, StepError, UnexpectedAnswerError } from './kinds'
export { NetworkError } from './network'
export {
  answerLine,
  counted,
  DEFAULT_SETTING_NAMES,
  describeNonJson,
  errorMessage,
  notTheApi,
  oneLine,
  type SettingNames,
  sentences
} from './text'
