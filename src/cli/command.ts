/**
 * @module cli/command
 * The shape every `learnfinder <command>` takes, so each command lives in its
 * own file under src/cli/ and cli.ts only dispatches. Options are parsed with
 * node:util parseArgs; every command also accepts `--db PATH`.
 */
import type { ParseArgsConfig } from 'node:util'

/** Where a command writes; tests pass their own to capture output. */
export interface CliIO {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  stdin: NodeJS.ReadableStream
  env: Record<string, string | undefined>
}

/** Parsed arguments handed to a command. */
export interface CliArgs {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
  /** The database path: `--db`, else `LEARNFINDER_DB`, else data/learnfinder.db. */
  db: string
  /** The staff member's language: the global `--lang`, default Chinese. */
  lang: 'zh' | 'en'
}

/** One `learnfinder <name>` command. */
export interface CliCommand {
  /** Its summary and usage are `summary_<name>` and `usage_<name>` in prompts/<lang>/cli.yaml. */
  name: string
  options?: NonNullable<ParseArgsConfig['options']>
  /** Returns the process exit code; throw a UserError for mistakes the user can fix. */
  run(args: CliArgs, io: CliIO): Promise<number>
}

/** Writes one line to a stream. */
export function println(stream: NodeJS.WritableStream, line = ''): void {
  stream.write(line + '\n')
}
