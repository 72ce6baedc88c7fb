/**
 * @module bench/bench-queries
 * The 1,000 queries the search bench times: realistic messages of every kind
 * the bot sees (plain, colloquial, typo, pinyin, English, slot filters,
 * unanswerable), cycled deterministically with small variations so the
 * latency figures are not one query's cache behaviour.
 * {@link distinctBenchQueries} gives texts that never repeat, for timing a
 * message the search path sees for the first time (it remembers recent ones).
 */

const BASE = [
  '老年人智能手机培训', '学用手机挂号看病', '我65了想学用微信视频', '退休了想学点东西', '在城里打工想学电工',
  '我在村小教书想学AI备课', '光伏板清洗和故障排查', '电动车充电安全', '茶叶直播带货怎么做', '村里财务公开',
  '防范养老诈骗', '家庭教育亲子沟通', '免费的线上课程', '杭州有没有线下的手机课', '成都的养老护理员培训',
  '人工只能入门', '乡村振心培训', '电公证考试', 'rengong zhineng', 'laonianren shouji',
  'smartphone class for seniors', 'solar panel maintenance training', 'AI tools for teachers', 'free online courses',
  '下个月有什么课', '暑假给孩子报什么班', '适合妇女的创业培训', '退役军人就业技能', '残疾人电商培训',
  '社区工作者数字化办公', '学开飞机', '量子物理', '有什么好学的', '推荐一下',
  '短视频剪辑剪映', 'Excel表格入门', '中医养生八段锦', '普通话提升', '手语入门', '书法国画',
  '大模型写材料', '无人机植保', '乡村民宿经营', '合作社财务', '家政服务育婴师', '焊工技能',
  '劳动合同维权', '家庭理财常识', '认知症照护', '慢病管理用药',
]
const PREFIX = ['', '我想学', '有没有', '请问', '想报名']
const SUFFIX = ['', '的课', '培训', '，免费的', '，线上的']

/** `n` bench queries, the same on every run. */
export function benchQueries(n = 1000): string[] {
  const out: string[] = []
  for (let i = 0; out.length < n; i++) {
    const base = BASE[i % BASE.length]
    const round = Math.floor(i / BASE.length)
    const latin = /^[a-z ]+$/i.test(base)
    out.push(latin ? base : `${PREFIX[round % PREFIX.length]}${base}${SUFFIX[(round + i) % SUFFIX.length]}`)
  }
  return out
}

/**
 * Up to 1,106 bench texts, each different (every prefix, base and suffix), bases interleaved so any
 * leading slice mixes every kind: timed once each, they show what a message never seen before costs.
 */
export function distinctBenchQueries(n = 1000): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  for (let round = 0; round < PREFIX.length * SUFFIX.length && out.length < n; round++) {
    for (const base of BASE) {
      const latin = /^[a-z ]+$/i.test(base)
      const text = latin ? base : `${PREFIX[round % PREFIX.length]}${base}${SUFFIX[Math.floor(round / PREFIX.length)]}`
      if (seen.has(text)) continue
      seen.add(text)
      out.push(text)
      if (out.length >= n) break
    }
  }
  return out
}

/**
 * 300 warm-up texts, none of them one of {@link distinctBenchQueries}: a running bot has compiled its code
 * long before a learner's new message, so first sight is timed after these (Orama gets the same).
 */
export function warmUpQueries(): string[] {
  const zh = ['麻烦问一下', '你好，', '帮我找找', '我打算学', '听说有', '能不能推荐']
  const en = ['please, ', 'hi, ', 'looking for ', 'any ', 'help me find ', 'recommend ']
  return zh.flatMap((z, i) => BASE.map((b) => (/^[a-z ]+$/i.test(b) ? `${en[i]}${b}` : `${z}${b}`)))
}
