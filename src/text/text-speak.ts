/**
 * @module text/text-speak
 * English as it is typed on a phone, read as the written English every
 * English rule is written in: contractions without their apostrophe ("dont",
 * "doesnt", "im", "shes"), chat spellings ("u", "ur", "wat", "pls", "thx",
 * "abt", "ppl", "yrs"), run-together forms ("wanna", "gonna", "dunno",
 * "kinda"), letter-and-digit words ("b4", "2day", "face2face", "any1") and
 * the digits standing for words ("courses 4 me", "what 2 study"). Written
 * from how people text (British, American, Singapore, Indian and Nigerian
 * phones alike, with the function words of Nigerian Pidgin: "wetin", "i dey
 * for", "i fit learn"), not from any bank, so "that dont cost money" meets the fee
 * rule written for "that don't cost money" and "face2face" the format rule
 * for "face to face". Runs once per message, before every English rule
 * (text/speech-noise), on messages with no Chinese characters only.
 */

/** Whole words as typed → written English (apostrophes kept: normalising turns them into a space, as typed). */
const WORDS: Readonly<Record<string, string>> = {
  // Contractions typed without the apostrophe.
  dont: "don't", doesnt: "doesn't", didnt: "didn't", cant: "can't", wont: "won't", isnt: "isn't", arent: "aren't",
  wasnt: "wasn't", werent: "weren't", havent: "haven't", hasnt: "hasn't", hadnt: "hadn't", couldnt: "couldn't",
  wouldnt: "wouldn't", shouldnt: "shouldn't", mustnt: "mustn't", neednt: "needn't", aint: "ain't", im: "i'm", ive: "i've",
  youre: "you're", youve: "you've", theyre: "they're", theyve: "they've", weve: "we've", hes: "he's", shes: "she's",
  thats: "that's", whats: "what's", wheres: "where's", hows: "how's", whos: "who's", theres: "there's", heres: "here's",
  // Misspelt and regional forms of them ("dun" is Singapore and Malaysia's don't).
  dosent: "doesn't", dosnt: "doesn't", doesent: "doesn't", dnt: "don't", dun: "don't", didnot: 'did not',
  // Run-together speech.
  wanna: 'want to', wana: 'want to', gonna: 'going to', gona: 'going to', gotta: 'got to', hafta: 'have to', oughta: 'ought to',
  dunno: "don't know", duno: "don't know", dno: "don't know", idk: "i don't know", idc: "i don't care", kinda: 'kind of',
  sorta: 'sort of', lotta: 'lot of', outta: 'out of', tryna: 'trying to', finna: 'going to', gimme: 'give me', lemme: 'let me', nvm: 'never mind',
  whatcha: 'what have you', watcha: 'what have you', whatchu: 'what you', whaddya: 'what do you', whaddaya: 'what do you', wadya: 'what do you', dya: 'do you',
  // Chat spellings.
  u: 'you', ur: 'your', urs: 'yours', urself: 'yourself', wat: 'what', wot: 'what', wut: 'what', wht: 'what',
  wats: "what's", wots: "what's", pls: 'please', plz: 'please', plse: 'please', plx: 'please', pleez: 'please', pleaz: 'please',
  plis: 'please', pliz: 'please', thx: 'thanks', thnx: 'thanks', thanx: 'thanks', tnx: 'thanks', tks: 'thanks', tq: 'thanks',
  ty: 'thanks', abt: 'about', bout: 'about', ppl: 'people', pple: 'people', thru: 'through', tho: 'though', wen: 'when',
  wer: 'where', whr: 'where', hv: 'have', hav: 'have', hve: 'have', wud: 'would', cud: 'could', shud: 'should', gud: 'good',
  nxt: 'next', othr: 'other', othrs: 'others', frm: 'from', wid: 'with', wiv: 'with', rly: 'really', luv: 'love', lil: 'little',
  bcoz: 'because', bcos: 'because', bcuz: 'because', coz: 'because', cuz: 'because', cos: 'because', bc: 'because',
  smth: 'something', sth: 'something', smthg: 'something', somethin: 'something', anythin: 'anything', nothin: 'nothing',
  msg: 'message', txt: 'text', govt: 'government', yrs: 'years', hrs: 'hours', mins: 'minutes', wk: 'week', wks: 'weeks',
  mth: 'month', mths: 'months', sch: 'school', mgmt: 'management', oso: 'also', izzit: 'is it', alot: 'a lot', abit: 'a bit',
  noone: 'no one', anyother: 'any other', aswell: 'as well', atleast: 'at least', tonite: 'tonight', nite: 'night',
  // Function words of other Englishes: Nigerian and Ghanaian Pidgin (wetin, abeg, pikin, sabi), Australian (heaps).
  wetin: 'what', abeg: 'please', pikin: 'child', pikins: 'children', sabi: 'know', una: 'you', heaps: 'lots',
  // Caribbean English (inna, likkle, pickney, waan, yuh, wah) and Scots (dinnae, cannae, wouldnae, ye, yer).
  inna: 'in a', likkle: 'little', pickney: 'child', pickneys: 'children', pikney: 'child', waan: 'want', yuh: 'you',
  wah: 'what', cyaan: "can't", dinnae: "don't", disnae: "doesn't", cannae: "can't", wouldnae: "wouldn't", ye: 'you', yer: 'your',
  // Letters and digits for sounds.
  b4: 'before', '2day': 'today', '2moro': 'tomorrow', '2morro': 'tomorrow', '2morrow': 'tomorrow', '2mrw': 'tomorrow',
  tmrw: 'tomorrow', tmr: 'tomorrow', '2nite': 'tonight', '2night': 'tonight', l8r: 'later', l8er: 'later', gr8: 'great',
  any1: 'anyone', some1: 'someone', sum1: 'someone', every1: 'everyone', ne1: 'anyone', f2f: 'face to face',
  face2face: 'face to face', '4u': 'for you', '4me': 'for me', '4free': 'for free',
}
const WORD_RE = new RegExp(`(?<![\\w'’])(?:${Object.keys(WORDS).sort((a, b) => b.length - a.length).join('|')})(?![\\w'’])`, 'gi')

/** Pidgin "dey" is "am" after "i" and "is" elsewhere ("i dey for Lagos", "wetin course dey"); "fit" before a verb is "can". */
const DEY = /\b(i|we|you|they|e|it|he|she)?(\s*)\bdey\b(\s+for\b)?/gi
const FIT = /\b(i|we|you|u|una|e|he|she|they|my \w+) fit (?=(?:learn|join|do|go|get|study|attend|register|apply|pay|find|use|come|enrol|enroll|start|take)\b)/gi

/**
 * Caribbean "mi" is "i" before a verb ("mi work inna factory") and "i am" before an article ("mi a farmer"); Scots
 * "ma", Irish and northern English "me" and Caribbean "mi" are "my" before a relative or a child ("ma granny", "me mam").
 */
const MI_AM = /\bmi (?=(?:a|an)\b)/gi
const MI_I = /\bmi (?=(?:work|works|worked|working|want|wants|live|lives|teach|teaches|taught|have|has|had|need|needs|did|do|does|was|farm|grow|plant|keep|sell|like|love|come|came|can|can't|just|used|go|went|stay|look|looking|am|would|will|never|still|also|only)\b)/gi
const MY_KIN = /\b(?:ma|me|mi) (?=(?:granny|gran|grandma|grandpa|grandad|granda|grandmother|grandfather|nan|nana|mam|mammy|mum|mom|da|dad|daddy|ma|pa|maw|faither|mither|old|wee|husband|wife|missus|kids?|weans?|bairns?|children|child|son|daughter|boy|girl|lad|lass|sister|brother|family|folks|parents|neighbou?r|pal|mate)\b)/gi

/** "r" is "are" only beside a pronoun ("u r", "r u", "where r the classes"): elsewhere it may be the R language. */
const ARE_AFTER = /\b(you|u|we|they|there|what|wat|how|where|who|which)\s+r\b/gi
const ARE_BEFORE = /\br(?=\s+(?:you|u|we|they|there|any|the|these|those)\b)/gi

/** Counted things: a digit before them is a number ("have 2 kids", "4 weeks"), never a word. */
const COUNTED = new Set(['kids', 'kid', 'children', 'child', 'sons', 'daughters', 'boys', 'girls', 'grandkids', 'grandchildren',
  'years', 'year', 'yrs', 'yr', 'months', 'weeks', 'days', 'hours', 'hrs', 'times', 'people', 'persons', 'classes', 'courses',
  'lessons', 'options', 'ones', 'more', 'other', 'others', 'of', 'or', 'and', 'to', 'is', 's', 'was', 'has', 'looks', 'sounds',
  'seems', 'please', 'pls', 'plz', 'then', 'cost', 'costs', 'start', 'starts', 'details', 'info', 'pm', 'am', 'yuan', 'rmb', 'dollars'])
/** People counted or served: "have 4 kids" counts them, "a class 4 kids" is for them. */
const PEOPLE = new Set(['kids', 'kid', 'children', 'child', 'boys', 'girls', 'grandkids', 'grandchildren', 'people'])
/** Words a "4" after them is "for" ("courses 4 me", "anything 4 seniors", "thanks 4 that"). */
const FOR_AFTER = new Set(['course', 'courses', 'class', 'classes', 'lesson', 'lessons', 'training', 'program', 'programs',
  'programme', 'programmes', 'anything', 'something', 'stuff', 'good', 'suitable', 'ok', 'okay', 'available', 'looking',
  'search', 'searching', 'thanks', 'thank', 'free', 'ideas', 'options', 'one', 'ones', 'ready', 'time', 'out', 'open', 'sign',
  'apply', 'me', 'activities', 'workshop', 'workshops', 'info', 'suggestions', 'recommend', 'recommendations', 'else', 'best'])
/** Words a "4" before them is "for" ("4 my mum", "4 seniors", "4 beginners"). */
const FOR_BEFORE = new Set(['me', 'you', 'u', 'us', 'him', 'her', 'them', 'my', 'our', 'his', 'your', 'ur', 'the', 'a', 'an',
  'old', 'older', 'elderly', 'seniors', 'beginners', 'adults', 'women', 'ladies', 'mums', 'moms', 'parents', 'teachers',
  'farmers', 'workers', 'everyone', 'now', 'work', 'sure'])
/** Words a "2" after them is "to" ("what 2 study", "how 2 use", "back 2 school"); "have 2" and "want 2" wait for a verb. */
const TO_AFTER = new Set(['how', 'what', 'where', 'when', 'going', 'able', 'hope', 'hoping', 'plan', 'planning', 'try',
  'trying', 'wish', 'way', 'time', 'chance', 'back', 'close', 'near', 'welcome', 'used', 'easy', 'hard', 'due', 'ready',
  'keen', 'eager', 'like', 'love', 'prefer', 'decided', 'allowed', 'according', 'similar', 'related', 'nearby'])
/** Verbs a "2" before them is "to" ("2 learn", "2 join"). */
const TO_BEFORE = new Set(['learn', 'study', 'do', 'go', 'join', 'sign', 'apply', 'find', 'get', 'be', 'improve', 'use',
  'speak', 'cook', 'make', 'help', 'teach', 'take', 'see', 'know', 'read', 'write', 'pay', 'register', 'enrol', 'enroll',
  'work', 'attend', 'look', 'try', 'start', 'understand', 'care', 'grow', 'sell', 'run', 'protect', 'avoid', 'handle',
  'travel', 'buy', 'move', 'drive', 'pass', 'earn', 'save', 'become', 'keep', 'stay', 'sew', 'paint', 'draw', 'sing',
  'dance', 'play', 'fix', 'build', 'manage', 'talk', 'chat', 'study', 'practise', 'practice', 'ask', 'share', 'spend'])
const DIGIT_WORD = /(?<=\b([a-z]+) )([24])(?= ([a-z]+)\b)/gi

/**
 * `text` with text-speak spelt out (see the module doc); the same text when it has none or has Chinese
 * characters. Only whole words change: "4" in "have 4 kids" or "number 2" stays a number.
 *
 * @example spellOutTextSpeak('any courses 4 me pls, that dont cost money') // "any courses for me please, that don't cost money"
 */
export function spellOutTextSpeak(text: string): string {
  if (!/[a-z]/i.test(text) || /\p{Script=Han}/u.test(text)) return text
  let out = text.replace(WORD_RE, (w) => WORDS[w.toLowerCase()] ?? w)
  out = out.replace(ARE_AFTER, '$1 are').replace(ARE_BEFORE, 'are')
  if (/\b(?:mi|ma|me)\b/i.test(out)) out = out.replace(MY_KIN, 'my ').replace(MI_AM, 'i am ').replace(MI_I, 'i ')
  if (/\b(?:dey|fit)\b/i.test(out)) {
    out = out.replace(DEY, (_m, who: string | undefined, gap: string, at: string | undefined) => {
      const be = !who ? 'is' : /^(?:i)$/i.test(who) ? 'am' : /^(?:we|you|they)$/i.test(who) ? 'are' : 'is'
      return `${who ?? ''}${gap}${be}${at ? ' in' : ''}`
    }).replace(FIT, '$1 can ')
  }
  if (/\b[24]\b/.test(out)) {
    out = out.replace(DIGIT_WORD, (digit: string, before: string, _d: string, after: string) => {
      const b = before.toLowerCase()
      const a = after.toLowerCase()
      // A word, "2", the same word ("face 2 face", "day 2 day", "door 2 door") is "to".
      if (digit === '2' && b === a) return 'to'
      if (digit === '4' && FOR_AFTER.has(b) && PEOPLE.has(a)) return 'for'
      if (COUNTED.has(a)) return digit
      if (digit === '4') return FOR_AFTER.has(b) || FOR_BEFORE.has(a) ? 'for' : digit
      return TO_AFTER.has(b) || TO_BEFORE.has(a) ? 'to' : digit
    })
  }
  return out
}
