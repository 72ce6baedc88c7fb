/**
 * @module query/format-places
 * Where learning happens, read by the shape of the sentence rather than by a list of places: a going verb, any
 * place noun closed by a locative or a place suffix, maybe whom one learns with, then a learning verb ("到村部跟老师学",
 * "上镇里文化站听课", "跑去人家店里跟着学") is in person; staying somewhere, any place, then learning through a medium
 * ("蹲在地头拿手机学", "在厂里宿舍用手机听课") is online; and not wanting to travel, said with any place or none
 * ("不想往城里跑", "不想来回跑", "出不了门") is online. The place noun itself is never listed: the locatives (里, 上,
 * 那儿, 跟前…) and the suffixes that make a noun a place (站, 室, 部, 场, 院, 校…) are closed classes, so a village
 * office or a workshop nobody wrote down is read the same way. query/format-reading adds these frames to its own.
 */

/** The words a frame is built from: format-reading's media, learning verbs and home words (regex sources). */
export interface PlaceWords { media: string; learn: string; home: string }

/** Locatives that close a place noun ("村里", "镇上", "老师那儿", "师傅跟前"). */
const LOCATIVE = '(?:里头|里面|里|上|那儿|那里|那边|这儿|这里|跟前|边上|旁边|附近)'
/** Suffixes that make a noun a place ("文化站", "活动室", "村部", "养殖场", "职校", "敬老院", "店"). */
const PLACE_SUFFIX_WORDS = '(?:点|站|室|馆|堂|中心|校|学院|大学|机构|场|所|院|部|处|委会|会|队|社|城|镇|村|乡|县|屯|寨|店|厂|园|基地|班|田|棚|地头|工地)'
/** Whom one learns with there ("跟老师", "找师傅", "跟着人家", "听专家"): seeing them is being there. */
const WITH_WHOM = '(?:(?:跟|找|随|听|看)(?:着)?(?:老师|师傅|师父|人家|专家|技术员|老乡|大伙|大家|人)?(?:们)?(?:当面|现场|手把手)?)?'
/** Going there (上 only where a clause or a wish opens: 早上, 网上, 镇上 are no going). */
const GO = '(?:(?:跑|赶|走|坐车)?(?:去|到)|跑|进|奔|(?<=^|[\\s，,。；;！!？?]|我|想|要|得|就|都|还|也|能|可以|愿意|天天|每天)上)'
/** Staying somewhere (在, and the postures that say it: 蹲在, 窝在, 坐着). */
const STAY = '(?:在|坐在|待在|呆在|蹲在|躺在|窝在|趴在|坐|躺|蹲|窝)'
/** Not wanting or not able to travel, before the trip ("不想往城里跑", "懒得大老远去"). */
const WONT_GO = '(?:不用|不必|不想|不愿|不愿意|不能|没法|懒得|不方便|不便|不爱|不喜欢|怕|不敢|跑不动|走不动)(?:再|老|天天|总)?'

/** The frames, built from format-reading's word classes: a Record of the online and the in-person ones. */
export function placeFrames(words: PlaceWords): { online: RegExp[]; offline: RegExp[] } {
  const { media, learn, home } = words
  // One character of a place noun: a Han character that starts no medium, learning verb, clause word or time (a
  // school's name holds 学: 学校, 培训点 are taken whole). Going home is no trip to class: an in-person place starts
  // with no home word; a place one stays at may be home.
  const unit = '(?:学校|学院|大学|学堂|培训(?:学校|中心|点|站|班|基地|机构))'
  const placeChar = `(?:${unit}|(?!${media}|${learn}|跟|找|随|听|在|想|要|能|可以|时候|时间|年|月|天|了|的时|去|到)\\p{Script=Han})`
  const place = `(?:${placeChar}{1,6}?(?:${LOCATIVE}?的${placeChar}{0,5}?)?)`
  const awayPlace = `(?!${home})${place}`
  const suffix = `(?:${unit}|${PLACE_SUFFIX_WORDS})`
  return {
    offline: [
      // Going to a place closed by a locative or a place suffix, maybe to someone, then learning there.
      new RegExp(`${GO}${awayPlace}(?:${suffix}|${LOCATIVE})(?:${LOCATIVE})?(?:去|来)?${WITH_WHOM}(?:${learn}|听讲座)(?!过)`, 'u'),
      // Being at a place away from home with someone who teaches there ("在村部跟老师学", "在厂里找师傅学"), or that place
      // named as the kind of class ("在文化站学的"): in person. Not a past 学过, which tells a story.
      new RegExp(`${STAY}${awayPlace}${suffix}(?:${LOCATIVE})?(?:(?:跟|找|随|听)(?:着)?(?:老师|师傅|师父|人家|专家|技术员)(?:们)?(?:当面|现场|手把手)?(?:${learn}|听讲座)(?!过)|(?:${learn})的(?=$|[\\s，,。！!？?]|课|班|培训|那种))`, 'u'),
    ],
    online: [
      // Staying at any place, then learning through a medium ("蹲在地头拿手机学", "在厂里宿舍用手机听课").
      new RegExp(`${STAY}${place}(?:${suffix}|${LOCATIVE})?(?:${LOCATIVE})?(?:就|也)?(?:用|拿|对着|看着?|通过|跟着|捧着|抱着)${media}{1,2}(?:上|里)?(?:就|也)?(?:能|可以)?(?:来)?(?:${learn}|听|看)`, 'u'),
      // Not wanting to travel, to any place or none ("不想往城里跑", "不想来回跑", "懒得大老远跑去"): online.
      new RegExp(`${WONT_GO}(?:往|去|到)?(?:${placeChar}{0,4}?)(?:来回|大老远|老远|远远|大远|远)?(?:地)?(?:跑|去跑|跑去|奔波|折腾|出远门|出门)`, 'u'),
      // Not able to leave home ("出不了门", "出不去门", "不方便出门").
      /出不(?:了|去)(?:家)?门|(?:不能|不便|不方便|不好)出(?:远)?门/,
      // The kind that is watched on a medium ("那种看视频的", "对着手机学的课"); not learning to watch (学看视频的).
      new RegExp(`(?<![学会教])(?:看|对着|盯着|抱着)${media}{1,2}(?:学|上课|听课)?的(?=$|[\\s，,。！!？?]|课|班|培训|那种)`, 'u'),
    ],
  }
}
