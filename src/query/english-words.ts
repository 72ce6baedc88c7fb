/**
 * @module query/english-words
 * The English words that carry no subject: how people ask ("got any", "I'd
 * love to", "dunno where to start"), steer a chat ("forget that", "instead",
 * "switch to"), point ("this one", "for him"), or place a request ("near",
 * "Province", "City"). None of them is ever something to learn, so none may
 * become a need-word, a search term or an "unmet skill" ("the catalogue has
 * no projects for “forget”"). Written from how English speakers type on a
 * phone, British and American, not from any one sentence. Words that can be a
 * subject (drive, swim, cook, money, phone, business) are never listed here.
 */
import { lemmaEnglish, stemEnglish } from '../text/english.js'
import { WORLD_FILLER_WORDS, WORLD_PLAIN_WORDS } from './english-world-words.js'

const WORDS = `
a an the and or but nor so yet if whether then than as at by for from in into of off on onto out over to up upon with within without
about above across after against along among around before behind below beneath beside besides between beyond down during
except inside near nearby outside past since through throughout till toward towards under until via per plus
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself
it its itself they them their theirs themselves one ones someone somebody anyone anybody everyone everybody nobody none
this that these those there here where wherever when whenever what whatever which whichever who whom whose why how however
am is are was were be been being do does did doing done have has had having get gets got gotten getting
can could will would shall should may might must ought need needs needed wanna gonna gotta lemme dunno
im ive id ill youre theyre thats whats heres theres wheres hows dont doesnt didnt cant cannot couldnt wont wouldnt
isnt arent wasnt werent havent hasnt shouldnt m s t re ve ll d
doesn don didn isn aren wasn weren haven hasn couldn wouldn shouldn won ain mustn needn
want wants wanted wanting like likes liked love loved lovely keen eager hope hoping hoped wish wishing wished
would rather prefer preferably prefered preferred ideally perhaps maybe possibly probably really actually just also too
very quite pretty rather somewhat bit little lot lots much many more most less least few several some any all both each
every either neither other others another else instead again still already even ever never always sometimes often usually
only alone mostly mainly especially particularly specifically exactly basically simply kind sort kinds sorts
please pls plz thanks thank thx cheers ta sorry excuse hello hi hey hiya yo dear ok okay alright sure yes yeah yep
no nope nah well oh ah um uh hmm erm btw fyi lol haha anyway anyways also plus
course courses class classes lesson lessons program programs programme programmes project projects training trainings
session sessions workshop workshops seminar seminars lecture lectures module modules option options choice choices
opportunity opportunities offer offers offering offerings event events activity activities thing things stuff something
anything everything nothing somewhere anywhere everywhere way ways idea ideas suggestion suggestions recommendation
recommendations list lists menu menus info information detail details result results page pages catalogue catalog item items
learn learns learned learnt learning study studies studied studying studyin train trained take taking took join joining
joined attend attending attended enrol enroll enrolling enrolled sign register signing apply applying applied
find finding found look looking looked search searching searched seek seeking show showing shown see seeing saw seen
tell telling told give giving gave given recommend recommending recommended suggest suggesting suggested help helping helped
check checking checked explore exploring browse browsing try trying tried start starting started begin beginning began begun
forget forgot forgotten forgetting switch switching change changing changed swap move instead clear clearing
reset restart again over stop cancel never mind nevermind fine good great nice cool fun interesting useful worthwhile worth
new next last first second third previous current same different various suitable appropriate relevant
available open free offered running upcoming anybody whoever whatever somewhere
know knows knew known think thought guess wonder wondering wondered mean meant say said ask asked asking reckon reckons reckoned suppose spose
go goes going went come comes coming came make making made let lets put keep kept
now today tonight tomorrow soon later currently nowadays lately recently
able possible allowed eligible qualify
where start beginner beginners basics basic intro introduction introductory starter level levels easy simple
school schools year years month months week weeks day days hour hours time times weekend weekends evening evenings
morning mornings afternoon afternoons night nights noon
prevent preventing avoid avoiding protect protecting improve improving understand understanding deal dealing handle
become becoming get better grow growing develop developing use using play plays playing played
charge charges charged cost costs costing price prices priced fee fees paid pay paying cheap expensive budget affordable yuan rmb kuai
two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred dozen couple
work works worked working full part fulltime parttime home homes house venue venues location locations place places spot centre center centres centers everyday daily surprise random whatever
people person persons individual individuals folk folks those whoever guy guys
best ideal perfect preferable suit suits suited suitable keen needs wanted plan plans mind rethink
husband wife partner spouse friend friends colleague colleagues neighbour neighbor neighbours neighbors boyfriend girlfriend
pick picks picking picked choose choosing chose not unsure certain decide decided deciding tbh idk imo tbf ngl asap rn atm ty np omg tho though cuz coz cos cause because bc honestly frankly
ay ny sth smth pls plz u ur r yr thx tks
okay fine kinda sorta whats
near nearby around whereabouts close local locally area areas region regions province provinces city cities town towns county counties
district districts prefecture municipality autonomous based live lives living lived located stay staying from reside resides residing resident residing hail hails hailing
ps fyi btw forgot mention mentioned also aside anyway incidentally
lowkey highkey fr frfr istg iykyk bestie fam bro sis vibe vibes deadass literally tryna ye yer yous youse aye eh innit mate
fancy fancies fancied group groups practical kindly assist hustle hustles hustling grind grinding beg begging finna fixin
`

/**
 * How a reader reacts to what was shown, approving or only acknowledging it, in the Englishes people type
 * ("grand" in Ireland, "ace" and "brilliant" in Britain, "bonza" in Australia, "awesome" in America, "noted"
 * at work): the reaction carries no subject, so "grand, any more?" asks for more and "brilliant, any cooking
 * classes?" for cooking. Words that can be a subject or a thing ("sound", "sweet", "magic", "class") are left out.
 */
export const ENGLISH_REACTION_WORDS: readonly string[] = `
grand brilliant ace champion awesome fab fabulous wicked splendid excellent super superb fantastic terrific
marvellous marvelous wonderful amazing smashing cracking lush tidy braw belter beaut bonza bonzer ripper grouse
noice neat dope rad epic gr8 legend legendary gorgeous delightful lovely nice cool great perfect
okey dokey okie oki righto rightio alrighty roger gotcha noted understood kk
`.split(/\s+/).filter(Boolean)

/** The filler words as written (typo repair targets); see {@link ENGLISH_FILLER}. */
export const ENGLISH_FILLER_WORDS: readonly string[] = [...WORDS.split(/\s+/).filter(Boolean), ...WORLD_FILLER_WORDS, ...ENGLISH_REACTION_WORDS]

/** English words that never name a subject, in every form the understander and the search compare. */
export const ENGLISH_FILLER: ReadonlySet<string> = (() => {
  const out = new Set<string>()
  for (const w of ENGLISH_FILLER_WORDS) {
    out.add(w)
    out.add(stemEnglish(w))
    out.add(lemmaEnglish(w))
  }
  return out
})()

/**
 * Everyday English words a typo may be repaired towards beyond the filler and
 * the taxonomy: the words of follow-up questions and of the people learners say
 * they are, so "aply", "contcat", "labourerr" and "pensoiner" are read.
 */
export const ENGLISH_COMMON_WORDS: readonly string[] = `
apply sign register enrol enroll join contact phone number call email website link address location venue place where
when date dates start starts starting begin begins finish finishes end ends how much cost costs price fee fees free
charge charges paid pay long duration weeks months hours schedule timetable time times online offline person classroom
remote virtual hybrid blended face campus site first second third fourth fifth sixth last top number details about
more others another else anything something everything nothing please thanks instead switch change forget about
teacher teachers teach teaching school schools village villages rural countryside mountain remote farmer farmers farm
farming grow growing crops rice vegetables fruit pigs chickens cattle worker workers work working factory construction
building site sites delivery courier driver migrant labourer laborer retired retiree pensioner pensioners senior seniors
elderly older old grandma grandpa grandmother grandfather grandparent grandparents mother father mum mom dad parent
parents kid kids child children son daughter teenager teen young youth student students graduate woman women female
ladies veteran veterans army military soldier served disability disabled wheelchair blind deaf community volunteer
employee employed office professional company job jobs career business skills skill training course courses class
classes programme programmes program programs learn learning study lesson lessons beginner beginners basic basics
tutoring tutor tuition exam exams math maths
`.split(/\s+/).filter(Boolean)

/**
 * Plain English words of everyday life, read as typed and never as a slip of
 * a bot word: without them "left the army" read "let the army", "drives"
 * read "drivers" and "scuba diving" read "scuba driving". Not repair targets,
 * so they widen nothing; hobbies and subjects nobody may teach are here too,
 * so they stay themselves and honestly find nothing.
 */
export const ENGLISH_PLAIN_WORDS: readonly string[] = `
left leave leaves leaving army navy forces drive drives driving drove bike scooter motorbike van truck lorry taxi
deliver delivers delivered deliveries parcel parcels package packages takeaway food meal meals
live lives lived living life move moved came come went go gone stay stayed son sons daughters kids husband wife
brother sister aunt uncle cousin granny grandad nan folks family families friend friends neighbour neighbor
wheelchair walk walking see hear hearing sight eyes ears legs body health healthy sick ill hospital doctor nurse
office local town city cities countryside province county district street home house flat apartment room
year years old age aged young older younger teen teens teenage boy girl baby babies toddler
money pay paid cheap price cost save saving savings bank loan debt rent bill bills tax taxes pension insurance
phone phones mobile smartphone computer laptop tablet internet email app apps video videos photo photos camera
read reading write writing speak speaking talk talking listen listening watch watching sing singing dance dancing
paint painting draw drawing cook cooking bake baking sew sewing knit knitting fix fixing repair repairs build building
grow crops plant planting harvest field fields land tea rice wheat corn fruit vegetables garden gardening
keep kept run running ran own owned sell selling sold buy buying bought shop shops shopping market
help helping care caring look looking after before during since while still ever never always
need needs want wants like likes love hate enjoy try tried hope wish plan plans decide
busy tired free spare weekend weekends evening evenings morning mornings night nights afternoon holiday holidays
near far close away abroad back again since already just only also even maybe really quite very
good better best bad worse worst easy hard difficult simple slow fast quick new
teach teaches taught teacher lesson homework exam exams test tests grade grades school college university uni
job jobs boss company factory shift shifts wage wages salary contract hours overtime
language english chinese mandarin cantonese speak
diving dive swim swimming surf surfing ski skiing skate skating golf tennis football soccer basketball
volleyball badminton chess yoga boxing karate judo kung fu climbing hiking fishing hunting sailing rowing
riding horse horses plane planes pilot flying fly boat boats car cars motorcycle tractor
violin guitar piano drum drums flute trumpet cello ukulele harp pottery ceramics knitting crochet quilting woodwork
carving tattoo makeup nails hair barber hairdresser magic juggling acting theatre theater film films movie movies
astronomy astrology poetry novel novels history maths math physics chemistry biology geography science
wine beer coffee cake cakes bread pastry sushi noodles dumplings
gran gramps nana nanna mama mamma momma mam papa pops grandmum niece nieces nephew nephews lad lads bloke blokes fella fellas mate mates missus hubby workmates
household households smallholding pushing turned turning seventies eighties sixties nineties firm firms books accounts bookkeeping payroll
man men guy guys gal lad mum mom dad son kid boy nan pop job art tea pig cow hen egg car bus van tax law age war pen ink
sew gym fit cut dye tai chi uni vet oap bee bees pet pets dog dogs cat cats sun web net tv pc diy
didi uber meituan eleme taobao jd pinduoduo douyin kuaishou tiktok xiaohongshu wechat alipay dingtalk zoom
darts archery fencing bowling billiards snooker poker bridge mahjong scrabble sudoku crossword bingo cricket rugby hockey
baseball softball netball squash pilates zumba kickboxing taekwondo wrestling parkour skateboarding snowboarding kayaking
canoeing cycling marathon triathlon bagpipe bagpipes banjo accordion saxophone harmonica clarinet trombone tuba origami
scrapbooking taxidermy bartending mixology sommelier barista manicure pedicure lashes eyebrows waxing dj rap beatbox
gaming esports fortnite minecraft roblox lego sat lsat mcat gmat ielts toefl gre learner learners human humans
late early mid fifties forties born ago ages staff state supply primary started starting entered union unions club clubs federation
private clients client womens mens province provinces maize
wee bairn bairns wean weans lass lasses lassie da mammy maw plot plots folks likkle pickney
hill hills highlands outback backwoods prosper prospers prospering prosperous prosperity thrive thriving flourish flourishing timer timers
send sends sent sending ship ships shipped shipping post posts posted posting mail mailed courier couriers container containers cargo goods
lottery lotto jackpot weather forecast rain score scores news headlines won win winner winners ticket tickets flight flights visa passport
deposit landlord landlady salary salaries owe owes owed refund match matches game games train trains hotel hotels dentist rate rates exchange
`.split(/\s+/).filter(Boolean).concat(WORLD_PLAIN_WORDS)
