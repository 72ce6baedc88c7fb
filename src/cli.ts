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
import { cliPrompts, cliText, takeLangFlag } from './cli/cli-text.js'

type Loader = () => Promise<{ command: CliCommand }>

/** Every command, loaded only when used so `--help` and small commands start fast. */
const COMMANDS: Record<string, { summary: string; load: Loader }> = {
  serve: { summary: 'start the bot on every configured channel (terminal chat if none)', load: () => import('./cli/serve.js') },
  ask: { summary: 'ask the bot a question (or read one per line from stdin)', load: () => import('./cli/ask.js') },
  search: { summary: 'staff hit test: which projects a query finds, and why', load: () => import('./cli/search.js') },
  import: { summary: 'import catalogue spreadsheets (CSV, XLSX, JSON, YAML)', load: () => import('./cli/import.js') },
  export: { summary: 'export the catalogue as CSV, XLSX or JSON', load: () => import('./cli/export.js') },
  list: { summary: 'list projects, optionally by topic or audience', load: () => import('./cli/list.js') },
  show: { summary: 'show one project in full', load: () => import('./cli/show.js') },
  archive: { summary: 'archive a project so it is never recommended', load: () => import('./cli/archive.js') },
  stats: { summary: 'count projects by topic, audience, region and format', load: () => import('./cli/stats.js') },
  history: { summary: 'list past imports', load: () => import('./cli/history.js') },
  rollback: { summary: 'undo the last import', load: () => import('./cli/rollback.js') },
  admin: { summary: 'add, remove or list staff admins and web console accounts', load: () => import('./cli/admin.js') },
  report: { summary: 'what learners asked, and what found nothing', load: () => import('./cli/report.js') },
  migrate: { summary: 'bring the PostgreSQL database (DATABASE_URL) up to date', load: () => import('./cli/migrate.js') },
  notify: { summary: 'tell subscribers about new projects (--dry-run to preview)', load: () => import('./cli/notify.js') },
}

/** Commands whose own `--lang` option means something else than the staff language. */
const COMMANDS_WITH_OWN_LANG = new Set(['ask'])

const defaultIO: CliIO = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
}

function help(io: CliIO): number {
  println(io.stdout, 'learnfinder: find lifelong-learning projects in conversation\n')
  println(io.stdout, 'Usage: learnfinder <command> [options]   (every command takes --db PATH and --lang zh|en)\n')
  println(io.stdout, 'Commands:')
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length))
  for (const [name, c] of Object.entries(COMMANDS)) println(io.stdout, `  ${name.padEnd(width)}  ${c.summary}`)
  println(io.stdout, '\nRun `learnfinder <command> --help` for its options; `learnfinder --version` prints the version.')
  return 0
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
  if (flag.error) {
    println(io.stderr, `learnfinder: ${flag.error}`)
    return 2
  }
  const lang = flag.lang ?? 'zh'
  const [name, ...rest] = flag.rest
  if (!name || name === '--help' || name === '-h' || name === 'help') return help(io)
  if (name === '--version' || name === '-v' || name === 'version') {
    println(io.stdout, `learnfinder ${packageVersion()}`)
    return 0
  }
  const entry = COMMANDS[name]
  if (!entry) {
    println(io.stderr, `learnfinder: unknown command "${name}". Run \`learnfinder --help\` for the list.`)
    return 2
  }
  let positionals: string[] = []
  try {
    const { command } = await entry.load()
    const parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { ...command.options, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
    if (parsed.values.help) {
      println(io.stdout, command.usage)
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
      println(io.stderr, `learnfinder ${name}: ${err.message}`)
      for (const line of err.details) println(io.stderr, `  ${line}`)
      return 1
    }
    const code = (err as { code?: string }).code
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      println(io.stderr, `learnfinder ${name}: ${(err as Error).message}. Run \`learnfinder ${name} --help\`.`)
      return 2
    }
    println(io.stderr, `learnfinder ${name}: unexpected error`)
    println(io.stderr, (err as Error).stack ?? String(err))
    return 70
  }
}
