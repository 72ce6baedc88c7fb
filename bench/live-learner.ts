/**
 * @module bench/live-learner
 * A learner who keeps asking (one question every 0.2 s) while staff import,
 * re-index or roll back, and the per-phase summary of how long each answer
 * took. The live-import bench, the upload-import bench and the
 * serve-live-import test all measure the same thing this way, so the pacing,
 * the questions and the percentile are one definition.
 */

/** What the learner asks, in turn: requests, a number and "more", as a real conversation would. */
export const LIVE_QUESTIONS = ['我想学人工智能', '有适合老年人的课吗', '杭州的线下课', '免费的电工培训', '第二个', '更多']

/** One question: how long its answer took, whether one came, and the phase the run was in when it was asked. */
export interface LiveSample {
  ms: number
  /** The HTTP status (0: no answer at all); channels without one give 200 or 0. */
  status: number
  phase: string
}

/** Nearest-rank percentile `p` (0–100) of an ascending list; 0 for an empty one. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
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

/** One line per phase (in the order first seen), then one for all: count, failures, p50, p99 and max in ms. */
export function phaseLines(samples: LiveSample[]): string[] {
  const line = (label: string, list: LiveSample[]) => {
    const ms = list.map((s) => s.ms).sort((a, b) => a - b)
    return `${label.padEnd(17)} n=${String(ms.length).padStart(4)} failed=${list.filter(failed).length} ` +
      `p50=${percentile(ms, 50)} p99=${percentile(ms, 99)} max=${ms[ms.length - 1] ?? 0}`
  }
  const phases = [...new Set(samples.map((s) => s.phase))]
  return [...phases.map((p) => line(p, samples.filter((s) => s.phase === p))), line('all', samples)]
}
