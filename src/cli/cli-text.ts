/**
 * @module cli/cli-text
 * Staff-facing CLI sentences in the staff member's language: Chinese by
 * default, English with the global `--lang en` flag. Templates live in
 * prompts/<lang>/cli.yaml (and catalogue.yaml for import problems), checked
 * when first used, like the learners' replies.
 */
import { errorText, loadPrompts, type Prompts } from '../prompts.js'
import type { Lang } from '../dialogue/types.js'
import { declareCataloguePrompts } from '../catalogue/problem-text.js'
import { UserError } from '../errors.js'
import { STAFF_ERROR_PROMPTS } from '../staff/staff-error-prompts.js'
import { CLI_PROMPTS, type CliKey } from './cli-prompt-spec.js'

export { CLI_PROMPTS, type CliKey }

let cached: Prompts | undefined

/** The prompts with the CLI and catalogue areas checked (loaded once per process). */
export function cliPrompts(): Prompts {
  cached ??= declareCataloguePrompts(loadPrompts().declare('cli', CLI_PROMPTS).declare('staff', STAFF_ERROR_PROMPTS))
  return cached
}

/** Renders `cli.<key>` in `lang`. */
export function cliText(lang: Lang, key: CliKey, vars: Record<string, string | number> = {}): string {
  return cliPrompts().t(lang, `cli.${key}`, vars)
}

/** Reads the global `--lang zh|en` (or `--lang=en`) out of `argv`; returns the language and the other arguments (`error`: the value given when it is neither). */
export function takeLangFlag(argv: string[]): { lang: Lang | undefined; rest: string[]; error?: string } {
  const rest: string[] = []
  let lang: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--lang') lang = argv[++i] ?? ''
    else if (a.startsWith('--lang=')) lang = a.slice('--lang='.length)
    else rest.push(a)
  }
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') return { lang: undefined, rest, error: lang }
  return { lang: lang as Lang | undefined, rest }
}

/**
 * A mistake staff can fix, said by `cli.<key>`: its message is the English
 * text (logs, tests) and the CLI prints it in the staff member's language.
 */
export function cliError(key: CliKey, vars: Record<string, string | number> = {}, details: string[] = []): UserError {
  return new UserError(cliText('en', key, vars), details, { key: `cli.${key}`, vars })
}

/** A UserError as staff read it: its prompt in `lang` when it has one (and the template exists), else its message. */
export function userErrorText(err: UserError, lang: Lang): string {
  return errorText(cliPrompts(), lang, err)
}
