/**
 * @module test/browser/console-harness
 * What the console's browser tests share: a real `learnfinder serve` with
 * the small test catalogue and two web accounts (an editor and a viewer),
 * Debian's chromium driven by playwright-core (never a downloaded browser),
 * a fresh profile per run, and screenshots under test-output/screenshots/
 * (git-ignored) for people to look at.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { PACKAGE_ROOT } from '../../src/paths.js'
import { cleanEnv, prepareServeDb, spawnServe, type ServeProcess } from '../fakes/fake-bot-api-serve.js'

const BIN = join(PACKAGE_ROOT, 'bin', 'learnfinder.js')

/** Where screenshots go (git-ignored). */
export const SCREENSHOTS = join(PACKAGE_ROOT, 'test-output', 'screenshots')

/** The accounts the harness creates. */
export const EDITOR = { name: 'alice', password: 'alice-password-1' }
export const VIEWER = { name: 'victor', password: 'victor-password-1' }

/** Debian's chromium, as .ci/run installs it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Adds a web account through the real CLI. */
export function addWebAccount(db: string, name: string, password: string, role: 'editor' | 'viewer'): void {
  const r = spawnSync(process.execPath, [BIN, 'admin', 'web', 'add', name, '--role', role, '--password-stdin', '--db', db], {
    env: cleanEnv({}), input: password, encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(`admin web add failed (${r.status}): ${r.stderr}`)
}

/** A running console: the serve process, its base URL, and a browser profile. */
export interface ConsoleWorld {
  serve: ServeProcess
  url: string
  db: string
  context: BrowserContext
  page: Page
  close(): Promise<void>
}

/** Starts serve (HTTP on a free port) and chromium with a fresh profile. */
export async function startConsoleWorld(): Promise<ConsoleWorld> {
  const prepared = prepareServeDb()
  addWebAccount(prepared.db, EDITOR.name, EDITOR.password, 'editor')
  addWebAccount(prepared.db, VIEWER.name, VIEWER.password, 'viewer')
  const serve = spawnServe(prepared.db, { HTTP_PORT: '0', STAFF_POLL_SECONDS: '3600' })
  await serve.waitForLog(/http: listening on http:\/\/\S+/, 60_000)
  const url = /http: listening on (http:\/\/[^\s]+)/.exec(serve.stderr())![1]
  const profile = mkdtempSync(join(tmpdir(), 'lf-chromium-'))
  mkdirSync(SCREENSHOTS, { recursive: true })
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    serve, url, db: prepared.db, context, page,
    async close() {
      await context.close().catch(() => undefined)
      serve.kill()
      await serve.exited
      rmSync(profile, { recursive: true, force: true })
      prepared.cleanup()
    },
  }
}

/** Signs in through the login form; resolves on the page it lands on. */
export async function signIn(world: ConsoleWorld, account: { name: string; password: string }): Promise<void> {
  await world.context.clearCookies()
  await world.page.goto(`${world.url}/admin/login`)
  await world.page.fill('#username', account.name)
  await world.page.fill('#password', account.password)
  await Promise.all([world.page.waitForLoadState('load'), world.page.click('button[type=submit]')])
}

/** Saves a full-page screenshot named `name`.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
}

/** How many non-blank pixels a canvas has (a chart that drew has many). */
export async function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (el) => {
    // No DOM types in this project's tsconfig: the little of the canvas API used here, spelled out.
    const canvas = el as unknown as { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } }
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data
    let n = 0
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) n++
    return n
  })
}

/** What a learner gets from POST /api/chat. */
export async function learnerAsks(url: string, session: string, text: string): Promise<{ ids: string[]; text: string }> {
  const res = await fetch(`${url}/api/chat`, { method: 'POST', body: JSON.stringify({ session, text }), headers: { 'content-type': 'application/json' } })
  const body = (await res.json()) as { reply: { projects: { id: string }[] }; text: string }
  return { ids: body.reply.projects.map((p) => p.id), text: body.text }
}
