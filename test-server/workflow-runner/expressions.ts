// Expressions, evaluated by @actions/expressions: case-insensitive contexts and functions,
// short-circuit && and ||, GitHub's truthiness (NaN, '' and 0 are false) and comparisons. The
// status functions are the caller's (they depend on where the expression is: a job or a step).
import type { data as Data } from '@actions/expressions'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index'
import { expressions, falsy, parser } from './packages.ts'

const { data, Evaluator, Lexer, Parser } = expressions

export interface Status {
  success: boolean
  failure: boolean
  cancelled?: boolean
}

/** The contexts any expression may name (a missing one reads as null, as on GitHub). */
const CONTEXTS = ['github', 'inputs', 'secrets', 'vars', 'needs', 'strategy', 'matrix', 'job', 'jobs', 'steps']
  .concat(['runner', 'env'])
  .map(name => ({ key: name, value: new data.Null() as Data.ExpressionData }))

/** A plain JavaScript value as expression data. */
export function toData(value: unknown): Data.ExpressionData {
  if (value === null || value === undefined) return new data.Null()
  if (typeof value === 'string') return new data.StringData(value)
  if (typeof value === 'number') return new data.NumberData(value)
  if (typeof value === 'boolean') return new data.BooleanData(value)
  if (Array.isArray(value)) return new data.Array(...value.map(toData))
  return new data.Dictionary(
    ...Object.entries(value as Record<string, unknown>).map(([key, v]) => ({ key, value: toData(v) }))
  )
}

/** Expression data as a plain JavaScript value. */
export function fromData(value: Data.ExpressionData): unknown {
  switch (value.kind) {
    case data.Kind.Null:
      return null
    case data.Kind.Array:
      return (value as Data.Array).values().map(fromData)
    case data.Kind.Dictionary:
      return Object.fromEntries((value as Data.Dictionary).pairs().map(p => [p.key, fromData(p.value)]))
    default:
      return (value as Data.StringData | Data.NumberData | Data.BooleanData).value
  }
}

/** Evaluates one expression (no ${{ }}). With a status, success() and the like may be called. */
export function evaluateData(
  expression: string,
  context: Record<string, unknown>,
  status?: Status
): Data.ExpressionData {
  const dictionary = toData(context) as Data.Dictionary
  for (const pair of CONTEXTS) dictionary.add(pair.key, pair.value) // kept when present
  const names = dictionary.pairs().map(p => p.key)
  const answers: Record<string, () => boolean> = status
    ? {
        success: () => status.success && !status.cancelled,
        failure: () => status.failure && !status.cancelled,
        cancelled: () => status.cancelled === true,
        always: () => true
      }
    : {}
  const functions = new Map(
    Object.entries(answers).map(([name, answer]) => [
      name,
      { name, minArgs: 0, maxArgs: 0, call: (): Data.ExpressionData => new data.BooleanData(answer()) }
    ])
  )
  const tree = new Parser(new Lexer(expression).lex().tokens, names, [...functions.values()]).parse()
  return new Evaluator(tree, dictionary, functions).evaluate()
}

export function truthy(value: Data.ExpressionData): boolean {
  return !falsy(value)
}

/** A value as the runner turns it into text (an input, an env variable, an output). */
export function text(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') return JSON.stringify(value)
  if (typeof value === 'number') return new data.NumberData(value).coerceString()
  return String(value)
}

/** A template token (literal, ${{ }} or text around expressions, mapping, sequence) as a value. */
export function evaluateToken(token: TemplateToken, context: Record<string, unknown>, status?: Status): unknown {
  const { isBasicExpression, isLiteral, isMapping, isSequence } = parser
  if (isBasicExpression(token)) return fromData(evaluateData(token.expression, context, status))
  if (isLiteral(token)) return (token as unknown as { value: unknown }).value ?? null
  if (isSequence(token)) return [...token].map(item => evaluateToken(item, context, status))
  if (isMapping(token))
    return Object.fromEntries(
      [...token].map(pair => [text(evaluateToken(pair.key, context)), evaluateToken(pair.value, context, status)])
    )
  return null
}

/** A condition (if:) as the runner reads it: the expression's truthiness. */
export function condition(token: TemplateToken, context: Record<string, unknown>, status: Status): boolean {
  if (parser.isBasicExpression(token)) return truthy(evaluateData(token.expression, context, status))
  return truthy(toData(evaluateToken(token, context, status)))
}
