/**
 * No sentence a staff member reads is written in the CLI's code: it comes
 * from prompts/<lang>/cli.yaml (Chinese by default, English with --lang en).
 * This scans src/cli.ts and src/cli/*.ts with the TypeScript parser for
 * string and template literals holding English words and fails on any that
 * is not in the allow-list below: text that is not shown to staff as a
 * sentence (audit-log action names stored in the database, PostgreSQL
 * application names). Log lines for operators may stay English, but the CLI
 * writes none today; add them here with a reason if it ever does.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { PACKAGE_ROOT } from '../src/paths.js'

/** Literals allowed to stay English, each with why. */
const ALLOWED: Record<string, string> = {
  'web account add': 'an action name in the admin audit log (stored, shown verbatim like a code)',
  'web account passwd': 'an action name in the admin audit log',
  'web account remove': 'an action name in the admin audit log',
  'learnfinder migrate': 'the PostgreSQL application_name of the migrate connection',
  'learnfinder serve check': 'the PostgreSQL application_name of the start-up schema check',
  'learnfinder: ': 'the program name before a message',
  'learnfinder ': 'the program name before a command name and a message',
  'ask-': 'the prefix of a generated session id',
  'cli.': 'the prompt area of a key',
  'console.format_': 'the key of the staff console\'s format label (线上 / online)',
}

/** Two English words in a row: what a sentence looks like (ids, flags and single words are not). */
const ENGLISH = /[A-Za-z]{2,}[ ,:;]+[A-Za-z]{2,}/
/** In a template's pieces, one word after a space is enough (`${n} projects`). */
const ENGLISH_PIECE = /(^|\s)[A-Za-z]{3,}\b/

function cliFiles(): string[] {
  const dir = join(PACKAGE_ROOT, 'src/cli')
  return [join(PACKAGE_ROOT, 'src/cli.ts'), ...readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f))]
}

/** Every English-looking literal of `code` (from `file`) that is not a module specifier, as `file:line: "text"`. */
function englishLiterals(file: string, code = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)
      || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
    const parent = node.parent
    const specifier = parent !== undefined && (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)
      || (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword)
      || (ts.isLiteralTypeNode(parent) && parent.parent !== undefined && ts.isImportTypeNode(parent.parent)))
    if (literal && !specifier) {
      const text = (node as ts.LiteralLikeNode).text
      const piece = ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
      if ((ENGLISH.test(text) || (piece && ENGLISH_PIECE.test(text))) && !(text in ALLOWED)) {
        found.push(`${file.slice(PACKAGE_ROOT.length + 1)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${JSON.stringify(text)}`)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('the CLI source', () => {
  it('holds no English sentence for staff outside prompts/ (allow-listed technical names aside)', () => {
    const files = cliFiles()
    expect(files.length).toBeGreaterThan(15)
    expect(files.flatMap((f) => englishLiterals(f))).toEqual([])
  })

  it('would catch an English sentence written in code', () => {
    const file = join(PACKAGE_ROOT, 'src/cli/list.ts')
    const code = "import { x } from './some module.js'\nprintln(io.stdout, `${n} projects match, ${m} archived.`)\nconst id = 'LF-0001'"
    expect(englishLiterals(file, code)).toEqual(['src/cli/list.ts:2: " projects match, "', 'src/cli/list.ts:2: " archived."'])
  })

  it('keeps every allow-listed literal in use, so the list cannot grow stale', () => {
    const all = cliFiles().map((f) => readFileSync(f, 'utf8')).join('\n')
    for (const text of Object.keys(ALLOWED)) expect(all.includes(`'${text}'`) || all.includes(`\`${text}\${`)).toBe(true)
  })
})
