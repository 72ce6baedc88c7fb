/**
 * @module dialogue/follow-up
 * Decides whether a message is about a project already shown ("第二个怎么报名",
 * "1号要钱吗", "这个在哪里上课", "智能手机那个什么时候开始") and which one. A
 * message naming a field but no project goes to the project last talked
 * about, or the only one shown; with several on screen the engine asks
 * "第几个？" rather than guess.
 */
import type { Project } from '../catalogue/project.js'
import type { Understanding } from '../query/types.js'
import type { SlotValue } from '../query/slots.js'
import { asksForProjects } from '../query/slots.js'
import { toHalfWidth } from '../text/fold.js'
import type { Field, SessionState } from './session.js'
import { detectField, detectOrdinal, mentionsThis } from './intents.js'
import { matchByTitleWord } from './title-word-pointer.js'
import { controlForm } from './control-text.js'

/** A follow-up as understood: which project (or ask which) and which field. */
export type FollowUp =
  /** `implicit`: no ordinal, title word or "this" pointed at it; only the focus or the one project on screen was taken. */
  | { kind: 'project'; projectId: string; field: Field; implicit?: true }
  | { kind: 'which'; field: Field; implicit?: true }
  | { kind: 'out-of-range'; count: number }
  /** "第二个怎么报名" before any list: nothing to point at. */
  | { kind: 'nothing-shown' }

/** Shortest title overlap (in characters) that counts as naming a project. */
const MIN_NAME_OVERLAP_ZH = 4
const MIN_NAME_OVERLAP_EN = 8

function longestCommonSubstring(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  let best = 0
  let prev = new Array<number>(y.length + 1).fill(0)
  for (let i = 1; i <= x.length; i++) {
    const cur = new Array<number>(y.length + 1).fill(0)
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] === y[j - 1]) {
        cur[j] = prev[j - 1] + 1
        if (cur[j] > best) best = cur[j]
      }
    }
    prev = cur
  }
  return best
}

const squash = (s: string) => toHalfWidth(s).toLowerCase().replace(/[\s，,。.、“”"'()（）]+/g, '')

/** Words of any title that name no project by themselves ("diving course" is not "Evening Course"). */
const GENERIC_TITLE_WORDS = new Set(['course', 'courses', 'class', 'classes', 'training', 'for', 'the', 'and', 'of', 'a', 'an', 'in', 'on',
  'with', 'to', 'workshop', 'programme', 'program', 'beginners', 'basic', 'basics', 'introduction', 'online', 'skills', 'lessons', 'your', 'how',
  'programmes', 'programs', 'workshops', 'please', 'pls', 'any', 'some'])
/**
 * Words any course title may carry: they add to a run that shares a real word ("the lesson preparation one")
 * but name nothing alone ("TOEFL preparation course" is not "Lesson Preparation for Rural Teachers").
 */
const WEAK_TITLE_WORDS = new Set(['preparation', 'prep', 'lecture', 'lectures', 'session', 'sessions', 'seminar', 'tutorial', 'intro',
  'guide', 'beginner', 'intermediate', 'advanced', 'level', 'certificate', 'series', 'camp', 'bootcamp',
  // Whom a course is for: many titles name the group, so it names no one project ("let's look at skills for teachers"
  // is a new subject, not "Generative AI for ... Teachers"); beside a real word it helps ("the python one for employees").
  'teachers', 'teacher', 'parents', 'farmers', 'workers', 'women', 'seniors', 'elderly', 'older', 'adults', 'people',
  'employees', 'staff', 'veterans', 'youth', 'students', 'children', 'kids', 'families', 'residents', 'volunteers'])

/** Letters of the longest run of whole words an English message shares with an English title: generic words not counted, weak ones only beside a real one. */
function englishWordOverlap(text: string, title: string): number {
  const a = toHalfWidth(text).toLowerCase().match(/[a-z0-9]+/g) ?? []
  const b = toHalfWidth(title).toLowerCase().match(/[a-z0-9]+/g) ?? []
  let best = 0
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let letters = 0
      let weak = 0
      for (let k = 0; i + k < a.length && j + k < b.length && a[i + k] === b[j + k]; k++) {
        const w = a[i + k]
        if (WEAK_TITLE_WORDS.has(w)) weak += w.length
        else if (!GENERIC_TITLE_WORDS.has(w)) letters += w.length
        if (letters) best = Math.max(best, letters + weak)
      }
    }
  }
  return best
}

/** The shown project whose title the message names best, or null. */
export function matchByName(text: string, candidates: Project[]): Project | null {
  const t = squash(text)
  let best: { p: Project; score: number } | null = null
  for (const p of candidates) {
    const zh = longestCommonSubstring(t, squash(p.title))
    const en = p.title_en ? englishWordOverlap(text, p.title_en) : 0
    const score = Math.max(zh >= MIN_NAME_OVERLAP_ZH ? zh : 0, en >= MIN_NAME_OVERLAP_EN ? en / 2 : 0)
    if (score > 0 && (!best || score > best.score)) best = { p, score }
  }
  return best?.p ?? null
}

/**
 * True when the message asks for other projects: a topic, audience, place or
 * format, or "only free ones" ("只要免费的", "有没有不要钱的" narrow the list; they
 * are no question about the fee of one shown project).
 */
function asksForNewProjects(u: Understanding, pointer?: { word: string; rest: string }): boolean {
  // A topic or group read from the title word that points ("英语那个", "农民那个") is that project's, not a new request;
  // said again apart from it ("…刚才那个比哪个好？帮我找找老年人照护的") it is asked for.
  const own = (v: SlotValue) => pointer !== undefined && !!v.matched && (pointer.word.includes(v.matched) || v.matched.includes(pointer.word))
    && !controlForm(pointer.rest).includes(controlForm(v.matched))
  const slots = pointer ? { ...u.slots, topics: u.slots.topics.filter((t) => !own(t)), audiences: u.slots.audiences.filter((a) => !own(a)) } : u.slots
  return asksForProjects(slots) || u.slots.free === true
}

/** Asking whether there are such projects (有没有, 咯有, 还有, 帮我找找, is there, any): a request, whatever word points. */
const ASKS_WHETHER_THERE_ARE = /有没有|有没|有冇|有无|有吗|有么|有不|咯有|可有|有啥|还有|帮我找|找找|\b(?:any|is there|are there|got|find)\b/

/** A pointer the learner turns down (不是这个, 不要那个, 这个不要了, 那些都不行, 唔係呢個 read simplified, not this one) or redirects (change it to…). */
const DECLINED_POINTER =
  /(?:不是|不要|别要|嫑|甭|不对|不係|唔係|唔要)[，,\s]*(?:这|那|呢|嗰)(?:个|些|门|几个|条|項|项)?|(?:这|那|呢|嗰)(?:个|些|门|几个)?[，,\s]*(?:都)?(?:不要了?|不对|不行|不合适|算了|唔要)|\bnot (?:this|that)(?: one)?\b|\b(?:this|that) one'?s? not it\b|\b(?:change|switch|make|turn|set) (?:it|this|that)(?: (?:to|into|over to))?\b/gi

/**
 * The follow-up this message is, or null when it is a new request.
 * `candidates` are the projects the learner has seen in this conversation
 * (for matching by name), `session.shown` the numbered ones on screen.
 */
export function detectFollowUp(
  said: string,
  u: Understanding,
  session: SessionState,
  candidates: Project[],
): FollowUp | null {
  // "不是这个，我要的是…", "那个不要了", "not that one, …": a pointer that is turned down points at nothing.
  const text = said.replace(DECLINED_POINTER, ' ')
  const ordinal = detectOrdinal(text, session.shown.length || session.lastShown.length)
  // A message that points at a shown project may name its field with a slip ("how to aply for the 3rd", "第一个抱名").
  const spelled = detectField(text)
  let field = spelled ?? (ordinal !== null || mentionsThis(text) ? detectField(text, true) : null)
  // The list a number means: the one numbered on screen; with none (a menu or a "nothing" answer came after it), a
  // number asking a project's field ("都给您看过了" then "第二个咋报") means the last list of projects shown: a topic
  // on the menu has no fee, place or start date. (A bare number, or one asking the whole card, answers the menu.)
  // A word of one title beside a pointer ("表格那个有咨询电话没", "考试的几号开班") names that project of the list on screen, or
  // of the last list of projects shown when the message asks its field.
  const onScreen = session.shown.length ? session.shown : field !== null ? session.lastShown : []
  const pointer = ordinal === null ? matchByTitleWord(text, onScreen.flatMap((id) => candidates.filter((p) => p.id === id)), field !== null) : null
  const byWord = pointer?.project ?? null
  // The title word that points is no question either: "开课那个课找谁联系" asks the contact, not when it starts (开课).
  const unpointed = pointer ? text.replace(pointer.word, ' ') : ''
  if (pointer) field = detectField(unpointed) ?? detectField(unpointed, true)
  const shown = session.shown.length ? session.shown : ordinal !== null && field !== null && field !== 'details' ? session.lastShown : []
  if (!shown.length && !session.focus && !byWord) {
    const pointing = ordinal !== null || (field !== null && mentionsThis(text))
    return pointing && !asksForNewProjects(u) ? { kind: 'nothing-shown' } : null
  }
  const named = ordinal === null ? matchByName(text, candidates) ?? byWord : null
  const pointsHere = mentionsThis(text)
  // (Unless the message asks whether there are such: "那现在那个人工智能的咯有" is a switch to AI.)
  const rest = pointer ? controlForm(unpointed) : ''
  const owns = pointer && named === byWord && !ASKS_WHETHER_THERE_ARE.test(rest)
  const newProjects = asksForNewProjects(u, owns ? { word: pointer.word, rest } : undefined)
  const explicit = ordinal !== null || named !== null || pointsHere
  // A field read only through a slip, beside a bare "that" and a new filter ("prefer that i can do on my phone"),
  // is no question about a shown project: the filter is what was said, so the message narrows.
  const sure = spelled !== null || ordinal !== null || named !== null
  const isFollowUp = field !== null ? (explicit && (sure || !newProjects)) || !newProjects : (ordinal !== null || named !== null) && !newProjects
  if (!isFollowUp) return null
  const wanted: Field = field ?? 'details'
  if (ordinal !== null) {
    if (ordinal < 1 || ordinal > shown.length) {
      return shown.length ? { kind: 'out-of-range', count: shown.length } : null
    }
    return { kind: 'project', projectId: shown[ordinal - 1], field: wanted }
  }
  if (named) return { kind: 'project', projectId: named.id, field: wanted }
  const implicit = pointsHere ? {} : { implicit: true as const }
  if (session.focus) return { kind: 'project', projectId: session.focus, field: wanted, ...implicit }
  if (shown.length === 1) return { kind: 'project', projectId: shown[0], field: wanted, ...implicit }
  return { kind: 'which', field: wanted, ...implicit }
}
