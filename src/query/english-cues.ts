/**
 * @module query/english-cues
 * How English speakers say who they are and what they want without naming a
 * taxonomy label: "I teach kids out in the countryside" is a rural teacher,
 * "I do construction in the city" a migrant worker, "I'm a dad" a parent,
 * "looking after my elderly mum" the care topic. Written from the many ways
 * people put each situation (British and American, short phone typing), as
 * patterns over normalised text: lower case, punctuation gone, so "I'm"
 * reads "i m". Life situations are implied (they rank, or filter as a cue);
 * paraphrases of a subject are explicit, like a taxonomy synonym.
 */
import type { Format } from '../catalogue/project.js'
import type { Cue } from './cues.js'
import { ENGLISH_PEOPLE_CUES } from './english-people.js'

const implied = (kind: Cue['kind'], id: string | null, source: string): Cue => ({ kind, id, pattern: new RegExp(source), explicit: false })
const explicit = (kind: Cue['kind'], id: string, source: string): Cue => ({ kind, id, pattern: new RegExp(source), explicit: true })

/** "I'm", "I am", "im", "I've been", "I was", "I used to be". */
const I_AM = '\\b(?:i m|i am|im|i ve been|i have been|i was|i used to be|i currently am|currently i m)'
/** Up to three describing words before a noun ("a retired", "a young single"). */
const A = '(?: (?:a|an|the))?(?: (?!(?:in|at|on|from|based|living|looking|interested|new|going|trying|here|still|also|and|but|so|just)\\b)[a-z]+){0,2}?'
/** Who a course may be for ("for my", "for our", "it s for"). */
const FOR = '\\b(?:for|it s for|this is for|its for)'
const OLD = '(?:elderly|old|older|aged|senior|seniors|frail|sick|ill|bedridden|disabled|housebound|infirm|ageing|aging)'
const KIN = '(?:mum|mom|mother|dad|father|parents?|grandma|grandpa|grandmother|grandfather|grandparents?|granny|nan|gran|relatives?|family members?|in laws?|husband|wife|spouse|partner)'
const RURAL = '(?:rural|village|villages|countryside|country|mountain|mountains|mountainous|remote|township|county|small town|farming|poor)'

/** English cues; they join the built-in Chinese ones in {@link CUES}' place in the understander. */
export const ENGLISH_CUES: readonly Cue[] = [
  // Older learners.
  implied('audiences', 'elderly', `${I_AM}${A} (?:pensioner|retiree|senior|senior citizen|oap|old age pensioner|grandma|grandpa|grandmother|grandfather|grandparent|granny|older (?:adult|person|man|woman|lady|gentleman|learner)|elderly (?:man|woman|lady|person|learner)|old (?:man|woman|lady|timer|person))\\b`),
  implied('audiences', 'elderly', `${I_AM}(?: now| already| almost| nearly| about| over)? (?:retired|elderly|old|older|getting on|[6-9]\\d|sixty|seventy|eighty|ninety)\\b|\\b(?:my|our|for my|for our) (?:[6-9]\\d|sixty|seventy|eighty|ninety)(?: [a-z]+)? ?(?:year|yr)s? ?old (?:mum|mom|mother|dad|father|parents?|grandma|grandpa|grandmother|grandfather|granny|nan|gran|neighbou?r|aunt|uncle)\\b|\\b(?:just |recently |newly )?retired\\b|\\bin (?:my|his|her|their) (?:60s|70s|80s|90s|sixties|seventies|eighties|nineties|late fifties)\\b|\\b(?:60|65|70|75|80|85|90)\\s?(?:plus|\\+|years old|year old|yrs old|yo)\\b|\\bover (?:60|sixty|65|70|seventy)s?\\b|\\bretirement age\\b|\\bon (?:a|my) pension\\b`),
  implied('audiences', 'elderly', `\\bmy (?:mum|mom|mother|dad|father|parents|grandma|grandpa|grandmother|grandfather|granny|nan|gran)(?: is| s| are)? (?:[6-9]\\d|retired|elderly|old|getting on)\\b|${FOR} (?:my )?(?:elderly|retired|old|aged|ageing|aging) (?:mum|mom|mother|dad|father|parents?|grandma|grandpa|grandparents?|relatives?|neighbou?r)s?\\b`),
  // Migrant workers.
  implied('audiences', 'migrant-workers', `${I_AM}${A} (?:migrant|labou?rer|laborer|factory (?:worker|hand|girl|boy)|construction (?:worker|labou?rer)|builder|site worker|bricklayer|delivery (?:rider|driver|guy|man|boy|worker)|courier|rider|gig worker|day labou?rer|odd job(?:s)? (?:man|worker)|manual (?:worker|labou?rer)|blue collar worker|warehouse worker|assembly line worker|ride hailing driver|truck driver|lorry driver|taxi driver|cab driver|cleaner|porter|nanny|maid|domestic helper|housekeeper|security guard|waiter|waitress|kitchen hand|dishwasher|street vendor)s?\\b|\\bdrive (?:for )?(?:(?:didi|uber|a taxi|a cab|taxis|deliveries)\\b|滴滴)`),
  implied('audiences', 'migrant-workers', `\\b(?:moved|came|come|went|migrated|relocated) (?:to|into) (?:the |a |a big |the big )?(?:city|cities|town)\\b|\\b(?:left|leave) (?:my|the) (?:village|hometown|home town|countryside) (?:for|to) (?:work|find work|a job)|\\bwork(?:s|ing|ed)? (?:away from (?:home|my hometown|my village)|far from home)\\b|\\bwork(?:s|ing|ed)? (?:in|at|on) (?:a |the |an )?(?:factory|factories|plant|workshop|assembly line|production line|warehouse|building sites?|construction sites?|construction|sites?)\\b|\\bdo(?:ing)? (?:construction|factory work|manual work|manual labou?r|odd jobs|deliveries|delivery)\\b|\\bfactory work\\b|\\bwork(?:s|ing)? (?:as a |in )?(?:construction|delivery|deliveries|logistics)\\b|\\bdeliver(?:s|ing)? (?:food|parcels|packages|takeaways?|takeout|meals)\\b|\\bmigrant (?:labou?rers?|labor|workers?|worker)\\b`),
  // Rural teachers.
  implied('audiences', 'rural-teachers', `\\bteach(?:es|ing)?\\b(?: [a-z0-9]+){0,5}? (?:in|at|out in|up in|for) (?:a |an |the |our |my )?(?:small |little |tiny |local |poor )?${RURAL}(?: (?:area|areas|region|school|schools|primary|village|villages))?\\b|\\bteacher(?:s)?\\b(?: [a-z0-9]+){0,3}? (?:in|at|from) (?:a |an |the |our |my )?(?:small |little |tiny |local |poor )?${RURAL}(?: (?:area|areas|region|school|schools|primary|village|villages))?\\b|\\b${RURAL} (?:area |region |primary |middle |secondary |high |boarding )?(?:school|schools|kindergarten) (?:teacher|teachers|teaching)\\b|\\bteach(?:es|ing)? (?:at|in) (?:a |an |the )?(?:[a-z]+ )?school (?:in|out in) (?:the )?${RURAL}\\b`),
  implied('audiences', 'rural-teachers', `${I_AM}${A} (?:${RURAL}|village school|small village|county) (?:teacher|schoolteacher|educator)\\b|\\bsupport teach(?:ing|er)\\b|\\bvolunteer teach(?:ing|er)\\b`),
  // Farmers.
  implied('audiences', 'farmers', `${I_AM}${A} (?:farmer|grower|smallholder|peasant|villager|herder|herdsman|fisherman|fish farmer|beekeeper|fruit grower|tea grower|rice grower|pig farmer|poultry farmer|dairy farmer|crofter)s?\\b|\\b(?:i|we) (?:farm|grow|raise|breed|plant|herd)\\b|\\b(?:i|we) (?:keep|rear|look after|have) (?:some |a few |a lot of |lots of |\\d+ )?(?:pigs|chickens|hens|ducks|geese|cows|cattle|sheep|goats|bees|fish|livestock|poultry|rabbits|silkworms|an orchard|a farm|fields|land)\\b|\\bfarm(?:s|ing)? for a living\\b|\\bon (?:my|our|the family) farm\\b|\\bwork(?:s|ing)? (?:the|on the) (?:land|fields?)\\b|\\bmy (?:farm|fields|orchard|crops|livestock|pigs|cows|chickens)\\b|\\b(?:i|we) live in (?:a |the )?(?:village|countryside)\\b`),
  // Women.
  implied('audiences', 'women', `${I_AM}${A} (?:woman|lady|housewife|homemaker|stay at home (?:mum|mom|mother))\\b|\\b(?:for|only for) (?:women|ladies|females|girls|woman)\\b|\\b(?:women|ladies|female|females) only\\b|\\bwomen s\\b`),
  // Young people.
  implied('audiences', 'youth', `${I_AM}${A} (?:student|teenager|teen|schoolboy|schoolgirl|pupil|undergrad|undergraduate|college student|uni student|university student|school leaver|graduate|grad|young person|kid|youngster)s?\\b|${I_AM} (?:1[0-9]|twenty|19|20|21|22)(?: years old| yrs old| yo)?\\b|\\b(?:just|recently) (?:graduated|left school|finished school)\\b|\\bstill (?:at|in) school\\b|${I_AM} (?:in|at) (?:high|middle|secondary|junior high|senior high|vocational|technical) school\\b|${I_AM} in (?:year|grade|form) \\d+\\b`),
  // Veterans.
  implied('audiences', 'veterans', `${I_AM}${A} (?:veteran|vet|soldier|ex soldier|ex serviceman|ex servicewoman|former soldier|army veteran|ex army|ex military|retired soldier|demobbed soldier)s?\\b|\\b(?:i|we) (?:served|was|were) (?:in )?(?:the )?(?:army|military|navy|air force|forces|pla|armed forces)\\b|\\b(?:left|leaving|quit|out of|discharged from|demobbed from|retired from) the (?:army|military|navy|air force|forces|armed forces)\\b|\\bex (?:army|military|navy|soldier|serviceman)\\b|\\bused to be (?:a soldier|in the army|in the military)\\b`),
  // People with disabilities.
  implied('audiences', 'people-with-disabilities', `${I_AM}${A} (?:disabled|blind|deaf|partially sighted|visually impaired|hearing impaired|hard of hearing|wheelchair user|amputee|paralysed|paralyzed|autistic)\\b|\\b(?:i|we) (?:use|am in|m in) a wheelchair\\b|\\b(?:i|we) (?:have|ve got|live with) (?:a |an )?(?:disability|disabilities|impairment|visual impairment|hearing loss|hearing impairment|autism)\\b|\\bcan t (?:see|hear|walk)\\b|\\bin a wheelchair\\b`),
  // Community workers.
  implied('audiences', 'community-workers', `${I_AM}${A} (?:community (?:worker|officer|organi[sz]er|staff|volunteer)|social worker|grid worker|village (?:official|cadre|leader|secretary)|volunteer|caseworker|neighbou?rhood (?:officer|worker))s?\\b|\\bwork(?:s|ing)? (?:in|at|for) (?:a |the |our )?(?:community|communities|neighbou?rhood|residents|street|village) (?:services?|centre|center|office|committee|work|council)\\b|\\bwork(?:s|ing)? in (?:the |my |our )?(?:community|social work)\\b|\\bcommunity (?:services?|work)\\b`),
  // Employees.
  implied('audiences', 'employees', `${I_AM}${A} (?:employee|office worker|working professional|professional|white collar worker|civil servant|engineer|clerk|accountant|manager|staff member|company employee|nurse|salesman|saleswoman|programmer)\\b|${I_AM} (?:employed(?: full time| part time)?|in full time work|in work|working full time|working part time|working)\\b|\\b(?:i|we) work (?:full time|part time|in an office|for a company|at a company|in a company|9 to 5|nine to five|shifts|in (?:a |an )?(?:bank|hospital|hotel|firm|office|company|state owned))\\b|\\bmy (?:boss|employer|workplace|company|firm|manager)\\b|\\bin[- ]service\\b`),
  // Parents.
  implied('audiences', 'parents', `${I_AM}${A} (?:dad|mum|mom|mummy|father|mother|parent|single parent|single mum|single mom|stay at home dad|guardian|working mum|working mom|mama|papa)\\b|\\b(?:dad|mum|mom|mother|father|parent) of (?:a|an|one|two|three|four|twins|\\d)\\b|\\bas a (?:dad|mum|mom|mother|father|parent|single parent)\\b|\\bmy (?:little ones?|toddler|baby|babies)\\b`),

  // Subjects said in verbs and phrases.
  explicit('topics', 'health-elderly-care', `\\b(?:look(?:s|ing|ed)? after|tak(?:e|es|ing) care of|took care of|car(?:e|es|ing|ed) for|nurs(?:e|es|ing)|support(?:s|ing)?|attend(?:ing)? to)(?: the| my| our| an?| their)?(?: own)? ${OLD}(?: (?:people|persons?|folks?|adults?|citizens?|residents?|patients?|relatives?|parents?|family members?|neighbou?rs?))?\\b|\\b(?:elder|elderly|aged|senior|old age|dementia|home|end of life|palliative|personal|respite) care\\b|\\beldercare\\b|\\bcare (?:work|worker|giving|skills)\\b|\\bcaregiv(?:ing|er)\\b|\\bcarers?\\b`),
  explicit('topics', 'health-elderly-care', `\\b(?:look(?:s|ing|ed)? after|tak(?:e|es|ing) care of|car(?:e|es|ing) for)(?: my| our| an?| the)?(?: ${OLD})? ${KIN}\\b|\\b(?:stay(?:ing)?|keep(?:ing)?) (?:healthy|fit|well|active)\\b|\\b(?:healthy|health) (?:eating|lifestyle|living|habits)\\b|\\bblood pressure\\b|\\bfirst aid\\b`),
  explicit('topics', 'digital-skills', `\\b(?:us(?:e|es|ing)|work(?:ing)?|get(?:ting)? to grips with|master(?:ing)?|figure out|set(?:ting)? up) (?:a |my |the |our )?(?:smart ?phone|mobile phone|mobile|phone|cell ?phone|computer|laptop|pc|tablet|ipad|internet|apps?|wechat|alipay|email|e mail|computers)s?(?: on (?:my|a|the|your|our) (?:smart ?phone|phone|mobile|computer|tablet|laptop)s?)?\\b|\\b(?:basic |everyday |simple )?(?:phone|mobile|smartphone|computer|internet|tech|it|digital) (?:skills?|basics|literacy|know how|stuff|for beginners)(?: (?:training|courses?|class(?:es)?|lessons?|programs?|programmes?|workshops?))?\\b|\\bapps? on (?:my|a|the|your) (?:phone|mobile|smartphone)\\b|\\b(?:go|get|getting|going) online\\b|\\bsurf(?:ing)? the (?:web|net|internet)\\b|\\bpay(?:ing)? (?:by|with|on) (?:my |the |a )?(?:phone|mobile|qr code|wechat|alipay)\\b`),
  explicit('topics', 'family-education', `\\b(?:rais(?:e|es|ing)|bring(?:ing)? up|bringing up|bring up|parent(?:ing)?|educat(?:e|ing)|help(?:ing)?|deal(?:ing)? with|manag(?:e|ing)|talk(?:ing)? to|communicat(?:e|ing) with|disciplin(?:e|ing)|motivat(?:e|ing)|understand(?:ing)?|cop(?:e|ing) with|guid(?:e|ing)|support(?:ing)?|get(?:ting)? on with|connect(?:ing)? with|bond(?:ing)? with|play(?:ing)? with|read(?:ing)? to) (?:my |our |the |a |your )?(?:kids?|children|child|sons?|daughters?|teens?|teenagers?|toddlers?|little ones?|baby|babies|grandchildren|grandkids)\\b|\\b(?:better|good|positive|gentle) (?:parent|parenting|mum|mom|dad)\\b|\\bbeing a (?:parent|mum|mom|dad)\\b`),
  explicit('topics', 'law-finance', `\\b(?:manag(?:e|es|ing)|handl(?:e|ing)|sav(?:e|es|ing)|budget(?:ing)?|invest(?:ing)?|look(?:ing)? after) (?:my |our |the |your )?(?:money|finances|savings|budget|household budget|income|pension)\\b|\\b(?:avoid(?:ing)?|spot(?:ting)?|stop(?:ping)?|beat(?:ing)?|protect(?:ing)? (?:myself|yourself|ourselves|me|us) (?:from|against)) (?:being )?(?:scams?|scammers|fraud|fraudsters|con artists|cheated|conned|ripped off)\\b|\\b(?:my|workers|worker s|labou?r|legal|employment|consumer|women s|tenant s?) rights\\b|\\bunpaid (?:wages|salary|pay)\\b|\\b(?:writ(?:e|ing)|mak(?:e|ing)|draw(?:ing)? up) (?:a |my |your |our )?will\\b`),
  explicit('topics', 'language', `\\b(?:speak(?:ing)?|learn(?:ing)?|improv(?:e|ing)|practi[sc](?:e|ing)|brush(?:ing)? up(?: on)?) (?:my )?(?:english|mandarin|chinese|putonghua|japanese|korean|french|german|spanish|russian|thai|cantonese|a (?:foreign |new )?language|languages)\\b|\\b(?:read(?:ing)? and writ(?:e|ing)|learn(?:ing)? to read)\\b`),
  explicit('topics', 'vocational-skills', `\\b(?:learn(?:ing)?|pick(?:ing)? up|get(?:ting)?) (?:a )?(?:trade|new trade|practical skill|hands on skill|marketable skill|skill for work)s?\\b|\\b(?:find(?:ing)?|get(?:ting)?|land(?:ing)?) (?:a |an |another |a better |a new |some )?(?:job|work|employment)\\b|(?<!\\b(?:at|for|to|from|after|before) )\\b(?:job|work|employment|career|trade) (?:skills?|training|qualifications?|certificates?|prospects|change)\\b|\\bstart(?:ing)? (?:a|my own|an?) (?:small )?business\\b|\\bchange (?:jobs|careers|career)\\b|\\bskills? (?:certificate|certification|qualification)s?\\b|\\bskills? for (?:work|a job|jobs|employment|the workplace)\\b|\\bget(?:ting)? (?:a |some )?(?:certificate|qualification|certification)s?\\b`),
  explicit('topics', 'teacher-development', `\\b(?:teach(?:ing)?|lesson|class(?:room)?|instruction(?:al)?) (?:methods?|skills?|techniques?|practice|strategies|design|planning|prep|preparation|management)\\b|\\b(?:cpd|inset)\\b|\\bbe(?:come|coming)? a better teacher\\b|\\bimprov(?:e|ing) (?:my )?teaching\\b`),
  explicit('topics', 'energy-power', `\\b(?:electrical|electric|wiring|electricity|power|solar|energy) (?:work|jobs?|skills?|safety|installation|maintenance|repairs?|engineering|basics|technician)\\b|\\b(?:fix(?:ing)?|repair(?:ing)?|install(?:ing)?) (?:the |my )?(?:wiring|electrics|sockets|solar panels?|circuits?)\\b|\\bbecom(?:e|ing) an? (?:electrician|power worker)\\b`),
  explicit('topics', 'rural-revitalization', `\\b(?:countryside|village|rural|farm|agricultural)s? (?:e ?commerce|tourism|business|businesses|economy|development|enterprise|shop|stays?|homestays?|guesthouses?)\\b|\\bhomestays?\\b|\\bsell(?:s|ing)? (?:my |our |the )?(?:[a-z]+ )?(?:crops|produce|fruit|vegetables|farm products|tea|rice|honey|eggs|apples|oranges) online\\b|\\b(?:rais|rear|keep|breed)(?:e|es|ing)? (?:pigs|chickens|hens|ducks|geese|cows|cattle|sheep|goats|bees|fish|livestock|poultry|rabbits|silkworms)\\b|\\bgrow(?:ing)? (?:crops|vegetables|rice|fruit|tea)\\b`),
  // A person with an age or a role ("my dad works construction", "she's 72"): see query/english-people.
  ...ENGLISH_PEOPLE_CUES,
]

/**
 * English format words, in priority order (either-way first, then mixed, then refusals, then online,
 * then in person), used for English messages in place of the mixed-language {@link FORMAT_CUES}.
 * A format word inside a subject ("classroom management", "online safety", "online shop") is no format.
 * (FORMAT_CUES: see query/cues.)
 */
export const ENGLISH_FORMAT_CUES: readonly { format: Format | 'any'; pattern: RegExp }[] = [
  { format: 'any', pattern: /\beither (online|in person|offline|way)\b|\bonline or (in person|offline|face to face|on site)\b|\b(in person|offline|face to face) or online\b|\b(don t|do not|doesn t) (mind|care)( whether| if)? (it s )?(online|in person|offline)\b|\bany format\b|\bwhatever format\b/ },
  { format: 'hybrid', pattern: /\bblended\b|\bhybrid\b|\bmix(ed)? of (online|in person|offline) and (online|in person|offline|face to face|classroom)\b|\bpart(ly)? online\b|\bboth online and (in person|offline|face to face|on site)\b|\bonline (plus|and|with) (in person|offline|face to face|on site|classroom)\b/ },
  { format: 'offline', pattern: /\bnot online\b|\bno online\b|\bnothing online\b|\bnot (a |an )?(virtual|remote|web)\b|\b(don t|do not) want (it |to study |to learn )?online\b|\bnot over the internet\b/ },
  { format: 'online', pattern: /\bnot in person\b|\bno (travel|travelling|commute|commuting)\b|\b(can t|cannot|don t want to) (travel|go out|leave (the )?home|get there|commute)\b|\bnot (face to face|on site|offline)\b/ },
  { format: 'online', pattern: /(?<!\bsell(s|ing)?( [a-z]+){0,4} )(?<!\b(get|gets|getting|got|go|goes|going|went|safe|safely|business|businesses|shop|shops|store|stores|products?|produce|goods|crops|market|marketing|trade|trading) )\bonline\b(?! (shop|shops|store|stores|business|safety|scams?|fraud|banking|payments?|selling|sales|marketing|security|privacy))|\bremote(ly)?\b|(?<=\b(learn|learning|study|studying|take|taking|do|doing|join|attend|follow|classes|lessons|course|courses)( [a-z]+){0,3} )(?<!\b(safety|saving|savings|care|caring|nursing|cooking|repairs?|fixing|electrics|wiring|energy|electricity|power) )(at|from) home\b|\bhome[- ]based (learning|study|course|courses|classes)\b|(?<!\b(away|far|moved|move|moving|leave|leaving|left|came|come|work|working|works) )\bfrom home\b|\bwithout leaving (the |my )?(house|home)\b|\bvirtual(ly)?\b|\be ?learning\b|\bdistance (learning|course|education|study)\b|\bweb based\b|\b(over|via|on) the (internet|web)\b|\b(learn|study|studying|learning|take (it|them|classes|the course)|do (it|them|the course)|follow (it|the course)) on (my|a|the) (phone|computer|laptop|tablet|pc|mobile)\b|\b(via|over|through) (zoom|tencent meeting|voov|teams|skype|dingtalk|wechat( video)?|video( calls?| link| chat| conference)?|a video (call|link)|livestream|a livestream)\b|\b(on|using) (zoom|tencent meeting|voov|skype|dingtalk)\b|\b(live ?streamed|livestream(ed)?|recorded|pre recorded|self paced) (course|class|classes|lessons?|lectures?)\b|\bvideo (course|class|classes|lessons?|lectures?)\b|\bzoom (class|classes|course)\b|\bwebinars?\b/ },
  { format: 'offline', pattern: /\boffline\b|\bin[- ]person\b|\bface[- ]to[- ]face\b|\bon[- ]site\b|\bonsite\b|\bon campus\b|\bin a classroom\b|\bclassroom\b(?! (management|teaching|skills|practice|discipline|design|instruction|technology))|\bin real life\b|\birl\b|\bphysical (class|classes|course|lessons?)\b|\b(at|in) a (venue|centre|center|school|college|training centre|training center|community centre|community center)\b|\battend (in person|physically|classes)\b|\bturn up\b|\bgo (there|to class|to classes)\b|\bhands on\b/ },
]

/** English fee words: refusals ("paid is fine") first, then every way of saying it costs nothing. */
export const ENGLISH_FEE_CUES: { notFree: RegExp; free: RegExp } = {
  notFree: /\bpaid (is|are|ones are|courses are) (fine|ok|okay|alright)\b|\b(happy|willing|ok|okay|fine) to pay\b|\bdon t mind paying\b|\bdoesn t (have|need) to be free\b|\bnot necessarily free\b|\bfree or paid\b|\bpaid or free\b/,
  free: /\bfree\b(?! time| days?| evenings?| weekends?| hours?| period)|\bno[- ]cost\b|\bzero cost\b|\bcost(s)? nothing\b|\b(doesn t|does not|don t|do not|won t|shouldn t|can t) cost (anything|a thing|a penny|a cent|money|me anything|a lot)\b|\bwithout (paying|pay|charge|fees?|cost|spending)\b|\bno (fees?|charge|charges|payment|tuition)\b|\bfree of charge\b|\bgratis\b|\bcomplimentary\b|\bno money\b|\b(can t|cannot) (afford|pay)\b|\bnot pay(ing)? (anything|a penny)\b|\bfor nothing\b|\bsubsidi[sz]ed\b/,
}

/** School exams and the words of cramming for them ("sat prep", "maths tutoring", "gaokao coaching"). */
const EXAMS = '(?:sat|act|gaokao|zhongkao|gcses?|a levels?|11 plus|eleven plus|entrance exams?|school exams?|college entrance(?: exams?)?|high school entrance(?: exams?)?|final exams?)'
const SUBJECTS = '(?:math|maths|mathematics|physics|chemistry|biology|science|homework|essay)'
const EXAM_TUTORING = new RegExp(
  `\\b(?:${EXAMS}(?: ${SUBJECTS})?|${SUBJECTS}) (?:tutoring|tutor|tutors|tuition|coaching|cramming|cram school|prep|preparation|revision|crash course)\\b` +
    `|\\b(?:(?!(?:its|it|the|a|an|my|his|her|some|any|for|no|need|want)\\b)[a-z]+ )?(?:exam|exams|test) (?:tutoring|tutor|tuition|coaching|cramming)\\b` +
    `|\\b(?:private )?(?:tutoring|tuition|tutor|cram school|cramming) for (?:my|our|his|her) (?:son|daughter|kids?|child|children|boy|girl|grandson|granddaughter)\\b|\\bcram school\\b` +
    `|\\b(?:prep|preparing|cramming|revising) for (?:the |my |his |her )?${EXAMS}\\b`, 'g')

/**
 * English exam tutoring in a normalised message, with where it sits: like the
 * Chinese 补习班, cramming for school exams is no lifelong-learning project,
 * so it is its own need, and nothing teaches it (query/colloquial-cues' examTutoring).
 */
export function englishExamTutoring(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(EXAM_TUTORING)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }))
}
