import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { usableSnapshot, snapshotStamp } from '../bin/snapshot-stamp.js'
import { PACKAGE_ROOT } from '../src/paths.js'

// A package of its own (links to this one's sources, knowledge and packages; bin/ copied, since node runs a
// linked script from where the link points), built as `npm install` builds it: this checkout's dist/ is untouched.
let dir: string
let pkg: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lf-snapshot-'))
  pkg = join(dir, 'pkg')
  mkdirSync(pkg)
  for (const name of ['src', 'knowledge', 'prompts', 'node_modules', 'package.json', 'tsconfig.json']) {
    symlinkSync(join(PACKAGE_ROOT, name), join(pkg, name))
  }
  cpSync(join(PACKAGE_ROOT, 'bin'), join(pkg, 'bin'), { recursive: true })
  execFileSync(process.execPath, [join(pkg, 'bin', 'build-dist.js')], { cwd: pkg, stdio: 'pipe' })
}, 180_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/**
 * `learnfinder ask --json` over stdin, one reply per line, without the random session ids; run by node, or
 * with `program` as a program of its own (the shell half of bin/learnfinder.js).
 */
function askAll(questions: string[], env: NodeJS.ProcessEnv, db: string, args: string[] = [join(pkg, 'bin', 'learnfinder.js')], program = process.execPath): unknown[] {
  const out = execFileSync(program, [...args, 'ask', '--json'], {
    input: questions.join('\n') + '\n',
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', ...env, LEARNFINDER_DB: join(dir, db) },
  })
  return out.trim().split('\n').map((line) => {
    const { session, ...rest } = JSON.parse(line) as { session: string }
    expect(session).toMatch(/^ask-/)
    return rest
  })
}

describe('the start-up snapshot', () => {
  const questions = ['我想学人工智能', '有没有免费的线上课', '退休了想学书法', 'I want to learn English', '武汉附近的电工培训', '你好']

  it('is built at install beside dist/, for this node and this folder', () => {
    const stamp = JSON.parse(readFileSync(join(pkg, 'dist', 'snapshot.json'), 'utf8'))
    expect(stamp).toEqual(snapshotStamp(pkg))
    expect(usableSnapshot(pkg, ['ask', '你好'], {}, [])).toBe(join(pkg, 'dist', 'snapshot.blob'))
  })

  it('answers exactly as dist/ does, started from the snapshot itself', () => {
    const fromDist = askAll(questions, { LEARNFINDER_SNAPSHOT: 'off' }, 'dist.db')
    const fromSnapshot = askAll(questions, {}, 'snap.db', ['--snapshot-blob', join(pkg, 'dist', 'snapshot.blob')])
    expect(fromSnapshot).toEqual(fromDist)
    expect(fromDist).toHaveLength(questions.length)
    // The command run as a program takes the snapshot: same answers, from the database the snapshot run left.
    expect(askAll(questions, {}, 'snap.db', [], join(pkg, 'bin', 'learnfinder.js'))).toEqual(fromDist)
    // And run as JavaScript, which starts the snapshot in a second node.
    expect(askAll(questions, {}, 'snap.db')).toEqual(fromDist)
  }, 120_000)

  it('started as a program through a symlink, as npx does, answers from the snapshot in one node process', () => {
    const fromDist = askAll(questions, { LEARNFINDER_SNAPSHOT: 'off' }, 'dist.db')
    const bin = join(dir, 'node_modules', '.bin')
    mkdirSync(bin, { recursive: true })
    symlinkSync(join('..', '..', 'pkg', 'bin', 'learnfinder.js'), join(bin, 'learnfinder'))
    // A node on PATH that says how it was started: the snapshot's own node, with no second one behind it.
    const spy = join(dir, 'spy')
    mkdirSync(spy)
    writeFileSync(join(spy, 'node'), `#!/bin/sh\necho "$*" >> ${JSON.stringify(join(dir, 'starts.txt'))}\nexec ${JSON.stringify(process.execPath)} "$@"\n`, { mode: 0o755 })
    const env = { PATH: `${spy}:${process.env.PATH}` }
    expect(askAll(questions, env, 'prog.db', [], join(bin, 'learnfinder'))).toEqual(fromDist)
    const starts = readFileSync(join(dir, 'starts.txt'), 'utf8').trim().split('\n')
    expect(starts).toEqual([`--snapshot-blob ${bin}/../../pkg/bin/../dist/snapshot.blob ask --json`])
    // Any other command is node running the same file as JavaScript.
    expect(execFileSync(join(bin, 'learnfinder'), ['version'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }).trim()).toMatch(/^learnfinder /)
  }, 120_000)

  it('hands the command to dist/ when the snapshot no longer matches its folder', () => {
    const fromDist = askAll(questions.slice(0, 2), { LEARNFINDER_SNAPSHOT: 'off' }, 'dist.db')
    const stampFile = join(pkg, 'dist', 'snapshot.json')
    const stamp = readFileSync(stampFile, 'utf8')
    writeFileSync(stampFile, JSON.stringify({ ...JSON.parse(stamp), root: join(dir, 'elsewhere') }))
    try {
      expect(askAll(questions.slice(0, 2), {}, 'dist.db', [], join(pkg, 'bin', 'learnfinder.js'))).toEqual(fromDist)
      expect(askAll(questions.slice(0, 2), {}, 'dist.db', ['--snapshot-blob', join(pkg, 'dist', 'snapshot.blob')])).toEqual(fromDist)
      // `node bin/learnfinder.js ask` starts the snapshot too (a second node): on trial, it says it does not match.
      const tried = spawnSync(process.execPath, [join(pkg, 'bin', 'learnfinder.js'), 'ask', '你好'], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '', LEARNFINDER_SNAPSHOT_TRIAL: '1', LEARNFINDER_DB: join(dir, 'dist.db') },
      })
      expect(tried.stderr).toContain('learnfinder snapshot: it does not match its folder and dist/')
    } finally {
      writeFileSync(stampFile, stamp)
    }
  }, 120_000)

  it('draws new session ids at every start', () => {
    const ids = [0, 1].map(() => {
      const out = execFileSync(process.execPath, ['--snapshot-blob', join(pkg, 'dist', 'snapshot.blob'), 'ask', '--json', '你好'], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '', LEARNFINDER_DB: join(dir, 'ids.db') },
      })
      return (JSON.parse(out) as { session: string }).session
    })
    expect(ids[0]).not.toBe(ids[1])
  }, 60_000)

  it('answers from dist/ when node cannot read the snapshot (one built under other V8 options)', () => {
    const fromDist = askAll(questions.slice(0, 2), { LEARNFINDER_SNAPSHOT: 'off' }, 'dist.db')
    const blob = join(pkg, 'dist', 'snapshot.blob')
    execFileSync(process.execPath, ['--max-old-space-size=1000', '--snapshot-blob', blob, '--build-snapshot', join(pkg, 'dist', 'snapshot.cjs')], {
      cwd: pkg,
      stdio: 'pipe',
      env: { ...process.env, NODE_OPTIONS: '' },
    })
    expect(usableSnapshot(pkg, ['ask'], {}, [])).toBe(blob)
    const plain = spawnSync(process.execPath, ['--snapshot-blob', blob, 'version'], { env: { ...process.env, NODE_OPTIONS: '' } })
    expect(plain.status).toBe(14) // what bin/learnfinder.js falls back on
    expect(askAll(questions.slice(0, 2), {}, 'dist.db', [], join(pkg, 'bin', 'learnfinder.js'))).toEqual(fromDist)
  }, 120_000)

  it('is not used for other commands, when turned off, or when another node, folder or build made it', () => {
    expect(usableSnapshot(pkg, ['serve'], {}, [])).toBeUndefined()
    expect(usableSnapshot(pkg, ['ask', '你好'], { LEARNFINDER_SNAPSHOT: 'off' })).toBeUndefined()
    expect(usableSnapshot(pkg, ['ask', '你好'], { LEARNFINDER_FROM_SOURCE: '1' }, [])).toBeUndefined()
    // V8 refuses a snapshot under other V8 options: node options anywhere run dist/.
    expect(usableSnapshot(pkg, ['ask', '你好'], {}, ['--max-old-space-size=4096'])).toBeUndefined()
    expect(usableSnapshot(pkg, ['ask', '你好'], { NODE_OPTIONS: '--max-old-space-size=4096' }, [])).toBeUndefined()
    const other = join(dir, 'other')
    mkdirSync(join(other, 'dist'), { recursive: true })
    writeFileSync(join(other, 'dist', 'stamp.json'), readFileSync(join(pkg, 'dist', 'stamp.json')))
    expect(usableSnapshot(other, ['ask'], {}, [])).toBeUndefined() // no snapshot.json
    const stamp = snapshotStamp(other)
    for (const changed of [{ node: 'v20.0.0' }, { root: pkg }, { dist: '{}' }, {}]) {
      writeFileSync(join(other, 'dist', 'snapshot.json'), JSON.stringify({ ...stamp, ...changed }))
      expect(usableSnapshot(other, ['ask'], {}, []) !== undefined).toBe(Object.keys(changed).length === 0)
    }
  })
})
