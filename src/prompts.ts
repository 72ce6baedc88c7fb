/**
 * @module prompts
 * Every sentence learnfinder says comes from prompts/<lang>/<area>.yaml so
 * staff can reword replies without touching code. Each area's code declares
 * its keys and the variables each may use; {@link Prompts.declare} checks the
 * files against that at start-up, so a typo fails fast with a clear message
 * instead of showing a learner "{titel}".
 *
 * @example
 * const prompts = loadPrompts()
 * prompts.declare('chat', { greeting: [], found: ['count'] })
 * prompts.t('zh', 'chat.found', { count: 3 })
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, basename, extname } from 'node:path'
import { parseYamlCached } from './yaml-cache.js'
import { UserError } from './errors.js'
import { PROMPTS_DIR } from './paths.js'
import type { Lang } from './text/lang.js'

/** The languages every template must exist in. */
export const LANGS: readonly Lang[] = ['zh', 'en']

/** Keys of one area mapped to the variable names their templates may use. */
export type PromptSpec = Record<string, readonly string[]>

const VAR = /\{(\w+)\}/g

/** Loaded templates with declaration checks and rendering. */
export class Prompts {
  constructor(
    private readonly templates: Record<Lang, Record<string, string>>,
    private readonly dir: string,
  ) {}

  /**
   * Checks that every key of `spec` exists under `area` in every language and
   * uses only its declared variables. Throws a UserError listing every problem.
   */
  declare(area: string, spec: PromptSpec): this {
    const problems: string[] = []
    for (const lang of LANGS) {
      for (const [key, vars] of Object.entries(spec)) {
        const full = `${area}.${key}`
        const text = this.templates[lang][full]
        const file = join(this.dir, lang, `${area}.yaml`)
        if (text === undefined) {
          problems.push(`${file}: missing "${key}"`)
          continue
        }
        for (const m of text.matchAll(VAR)) {
          if (!vars.includes(m[1])) {
            const allowed = vars.length ? vars.map((v) => `{${v}}`).join(', ') : 'none'
            problems.push(`${file}: "${key}" uses unknown variable {${m[1]}} (allowed: ${allowed})`)
          }
        }
      }
    }
    if (problems.length) throw new UserError('reply templates in prompts/ need fixing', problems)
    return this
  }

  /** True when `lang` has a template for `key` ("area.key"). */
  has(lang: Lang, key: string): boolean {
    return this.templates[lang][key] !== undefined
  }

  /**
   * Renders template `key` ("area.key") in `lang` with `vars`. When `vars.count`
   * is 1 and the language has a `key_one` template (English "1 problem"), that
   * one is used: plurals live in the prompt files, not in code.
   */
  t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
    const one = vars.count === 1 ? this.templates[lang][`${key}_one`] : undefined
    const text = one ?? this.templates[lang][key] ?? this.templates.zh[key]
    if (text === undefined) throw new Error(`no reply template "${key}" (was it declared?)`)
    // Leading spaces of a quoted template are kept (indented CLI lines, " (cell B7)"); block scalars' newlines are not.
    return text.replace(VAR, (all, name: string) => (name in vars ? String(vars[name]) : all)).replace(/^[\r\n]+/, '').trimEnd()
  }
}

/**
 * An error as staff read it: a UserError's `said` prompt in `lang` when the
 * template exists, else its (English) message. The CLI and the chat upload
 * both use it, so an error reads the same everywhere.
 */
export function errorText(prompts: Prompts, lang: Lang, err: unknown): string {
  const said = err instanceof UserError ? err.said : undefined
  if (said && prompts.has(lang, said.key)) return prompts.t(lang, said.key, said.vars)
  return err instanceof Error ? err.message : String(err)
}

/** Reads every prompts/<lang>/<area>.yaml (a flat map of key → template). */
export function loadPrompts(dir = PROMPTS_DIR): Prompts {
  const templates = { zh: {}, en: {} } as Record<Lang, Record<string, string>>
  for (const lang of LANGS) {
    const langDir = join(dir, lang)
    if (!existsSync(langDir)) continue
    for (const file of readdirSync(langDir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      const area = basename(file, extname(file))
      const path = join(langDir, file)
      let data: unknown
      try {
        data = parseYamlCached(readFileSync(path, 'utf8'))
      } catch (err) {
        throw new UserError(`${path} is not valid YAML: ${(err as Error).message}`)
      }
      if (data === null || data === undefined) continue
      if (typeof data !== 'object' || Array.isArray(data)) {
        throw new UserError(`${path} must be a list of "key: template" lines`)
      }
      for (const [key, value] of Object.entries(data)) {
        if (typeof value !== 'string') throw new UserError(`${path}: "${key}" must be text`)
        templates[lang][`${area}.${key}`] = value
      }
    }
  }
  return new Prompts(templates, dir)
}
