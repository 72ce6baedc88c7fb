/**
 * @module cli/progress
 * The import progress display. On a terminal it is a bar redrawn in place;
 * in a log (CI, cron) it is at most four plain lines, so long imports show
 * they are alive without flooding the log. Small files show nothing.
 */
import type { Lang } from '../dialogue/types.js'
import { cliText } from './cli-text.js'

/** Totals under this many rows show no progress at all. */
export const PROGRESS_MIN_ROWS = 300

/** A progress callback for one file, plus `end()` to finish its line. */
export interface Progress {
  update(done: number, total: number): void
  end(): void
}

/** Creates the progress display for reading `label` on `stream` (usually stderr), worded in `lang` (default Chinese). */
export function createProgress(stream: NodeJS.WritableStream, label: string, lang: Lang = 'zh'): Progress {
  const tty = Boolean((stream as { isTTY?: boolean }).isTTY)
  let lastDraw = 0
  let quarter = 0
  let drawn = false
  return {
    update(done, total) {
      if (total < PROGRESS_MIN_ROWS) return
      const ratio = Math.min(1, done / Math.max(total, 1))
      if (tty) {
        const now = Date.now()
        if (now - lastDraw < 100 && done < total) return
        lastDraw = now
        const width = 30
        const filled = Math.round(ratio * width)
        stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(ratio * 100)}% ${cliText(lang, 'progress_bar_rows', { rows: done.toLocaleString('en') })}`)
        drawn = true
        return
      }
      // Estimated totals can reach 100% early; only the final call (done = total) says 100%.
      const q = done >= total ? 4 : Math.min(3, Math.floor(ratio * 4))
      if (q > quarter) {
        quarter = q
        stream.write(`${cliText(lang, 'progress_rows', { label, percent: q * 25, rows: done.toLocaleString('en') })}\n`)
      }
    },
    end() {
      if (tty && drawn) stream.write('\n')
    },
  }
}
