/**
 * @module bench/live-learner
 * A learner who keeps asking (one question every 0.2 s) while staff import,
 * re-index or roll back, and the per-phase summary of how long each answer
 * took. The live-import bench, the upload-import bench and the
 * serve-live-import test all measure the same thing this way, so the pacing,
 * the questions and the per-phase figures are one definition (the
 * percentile itself is bench/percentile.ts, shared by every benchmark).
 */
import { percentile } from './percentile.js'

export { percentile } from './percentile.js'

/** What the learner asks, in turn: requests, a number and "more", as a real conversation would. */
export const LIVE_QUESTIONS = ['我想学人工智能', '有适合老年人的课吗', '杭州的线下课', '免费的电工培训', '第二个', '更多']

/** One question: how long its answer took, whether one came, and the phase the run was in when it was asked. */
export interface LiveSample {
  ms: number
  /** The HTTP status (0: no answer at all); channels without one give 200 or 0. */
  status: number
  phase: string
}

/** True when the sample got no answer or a server error. */
export const failed = (s: LiveSample): boolean => s.status >= 500 || s.status === 0

/** A running learner: its samples so far, a wait for `n` more answers, and a stop that waits for the last one. */
export interface LiveLearner {
  samples: LiveSample[]
  settle(n: number): Promise<void>
  stop(): Promise<void>
}

/**
 * Starts asking: `ask(i, text)` sends question `i` and resolves with its
 * status; each sample is filed under `phase()` as it is when the answer comes.
 */
export function startLearner(ask: (i: number, text: string) => Promise<number>, phase: () => string): LiveLearner {
  const samples: LiveSample[] = []
  let stopped = false
  const running = (async () => {
    for (let i = 0; !stopped; i++) {
      const t0 = Date.now()
      const status = await ask(i, LIVE_QUESTIONS[i % LIVE_QUESTIONS.length])
      const ms = Date.now() - t0
      samples.push({ ms, status, phase: phase() })
      await new Promise((r) => setTimeout(r, Math.max(0, 200 - ms)))
    }
  })()
  return {
    samples,
    async settle(n) {
      const from = samples.length
      while (!stopped && samples.length < from + n) await new Promise((r) => setTimeout(r, 200))
    },
    async stop() {
      stopped = true
      await running
    },
  }
}

/** Asks `POST /api/chat` at `base`; six questions per conversation. */
export function askOverHttp(base: string): (i: number, text: string) => Promise<number> {
  return async (i, text) => {
    const res = await fetch(`${base}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ session: `learner-${Math.floor(i / 6)}`, text }),
    }).catch(() => null)
    await res?.arrayBuffer()
    return res?.status ?? 0
  }
}

/** One phase's figures: how many questions, how many failed, and p50, p99 and the longest wait in ms. */
export interface PhaseStats {
  phase: string
  n: number
  failed: number
  p50: number
  p99: number
  max: number
}

/** The figures of each phase (in the order first seen), then of all samples under the phase name 'all'. */
export function phaseStats(samples: LiveSample[]): PhaseStats[] {
  const stats = (phase: string, list: LiveSample[]): PhaseStats => {
    const ms = list.map((s) => s.ms).sort((a, b) => a - b)
    return { phase, n: ms.length, failed: list.filter(failed).length, p50: percentile(ms, 50), p99: percentile(ms, 99), max: ms[ms.length - 1] ?? 0 }
  }
  const phases = [...new Set(samples.map((s) => s.phase))]
  return [...phases.map((p) => stats(p, samples.filter((s) => s.phase === p))), stats('all', samples)]
}

/** One line per phase (in the order first seen), then one for all: count, failures, p50, p99 and max in ms. */
export function phaseLines(samples: LiveSample[]): string[] {
  return phaseStats(samples).map((s) =>
    `${s.phase.padEnd(17)} n=${String(s.n).padStart(4)} failed=${s.failed} p50=${s.p50} p99=${s.p99} max=${s.max}`)
}
