/**
 * @module query/english-world-words
 * English words of the many Englishes learners write in, beyond the British and
 * American core of query/english-words: how people in Singapore and Malaysia
 * ("can or not", "lah", "got class?"), India ("kindly", "do the needful",
 * "revert"), the Philippines ("po", "tita"), Nigeria and Ghana ("abeg",
 * "wahala"), older writers ("my hubby", "the grandkids") and NGO staff ask and
 * name the people around them. Two lists, joined to english-words' own:
 * words that never name a subject (they are never a need or an "unmet
 * skill": "the catalogue has no projects for “kindly”" must not happen), and
 * plain words of jobs, family and place that typo repair must read as typed
 * ("officer" is not a slip of "office", "hubby" not of "hobby").
 */

/**
 * How people address whom they write to, in the Englishes learners use: kin terms used for anyone (Nepali and Hindi
 * "dai", "didi", "bhai", "bhaiya"; Filipino "kuya", "ate"; Malay "abang", "kak"; Tamil "anna", "akka"; Arabic "habibi",
 * "akhi"), friends' words ("mate", "bro", "fam", "cuz", "bud", "chief", "lad"), and endearments ("love", "luv", "hun",
 * "dear"). Never a subject: a "more" or a request with one at its edge asks the same ("what else is there dai").
 */
export const ENGLISH_ADDRESS_WORDS: readonly string[] = `
dai didi bhai bhaiya bhaiyya bhayya behen bahini apu apa baji yaar ji sahib saab sahab huzoor
kuya ate manong manang tito tita abang bang kak kakak adik dik encik cik bos tuan puan
anna akka thambi machan macha machi da habibi habibti akhi ukhti ya akhi sidi
oga madam bros sista chale chaley charley
mate mates bro bruh brah bra bru fam cuz cuzzie bud buddy pal chief guv gov boss boyo lad lads
love luv hun hon dearie dear sweetie darling sir maam mam miss missus
ye yous youse yall ya
`.split(/\s+/).filter(Boolean)

/** Words of asking, politeness, particles, address and family that never say what to learn. */
export const WORLD_FILLER_WORDS: readonly string[] = [...ENGLISH_ADDRESS_WORDS, ...`
kindly needful revert reverting reverted share sharing shared advise advice advised enquire enquiring enquiry inquire
inquiring inquiry query queries requesting request requested require required requirement requirements prefer
lah leh lor la meh hor sia mah ah ar wah walao alamak aiyo aiyah aiya ya yah dey da ji po opo naman pala ba ha eh abeg
wahala sha jor oga sef nau biko ooo oo bro sis sir madam maam mam boss dear friend pal buddy guys folks
righto righty ta cheers mate mates g day gday hiya howdy oi sasa habari jambo sawubona eish ayoba shame
hubby hubs wifey missus mrs mr grandkids grandkid grandchildren grandchild grandson grandsons granddaughter granddaughters
nana nanna nan nonna lola lolo tita tito auntie aunty aunties uncle uncles amah ahma ahpa popo gonggong
narrow narrowing filter filtering filtered shortlist sort sorted refine suit suits suitable fit fits fitting
upskill upskilling reskill reskilling levelling leveling
someone something anything whichever relevant related regarding regards concerning pertaining
pls plss plz pleasee tq tqvm thankyou ty thanku thnx thks
also too as well plus additionally moreover furthermore then thereafter
here there nearby near around surrounding vicinity side
wanna wan nid need needs needing looking lookin searching
can cannot cant could possible possibly able or not
yrs yr yo y o years old aged
mode modes format formats real
`.split(/\s+/).filter(Boolean)]

/** Plain words of jobs, family, places and life situations: read as typed, never repaired into a bot word. */
export const WORLD_PLAIN_WORDS: readonly string[] = `
officer officers official officials cadre cadres clerk clerks secretary secretaries staff staffer staffers
worker workers labourer labourers laborers cleaner cleaners janitor guard guards caretaker caretakers caregiver
caregivers carer carers helper helpers maid maids nanny nannies cook cooks chef chefs waiter waitress cashier
driver drivers rider riders courier couriers porter mason bricklayer plumber carpenter welder electrician mechanic
tailor seamstress hairdresser barber beautician farmer farmers herder herders fisherman fishermen miner miners
nurse nurses midwife doctor pharmacist dentist lecturer tutor principal headmaster headmistress headteacher librarian
accountant banker lawyer engineer technician programmer developer designer manager supervisor foreman owner
shopkeeper vendor vendors hawker hawkers trader traders salesman saleswoman entrepreneur soldier soldiers sailor
police policeman policewoman firefighter pastor priest monk imam volunteer volunteers ngo ngos charity charities
homemaker housewife househusband undergrad postgrad intern interns apprentice apprentices trainee trainees
jobseeker jobseekers unemployed jobless smallholder smallholders livestock bedridden toddler toddlers teenager
hubby wifey grandkids grandchildren grandson granddaughter nana nanna lola lolo tita tito auntie aunty
kampung barangay estate hdb condo village villages hometown township prefecture
pensioner pensioners retiree retirees widow widower widowed divorced single married
kindly needful revert lah leh lor abeg
`.split(/\s+/).filter(Boolean)
