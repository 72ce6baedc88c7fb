/**
 * @module dotenv
 * Reads `.env` from the working folder at start, the way operators of chat
 * bots expect (`cp .env.example .env`, edit, start). Variables already set in
 * the environment win over the file, so `KEY=value npm start` still overrides
 * it. Node's own parser (util.parseEnv) reads the file: no extra dependency.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseEnv } from 'node:util'

/**
 * Adds the variables of `dir/.env` to `env` where they are not set yet.
 * Returns the file's path when one was read, so start-up can say so.
 */
export function loadDotEnv(dir: string = process.cwd(), env: Record<string, string | undefined> = process.env): string | undefined {
  const path = join(dir, '.env')
  if (!existsSync(path)) return undefined
  const values = parseEnv(readFileSync(path, 'utf8')) as Record<string, string>
  for (const [key, value] of Object.entries(values)) if (env[key] === undefined) env[key] = value
  return path
}
