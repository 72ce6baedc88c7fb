/**
 * A subject said in words no reader knows gets its topic from the catalogue's own text (search/topic-evidence):
 * through the real search service and engine on the sample catalogue, and on a small catalogue of our own, where
 * the same words must follow whatever topic that catalogue files them under. Phrasings written for this file.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { useSampleConversation, openRig, tempDbPath, type EngineRig } from './fixtures/dialogue-setup.js'
import { DIALOGUE_PROJECTS } from './fixtures/dialogue-projects.js'
import type { Project } from '../src/catalogue/project.js'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteCatalogueStore } from '../src/catalogue/sqlite-catalogue-store.js'

const { sampleRig, learner, shown } = useSampleConversation('te')

describe('a topic read from the catalogue when no reader names one', () => {
  it('reads "电咋用安全" as the topic whose projects hold 电 and 安全 together, as a named topic', () => {
    const u = sampleRig().search.understand('当面教的想学电咋用安全 咋整')
    expect(u.slots.topics.map((t) => [t.id, t.explicit, t.related])).toEqual([['energy-power', true, false]])
  })

  it.each(['那电咋用安全呢', '换电咋用安全', '有木有电咋用安全的课'])(
    'counts a character said alone as the object (电 of %s) beside the words', (text) => {
      expect(sampleRig().search.understand(text).slots.topics.map((t) => t.id)).toEqual(['energy-power'])
    })

  it('keeps the topic read from the catalogue beside who the learner is', async () => {
    const say = learner()
    await say('俺是出来干活的')
    const projects = await shown(await say('那电咋用安全呢'))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('energy-power'))).toBe(true)
  })

  it('shows projects of that topic first, not projects that only fit the format', async () => {
    const say = learner()
    const projects = await shown(await say('当面教的想学电咋用安全 咋整'))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('energy-power'))).toBe(true)
  })

  it.each(['想学考研', '想学打扑克', '想学滑冰', '孩子中考数学有补课的吗'])(
    'gives no topic to a subject the catalogue has no words for (%s)', (text) => {
      expect(sampleRig().search.understand(text).slots.topics.filter((t) => t.explicit || !t.related)).toEqual([])
    })

  it('leaves a message alone when its words spread over many topics (安全 alone)', () => {
    expect(sampleRig().search.understand('想学安全方面的').slots.topics).toEqual([])
  })
})

describe('the catalogue read where the learner can look', () => {
  it('asks only the projects fitting the group the message states, so the project that answers it is not filtered away', async () => {
    // The catalogue at large files 申请+补贴 under vocational training subsidies; no project for disabled people holds both.
    const u = sampleRig().search.understand('怎么申请残疾人补贴')
    expect(u.slots.topics).toEqual([])
    const top = (await sampleRig().search.search({ text: '怎么申请残疾人补贴', k: 3 })).hits.map((h) => h.project)
    expect(top.some((p) => p.title.includes('补贴') && p.audiences.includes('people-with-disabilities'))).toBe(true)
  })

  it('reads words no fitting project holds over the whole catalogue, and lets the topic only rank when other topics hold them too', () => {
    const u = sampleRig().search.understand('福建的农民技术培训')
    expect([u.topicSource, u.slots.topics.map((t) => [t.id, t.explicit])]).toEqual(['catalogue', [['rural-revitalization', false]]])
  })

  it('lets the topic filter when every project holding the words is of it', () => {
    expect(sampleRig().search.understand('想学修空调').slots.topics.map((t) => [t.id, t.explicit])).toEqual([['energy-power', true]])
  })
})

describe('the catalogue decides, not a word list', () => {
  // The same words in a catalogue that files electricity safety under another topic (and has no energy projects):
  // the evidence follows it.
  const safety = (id: string, title: string): Project => ({
    ...DIALOGUE_PROJECTS[0], id, title, summary: `${title}，讲清楚家里用电的安全常识。`, topics: ['law-finance'], tags: [], title_en: null,
  })
  const tmp = tempDbPath()
  let rig: EngineRig | null = null
  afterAll(() => { rig?.close(); tmp.cleanup() })

  it('files "电器安全" under the topic this catalogue gives such projects', async () => {
    const db = openDatabase(tmp.path)
    await new SqliteCatalogueStore(db).applyImport([...DIALOGUE_PROJECTS.filter((p) => !p.topics.includes('energy-power')),
      safety('T-SAFE-1', '家用电器安全讲座'), safety('T-SAFE-2', '电器安全使用公益课'),
      { ...safety('T-TUTOR-1', '电工证考前辅导班'), topics: ['vocational-skills'] },
      { ...safety('T-TUTOR-2', '焊工证考前辅导班'), topics: ['vocational-skills'] }], { who: 'test', files: ['t'] })
    db.close()
    rig = await openRig(tmp.path)
    const u = rig.search.understand('想学电器安全')
    expect([u.topicSource, u.slots.topics.map((t) => t.id)]).toEqual(['catalogue', ['law-finance']])
  })

  it('reads a kind of course with its subject, never without it: "考前辅导班" is the tutoring these projects give, "考公务员的辅导班" is out of scope', () => {
    expect(rig!.search.understand('有没有考前辅导班').slots.topics.map((t) => t.id)).toEqual(['vocational-skills'])
    expect(rig!.search.understand('能不能推荐考公务员的辅导班').slots.topics).toEqual([])
  })
})
