/**
 * Small catalogues for the search tests: a real SQLite file in a temp dir,
 * the real catalogue store, taxonomy and regions, and projects written to
 * exercise one ranking rule each (near-copies from one provider, an archived
 * twin, projects in Chengdu and nationwide, free and paid…).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type Database } from '../src/db/open-database.js'
import { SqliteCatalogueStore } from '../src/catalogue/sqlite-catalogue-store.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import type { Project } from '../src/catalogue/project.js'

export const taxonomy = loadTaxonomy()
export const regions = loadRegions()

/** A project with sensible defaults; only what a test cares about needs giving. */
export function project(p: Partial<Project> & Pick<Project, 'id' | 'title' | 'summary'>): Project {
  return {
    provider: `${p.id} 大学继续教育学院`, topics: ['digital-skills'], audiences: ['general-public'], format: 'online',
    region: '全国', fee: 0, duration: null, start_date: null, end_date: null, enroll: null, contact: null, url: null,
    title_en: null, summary_en: null, tags: [], status: 'active', extra: {}, ...p,
  }
}

export const PROJECTS: Project[] = [
  project({ id: 'P01', title: '老年人智能手机实训班', summary: '手把手教用智能手机预约挂号、线上问诊和出示医保电子凭证，共六次课。', topics: ['digital-skills'], audiences: ['elderly'], format: 'offline', region: '浙江省 杭州市', tags: ['智能手机', '预约挂号', '医保'], provider: '浙江开放大学' }),
  project({ id: 'P02', title: '智能手机预约就医', summary: '教长者在手机上预约医院门诊、查看检查报告、缴纳医药费。', topics: ['digital-skills', 'health-elderly-care'], audiences: ['elderly'], tags: ['就医', '门诊'], provider: '国家开放大学' }),
  project({ id: 'P03', title: '光伏板清洗与故障排查', summary: '分布式光伏电站的组件清洗、逆变器故障排查和并网安全规范，含两天现场实训。', topics: ['energy-power'], audiences: ['migrant-workers'], format: 'offline', region: '山东省 济南市', fee: 680, tags: ['光伏', '运维'], provider: '国网技术学院' }),
  project({ id: 'P04', title: '电动自行车充电安全', summary: '社区讲座：电动自行车电池保养、楼道充电的火灾风险、安全充电桩的使用。', topics: ['energy-power'], audiences: ['general-public'], format: 'offline', region: '四川省 成都市', tags: ['电动车', '充电'], provider: '成都职业技术学院' }),
  project({ id: 'P05', title: '低压电工上岗证培训', summary: '低压电工作业安全、电工仪表使用、照明线路安装，考取特种作业操作证。', topics: ['energy-power', 'vocational-skills'], audiences: ['migrant-workers'], format: 'offline', region: '四川省 成都市', fee: 900, tags: ['电工证'], provider: '四川电力职业技术学院' }),
  project({ id: 'P06', title: '乡村教师AI备课工作坊', summary: '用大模型生成教案、出练习题、批改作文，面向村小和教学点教师。', topics: ['ai', 'teacher-development'], audiences: ['rural-teachers'], tags: ['AI备课', '大模型'], provider: '华中师范大学' }),
  project({ id: 'P07', title: 'AI办公应用（第一期）', summary: '用人工智能助手写公文、做表格和PPT，提高办公效率。', topics: ['ai'], audiences: ['employees'], fee: 200, tags: ['AI办公'], provider: '某某科技职业学院' }),
  project({ id: 'P08', title: 'AI办公应用（第二期）', summary: '用人工智能助手写公文、做表格和PPT，提高办公效率，第二期。', topics: ['ai'], audiences: ['employees'], fee: 200, tags: ['AI办公'], provider: '某某科技职业学院' }),
  project({ id: 'P09', title: 'AI办公应用（第三期）', summary: '用人工智能助手写公文、做表格和PPT，提高办公效率，第三期。', topics: ['ai'], audiences: ['employees'], fee: 200, tags: ['AI办公'], provider: '某某科技职业学院' }),
  project({ id: 'P10', title: 'AI办公入门公开课', summary: '人工智能助手写公文、做表格的入门公开课，一次课讲清常用工具。', topics: ['ai'], audiences: ['employees'], fee: 0, tags: ['AI办公'], provider: '深圳开放大学' }),
  project({ id: 'P11', title: '防范养老诈骗讲座', summary: '识别保健品骗局、以房养老骗局和冒充公检法电话，守好养老钱。', topics: ['law-finance'], audiences: ['elderly'], format: 'offline', region: '北京市', tags: ['防诈骗', '养老诈骗'], provider: '北京开放大学' }),
  project({ id: 'P12', title: '老年人手机入门（旧版）', summary: '智能手机预约挂号入门，已停办。', topics: ['digital-skills'], audiences: ['elderly'], status: 'archived', tags: ['智能手机', '预约挂号'], provider: '旧大学' }),
  project({ id: 'P13', title: '暑期亲子沟通课堂', summary: '家长学习倾听孩子、处理手机依赖和叛逆期冲突的方法。', topics: ['family-education'], audiences: ['parents'], start_date: '2027-07-05', end_date: '2027-08-20', tags: ['亲子沟通'], provider: '上海开放大学' }),
  project({ id: 'P14', title: '养老护理员职业技能培训', summary: '失能老人照护、翻身拍背、协助进食，考取养老护理员证书。', topics: ['health-elderly-care', 'vocational-skills'], audiences: ['migrant-workers', 'women'], format: 'offline', region: '四川省 成都市', fee: 1200, tags: ['养老护理员'], provider: '四川卫生康复职业学院' }),
]

/** A temp directory with a database holding `projects`; `cleanup()` removes it all. */
export function tempCatalogue(projects: Project[] = PROJECTS): { dir: string; dbPath: string; db: Database; store: SqliteCatalogueStore; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'lf-search-'))
  const dbPath = join(dir, 'catalogue.db')
  const db = openDatabase(dbPath)
  const store = new SqliteCatalogueStore(db)
  // The SQLite store writes before its promise resolves, so the fixture can stay synchronous for its many callers.
  if (projects.length) void store.applyImport(projects, { who: 'test', files: ['fixture'] })
  return { dir, dbPath, db, store, cleanup: () => { db.close(); rmSync(dir, { recursive: true, force: true }) } }
}
