// The inputs, knowing no mode: readers of one input each (fields.ts), endpoints and credentials
// (endpoints.ts), the migration request (migration.ts), GitHub's (github.ts), the kit a mode's
// parser is given (kit.ts), and the types they parse into (types.ts). registry.ts parses through them.
export * from './types'
