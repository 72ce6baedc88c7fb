/**
 * @module test/fakes/fake-bot-api-serve
 * Runs the real `learnfinder serve` as a child process for end-to-end
 * channel tests: a temp database with a small imported catalogue, a clean
 * environment (no channel variables leak in from the developer's shell),
 * captured output, and a kill in afterAll.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { envSchema } from '../../src/config.js'
import { PACKAGE_ROOT } from '../../src/paths.js'

const BIN = join(PACKAGE_ROOT, 'bin', 'learnfinder.js')

/** A few projects in the staff spreadsheet format (Chinese headers). */
export const SERVE_CATALOGUE_CSV = [
  '编号,项目名称,主办单位,项目简介,领域,面向人群,学习形式,地区,费用,时长,开课时间,结束日期,报名方式,联系方式,链接',
  'CH-001,老年人智能手机入门班,示范开放大学,手把手教老年人用智能手机视频通话、预约挂号和防诈骗。,数字技能,老年人,线下,浙江省 杭州市,免费,6次课,2027-03-01,2027-04-15,到社区服务中心登记,0571-1234 5678,',
  'CH-002,人工智能通识课,示范理工大学,用生活中的例子讲清人工智能是什么、能做什么、有哪些风险。,人工智能,社会公众,线上,全国,免费,8周,2027-03-01,2027-05-01,在学习平台注册后报名,400-100-2000,https://example.org/ai',
  'CH-003,老年人也能用的AI助手,示范开放大学,教老年人用语音助手查天气、问健康问题、写祝福语。,人工智能；数字技能,老年人,线上,全国,免费,4周,2027-03-10,2027-04-10,电话报名,400-100-3000,',
  'CH-004,农村电工安全用电培训,示范电力学院,家庭和农田用电安全、漏电保护、光伏板日常维护。,能源电力；职业技能,农民；农民工,线下,山东省 济南市,300,16学时,2027-04-01,2027-04-20,拨打电话报名,0531-8888 0000,',
  'CH-005,乡村教师信息化教学,示范师范大学,乡村教师用希沃白板和国家中小学智慧教育平台上课。,教师发展；数字技能,乡村教师,混合,四川省,免费,20学时,2027-05-01,2027-06-01,学校统一报名,028-6666 1111,',
  'CH-006,养老护理员技能提升,示范健康学院,失能老人照护、急救常识和沟通技巧，结业发证书。,健康养老；职业技能,农民工；妇女,线下,江苏省 南京市,800,40学时,2027-03-15,2027-05-15,现场报名,025-5555 2222,',
  'CH-007,家庭教育讲堂,示范师范大学,如何和孩子沟通、陪伴写作业、看待手机游戏。,家庭教育,家长,线上,全国,免费,6讲,2027-03-01,2027-04-15,扫码报名,400-100-4000,',
].join('\n')

/** A temp folder with a database holding {@link SERVE_CATALOGUE_CSV}; `cleanup()` deletes it. */
export function prepareServeDb(): { dir: string; db: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'lf-serve-'))
  const csv = join(dir, 'catalogue.csv')
  writeFileSync(csv, SERVE_CATALOGUE_CSV)
  const db = join(dir, 'lf.db')
  const r = spawnSync(process.execPath, [BIN, 'import', csv, '--db', db], { env: cleanEnv({}), encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`import failed (${r.status}): ${r.stderr}`)
  return { dir, db, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The process environment minus every learnfinder variable, plus `extra`. */
export function cleanEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  const ours = new Set(Object.keys(envSchema.shape))
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !ours.has(k) && !k.startsWith('WECHATY_')) env[k] = v
  // HTTP_PORT 0: a free port, so parallel serves never fight over 3000 (the health check listens even with HTTP off).
  return { ...env, HTTP_PORT: '0', ...extra }
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const srv = createServer()
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))
  const port = (srv.address() as { port: number }).port
  await new Promise((r) => srv.close(r))
  return port
}

/** A running `learnfinder serve` child. */
export interface ServeProcess {
  child: ChildProcess
  stdout(): string
  stderr(): string
  /** Resolves when stderr (the operator log) matches `pattern`. */
  waitForLog(pattern: RegExp, ms?: number): Promise<void>
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  kill(): void
}

/** Spawns `learnfinder serve --db <db>` with a clean environment plus `env`. */
export function spawnServe(db: string, env: Record<string, string>, stdin: 'pipe' | 'ignore' = 'ignore'): ServeProcess {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db], { env: cleanEnv(env), stdio: [stdin, 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  const watchers: (() => void)[] = []
  child.stdout!.on('data', (c) => (out += c.toString()))
  child.stderr!.on('data', (c) => {
    err += c.toString()
    for (const w of [...watchers]) w()
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      for (const w of [...watchers]) w()
      resolve({ code, signal })
    }),
  )
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForLog(pattern, ms = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(err)) {
            clearTimeout(timer)
            watchers.splice(watchers.indexOf(check), 1)
            resolve()
          } else if (child.exitCode !== null) {
            clearTimeout(timer)
            reject(new Error(`serve exited (${child.exitCode}) before logging ${pattern}:\n${err}`))
          }
        }
        const timer = setTimeout(() => reject(new Error(`serve did not log ${pattern} within ${ms} ms:\n${err}`)), ms)
        watchers.push(check)
        check()
      })
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    },
  }
}

/**
 * Posts one update to the webhook of a spawned `serve` on `port`, as Telegram
 * does (with the secret header); true when the bot acknowledged it (200),
 * false when it refused or was down (connection refused or reset).
 */
export async function postWebhookUpdate(port: number, secret: string, update: unknown): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/tg/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
      body: JSON.stringify(update),
    })
    await res.arrayBuffer()
    return res.status === 200
  } catch {
    return false
  }
}
