/**
 * @module query/english-people
 * Who a course is for, read compositionally from English: a person (the
 * speaker, or a relative: "my mum", "grandpa", "my son", "she") with an age
 * or a role ("she's 72", "is retired", "works construction", "drives a
 * delivery bike", "teaches in a village", "ex-army", "stay-at-home mom", "in
 * a wheelchair", "works for the local community office"). Fixed sentences
 * miss most of the ways people put it; a person word times a role phrase
 * covers them. Patterns run over normalised text (lower case, punctuation
 * gone, so "she's" reads "she s"); every audience is implied (it ranks, and
 * filters like any cue), and the words it spans describe the person, so a
 * word inside ("countryside" in "I came from the countryside to work") is no
 * subject.
 */
import type { Cue } from './cues.js'
import { ENGLISH_GROUP_CUES } from './english-groups.js'
import { ELDERS } from './person-cues.js'
import { syllablesOf } from '../text/pinyin.js'
import { FARM_GOODS, MORE_FARM_GOODS, PERSON_ORIGIN, SCHOOL_OUT_THERE } from './english-person-places.js'

/**
 * Older relatives as Chinese speakers abroad and learners type them inside English, in pinyin ("my laolao is 80",
 * "for my nainai"): the Chinese elder words of two syllables or more, spelt out, so no list of them is kept twice.
 * "laoban" is left out: 老伴 and 老板 (the boss) are spelt alike.
 */
const PINYIN_ELDERS = [...new Set(ELDERS.map(syllablesOf).filter((s) => s.length >= 2).map((s) => s.join('')))].filter((w) => !/^laoban/.test(w))

/** Relatives a learner looks on behalf of, adults. */
const KIN_ADULT = [
  'mum', 'mom', 'mommy', 'mummy', 'mother', 'ma', 'dad', 'daddy', 'father', 'pa', 'parents?', 'folks', 'old man', 'old lady',
  // Home words for a parent in other Englishes and from other languages (mam in the north of England and Wales).
  'mama', 'mamma', 'momma', 'mam', 'papa', 'pops',
  // Irish, Scottish and northern English (da, mammy, maw, faither), the American South (mawmaw, pawpaw, pappy).
  'da', 'mammy', 'maw', 'faither', 'mither', 'pappy', 'mawmaw', 'pawpaw',
  'grandma', 'grandpa', 'grandmother', 'grandfather', 'grandparents?', 'granny', 'grandad', 'granddad', 'gramps', 'nan', 'nana', 'nanna', 'gran',
  'aunt', 'auntie', 'aunty', 'uncle', 'husband', 'hubby', 'wife', 'spouse', 'partner', 'brother', 'sister', 'cousin',
  'neighbou?r', 'friend', 'mother in law', 'father in law', 'in laws?', 'relatives?',
  // A household said as one ("my family farms", "our whole family are farmers").
  'family', 'whole family', 'household', 'family members', 'people back home',
  // Grandparents in other Englishes: the Philippines (lola, lolo), Singapore and Malaysia (ah ma, ah gong, popo).
  'lola', 'lolo', 'ah ma', 'ahma', 'ah gong', 'ahgong', 'amah', 'popo', 'gong gong', 'grandmum', 'grandmom', 'gramma', 'nonna', 'nanay', 'tatay',
  ...PINYIN_ELDERS,
].join('|')
/** Relatives who may be young. */
const KIN_YOUNG = [
  'son', 'daughter', 'kid', 'kids', 'child', 'boy', 'girl', 'lad', 'nephew', 'niece', 'grandson', 'granddaughter',
  'grandkid', 'grandchild', 'stepson', 'stepdaughter', 'youngest', 'eldest', 'oldest', 'little brother', 'little sister',
  'younger brother', 'younger sister', 'teen', 'teenager',
].join('|')
const MY = '(?:my|our|for my|for our|it s for my|its for my|this is for my)'
/** A relative named ("my mum", "our grandpa"), maybe with a pronoun after it ("my grandma she's 80"). */
const RELATIVE = (kin: string) => `(?:${MY} )?(?:(?:dear|elderly|old|aged|younger|older|little|big|teenage|eldest|youngest) )?(?:${kin})(?: (?:she|he|they))?`
/**
 * People named by a relative clause, whoever they are ("for people who farm", "those who are retired", "anyone who
 * uses a wheelchair", "folks who teach in villages"): every role reads after them as after "i" or "my dad".
 */
const WHO = '(?:people|persons|those|anyone|anybody|someone|somebody|folks|folk|ones|men|women|guys|workers|learners|students|adults)(?: like (?:me|us))? who'
/** Someone said to be something: "i m", "she s", "my dad is", "my parents are", "people who are". */
const IS = (kin: string) =>
  `(?:\\b(?:i m|i am|im|i ve been|we re|we are|he s|he is|she s|she is|they re|they are|hes|shes|myself)|\\b${RELATIVE(kin)}(?: is| s| are| was| has been| who is| who s)?|\\b${WHO} (?:are|is|were|have been|ve been))`
/** Someone said to do something: "i work", "she drives", "my dad works", "people who farm". */
const DOES = (kin: string) => `(?:\\b(?:i|we|he|she|they)|\\b${RELATIVE(kin)}(?: who)?|\\b${WHO})(?: (?:also|still|now|currently|mainly|usually|just|only|mostly|actually))?`
const KIN_ANY = `${KIN_ADULT}|${KIN_YOUNG}`
/**
 * Someone said to work as something: "i am working as", "my dad works as", "she was employed as", "working as" with
 * nobody before it. What follows "as" is the role ("working as a teacher in a village school" is a rural teacher, "i
 * work as a nurse" an employee), read with every role's is-forms; the work verb says no audience of its own.
 */
const WORKS_AS = () =>
  `${NOT_A_SUBJECT_BEFORE}\\b(?:work|works|worked|working|employed|hired|job|jobs|living|earning my living|make a living|making a living) as`

/** Ages: old ones make an older learner, young ones (of a child or the speaker) a young learner. */
const OLD_AGE = '(?:5[5-9]|[6-9]\\d|1[01]\\d|sixty|seventy|eighty|ninety)(?: something| odd| plus| \\+)?'
const YOUNG_AGE = '(?:[4-9]|1\\d|2[0-2]|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)'
const AGE_TAIL = '(?: (?:years|year|yrs|yr) (?:old|young|of age)| yo| y o| years| yrs)?\\b'
/** A young learner's own age, in figures or words ("i am nineteen", "she s twenty one", "i m 16 years old"). */
const OWN_YOUNG_AGE = '(?:1[0-9]|2[0-4]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[ -](?:one|two|three|four))?)'

/**
 * A self-description an age may close ("a young fella", "a pensioner", "a student"): up to three words, none of
 * them a word that makes the number something else (a preposition, "mother of 2", "in year 12"; a counter, "grade 10").
 */
const APPOSED = '(?:an? |the )?(?:(?!(?:of|with|for|in|at|on|to|from|about|than|under|over|by|and|or|into|since|grade|year|level|class|form|standard|number|no|top|group|team|room|unit|page|size|type|floor|block|bus|route|line|plus|looking|got|have|need|want)\\b)[a-z]+ ){1,3}'
/** What may follow that age, and what it may not: a unit or a counted thing makes the number no age ("20 minutes away"). */
const APPOSED_TAIL = '(?: (?:years|year|yrs|yr) old| yo| y o)?\\b(?! ?(?:minutes?|mins?|hours?|hrs?|km|kilometres?|kilometers?|miles?|yuan|rmb|kuai|dollars?|percent|days?|weeks?|months?|years?|yrs?|people|persons|students|pupils|kids|children|members|workers|staff|volunteers|women|ladies|men|households|families|mu|acres?|pigs|cows|chickens|s)\\b)'

/**
 * An age marked as one by its own words, whoever says it and with no "i m" before it: "22 years old here", "70yo",
 * "67 years of age"; a birthday ("turning 70 next month", "just turned 19"); "at" opening what one wants ("at 67 i
 * want to learn the piano"); the year ("70 this year, …"). Not a relative's age said before the relative ("my 16 year
 * old son", "a 22 year old lad"), which the relative cues read.
 */
const MARKED_AGE = (age: string) => `(?<!\\b(?:my|our|his|her|their|your|a|an|the|for|of) )\\b${age}(?: |-)?(?:(?:years?|yrs?|yr) (?:old|young|of age)|yo|y o)\\b(?! (?:${KIN_ANY})\\b)` +
  `|\\b(?:turning|turned|just turned|will be|ll be|gonna be|going to be) ${age}\\b(?! ?(?:minutes?|mins?|hours?|days?|percent|yuan|kg|km|pm|am)\\b)` +
  `|^(?:at|aged?) ${age}\\b|^${age}(?: (?:years?|yrs?))? (?:this|next) year\\b`

/** A school just left, said after a young person's age ("my lad is 17 and left school", "she s 18 and just finished college"). */
const LEFT_SCHOOL = '(?: and (?:has |have |just |recently |only just |already )*(?:left|finished|graduated from|dropped out of|quit|done with|out of) (?:high |secondary |middle |senior high |vocational |technical )?(?:school|college|uni|university))?'

/** The roles of each audience: what a person is ("retired", "ex army") and what they do ("works construction"). */
const ROLES: { id: string; is: string[]; does: string[] }[] = [
  {
    id: 'elderly',
    is: ['retired', 'a pensioner', 'a retiree', 'an oap', 'elderly', `(?:old|getting old|very old|quite old)(?: now| already)?(?: (?:at |aged )?${OLD_AGE})?`,
      'an? (?:great )?(?:nan|nana|nanna|gran|granny|grandma|grandmother|grandpa|grandad|granddad|grandfather|grandparent|lola|lolo) of (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|many)', 'getting on', 'getting old', 'a senior(?: citizen)?', 'on a pension', '(?:pushing|nearly|almost|coming up to|knocking on) (?:60|70|80|90|sixty|seventy|eighty|ninety)',
      `in (?:his|her|their|my|our) (?:late |early |mid )?(?:60s|70s|80s|90s|sixties|seventies|eighties|nineties)`, '(?:over|past|above|beyond|well over|well past) (?:60|65|70|75|80|85|90|sixty|seventy|eighty|ninety)',
      // A person with an age ("an old lady of 78", "a gentleman aged 81", "a widow of eighty").
      `an? (?:(?:old|elderly|little|sweet|lovely|retired|frail) )?(?:lady|man|woman|gentleman|gent|fellow|chap|bloke|guy|widow|widower|soul|person|timer|auntie|aunty|uncle|granny|grandma|grandpa) (?:of|aged|age) ${OLD_AGE}`,
      `(?:about |almost |nearly |over |turning |just turned |aged )?${OLD_AGE}${AGE_TAIL}`],
    does: ['retired', 'turned (?:60|65|70|75|80|sixty|seventy|eighty)',
      // An age said as the years one has, as Spanish, French, Italian and Portuguese speakers put it ("i have 72 years").
      `(?:has|have|ve got|got) ${OLD_AGE} (?:years|yrs|year)(?: old)?(?! (?:of|in|at|as|with|experience|working|teaching|farming|service)\\b)`, 'lives? on (?:a|his|her|their) pension', 'draws? a pension'],
  },
  {
    id: 'migrant-workers',
    is: ['a migrant(?: worker)?', 'an? (?:construction |building |site |factory |manual |farm |day )?labou?rer', 'a builder', 'a bricklayer',
      'a (?:construction|site|factory|warehouse|assembly line|gig|delivery|migrant|foreign|guest) worker', 'a delivery (?:rider|driver|guy|man|boy)', 'a courier',
      'a (?:taxi|cab|truck|lorry|van|didi|ride hailing) driver', 'an? (?:casual|temp|temporary|seasonal|daily wage|daily rated|contract) (?:worker|labou?rer|hand)', 'a (?:cleaner|porter|nanny|maid|domestic helper|security guard|dishwasher|kitchen hand)', 'an? (?:ofw|overseas (?:filipino |contract )?worker|(?:grab|gojek|uber|didi|lyft|bolt|ola) driver|(?:foodpanda|deliveroo|swiggy|zomato|doordash|grabfood|lalamove|meituan|eleme) (?:rider|driver))',
      'from the (?:countryside|village|provinces)(?: but)? (?:working|living) in (?:the |a )?(?:city|town)'],
    does: ['(?:left|leave|leaving|quit) (?:(?:my|our|his|her|the) (?:village|hometown|home town|farm|countryside|province|rural home)|upcountry|up country|the bush|the provinces|home) (?:to|for) (?:work|find work|get a job|a job)(?: (?:construction|in construction|on (?:a |the )?(?:building |construction )?sites?|in (?:a |the )?factor(?:y|ies)))?(?: (?:in|at) (?:the |a )?(?:city|town|cities))?',
      'carr(?:y|ies) bricks(?: on (?:a |the )?(?:building |construction )?site)?(?: far from home)?',
      'works? (?:in |on |at )?(?:construction|building sites?|construction sites?|a site|sites|a factory|factories|the factory|an assembly line|a production line|a warehouse|deliveries|delivery|logistics)',
      'does (?:construction|deliveries|delivery|factory work|odd jobs|manual work|building work)', 'do (?:construction|deliveries|factory work|odd jobs|manual work)',
      'drives? (?:a |an )?(?:delivery |food delivery |courier |electric )?(?:bike|scooter|motorbike|moped|van|truck|lorry|taxi|cab)(?: for (?:a living|work|deliveries|meituan|eleme))?', 'drives? for (?:didi|uber|meituan|a delivery (?:app|company))',
      'delivers? (?:food|parcels|packages|takeaways?|takeout|meals|for meituan)', 'lays? bricks', 'labou?rs? on (?:a )?(?:site|building site)',
      '(?:came|come|moved|migrated|relocated|went)(?: here| over)? from (?:the |a |my |our |his |her )?(?:countryside|village|villages|country|hometown|home town|farm|provinces?|rural area|mountains)(?: [a-z]+)? (?:to|for) (?:work|find work|find a job|get a job|a job|jobs|make a living|the city|town)(?: (?:construction|in construction|deliveries|on (?:a |the )?(?:building |construction )?sites?|in (?:a |the )?factor(?:y|ies)))?(?: (?:in|at) (?:the |a |this )?(?:city|cities|town|factory|factories))?',
      '(?:came|come|moved|went) (?:to|into) (?:the |a |this |a big |the big )?(?:city|town) (?:to|for) (?:work|find work|a job|jobs|make a living)(?: from (?:my|our|the|a|his|her) (?:village|hometown|home town|countryside|province|farm|small town|home province))?',
      // Ride-hailing and delivery apps of Asia and beyond ("i drive grab", "rider for foodpanda", "a gojek driver").
      '(?:drives?|driving|rides?|riding|delivers?|delivering|works?|working) (?:for |with |on )?(?:grab|gojek|lalamove|foodpanda|deliveroo|swiggy|zomato|doordash|uber ?eats|grabfood|ola|lyft|bolt|shopeefood|meituan|eleme|didi|uber)\\b',
      'works? as an? (?:cleaner|security guard|nanny|maid|porter|waiter|waitress|courier|delivery (?:rider|driver|guy)|builder|labou?rer|driver|dishwasher|kitchen hand|factory hand|warehouse worker)',
      'does? (?:casual|temp|temporary|seasonal|contract|daily wage) (?:work|jobs|labou?r)',
      // Working away from one's province or village (conv-coll): "i work away from my home province".
      '(?:work|works|working|live and work|am working) (?:away|far) from (?:my|our|his|her|the) (?:home ?province|province|hometown|home town|village|family|home region)'],
  },
  {
    id: 'rural-teachers',
    is: ['an? (?:village|rural|country|countryside|mountain|township|county|upcountry|bush) (?:school ?)?(?:teacher|schoolteacher|educator)', 'an? (?:(?:supply|substitute|relief|volunteer|support|contract|temporary|temp|part time|new|young|english|maths?|science|primary|kindergarten|preschool|nursery) )?(?:school ?)?teacher (?:in|at) (?:a |the |our )?(?:remote |small |poor |little |local )?(?:village|rural|countryside|mountain|township|county|upcountry|up country|bush)(?: (?:school|primary|area|region))?', 'a (?:support|volunteer) teacher', `an? (?:[a-z]+ )?teacher (?:at|in) (?:a |the |our )?(?:small |little |local |poor |tiny )?${SCHOOL_OUT_THERE}`],
    does: ['(?:teach(?:es)?|taught|have taught|ve taught|has taught) (?:for (?:years|ages|a long time|\\d+ years) )?(?:at|in) (?:a |the |our )?(?:small |little |local |poor |remote )?(?:village|rural|countryside|mountain|township|county)(?: (?:school|primary|kindergarten))?',
      'teach(?:es)? (?:kids |children |students |pupils )?(?:out |up )?in (?:the )?(?:countryside|mountains|villages?|sticks|hills|highlands|outback|bush|backwoods)',
      // A school placed after it ("i teach at a little school up in the hills", "teaching in a primary out in the sticks").
      `teach(?:es)? (?:at|in) (?:a |the |our )?(?:small |little |local |poor |tiny )?${SCHOOL_OUT_THERE}`,
      'works? (?:at|in) (?:a |the |our )?(?:small |little |local )?(?:village|rural|countryside|mountain|township) (?:school|primary|kindergarten)'],
  },
  {
    id: 'farmers',
    is: [
      // The land a farmer works, said with the role ("a farmer with a little plot", "a smallholder with two fields").
      'an? (?:farmer|grower|smallholder|peasant|villager|herder|herdsman|beekeeper) with (?:a |an |some |two |three |\\d+ )?(?:(?:little|small|tiny|wee|big|few) )?(?:plot|plots|farm|fields?|piece of land|bit of land|land|orchard|fish pond|pond|herd|flock|acres?|mu of land)',
      'an? (?:farmer|grower|smallholder|peasant|villager|herder|herdsman|fisherman|beekeeper|fruit grower|tea grower|rice grower|pig farmer|chicken farmer)(?: (?:growing|raising|keeping|breeding|planting|who grows|who raises|who keeps|with) [a-z]+(?: and [a-z]+)?)?',
      '(?:all )?(?:farmers|growers|smallholders|peasants|herders|herdsmen|fishermen|beekeepers|(?:rice|tea|fruit|pig|dairy|poultry) farmers|farming people|farm folk)', '(?:in|into) farming'],
    does: [`farms?(?! (?:produce|products|stay|stays|tourism|machinery))\\b(?: ${FARM_GOODS}${MORE_FARM_GOODS})?`, // What is grown and kept, all of it and where ("we grow maize and keep goats", "grows rice on his farm"): the person's
      // words, no subject of their own.
      `(?:grows?|keeps?|raises?|rears?|breeds?|plants?) (?:(?:some|a few|a couple of|a lot of|lots of|many|\\d+|two|three|four|five|ten) )?${FARM_GOODS}${MORE_FARM_GOODS}(?: (?:on|in|at) (?:his|her|their|our|my|the|a) (?:own |small |little |family )?(?:farm|land|fields?|plot|smallholding|village|orchard))?`,
      'works? (?:the|on the|on a|on our) (?:land|farm|fields?)', 'works? in (?:farming|agriculture)', 'lives? off the land',
      // Farming said as what one does ("i do farming", "my family does some farming", "we re doing fish farming").
      '(?:do|does|did|doing|into) (?:some |a bit of |a little |small scale |smallholder )?(?:[a-z]+ )?(?:farming|agriculture)(?! (?:course|class|training|skills|tech|technology|business))', '(?:are|is) in (?:farming|agriculture)', 'raises? (?:pigs|chickens|hens|ducks|cows|cattle|sheep|goats|livestock)', '(?:runs?|has|have|owns?|ve got) (?:a |an |the |our |my )?(?:small |little |family |big )?(?:farm|orchard|fish pond|tea garden|plot of land|smallholding|vegetable plot)'],
  },
  {
    id: 'women',
    is: ['a stay at home (?:mum|mom|mother)', 'a (?:housewife|homemaker|full time mum|full time mom)'],
    does: ['stays? (?:at )?home with (?:the|my|her) (?:kids|children|baby)'],
  },
  {
    id: 'youth',
    is: ['(?:at|in) (?:uni|university|college|high school|middle school|secondary school|junior high|senior high|sixth form|vocational school|technical school)',
      // (A school year from 7 up: grades 1 to 6 are primary school, where the parent speaks, query/english-groups.)
      'in (?:year|grade|form) (?:[7-9]|1[0-3]|seven|eight|nine|ten|eleven|twelve)\\b', 'an? (?:student|teen|teenager|pupil|schoolboy|schoolgirl|undergrad|undergraduate|fresher|school leaver)',
      `(?:only |just |barely |not even |almost |nearly |still |about |just turned )?${OWN_YOUNG_AGE}${AGE_TAIL}(?! (?:minutes?|mins?|hours?|km|kilometres?|miles?|yuan|rmb|dollars?|percent|days?)\\b)`],
    does: ['(?:just )?(?:finished|left|graduated from) (?:high school|school|college|uni|university)',
      // School-leaving exams just sat, in the Englishes that name them ("just finished my a levels", "done with kcse").
      '(?:just |recently )?(?:finished|done|did|sat|wrote|passed|completed|got through|done with) (?:my |the |his |her )?(?:a levels?|o levels?|gcses?|matric|kcse|kcpe|waec|wassce|neco|ssce|hsc|ssc|spm|stpm|(?:12th|10th) (?:grade|class|standard|boards?)|board exams?|leaving cert|leaving certificate)', '(?:goes|go) to (?:high school|middle school|secondary school|college|uni)'],
  },
  {
    id: 'veterans',
    is: ['ex (?:army|military|forces|navy|air force|soldier|serviceman|servicewoman|pla)', 'a (?:veteran|vet|former soldier|retired soldier|army veteran|military veteran|ex soldier)',
      'former (?:army|military|soldier|navy|air force|serviceman|servicewoman|marine|pla)', 'retired (?:military|army|navy)', 'out of the (?:army|military|forces)'],
    does: ['(?:left|quit|came out of|got out of|retired from|was discharged from|demobbed from) the (?:army|military|forces|armed forces|navy|air force|pla)',
      'served(?: [a-z]+){0,3}? in the (?:army|military|forces|armed forces|navy|air force|pla)', 'used to be (?:a soldier|in the army|in the military|in the forces)',
      '(?:was|were) (?:a soldier|in the army|in the military|in the forces)',
      // Time done in the forces ("did twenty years in the military", "spent 8 years in the navy", "put in two tours with the army").
      '(?:did|done|spent|served|gave|put in|had) (?:[a-z0-9]+ ){0,2}(?:years?|yrs|decades?|tours?|stints?|terms?)(?: of service)? (?:in|with) the (?:army|military|forces|armed forces|navy|air force|marines|pla)'],
  },
  {
    id: 'people-with-disabilities',
    is: ['in a wheelchair', 'disabled', 'blind', 'deaf', 'partially sighted', 'visually impaired', 'hearing impaired', 'hard of hearing', 'an amputee',
      'paralys[a-z]+', 'paralyz[a-z]+', 'autistic', 'a wheelchair user', 'physically challenged', 'differently abled', 'specially abled', 'handicapped',
      'mobility impaired', 'an? pwd', 'an? (?:person|people|man|woman|learner) with (?:a )?(?:disability|disabilities|special needs|impairment)', 'on crutches'],
    does: ['uses? a wheelchair',
      // Aids used in place of an eye, an ear or a leg ("use a screen reader", "sign with my hands", "walk with a cane").
      '(?:uses?|using|rel(?:y|ies) on|need|needs|depend on|depends on) (?:a |an |my |the )?(?:screen ?readers?|braille|hearing aids?|cochlear implants?|sign language|white cane|cane|guide dog|walking (?:frame|stick)|crutches|prosthetic (?:leg|arm|limb)|magnifier|talking software)',
      '(?:sign|communicate) (?:with|in|using) sign language', '(?:has|have|got|ve got|live with|lives with|living with) (?:a |an )?(?:(?:physical|learning|intellectual|mental|visual|hearing|speech|mobility) )?(?:disability|disabilities|impairment|hearing loss|autism|cerebral palsy)', 'can t (?:see|hear|walk)'],
  },
  {
    id: 'community-workers',
    is: ['(?:on (?:the )?staff|a staff member|employed|a worker|working|staff) (?:at|in|of|with|for) (?:a |the |our |my )?(?:local )?(?:(?:community|neighbou?rhood|residents|street|village|sub district|township) ){1,3}(?:service |services )?(?:office|committee|centre|center|council|station|hall)', 'a (?:community|social|neighbou?rhood|grid|case) worker(?: (?:in|at|for|with) (?:the |our |my |a )?(?:local )?(?:community|communities|neighbou?rhood|village|district|area|street))?', 'a (?:community|neighbou?rhood|village) (?:officer|official|organi[sz]er|cadre|volunteer)', 'a volunteer',
      'on the (?:residents|neighbou?rhood|village) committee'],
    // "as staff" after the body is the place's own staff, not a company employee ("i work at the community centre as staff").
    does: ['works? (?:for|at|in|with) (?:the |a |our |my )?(?:local )?(?:(?:community|neighbou?rhood|residents|street|village|sub district|district) ){1,3}(?:office|committee|centre|center|council|services?|work|station)(?: (?:office|centre|center|station|hall))?(?: as (?:an? )?(?:staff|staff member|employee|worker|officer))?',
      'works? in (?:the |my |our )?(?:local )?(?:community|social work)', 'works? (?:for|at|with|in) (?:an? |the |a local |our )?(?:ngo|charity|non ?profit|social service (?:agency|centre|center|organi[sz]ation)|social (?:enterprise|organi[sz]ation)|civil society group)', 'volunteers? (?:in|at|for) (?:the |a |our |my )?(?:local )?(?:community|neighbou?rhood)'],
  },
  {
    id: 'employees',
    is: ['an? (?:office worker|employee|white collar worker|civil servant|clerk|company employee|working professional|bank teller|teller|cashier|accountant|bookkeeper|receptionist|secretary|nurse|engineer|government employee|public servant|salesman|saleswoman|sales rep|programmer|software developer|it worker|hr officer|bank clerk|office clerk|shop assistant)', 'employed(?: full time| part time)?(?! as\\b)', 'in full time work',
      'salaried(?: (?:in|at|with|by) (?:a |an |the )?(?:[a-z]+ ){0,2}(?:company|firm|bank|office|organi[sz]ation|business|corporation|employer|concern))?',
      '(?:doing|having) (?:a |an )?(?:private |government |govt |office |it |software )?(?:job|service) (?:in|at|with) (?:a |an |the )?(?:[a-z]+ ){0,2}(?:company|firm|office|bank|mnc|concern|sector|department)', 'working in (?:a |an |the )?(?:private|govt|government|it|software|mnc|multinational) (?:company|firm|sector|office|concern)'],
    does: ['(?:has|have) (?:a |an )?(?:full time|full-time|day|office|regular|nine to five|9 to 5) job',
      'works? (?:full time |part time )?(?:in|at|for) (?:an? |the )?(?:office|company|firm|bank)', '(?:do|does|doing) the (?:books|accounts|bookkeeping|payroll|admin) (?:for|at) (?:a|an|the|my|our) (?:small |big |local |family )?(?:firm|company|business|shop|office)',
      'works? (?:full time|in an office|for a company|at a company|in a company|nine to five|9 to 5|office hours)',
      'works? (?:at|in|for) (?:a |an |the )?(?:bank|hospital|hotel|firm|law firm|office|company|tech company|big company|state owned (?:company|enterprise|firm)|government department|ministry)',
      // A post worked inside the place ("i work the counter at a bank", "she works the front desk in a hotel").
      'works? (?:the |a )?(?:counter|front desk|desk|reception|till|tills|checkout|phones|switchboard|window|night shift|day shift|early shift|late shift) (?:at|in|for) (?:a |an |the )?(?:bank|hospital|hotel|office|company|firm|post office|tax office|government office|clinic)',
      // Any company said with its kind ("a state company", "a small family firm", "an it company"), not a community or social body.
      'works? (?:full time |part time )?(?:at|in|for|with) (?:a |an |the |my |our )?(?:(?!community|neighbou?rhood|residents|village|social|charity)[a-z]+ ){1,2}(?:company|firm|enterprise|corporation|corp|business|employer|bank|agency|group)'],
  },
  {
    id: 'parents',
    is: ['having (?:a |an |one |two |three |four |\\d )?(?:little |young |small |school going )?(?:kids?|children|child|sons?|daughters?|toddlers?|baby|babies|twins)',
      'an? (?:new |first time |young |single |working |busy )?(?:dad|daddy|mum|mom|mummy|mother|father|parent|mama|papa)(?: of (?:a|an|one|two|three|four|five|twins|\\d)(?: (?:young |little |small |grown up |teenage |school age |lovely |wonderful )?(?:kids?|children|child|boys?|girls?|sons?|daughters?|teens?|teenagers?|little ones|toddlers?|under (?:fives|5s)))?)?'],
    does: ['(?:have|has|ve got|got) (?:a |an |one |two |three |four |\\d |twin |young |little |small |wee |teenage |school age )*(?:kids?|children|child|sons?|daughters?|toddlers?|baby|babies|twins|newborn|teenagers?|teens?|bairns?|weans?|(?:young|little|small|wee) ones?)'],
  },
]

const cue = (id: string, source: string): Cue => ({ kind: 'audiences', id, pattern: new RegExp(source), explicit: false })

/**
 * A role's pattern with its articles optional: learners of English, Chinese speakers above all, drop them
 * ("i am farmer", "i am in wheelchair", "i was soldier", "i am teacher in countryside school"), and a role
 * reads the same without them. Only "a", "an", "an?" and "the" standing as words at the start of a part change.
 */
export function withOptionalArticles(source: string): string {
  return source.replace(/(?<=^|[\s(|:])(an\?|an|a|the) /g, '(?:$1 )?')
}

/**
 * The work roles said as a participle with no one before it, as learners and busy typists describe themselves
 * ("working in company, anything for me?", "i stay in Nanjing, working in a factory", "teaching at a village
 * school here"): the does-forms of "work" and "teach" with "-ing". Not after a learning or topic word ("learn
 * working in a team", "a course on teaching in villages"), where the phrase is the subject.
 */
function participleRoles(does: readonly string[]): string[] {
  return does.flatMap((d) => {
    const m = /^(works\?|teach\(\?:es\)\?) /.exec(d)
    return m ? [`${m[1].startsWith('work') ? 'working' : 'teaching'} ${d.slice(m[0].length)}`] : []
  })
}
/**
 * What the person is or does, then what they do, said as one description with no second subject ("i m blind and use
 * a screen reader", "i am migrant worker come from countryside to work in city", "i farm, grow vegetables on my
 * land"): the does-form of the same role goes
 * on the cue, so its words (the screen reader, the countryside) describe the learner and are no subject or need.
 */
const thenDoes = (does: readonly string[]) => `(?:(?: and| who| that)?(?: also| now| still)? (?:${withOptionalArticles(does.join('|'))})${PERSON_ORIGIN})?`
const NOT_A_SUBJECT_BEFORE = '(?<!\\b(?:learn|learning|study|studying|about|on|of|in|at|for|with|to|how|into|course|courses|class|classes|training|skills?) )'

/** The compositional English audience cues: each person form times each role, and ages. */
export const ENGLISH_PEOPLE_CUES: readonly Cue[] = [
  ...ROLES.map((r) => cue(r.id, `${IS(KIN_ANY)} (?:${withOptionalArticles(r.is.join('|'))})${PERSON_ORIGIN}${thenDoes(r.does)}\\b|${DOES(KIN_ANY)} (?:${withOptionalArticles(r.does.join('|'))})${PERSON_ORIGIN}${thenDoes(r.does)}\\b|${WORKS_AS()} (?:${withOptionalArticles(r.is.join('|'))})${PERSON_ORIGIN}\\b`)),
  ...ROLES.map((r) => participleRoles(r.does)).flatMap((p, i) => (p.length ? [cue(ROLES[i].id, `${NOT_A_SUBJECT_BEFORE}\\b(?:${withOptionalArticles(p.join('|'))})${PERSON_ORIGIN}\\b`)] : [])),
  // A young relative with a young age: the course is for them ("my son is 15", "my 16 year old daughter").
  cue('youth', `\\b${RELATIVE(KIN_YOUNG)}(?: is| s| who is| who s| just turned| turned| turning| aged)? (?:about |almost |nearly |only |just )?${YOUNG_AGE}${AGE_TAIL}${LEFT_SCHOOL}|\\b${MY} ${YOUNG_AGE}(?: |-)?(?:years?|yrs?|yr) ?old (?:${KIN_YOUNG})\\b|\\b${RELATIVE(KIN_YOUNG)}(?: is| s| who is| who s)? (?:in|at) (?:high|middle|secondary|junior high|senior high|vocational|technical) school\\b|\\b${RELATIVE(KIN_YOUNG)}(?: is| s)? (?:at|in) (?:uni|university|college)\\b|\\b${RELATIVE(KIN_YOUNG)}(?: who)?(?: has| s| is)?(?: just| only just| recently)? (?:started|starts|starting|entered|began|begun|gone into|moved up to) (?:at )?(?:high|middle|secondary|junior high|senior high|vocational|technical) school\\b`),
  // An age said in passing right after who one is ("i m a young fella, 22", "she s a widow, 74", "my son is a
  // student 17 this year"): the bare number closing a self-description counts nothing else, so it is the age. Only
  // the number is the cue: the description keeps its own reading ("i m a farmer, 58" is a farmer and an older learner).
  // (The number first, the description looked back for only where one stands: no lookbehind at every position.)
  cue('youth', `${OWN_YOUNG_AGE}(?<=${IS(KIN_ANY)} ${APPOSED}${OWN_YOUNG_AGE})${APPOSED_TAIL}`),
  cue('elderly', `${OLD_AGE}(?<=${IS(KIN_ANY)} ${APPOSED}${OLD_AGE})${APPOSED_TAIL}`),
  // An age marked as one, whoever's it is, and the speaker's decade of life ("in my early twenties").
  cue('youth', `${MARKED_AGE(OWN_YOUNG_AGE)}|\\bin (?:my|our) (?:early |mid |late )?(?:teens|twenties|20s)\\b`),
  cue('elderly', MARKED_AGE(OLD_AGE)),
  // A young relative the course is for, aged by a word ("for my teenage son", "for our adolescent daughter"): the "for"
  // says who learns, and the age word says they are young (without the "for", "my teenage son" may be a parent's worry).
  cue('youth', `\\bfor (?:my|our|his|her) (?:(?:\\d+|two|three) )?(?:teenage|teen|adolescent|school age|school going|college age|student|secondary school|high school) (?:${KIN_YOUNG})s?\\b`),
  // An age range said of whoever the course is for ("people aged 18 to 25", "ages 60 and over").
  cue('youth', `\\b(?:aged?|ages|between the ages of|between ages) (?:between )?(?:[6-9]|1\\d|2[0-5])(?: (?:to|and|or|-|through) (?:1\\d|2\\d|30))?\\b(?! ?(?:years? ?old )?(?:plus|\\+|and (?:up|over|above)))`),
  cue('elderly', `\\b(?:aged?|ages) (?:between )?(?:5[5-9]|[6-9]\\d)(?: (?:to|and|or|-|through) (?:[6-9]\\d|1[01]\\d)| (?:plus|\\+|and (?:up|over|above)))?\\b`),
  // An older relative with an old age ("my 80 year old mum", "grandpa 81").
  cue('elderly', `\\b${MY} ${OLD_AGE}(?: |-)?(?:years?|yrs?|yr) ?old (?:${KIN_ADULT})\\b|\\b(?:${KIN_ADULT}) (?:aged |age )?(?:5[5-9]|[6-9]\\d|1[01]\\d)\\b`),
  // Born long ago ("born in the fifties", "born in 1958"); a grandparent asked for ("it s for my gran").
  cue('elderly', `\\bborn in (?:the )?(?:(?:19)?[2-5]0s|twenties|thirties|forties|fifties|sixties|19[2-5]\\d|196[0-5])\\b|\\bfor (?:my|our) (?:gran|granny|grandma|grandpa|grandad|granddad|grandmother|grandfather|grandparents?|nan|nana|nanna|lola|lolo|ah ma|ah gong)\\b`),
  // A grandparent named as whoever the talk is about ("my nan wants to learn", "our grandad would like to", "me gran is
  // keen"): an older learner however the sentence goes on, unless the speaker cares for them (then the carer learns).
  cue('elderly', `(?<!\\b(?:care for|caring for|cares for|look after|looking after|looks after|nursing|nurse|visit|visiting|help|helping|support|supporting|live with|living with) )\\b(?:my|our|me) (?:great )?(?:grandma|grandpa|grandmother|grandfather|grandparents?|granny|grandad|granddad|gramps|nan|nana|nanna|gran|grandmum|grandmom|gramma|nonna|lola|lolo|ah ma|ah gong|popo|gong gong)\\b`),
  // An in-law is a relative, never the law: a father-in-law asked for is an older learner, like 岳父 or 公公 ("for my
  // father in law", "my in laws"); a mother-, sister- or daughter-in-law is a woman asked for (query/english-cues).
  cue('elderly', `\\b(?:for )?(?:my|our|his|her) (?:father in law|dad in law|pa in law|papa in law|parents in law|in laws)\\b`),
  // People served or gathered who have a disability ("for our clients with disabilities", "residents who are deaf").
  cue('people-with-disabilities', `\\b(?:clients|service users|members|residents|students|learners|participants|users|friends|folks|people|adults|kids|children)(?: of ours)? (?:with|who have|living with) (?:a |an )?(?:disabilit(?:y|ies)|special needs|impairments?|visual impairments?|hearing loss)\\b`),
  ...ENGLISH_GROUP_CUES,
]
