/**
 * @module bench/generate-catalogue
 * A deterministic generator of realistic-looking catalogue projects, for
 * import and search benchmarks and for the large-file tests. Labels come
 * from the taxonomy, so every generated file imports cleanly.
 *
 * @example node bin/run-ts.js bench/generate-catalogue.ts --rows 100000 --out /tmp/catalogue-100k.csv
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { stringify } from 'csv-stringify/sync'
import type { Project } from '../src/catalogue/project.js'
import { PROJECT_FIELDS } from '../src/catalogue/project.js'
import { chineseHeader } from '../src/catalogue/header-aliases.js'
import { loadTaxonomy, type Taxonomy } from '../src/catalogue/taxonomy.js'
import { seededRandom as random } from '../src/search/lsa.js'

/** What to generate. */
export interface GenerateOptions {
  rows: number
  taxonomy: Taxonomy
  /** Same seed, same catalogue (default 1). */
  seed?: number
  /** Pad summaries to about this many characters (max 4000), to make big files. */
  summaryChars?: number
  /** Id prefix (default "GEN"). */
  prefix?: string
}

const SKILLS: Record<string, string[]> = {
  'digital-skills': ['智能手机应用', '网上办事与预约挂号', '移动支付安全', '短视频拍摄与剪辑', '办公软件', '网购与快递查询'],
  ai: ['大模型应用入门', 'AI绘画与海报设计', '智能问答工具', 'AI辅助办公', '人工智能通识'],
  'rural-revitalization': ['农村电商直播', '茶叶直播带货', '乡村民宿经营', '合作社财务管理', '村级事务公开'],
  'energy-power': ['光伏板清洗与故障排查', '电动自行车充电安全', '家庭用电安全', '低压电工实操', '充电桩运维'],
  'health-elderly-care': ['失能老人照护', '慢病管理与合理用药', '中医养生保健', '家庭急救技能', '认知症照护'],
  'vocational-skills': ['家政服务', '电工证考前辅导', '焊工技能', '育婴师', '中式烹调师'],
  'culture-arts': ['书法', '国画山水', '合唱与声乐', '剪纸非遗', '摄影基础'],
  'teacher-development': ['信息化教学设计', '乡村课堂AI备课', '班主任工作艺术', '作文批改与指导'],
  'family-education': ['亲子沟通', '家庭教育指导', '青春期心理疏导', '隔代教养'],
  'law-finance': ['防范电信诈骗', '家庭理财常识', '劳动合同与维权', '养老金政策解读', '防范养老诈骗'],
  language: ['普通话水平提升', '实用英语口语', '手语入门', '旅游英语'],
}
const SUFFIXES = ['实训班', '培训班', '入门课程', '提升班', '工作坊', '专题讲座', '系列课程', '研修班']
const PROVIDERS = [
  ['浙江开放大学', '浙江省 杭州市'], ['四川开放大学', '四川省 成都市'], ['国家开放大学', '全国'],
  ['华中师范大学继续教育学院', '湖北省 武汉市'], ['国网技术学院', '山东省 济南市'], ['湖南农业大学', '湖南省 长沙市'],
  ['云南开放大学', '云南省 昆明市'], ['山东职业学院', '山东省 济南市'], ['广东开放大学', '广东省 广州市'],
  ['深圳职业技术大学', '广东省 深圳市'], ['江苏开放大学', '江苏省 南京市'], ['北京开放大学', '北京市'],
  ['上海开放大学', '上海市'], ['贵州开放大学', '贵州省 贵阳市'], ['甘肃农业大学', '甘肃省 兰州市'],
  ['河南开放大学', '河南省 郑州市'], ['陕西师范大学继续教育学院', '陕西省 西安市'], ['福建农林大学', '福建省 福州市'],
  ['吉林开放大学', '吉林省 长春市'], ['广西开放大学', '广西壮族自治区 南宁市'], ['江西开放大学', '江西省 南昌市'],
  ['安徽开放大学', '安徽省 合肥市'], ['重庆开放大学', '重庆市'], ['新疆开放大学', '新疆维吾尔自治区 乌鲁木齐市'],
]
const HOW = ['共六次课，手把手实操', '每周一次直播，课后有回放', '两天集中面授加一周线上练习', '以案例讨论为主，配有练习手册', '小班教学，每班不超过30人']
const ENROLL = ['关注公众号，点击“终身学习”报名', '拨打电话报名', '到社区服务中心现场登记', '登录网站注册后选课', '村委会统一报名']
const DURATION = ['8周', '16学时', '4次课', '3天', '1个学期', '12学时']
const FORMATS = ['线上', '线下', '混合'] as const
const FORMAT_ID = { 线上: 'online', 线下: 'offline', 混合: 'hybrid' } as const

function day(base: number, offset: number): string {
  return new Date(base + offset * 86_400_000).toISOString().slice(0, 10)
}

/** Generates `rows` projects (with taxonomy ids), deterministically from the seed. */
export function* generateProjects(options: GenerateOptions): Generator<Project> {
  const rnd = random(options.seed ?? 1)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]
  const topics = options.taxonomy.topics
  const audiences = options.taxonomy.audiences
  const base = Date.UTC(2026, 8, 1)
  const width = String(options.rows).length
  for (let i = 1; i <= options.rows; i++) {
    const topic = pick(topics)
    const topic2 = rnd() < 0.3 ? pick(topics) : topic
    const aud = [pick(audiences)]
    if (rnd() < 0.4) aud.push(pick(audiences))
    const skill = pick(SKILLS[topic.id] ?? [topic.zh])
    const [provider, place] = pick(PROVIDERS)
    const format = pick(FORMATS)
    const audZh = [...new Set(aud.map((a) => a.zh))]
    let summary = `本项目面向${audZh.join('和')}，围绕${skill}展开：${pick(HOW)}。学完能独立完成常见任务，结业颁发证书。`
    const target = Math.min(options.summaryChars ?? 0, 4000)
    while (summary.length < target) summary += `第${Math.floor(summary.length / 40) + 1}讲：${skill}的${pick(['常见问题', '实际操作', '安全要点', '案例分析'])}。`
    summary = summary.slice(0, 4000)
    const start = rnd() < 0.1 ? null : Math.floor(rnd() * 390)
    const feeRoll = rnd()
    yield {
      id: `${options.prefix ?? 'GEN'}-${String(i).padStart(width, '0')}`,
      title: `${audZh[0]}${skill}${pick(SUFFIXES)}`,
      provider,
      summary,
      topics: [...new Set([topic.id, topic2.id])],
      audiences: [...new Set(aud.map((a) => a.id))],
      format: FORMAT_ID[format],
      region: format === '线上' ? '全国' : place,
      fee: feeRoll < 0.6 ? 0 : feeRoll < 0.92 ? Math.round(rnd() * 20) * 50 + 100 : null,
      duration: pick(DURATION),
      start_date: start === null ? null : day(base, start),
      end_date: start === null ? null : day(base, start + 7 + Math.floor(rnd() * 90)),
      enroll: pick(ENROLL),
      contact: `0${Math.floor(rnd() * 900 + 100)}-${Math.floor(rnd() * 9e7 + 1e7)}`,
      url: rnd() < 0.85 ? `https://lll.example.edu.cn/p/${i}` : null,
      title_en: `${topic.en}: ${skill} course ${i}`,
      summary_en: `A ${FORMAT_ID[format]} course on ${topic.en.toLowerCase()} for ${aud.map((a) => a.en.toLowerCase()).join(' and ')}.`,
      tags: [skill, topic.zh],
      status: rnd() < 0.02 ? 'archived' : 'active',
      extra: {},
    }
  }
}

/** One generated project as a CSV row with Chinese labels, in spec column order. */
function csvRow(p: Project, taxonomy: Taxonomy): string[] {
  const label = (kind: 'topics' | 'audiences', id: string) => taxonomy.get(kind, id)?.zh ?? id
  const cells: Record<string, string> = {
    ...Object.fromEntries(PROJECT_FIELDS.map((f) => [f, String(p[f] ?? '')])),
    topics: p.topics.map((t) => label('topics', t)).join('；'),
    audiences: p.audiences.map((a) => label('audiences', a)).join('；'),
    format: { online: '线上', offline: '线下', hybrid: '混合' }[p.format],
    fee: p.fee === null ? '' : p.fee === 0 ? '免费' : String(p.fee),
    tags: p.tags.join('；'),
    status: p.status === 'archived' ? '下线' : '',
  }
  return PROJECT_FIELDS.map((f) => cells[f])
}

/** Writes a generated catalogue as a UTF-8 CSV with Chinese headers; returns rows and bytes written. */
export async function writeCatalogueCsv(path: string, options: GenerateOptions): Promise<{ rows: number; bytes: number }> {
  const out = createWriteStream(path)
  let bytes = 0
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text)
    if (!out.write(text)) await once(out, 'drain')
  }
  await write(stringify([PROJECT_FIELDS.map((f) => chineseHeader(f))]))
  let batch: string[][] = []
  for (const p of generateProjects(options)) {
    batch.push(csvRow(p, options.taxonomy))
    if (batch.length === 500) { await write(stringify(batch)); batch = [] }
  }
  if (batch.length) await write(stringify(batch))
  out.end()
  await once(out, 'finish')
  return { rows: options.rows, bytes }
}

// Run as a command, not imported; a bundle that inlines this module (the bench's build of what ships) runs as another file.
if (process.argv[1] && /generate-catalogue\.[jt]s$/.test(process.argv[1]) && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' },
      taxonomy: { type: 'string' }, 'summary-chars': { type: 'string', default: '0' },
    },
  })
  if (!values.out) {
    console.error('Usage: node bin/run-ts.js bench/generate-catalogue.ts --rows N --out FILE.csv [--seed N] [--summary-chars N]')
    process.exit(2)
  }
  const result = await writeCatalogueCsv(values.out, {
    rows: Number(values.rows), seed: Number(values.seed), taxonomy: loadTaxonomy(values.taxonomy),
    summaryChars: Number(values['summary-chars']),
  })
  console.log(`wrote ${result.rows} projects (${(result.bytes / 1e6).toFixed(1)} MB) to ${values.out}`)
}
