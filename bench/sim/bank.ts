/**
 * @module bench/sim/bank
 * Phrase banks: how learners of one register say things, kept in
 * bench/sim/banks/<bank>/<register>.yaml so they can be written (and held
 * out) apart from the code, and never shared with the bot's own word lists.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import { PACKAGE_ROOT } from '../../src/paths.js'

/** The four ways of talking the simulator speaks. */
export const REGISTERS = ['standard', 'colloquial', 'traditional', 'english'] as const
/** One of {@link REGISTERS}. */
export type Register = (typeof REGISTERS)[number]

/** The banks: `dev` may be tuned against; `fresh` was held out for the first round (now spent: seen); `fresh2` was held out for the second round (now spent); `fresh3` was held out for the third round (now spent); `fresh4` was held out for the fourth round (now spent); `fresh5` was held out for the fifth round (now spent); `fresh6` was held out for the sixth round (now spent); `fresh7` was held out for the seventh round (now spent); `fresh8` was held out for the eighth round (now spent); `fresh9` was held out for the ninth round (now spent); `fresh10` was held out for the tenth round (now spent); `fresh11` was held out for the eleventh round (now spent); `fresh12` was held out for the twelfth round (now spent); `fresh13` was held out for the thirteenth round (now spent); `fresh14` was held out for rounds 13 and 14, then read for diagnosis in round 15 (spent); `fresh15` and `fresh16` were written blind for round 14, run once on its starting code, then read for diagnosis (spent); `fresh17` was held out for round 14, then read in round 15 (spent); `fresh18`, `fresh19` and `fresh20` were written blind for round 15 and run once on its starting code, after which `fresh18` was read (spent) and `fresh19` and `fresh20` stayed held out until round 16, which read them (spent); `fresh21`, `fresh22` and `fresh23` were written blind for round 16 and run once on its starting code, after which `fresh21` was read (spent) and `fresh22` and `fresh23` stay held out; the `probe-*` and `conv-*` banks were written blind by the engineers and each run once untouched before use. */
export const BANKS = ['dev', 'fresh', 'fresh2', 'fresh3', 'probe-en', 'probe-zh', 'fresh4', 'fresh5', 'conv-trad-a', 'conv-trad-b', 'conv-coll-a', 'conv-coll-b', 'conv-en-a', 'conv-en-b', 'conv-people-a', 'conv-people-b', 'conv-topics-a', 'conv-topics-b', 'conv-dialogue-a', 'conv-dialogue-b', 'conv-trad5-a', 'conv-trad5-b', 'conv-dialogue5-a', 'conv-dialogue5-b', 'conv-robust5-a', 'conv-robust5-b', 'conv-coll5-a', 'conv-coll5-b', 'conv-people5-a', 'conv-people5-b', 'conv-facets5-a', 'conv-facets5-b', 'conv-scope5-a', 'conv-scope5-b', 'fresh6', 'conv-facets6-a', 'conv-facets6-b', 'conv-coll6-a', 'conv-coll6-b', 'conv-trad6-a', 'conv-trad6-b', 'conv-dialogue6-a', 'conv-dialogue6-b', 'conv-people6-a', 'conv-people6-b', 'conv-scope6-a', 'conv-scope6-b', 'fresh7', 'conv-people7-a', 'conv-people7-b', 'conv-trad7-a', 'conv-trad7-b', 'conv-dialect7-a', 'conv-dialect7-b', 'conv-dialogue7-a', 'conv-dialogue7-b', 'conv-en7-a', 'conv-en7-b', 'conv-scope7-a', 'conv-scope7-b', 'fresh8', 'conv-dialogue8-a', 'conv-dialogue8-b', 'conv-coll8-a', 'conv-coll8-b', 'conv-trad8-a', 'conv-trad8-b', 'conv-people8-a', 'conv-people8-b', 'conv-topics8-a', 'conv-topics8-b', 'conv-en8-a', 'conv-en8-b', 'fresh9', 'conv-dialogue9-a', 'conv-coll9-a', 'conv-en9-a', 'conv-people9-a', 'conv-evidence9-a', 'fresh10', 'conv-en10-a', 'conv-zh10-a', 'conv-dialogue10-a', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15', 'fresh16', 'fresh17', 'fresh18', 'fresh19', 'fresh20', 'fresh21', 'fresh22', 'fresh23'] as const
/** Banks held out for the current round (fresh22 and fresh23, written blind for round 16; fresh21, written with them, was read once its first run was on record): run only when named with --bank, so nobody tuning reads them by accident. */
export const HELD_OUT: readonly string[] = ['fresh22', 'fresh23']
/** One of {@link BANKS}. */
export type BankName = (typeof BANKS)[number]

const list = z.array(z.string().min(1)).min(1)
const FIELDS = ['enroll', 'fee', 'contact', 'dates', 'place'] as const

const bankSchema = z.object({
  /** Clause separator ("，" or ", "). */
  joiner: z.string(),
  /** Per topic id: noun phrases a learner uses for it, each unambiguous to a person reading it. */
  topics: z.record(z.string(), list),
  /** Per audience id: a clause saying the learner is (or asks for) that group. */
  audiences: z.record(z.string(), list),
  /** Clauses with {place}. */
  region: list,
  /** Modifiers for each format, and for "free". */
  format: z.object({ online: list, offline: list, hybrid: list }),
  free: list,
  /** Whole requests with {topic} and {mods} (the modifiers, possibly empty). */
  request: list,
  /** Requests without a topic, with {mods}. */
  request_no_topic: list,
  /** Narrowing turns; {x} is the facet's phrase (topic, audience clause, region clause, modifier). */
  narrow: z.object({ topic: list, audience: list, region: list, format: list, free: list }),
  more: list,
  /** Ordinal phrases for 1..5 ({n} in a detail template); index 0 is for 1. */
  ordinals: z.array(list).length(5),
  /** Detail questions by field, with {ord}, or {title}: a word of that project's title no other shown title has (the ordinal when it has none); `bare` asks about the project without a field ({num} is the digit). */
  detail: z.object({ ...Object.fromEntries(FIELDS.map((f) => [f, list])) as Record<(typeof FIELDS)[number], typeof list>, bare: list }),
  /** Topic switches with {topic}. */
  switch: list,
  reset: list,
  vague: list,
  /** Out-of-scope requests; `absent` are words no catalogue row may contain for the request to count. */
  oos: z.array(z.object({ say: z.string().min(1), absent: list })).min(1),
  /** IME slips: [intended, typed]. */
  slips: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
}).strict()

/** One register's phrase bank. */
export type Bank = z.infer<typeof bankSchema>
/** A detail field the simulator asks about. */
export type DetailField = (typeof FIELDS)[number]
/** The fields, in a fixed order (plans index into it). */
export const DETAIL_FIELDS: readonly (DetailField | 'bare')[] = [...FIELDS, 'bare']

/** Where the banks live. */
export const BANKS_DIR = join(PACKAGE_ROOT, 'bench', 'sim', 'banks')

/** Reads and validates one bank file; throws naming the file and the bad keys. */
export function loadBank(bank: BankName, register: Register, dir = BANKS_DIR): Bank {
  const path = join(dir, bank, `${register}.yaml`)
  const result = bankSchema.safeParse(parse(readFileSync(path, 'utf8')))
  if (!result.success) {
    throw new Error(`${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  }
  return result.data
}

/** All four registers of one bank. */
export function loadBanks(bank: BankName, dir = BANKS_DIR): Record<Register, Bank> {
  return Object.fromEntries(REGISTERS.map((r) => [r, loadBank(bank, r, dir)])) as Record<Register, Bank>
}
