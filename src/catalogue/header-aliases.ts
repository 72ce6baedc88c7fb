/**
 * @module catalogue/header-aliases
 * Which spec field a spreadsheet header stands for. Staff write headers in
 * English (the field name) or Chinese (any alias of the spec), with stray
 * spaces or full-width letters; all of these must land on the same field.
 */
import { fold } from '../text/fold.js'
import { PROJECT_FIELDS } from './project.js'

/** A spec field a column can hold. */
export type CatalogueField = (typeof PROJECT_FIELDS)[number]

/** The Chinese aliases of every field, as listed in docs/catalogue-format.md; the first is what exports use. */
export const FIELD_ALIASES: Record<CatalogueField, readonly string[]> = {
  id: ['编号', '项目编号'],
  title: ['项目名称', '名称'],
  provider: ['主办单位', '高校', '承办单位'],
  summary: ['项目简介', '简介', '内容'],
  topics: ['领域', '主题', '类别'],
  audiences: ['面向人群', '适用人群', '对象'],
  format: ['学习形式', '形式'],
  region: ['地区', '省份', '城市'],
  fee: ['费用'],
  duration: ['时长', '学时'],
  start_date: ['开课时间', '开始日期'],
  end_date: ['结束日期'],
  enroll: ['报名方式'],
  contact: ['联系方式', '电话'],
  url: ['链接', '网址'],
  title_en: ['英文名称'],
  summary_en: ['英文简介'],
  tags: ['标签', '关键词'],
  status: ['状态'],
}

/** Fields every project must have a column (and a value) for. */
export const REQUIRED_FIELDS: readonly CatalogueField[] = [
  'id', 'title', 'provider', 'summary', 'topics', 'audiences', 'format',
]

/** Fields whose cells hold several values. */
export const LIST_FIELDS: readonly CatalogueField[] = ['topics', 'audiences', 'tags']

const LOOKUP: Map<string, CatalogueField> = (() => {
  const map = new Map<string, CatalogueField>()
  for (const field of PROJECT_FIELDS) {
    map.set(fold(field), field)
    // "start date", "start-date" and "startdate" are what people type for start_date.
    map.set(fold(field.replace(/_/g, ' ')), field)
    map.set(fold(field.replace(/_/g, '-')), field)
    map.set(fold(field.replace(/_/g, '')), field)
    for (const alias of FIELD_ALIASES[field]) map.set(fold(alias), field)
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
