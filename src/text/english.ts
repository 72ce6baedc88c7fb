/**
 * @module text/english
 * Light English stemming and stop words, enough for "courses for retirees" to
 * meet "course", "retired" and "retirement" without a heavy stemmer. The same
 * function runs on catalogue text and queries, so stems only need to agree,
 * not be real words.
 */

/** Function words dropped from index and query terms. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about',
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'he',
  'she', 'it', 'its', 'they', 'them', 'their', 'this', 'that', 'these', 'those', 'do', 'does', 'did',
  'can', 'could', 'would', 'should', 'will', 'any', 'some', 'there', 'here', 'what', 'which', 'who',
  'how', 'please', 'as', 'so', 'if', 'but', 'into', 'than', 'too', 'very', 'just', 'also', 'im',
  // What is left of "i'm", "it's", "don't", "we've" once the apostrophe became a space.
  'm', 's', 't', 're', 've', 'll', 'd',
])

const KEEP = new Set(['news', 'series', 'species', 'physics', 'economics', 'mathematics', 'politics', 'gis', 'ios', 'ai', 'aged'])
/**
 * Sports and pastimes whose -ing is the name, kept whole by the stem too: "boxing" cut to "box" met a
 * catalogue's "distribution box" and answered a boxing class with electricians' courses.
 */
const PASTIMES = new Set([
  'boxing', 'skiing', 'surfing', 'sailing', 'bowling', 'fencing', 'wrestling', 'skating', 'snowboarding', 'skateboarding',
  'kayaking', 'canoeing', 'rafting', 'paragliding', 'diving', 'hiking', 'rowing', 'curling', 'bodybuilding', 'kickboxing',
])

/**
 * A light stem: plurals, -ing, -ed, -er, -ment and a final -e removed, so
 * course/courses, retire/retired/retiree/retirement, farm/farmer/farming agree.
 *
 * @example stemEnglish('retirees') // 'retir'
 */
export function stemEnglish(word: string): string {
  let w = word.toLowerCase()
  if (w.length <= 3 || KEEP.has(w) || PASTIMES.has(w) || !/^[a-z]+$/.test(w)) return w
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y'
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1)
  for (const suffix of ['ment', 'ing', 'ied', 'ed', 'er']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = suffix === 'ied' ? w.slice(0, -3) + 'y' : w.slice(0, -suffix.length)
      if (suffix !== 'ment' && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1)
      break
    }
  }
  while (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

/**
 * Only the plural removed (farmers → farmer, studies → study): for matching
 * taxonomy words, where "farmers" must not become the topic "farming".
 */
export function singularEnglish(word: string): string {
  const w = word.toLowerCase()
  if (w.length <= 3 || KEEP.has(w) || !/^[a-z]+$/.test(w)) return w
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y'
  if (/(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2)
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1)
  return w
}

/** Words whose -ing is part of the word, not a verb ending: "parenting" is not "parent". */
const ING_WORDS = new Set([
  'parenting', 'grandparenting', 'building', 'housing', 'clothing', 'morning', 'evening', 'nothing', 'something',
  'anything', 'everything', 'during', 'wedding', 'ceiling', 'spring', 'string', 'thing', 'king', 'ring', 'sing',
  'wing', 'bring', 'nursing', 'programming', 'engineering', 'advertising', 'swimming', 'skiing', 'surfing', 'catering', 'plumbing', 'wiring', 'hairdressing', 'banking', 'marketing', 'accounting',
])

/** Irregular forms and British spellings, mapped to one form before the lemma rules. */
const LEMMA_FORMS: Readonly<Record<string, string>> = {
  children: 'child', kids: 'kid', people: 'person', women: 'woman', men: 'man', taught: 'teach', grew: 'grow',
  grown: 'grow', bought: 'buy', sold: 'sell', learnt: 'learn', programme: 'program', programmes: 'program',
  labour: 'labor', labourer: 'laborer', labourers: 'laborer', neighbour: 'neighbor', neighbourhood: 'neighborhood',
  centre: 'center', centres: 'center', theatre: 'theater', licence: 'license', practise: 'practice', organise: 'organize',
  elderly: 'elderly', mum: 'mom', mums: 'mom', mummy: 'mom', colour: 'color', travelling: 'travel', counselling: 'counsel',
  revitalisation: 'revitalization', organisation: 'organization', specialised: 'specialized', jewellery: 'jewelry',
}

/**
 * A matching key for an English word: the plural, -ing and -ed removed and a
 * final -e dropped, irregular forms and British spellings folded, but -er and
 * -ment kept, so "caring for" meets "care for", "raising kids" meets "raise
 * kid", "programmes" meets "program", while "farmer" stays apart from
 * "farming" and "teacher" from "teaching". Both sides of a comparison must
 * go through it; the key need not be a real word.
 *
 * @example lemmaEnglish('raising') === lemmaEnglish('raise') // true
 */
export function lemmaEnglish(word: string): string {
  let w = word.toLowerCase()
  const folded = LEMMA_FORMS[w]
  if (folded) w = folded
  if (!/^[a-z]+$/.test(w) || KEEP.has(w)) return w
  w = LEMMA_FORMS[singularEnglish(w)] ?? singularEnglish(w)
  if (w.length <= 3 && !w.endsWith('e')) return w
  if (!ING_WORDS.has(w) && !PASTIMES.has(w)) {
    for (const suffix of ['ing', 'ed']) {
      if (w.endsWith(suffix) && w.length - suffix.length >= 2) {
        w = w.slice(0, -suffix.length)
        if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1)
        break
      }
    }
  }
  while (w.length >= 3 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}
