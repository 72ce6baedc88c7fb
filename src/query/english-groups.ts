/**
 * @module query/english-groups
 * People asked FOR in English: "for the workers in our factory", "for the staff
 * at our community office", "for the lads working on my site", "for the farming
 * households in our village", "for a women's group", "for parents of primary
 * kids". The asker is not the learner; a group is, named by a head word and the
 * place that owns it (the place decides for plain words like "workers" and
 * "staff": a factory or an office makes employees, a building site migrant
 * workers, a community office community workers). Implied cues, like
 * query/english-people, so the place words ("factory", "village") describe the
 * learners and are no subject. Text is normalised (lower case, "women's" reads
 * "women s").
 */
import type { Cue } from './cues.js'

const cue = (id: string, source: string): Cue => ({ kind: 'audiences', id, pattern: new RegExp(source), explicit: false })

/** Who the group is said to belong to. */
export const OUR = '(?:our|the|my|a|this|that)(?: local| little| small| big)?'
/** Plain words for a group of people at work or together (query/english-heads reads them as a noun phrase's head too). */
export const PEOPLE = '(?:workers|staff|employees|colleagues|team|crew|guys|lads|boys|blokes|fellas|men|people|folks|members|hands|workmates)'
/** Linking the group to its place. */
export const AT = '(?:at|in|from|of|on|working (?:at|in|on)|who work (?:at|in|on))'

/** The group cues, one per audience. */
export const ENGLISH_GROUP_CUES: readonly Cue[] = [
  cue('employees', `\\b${PEOPLE} ${AT} ${OUR} (?:factory|plant|workshop|company|firm|office|department|warehouse|mill|bank|hospital|hotel|shop|store|branch|workplace)\\b|\\b(?:our|my) (?:factory|company|firm|office|department|warehouse|plant) (?:workers|staff|employees|team)\\b`),
  cue('migrant-workers', `\\b${PEOPLE}(?: from (?:the )?(?:countryside|villages?|provinces?|rural areas?|the country))? ${AT} ${OUR} (?:building |construction )?(?:site|sites|building site)\\b|\\b(?:our|my) (?:site|building site|construction site) (?:workers|lads|crew|guys)\\b|\\b${PEOPLE} (?:on|in) (?:our|my|the) (?:work )?crew(?: who (?:came|come|are) from (?:the )?(?:provinces|countryside|villages?|rural areas?))?`),
  // Working people said with where they come from ("workers from the countryside", "labourers out of the villages"):
  // people who left the land to work, whatever the head word.
  cue('migrant-workers', `\\b(?:workers|labou?rers|hands|working people|people working|folks working|those working)(?: who (?:came|come|moved|are))? (?:from|out of) (?:the |a |our |their )?(?:countryside|villages?|rural areas?|provinces?|hometowns?|interior|upcountry)\\b`),
  // The same people said by the leaving ("workers who left their hometown", "labourers who had to leave the village").
  cue('migrant-workers', `\\b(?:workers|labou?rers|hands|working people|people|folks|those)(?: who| that)? (?:have |had |had to |have had to )?(?:left|leave|leaving) (?:the |a |our |their |his |her |my )?(?:home )?(?:countryside|villages?|rural areas?|provinces?|hometowns?|home towns?|home provinces?|farms?|land)\\b`),
  cue('community-workers', `\\b${PEOPLE} ${AT} ${OUR} (?:community|neighbou?rhood|residents|street|village) (?:office|centre|center|committee|station|council)\\b|\\b(?:community|neighbou?rhood|residents committee) (?:staff|workers|team|officers|volunteers)\\b`),
  cue('farmers', `\\b(?:farming|farm|rural|peasant) (?:households|families|folk|folks|people|communities)(?: (?:in|of|from) ${OUR} (?:village|area|county|town))?\\b|\\b(?:households|families|villagers|growers) (?:in|of|from) ${OUR} village\\b|\\b(?:members|farmers|growers) (?:of|in|from) (?:our|the|a|my) (?:farming |farmers |agricultural |village )?(?:co ?op|cooperative)\\b`),
  cue('women', `\\bwomen ?s (?:group|club|association|federation|circle|collective|co ?op)\\b|\\b(?:ladies|mums|moms|mothers|housewives) (?:group|club|circle)\\b|\\b(?:ladies|women|mums|moms|mothers) (?:in|at|of|from) (?:our|the|a|my) (?:self help |savings |village |church |temple |local )?(?:women ?s |ladies |mothers |mums |moms )?(?:group|club|circle|association|society)\\b|\\b(?:women|ladies|mums|moms) ${AT} ${OUR} (?:village|estate|community|church|neighbou?rhood)\\b`),
  cue('elderly', `\\b(?:aunties|uncles|grannies|grandmas|grandpas|elders|old folks|seniors)(?: ${AT} ${OUR} (?:temple|church|mosque|gurdwara|club|society|village|estate))? who are (?:all )?(?:over|above|past) (?:60|65|70|75|80|sixty|seventy|eighty)\\b|\\b(?:old folks|old people|older people|elderly people|elderly|seniors|pensioners|residents|old timers) ${AT} ${OUR} (?:day centre|day center|care home|nursing home|old people s home|retirement home|senior centre|senior center|community centre|community center|village|estate)\\b`),
  // A child at primary school or younger: the parent speaks ("i have a daughter in primary school").
  cue('parents', `\\b(?:have|has|ve got|got) (?:a |an |one |two |three |\\d )?(?:little |young |small )?(?:kids?|children|child|sons?|daughters?|boys?|girls?) (?:in|at|who (?:is|are) in) (?:primary|elementary|nursery|kindergarten|preschool|grade school|infant school|reception)(?: school)?\\b|\\b(?:my|our) (?:kids?|children|child|sons?|daughters?)(?: is| s| are| who is)? (?:in|at) (?:primary|elementary|nursery|kindergarten|preschool)(?: school)?\\b|\\b(?:my|our) (?:kids?|children|child|sons?|daughters?)(?: is| s| are| who is)? in (?:year|grade|class|standard|primary) (?:[1-6]|one|two|three|four|five|six)\\b`),
  cue('parents', `\\bparents? of (?:(?:primary|secondary|school|young|little|small|teenage|preschool|nursery) )?(?:school )?(?:age )?(?:kids|children|pupils|students|schoolers|toddlers|teens|teenagers)\\b`),
  cue('veterans', `\\b(?:former|fellow|old|ex) (?:soldiers|servicemen|comrades|army mates)\\b|\\b(?:army|military|service) (?:mates|buddies|friends|comrades)\\b`),
  cue('people-with-disabilities', `\\b(?:disabled|deaf|blind|handicapped|visually impaired|hearing impaired|physically challenged|differently abled|specially abled|special needs|wheelchair bound) (?:people|persons|friends|members|folks|residents|adults|kids|children|learners|students|community|ones)\\b`),
  // The group said by its adjective alone ("for the handicapped", "courses for the blind", "for disabled"), like "for the elderly".
  cue('people-with-disabilities', `\\bfor (?:the )?(?:handicapped|disabled|blind|deaf|visually impaired|hearing impaired|physically challenged|differently abled|specially abled|mentally challenged|wheelchair bound|wheelchair users?|pwds?)\\b`),
]
