/**
 * @module dialogue/english-control-words
 * The English words of "more" and "start over" beyond the plain British and
 * American core that turn-classifier holds: how the many Englishes ask for
 * the next page or a fresh start. Singapore and Malaysia ("got more or not",
 * "show more lah"), India ("kindly share more options", "do the needful"),
 * the Philippines ("more po"), Nigeria and Ghana ("abeg show more"), older
 * writers ("the next lot", "another batch"), app habits ("load more",
 * "scroll down", "the rest"). Kept apart so the core lists stay readable; the
 * classifier appends these to its own roles, nothing here decides a turn.
 */
import { ENGLISH_REACTION_WORDS } from '../query/english-words.js'
import { ENGLISH_ADDRESS_WORDS } from '../query/english-world-words.js'

/**
 * How a reply is greeted before the next request ("grand, any more?", "cool, next", "nice one, more pls"): the query
 * layer's reactions plus the ones that are only reactions in a control turn. One list, so "lovely" alone is thanks
 * (intents) and a filler of "more" (turn-classifier) alike.
 */
export const ENGLISH_REACTIONS: readonly string[] = [...ENGLISH_REACTION_WORDS, 'nice one', 'sweet', 'fine', 'alright', 'all right', 'cheers']

/** Words that ask for more of the same list by themselves ("the rest", "the following"). */
export const ENGLISH_MORE_WORDS: readonly string[] = [
  'rest', 'the rest', 'following', 'the following', 'onwards', 'beyond', 'after that', 'further options', 'new ones',
  'next lot', 'next batch', 'next set', 'next few', 'next page', 'next one', 'page 2', 'page two', 'second page',
  'load more', 'see more', 'show more', 'view more', 'scroll down', 'keep them coming', 'any others', 'anything else',
  'other than these', 'besides these', 'apart from these', 'more more', 'same again',
  // "Only these?" as a question ("that all?", "that's it?", "nothing else?"): the list was too short, show the rest.
  'that all', "that's all", 'thats all', 'that everything', "that's everything", 'nothing else', 'no more',
]

/**
 * What may stand around a start-over or a "more" without changing it: interjections and particles of many Englishes
 * ("aiyo, strat again lah", "oops, start over po", "eish, reset") and how the bot is addressed ("bro, start over").
 */
export const ENGLISH_RESET_ASIDES: readonly string[] = [
  'aiyo', 'aiyoh', 'aiyoyo', 'aiya', 'aiyah', 'haiya', 'haiyah', 'haiz', 'alamak', 'walao', 'wah', 'eh', 'ah', 'ar', 'oi', 'oy',
  'ayo', 'yo', 'hey', 'oops', 'whoops', 'ugh', 'argh', 'eish', 'jeez', 'gosh', 'blimey', 'crikey', 'huh', 'lah', 'leh', 'lor',
  'la', 'sia', 'mah', 'meh', 'hor', 'po', 'opo', 'abeg', 'jor', 'sha', 'ooo', 'ji', 'na', ...ENGLISH_ADDRESS_WORDS,
]

/** Words that only carry a "more" request: asking, politeness, particles of many Englishes, list nouns. */
export const ENGLISH_MORE_FILLERS: readonly string[] = [
  // How the request is put.
  'load', 'view', 'scroll', 'down', 'bring', 'up', 'pull', 'hit', 'with', 'send', 'share', 'kindly', 'provide', 'suggest',
  'recommend', 'recommendations', 'suggestion', 'list', 'lists', 'display', 'print', 'need', 'needed', 'wanna', 'gimme',
  'lemme', 'tell', 'still', 'yet', 'also', 'too', 'as', 'well', 'can', 'cannot', 'or', 'not', 'no', 'there', 'got',
  'have', 'having', 'is', 'it', 'any', 'anymore', 'possible', 'for', 'if', 'available', 'do', 'you', 'remaining', 'left',
  // Lot words: the next lot, another batch, a few more.
  'lot', 'lots', 'batch', 'batches', 'bunch', 'set', 'sets', 'round', 'handful', 'load', 'loads', 'bit', 'little',
  'several', 'many', 'couple', 'few', 'other', 'ones', 'entries', 'listings', 'programs', 'trainings', 'workshops',
  'recommendation', 'picks', 'courses', 'offers', 'offerings', 'opportunities', 'matches', 'hits', 'items', 'pages',
  // Particles and address words: Singapore/Malaysia, the Philippines, West Africa, India.
  'lah', 'leh', 'lor', 'la', 'meh', 'hor', 'ah', 'sia', 'mah', 'po', 'opo', 'naman', 'pa', 'ba', 'abeg', 'o', 'oh', 'sha',
  'jor', 'na', 'ji', 'sir', 'madam', 'maam', "ma'am", 'mam', 'boss', 'bro', 'sis', 'dear', 'friend', 'pal', 'buddy',
  'hi', 'hey', 'hello', 'hiya', 'yo', 'dude', 'man', 'pls', 'plss', 'plz', 'pleasee', 'thank', 'thanks', 'tq', 'tqvm',
  // How the bot is addressed in any English ("what else is there dai", "any others, kuya", "what else have ye got"),
  // and the interjections that stand around a control turn ("aiyo, more lah").
  ...ENGLISH_RESET_ASIDES,
  // A reaction to the list before asking on ("grand, any more?", "brilliant, next lot", "sweet as, more?"): approval or
  // acknowledgement only; the query layer's list, plus the ones that are only reactions beside other words.
  ...ENGLISH_REACTIONS, 'sweet as', 'sound', 'class', 'magic', 'good one', 'good stuff',
  'well done', 'no worries', 'fair enough', 'got it', 'right', 'k', 'hmm ok',
]

/** Start-over phrases beyond the core ("from zero", "clear the filters", "new query"). */
export const ENGLISH_RESET_WORDS: readonly string[] = [
  'from zero', 'start from zero', 'start from the start', 'from the start', 'clear the filters', 'clear filters',
  'clear all filters', 'remove all filters', 'remove the filters', 'new query', 'new request', 'restart the search',
  'redo the search', 'start a fresh search', 'wipe the slate', 'wipe the slate clean', 'begin anew', 'start afresh',
  'fresh search', 'reset all', 'reset the search', 'reset filters', 'erase everything', 'delete everything',
  // A start verb with a "new" adverb: begin afresh, begin fresh, begin over, start everything over, do it over.
  'begin afresh', 'begin fresh', 'begin over', 'start everything over', 'start things over', 'do it over',
  'start all over again', 'begin all over', 'begin all over again', 'start over from scratch', 'start anew',
  // "New" before any word for what is asked: the asking starts afresh ("scrap that, new question ...").
  ...['question', 'topic', 'enquiry', 'inquiry', 'ask'].map((w) => `new ${w}`),
  // A discarding verb with the whole of what was said as its object ("scratch all that", "disregard everything i
  // said", "bin the lot", "never mind all of it"): every verb with every such object, not the pairs someone wrote.
  ...discardingAll(),
]

/** The verbs that discard what was said, and the words for all of it. */
function discardingAll(): string[] {
  const verbs = ['forget', 'scratch', 'scrap', 'ignore', 'drop', 'cancel', 'disregard', 'delete', 'erase', 'wipe', 'bin',
    'ditch', 'clear', 'undo', 'never mind', 'nevermind', 'forget about', 'throw out', 'throw away', 'toss', 'dump', 'remove']
  const everything = ['all that', 'all of that', 'all this', 'all of this', 'all of it', 'it all', 'everything', 'all',
    'the lot', 'everything so far', 'all i said', 'what i said', 'everything i said', 'all i asked', 'what i asked',
    'everything i asked', 'everything before', 'everything above', 'all the above', 'the above', 'all my filters',
    'all the filters', 'my filters', 'previous', 'the previous', 'all previous', 'what i said before', 'all of the above']
  return verbs.flatMap((v) => everything.map((e) => `${v} ${e}`))
}
