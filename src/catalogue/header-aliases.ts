/**
 * @module catalogue/header-aliases
 * Which spec field a spreadsheet header stands for. Staff write headers in
 * English (the field name) or Chinese (any alias of the spec), with stray
 * spaces or full-width letters; all of these must land on the same field.
 */
import { fold } from '../text/fold.js'
import { PROJECT_FIELDS } from './project.js'
import type { CatalogueProblem } from './catalogue-error.js'

/** A spec field a column can hold. */
export type CatalogueField = (typeof PROJECT_FIELDS)[number]

/**
 * The one table of headers staff write for each field, as listed in docs/catalogue-format.md: Chinese first (the
 * first is what exports write), then English; the field name itself always works too. Only words that name the
 * field on their own are here: a word a sheet often has beside another of the same field (联系人 beside 联系电话,
 * 上课地点 beside 地区, 邮箱 beside 电话) would turn a file that imports today into a "same column twice" refusal, so
 * such a column stays extra searchable text. No header may name two fields (checked when the table is read).
 */
export const FIELD_ALIASES: Record<CatalogueField, readonly string[]> = {
  id: ['编号', '项目编号', '课程编号', '项目代码', 'project id', 'course id', 'project code'],
  title: ['项目名称', '名称', '课程名称', '项目名', '课程名', '培训项目', '标题', 'name', 'project name', 'course name', 'course title', 'programme', 'program', 'course'],
  provider: ['主办单位', '高校', '承办单位', '主办院校', '学校', '举办单位', '院校名称', '院校', '主办方', '主办高校', '开设单位', '开课单位', '办学单位', '培训机构',
    'organiser', 'organizer', 'organisation', 'organization', 'university', 'institution', 'school', 'host', 'provided by'],
  summary: ['项目简介', '简介', '内容', '课程简介', '项目介绍', '课程介绍', '介绍', '描述', 'description', 'about', 'overview', 'details'],
  topics: ['领域', '主题', '类别', '分类', '学习领域', '课程类别', '项目类别', 'topic', 'category', 'categories', 'subject', 'subjects'],
  audiences: ['面向人群', '适用人群', '对象', '面向对象', '适用对象', '招生对象', '培训对象', '学习对象', '目标人群', '适合人群', '人群', '服务对象',
    'audience', 'target audience', 'target group', 'who for', 'learners', 'participants'],
  format: ['学习形式', '形式', '授课方式', '上课方式', '学习方式', '教学形式', '授课形式', '上课形式', '培训方式', '培训形式', '开展形式',
    'mode', 'delivery', 'delivery mode', 'learning mode', 'online or offline'],
  region: ['地区', '省份', '城市', '所在地', '地点', '所在地区', '所在城市', '区域', '省市', 'location', 'place', 'city', 'province', 'where'],
  fee: ['费用', '收费', '是否收费', '收费标准', '学费', '价格', '培训费', 'cost', 'price', 'fees', 'tuition', 'charge'],
  duration: ['时长', '学时', '课时', '学习时长', '课程时长', '周期', 'length', 'hours', 'how long'],
  start_date: ['开课时间', '开始日期', '开课日期', '开始时间', '开班时间', 'start', 'starts', 'begins', 'from'],
  end_date: ['结束日期', '结束时间', '结课时间', '结课日期', 'end', 'ends', 'until'],
  enroll: ['报名方式', '报名途径', '报名渠道', '报名方法', '如何报名', '报名', 'enrol', 'enrolment', 'enrollment', 'how to enroll', 'how to enrol', 'registration', 'how to register', 'how to apply', 'sign up', 'apply'],
  contact: ['联系方式', '电话', '联系电话', '咨询电话', '咨询方式', 'phone', 'telephone', 'tel', 'contact info', 'contact details'],
  url: ['链接', '网址', '网页', '网站', 'link', 'website', 'web', 'web page'],
  title_en: ['英文名称', '英文标题', 'english title', 'english name', 'title in english'],
  summary_en: ['英文简介', '英文介绍', 'english summary', 'english description', 'summary in english'],
  tags: ['标签', '关键词', '关键字', 'tag', 'keywords', 'keyword'],
  status: ['状态', '项目状态'],
}

/** Fields every project must have a column (and a value) for. */
export const REQUIRED_FIELDS: readonly CatalogueField[] = [
  'id', 'title', 'provider', 'summary', 'topics', 'audiences', 'format',
]

/** Fields whose cells hold several values. */
export const LIST_FIELDS: readonly CatalogueField[] = ['topics', 'audiences', 'tags']

/** A header and the ways people join its words: "start date", "start_date", "start-date", "startdate". */
function spellings(header: string): string[] {
  const folded = fold(header)
  return [...new Set([folded, ...[' ', '_', '-', ''].map((joint) => folded.replace(/[ _-]+/g, joint))])]
}

const LOOKUP: Map<string, CatalogueField> = (() => {
  const map = new Map<string, CatalogueField>()
  for (const field of PROJECT_FIELDS) {
    for (const header of [field, ...FIELD_ALIASES[field]]) {
      for (const key of spellings(header)) {
        const other = map.get(key)
        if (other && other !== field) throw new Error(`header "${header}" names both ${other} and ${field} in FIELD_ALIASES`)
        map.set(key, field)
      }
    }
  }
  return map
})()

/**
 * The field a header names, or null for a column the spec does not know
 * (kept as extra text). Case, surrounding spaces and full-width forms are
 * ignored, and so are the notes staff put in templates: a required-mark
 * asterisk ("*编号") or a hint in brackets ("费用（元）", "开课时间(YYYY-MM-DD)").
 */
export function fieldForHeader(header: string): CatalogueField | null {
  const key = fold(header)
  const exact = LOOKUP.get(key)
  if (exact) return exact
  const bare = key.replace(/^\*+|\*+$/g, '').replace(/\s*[([][^)\]]*[)\]]\s*$/, '').replace(/^\*+|\*+$/g, '').trim()
  return LOOKUP.get(bare) ?? null
}

/** The header an export writes for a field: the spec's first Chinese alias. */
export function chineseHeader(field: CatalogueField): string {
  return FIELD_ALIASES[field][0]
}

/**
 * The problem of two columns (or keys) that name one field, e.g. 主办院校 beside 主办单位: both are named, and the
 * field in the words of the export header, so staff see which two to merge. Tables and JSON/YAML share it.
 */
export function columnTwice(row: number, header: string, earlier: string, field: CatalogueField): CatalogueProblem {
  return {
    row, column: header, code: 'column_twice', params: { header, earlier, name: chineseHeader(field), field },
    reason: `"${header}" and "${earlier}" both mean ${field}; keep only one of them`,
  }
}
