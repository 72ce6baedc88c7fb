/**
 * @module bench/understand-stages
 * Where understanding's time goes, stage by stage: each step the understander runs (speech noise, the
 * dialect and regional rewrites, normalising, the readers of format, fee, time, region, exam tutoring and
 * self-description, segmentation) is called on its own over the texts of bench/understand-texts, each on
 * the input the understander gives it, and its mean µs per message printed next to the whole
 * understanding's. A reader a conversation engineer adds or grows shows up here by its step. (Typo repair
 * and term and cue matching are what the whole costs beyond the listed steps: they need the understander's
 * own tables.)
 *
 * @example node bin/run-ts.js bench/understand-stages.ts
 */
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { createQueryUnderstander } from '../src/query/understand.js'
import { readAsMandarin, withoutSpeechNoise } from '../src/text/speech-noise.js'
import { normalizeText } from '../src/text/normalize.js'
import { segmentGroups } from '../src/text/segment.js'
import { readFormat } from '../src/query/format-reading.js'
import { readFree } from '../src/query/fee-reading.js'
import { parseTimeWindow } from '../src/query/time.js'
import { examTutoring } from '../src/query/colloquial-cues.js'
import { selfDescriptionSpans } from '../src/query/person-subjects.js'
import { understandTexts } from './understand-texts.js'

const regions = loadRegions()
const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions, today: () => new Date('2026-06-01T08:00:00Z') })
const { benchTexts, bankTexts } = understandTexts()
const said = [...benchTexts, ...bankTexts]
const plain = said.map(withoutSpeechNoise)
const mandarin = plain.map(readAsMandarin)
const normalized = mandarin.map(normalizeText)
const today = new Date('2026-06-01T08:00:00Z')

const stages: [string, string[], (text: string) => unknown][] = [
  ['speech noise off', said, withoutSpeechNoise],
  ['dialect and regional words', plain, readAsMandarin],
  ['normalise', mandarin, normalizeText],
  ['format', normalized, readFormat],
  ['fee', normalized, readFree],
  ['time', normalized, (t) => parseTimeWindow(t, today)],
  ['region', normalized, (t) => regions.findIn(t)],
  ['exam tutoring', normalized, examTutoring],
  ['self-description', normalized, selfDescriptionSpans],
  ['segmentation', normalized, segmentGroups],
  ['whole understanding', said, understand],
]
// Twice: the first round compiles and fills the word-level tables, the second is timed.
const rows: Record<string, number> = {}
for (let round = 0; round < 2; round++) {
  for (const [name, inputs, run] of stages) {
    const t = process.cpuUsage()
    for (const text of inputs) run(text)
    const used = process.cpuUsage(t)
    rows[name] = Math.round(((used.user + used.system) / inputs.length) * 10) / 10
  }
}
console.log(`CPU µs per message (this process's user + system time, so waiting for a core on a shared machine is left out), mean over ${said.length} texts`)
for (const [name, us] of Object.entries(rows)) console.log(`${name.padEnd(28)} ${String(us).padStart(8)}`)
