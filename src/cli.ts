/**
 * @module cli
 * The `learnfinder` command: finds the sub-command, parses its flags, and
 * turns user mistakes into one clear message and a non-zero exit code
 * (never a stack trace). Each command lives in src/cli/<name>.ts.
 */
import { parseArgs } from 'node:util'
import type { CliCommand, CliIO } from './cli/command.js'
import { println } from './cli/command.js'
import { isUserError } from './errors.js'
import { DEFAULT_DB_PATH } from './db/open-database.js'
import { loadDotEnv } from './dotenv.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PACKAGE_ROOT } from './paths.js'
import { basename } from 'node:path'
import { CatalogueError, MAX_DETAIL_LINES } from './catalogue/catalogue-error.js'
import { problemLines } from './catalogue/problem-text.js'
import { cliPrompts, cliText, takeLangFlag, userErrorText, type CliKey } from './cli/cli-text.js'
import type { Lang } from './dialogue/types.js'

type Loader = () => Promise<{ command: CliCommand }>

/** Every command, loaded only when used so `--help` and small commands start fast (summaries: cli.summary_<name>). */
const COMMANDS: Record<string, Loader> = {
  serve: () => import('./cli/serve.js'),
  ask: () => import('./cli/ask.js'),
  search: () => import('./cli/search.js'),
  import: () => import('./cli/import.js'),
  export: () => import('./cli/export.js'),
  list: () => import('./cli/list.js'),
  show: () => import('./cli/show.js'),
  archive: () => import('./cli/archive.js'),
  stats: () => import('./cli/stats.js'),
  history: () => import('./cli/history.js'),
  rollback: () => import('./cli/rollback.js'),
  admin: () => import('./cli/admin.js'),
  report: () => import('./cli/report.js'),
  migrate: () => import('./cli/migrate.js'),
  notify: () => import('./cli/notify.js'),
}

/** Commands whose own `--lang` option means something else than the staff language. */
const COMMANDS_WITH_OWN_LANG = new Set(['ask'])

const defaultIO: CliIO = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
}

function help(io: CliIO, lang: Lang): number {
  println(io.stdout, cliText(lang, 'help_title') + '\n')
  println(io.stdout, cliText(lang, 'help_usage') + '\n')
  println(io.stdout, cliText(lang, 'help_commands'))
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length))
  for (const name of Object.keys(COMMANDS)) println(io.stdout, `  ${name.padEnd(width)}  ${cliText(lang, `summary_${name}` as CliKey)}`)
  println(io.stdout, '\n' + cliText(lang, 'help_footer'))
  return 0
}

/** Says a parseArgs mistake (unknown option, missing value, stray argument) in the staff member's language. */
function argsError(err: Error & { code: string }, name: string, lang: Lang): string {
  const option = /'(-[^' ]*)[^']*'/.exec(err.message)?.[1]
  if (option && err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return cliText(lang, 'err_unknown_option', { command: name, option })
  if (option && err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return cliText(lang, 'err_option_value', { command: name, option })
  return cliText(lang, 'err_bad_args', { command: name, detail: err.message.replace(/\.$/, '') })
}

/** The package's version, for `learnfinder --version` and bug reports. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code.
 * With the process's own environment, `.env` in the working folder is read
 * first (variables already set win).
 */
export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  if (io.env === process.env) loadDotEnv(process.cwd(), io.env)
  // `--lang zh|en` may stand anywhere; a command with its own --lang (ask: the learner's language) keeps it.
  const ownLang = argv[0] !== undefined && COMMANDS_WITH_OWN_LANG.has(argv[0])
  const flag = ownLang ? { lang: undefined, rest: argv } : takeLangFlag(argv)
  if (flag.error !== undefined) {
    println(io.stderr, `learnfinder: ${cliText('zh', 'err_lang', { value: flag.error })}`)
    println(io.stderr, `learnfinder: ${cliText('en', 'err_lang', { value: flag.error })}`)
    return 2
  }
  // For ask, its own --lang (the learner's language) also words its errors and help.
  const lang = flag.lang ?? (ownLang ? takeLangFlag(argv).lang : undefined) ?? 'zh'
  const [name, ...rest] = flag.rest
  if (!name || name === '--help' || name === '-h' || name === 'help') return help(io, lang)
  if (name === '--version' || name === '-v' || name === 'version') {
    println(io.stdout, `learnfinder ${packageVersion()}`)
    return 0
  }
  const load = COMMANDS[name]
  if (!load) {
    println(io.stderr, `learnfinder: ${cliText(lang, 'err_unknown_command', { name })}`)
    return 2
  }
  let positionals: string[] = []
  try {
    const { command } = await load()
    const parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { ...command.options, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
    if (parsed.values.help) {
      println(io.stdout, cliText(lang, `usage_${name}` as CliKey))
      return 0
    }
    positionals = parsed.positionals
    const db = (parsed.values.db as string | undefined) ?? io.env.LEARNFINDER_DB ?? DEFAULT_DB_PATH
    return await command.run({ values: parsed.values, positionals: parsed.positionals, db, lang }, io)
  } catch (err) {
    if (err instanceof CatalogueError && err.problems.length) {
      // Import problems in the staff member's language, from prompts/ (one renderer: catalogue/problem-text.ts).
      const files = positionals.map((f) => basename(f)).join(', ')
      const header = lang === 'en' ? err.message : cliText(lang, 'import_rejected', { files, count: err.problems.length })
      println(io.stderr, `learnfinder ${name}: ${header}`)
      for (const line of problemLines(cliPrompts(), lang, err.problems, MAX_DETAIL_LINES)) println(io.stderr, `  ${line}`)
      return 1
    }
    if (isUserError(err)) {
      println(io.stderr, `learnfinder ${name}: ${userErrorText(err, lang)}`)
      for (const line of err.details) println(io.stderr, `  ${line}`)
      return 1
    }
    const code = (err as { code?: string }).code
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      println(io.stderr, `learnfinder ${name}: ${argsError(err as Error & { code: string }, name, lang)}`)
      return 2
    }
    println(io.stderr, `learnfinder ${name}: ${cliText(lang, 'err_unexpected')}`)
    println(io.stderr, (err as Error).stack ?? String(err))
    return 70
  }
}
