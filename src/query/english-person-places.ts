/**
 * @module query/english-person-places
 * The places and livelihoods an English self-description names (the country a
 * person comes from, a school out in the hills, what a farmer grows): kept apart from
 * the roles in english-people.ts, which read them, so each file stays one size.
 */

/** Crops and animals a farmer grows or keeps. */
export const FARM_GOODS = '(?:crops|rice|wheat|corn|maize|millet|sorghum|cassava|yams?|beans|soy ?beans|peanuts|groundnuts|vegetables|veg|fruits?|tea|apples|oranges|grapes|cotton|potatoes|sugar ?cane|tobacco|rubber|coffee|cocoa|palm oil|pigs|chickens|hens|ducks|geese|cows|cattle|sheep|goats|bees|fish|rabbits|livestock|poultry)'

/** A farmer's verbs, and a count of what they keep. */
const FARM_VERB = '(?:grows?|keeps?|raises?|rears?|breeds?|plants?|farms?)'
const FARM_COUNT = '(?:some|a few|a couple of|a lot of|lots of|many|\\d+)'
/**
 * More of what is grown and kept, each maybe with its own verb or count ("rice and keep ducks", "maize, some pigs":
 * the comma is gone in the normalised text, so a verb or a count alone joins it too).
 */
export const MORE_FARM_GOODS = `(?:(?:(?:,| and| &) (?:${FARM_VERB} )?(?:${FARM_COUNT} )?| ${FARM_VERB} (?:${FARM_COUNT} )?| ${FARM_COUNT} )${FARM_GOODS})*`

/** A school said with where it lies, out in the country ("a little school up in the hills", "a primary in a village"). */
export const SCHOOL_OUT_THERE = '(?:school|primary|primary school|kindergarten|middle school) (?:out |up |down |deep |far )?(?:in|on) (?:the |a |some )?(?:remote |poor |small |little )?(?:countryside|mountains|mountain|hills|highlands|villages?|sticks|bush|outback|backwoods|rural areas?|township)'

/**
 * Where the person comes from, lives or works, or how far from home they are, said after the role ("a migrant
 * worker from the countryside", "a housewife in the countryside", "a carer out in the sticks", "i work in a factory
 * far from home"): part of who they are, so the place word is no subject and "far" no need-word. Any locative
 * preposition joins any role to any such place: nobody needs to have written the pair down.
 */
export const PERSON_ORIGIN = '(?: (?:from|out of|in|out in|up in|down in|at|on|living in|who lives in|based in|back in) (?:the |a |my |our |his |her |this |that )?(?:small |poor |remote |little |tiny |quiet )?(?:countryside|country|village|villages|provinces?|rural areas?|mountains?|mountain villages?|hills|highlands|outback|backwoods|hometown|home town|farm|sticks|bush)| (?:far|a long way|miles|thousands of (?:km|kilometres|kilometers|miles)) (?:away )?from (?:home|my (?:family|hometown|home town|village|province|kids|wife|husband)))?'
