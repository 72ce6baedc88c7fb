import { describe, expect, it } from 'vitest'
import { applyMessage, chooseTopic, emptyDialogueState, relaxationLadder, toSlots, type DialogueState } from '../src/dialogue/dialogue-state.js'
import { emptySlots, type Slots, type SlotValue } from '../src/query/slots.js'

const v = (id: string, matched: string, explicit = true, related = false): SlotValue => ({ id, matched, explicit, related })
const msg = (s: Partial<Slots>, needs: string[][] = []) => ({ slots: { ...emptySlots(), ...s }, needs, topicSource: 'words' as const })
const say = (state: DialogueState, s: Partial<Slots>, text: string, needs: string[][] = []) => applyMessage(state, msg(s, needs), text)

describe('the dialogue state rules', () => {
  it('narrowing keeps every slot and records the source and turn of the new one', () => {
    const a = say(emptyDialogueState(), { topics: [v('ai', '人工智能')] }, '我想学人工智能')
    const b = say(a.state, { audiences: [v('elderly', '老年人')] }, '有适合老年人的吗')
    expect(b.change).toBe('narrow')
    expect(b.state.topics.map((t) => [t.value.id, t.source, t.turn])).toEqual([['ai', 'stated', 1]])
    expect(b.state.audiences.map((t) => [t.value.id, t.source, t.turn])).toEqual([['elderly', 'stated', 2]])
    expect(toSlots(b.state).topics[0].explicit && toSlots(b.state).audiences[0].explicit).toBe(true)
  })

  it('a new topic replaces topic and need-words but keeps the person, the place and the preferences', () => {
    let s = say(emptyDialogueState(), { topics: [v('digital-skills', '用手机')], audiences: [v('elderly', '我65了', false)], region: '九江市' }, '我65了想学用手机，在九江').state
    s = say(s, { format: 'online', free: true }, '线上免费的').state
    const next = say(s, { topics: [v('energy-power', '电工')] }, '算了，我想学电工', [['电工']])
    expect(next.change).toBe('new-topic')
    expect(next.state.topics.map((t) => t.value.id)).toEqual(['energy-power'])
    expect(next.state.text).toBe('算了，我想学电工')
    expect(next.state.replaced).toEqual(['digital-skills'])
    expect(next.state.audiences.map((a) => [a.value.id, a.source])).toEqual([['elderly', 'cue']])
    expect([next.state.region?.value, next.state.format?.value, next.state.free?.value]).toEqual(['九江市', 'online', true])
  })

  it('a hint at who is asking never undoes an audience the learner stated', () => {
    const s = say(emptyDialogueState(), { audiences: [v('veterans', '退役军人')] }, '我是退役军人').state
    const next = say(s, { topics: [v('family-education', '管孩子')], audiences: [v('parents', '管孩子', false)] }, '那咋管孩子有没有')
    expect(next.state.audiences.map((a) => a.value.id)).toEqual(['veterans'])
  })

  it('a topic picked from the menu keeps who and where, and drops the dates of the old topic', () => {
    const s = say(emptyDialogueState(), { audiences: [v('elderly', '老年人')], time: { from: '2026-12-01', to: '2026-12-31', matched: '下个月' } }, '老年人下个月的课').state
    const next = chooseTopic(s, 'ai', '人工智能')
    expect(next.topics.map((t) => t.value.id)).toEqual(['ai'])
    expect(next.audiences.map((a) => a.value.id)).toEqual(['elderly'])
    expect(next.time).toBeNull()
  })

  it('widens a city to its province, then to nationwide online, then drops the format, never the stated topic', () => {
    const s = say(emptyDialogueState(), { topics: [v('ai', '人工智能')], region: '昆明市', format: 'offline', audiences: [v('elderly', '我妈妈', false)] }, '…').state
    const rungs = relaxationLadder(s, (r) => (r === '昆明市' ? '云南省' : null))
    expect(rungs.map((r) => r.relaxed)).toEqual([[], [], ['audience'], ['audience', 'region'], ['audience', 'region'], ['audience', 'region', 'format']])
    expect(rungs.map((r) => r.slots.region)).toEqual(['昆明市', '昆明市', '昆明市', '云南省', '全国', '全国'])
    expect(rungs.every((r) => r.slots.topics.every((t) => t.id === 'ai' && t.explicit))).toBe(true)
    expect(rungs[0].slots.audiences[0].explicit).toBe(true)
    expect(rungs[2].slots.audiences[0].explicit).toBe(false)
  })

  it('takes projects open to everyone for the learner\'s group before widening anything, and says so without calling it a widening', () => {
    const s = say(emptyDialogueState(), { topics: [v('ai', '人工智能')], region: '昆明市', audiences: [v('youth', '青少年')] }, '…').state
    const rungs = relaxationLadder(s, () => null)
    expect(rungs[1]).toMatchObject({ relaxed: [], openToAll: true })
    expect(rungs[1].slots.audiences.filter((a) => a.explicit).map((a) => a.id)).toEqual(['youth', 'general-public'])
    expect(rungs[1].slots.region).toBe('昆明市')
    expect(rungs.slice(1).every((r) => r.openToAll && r.slots.audiences.some((a) => a.id === 'general-public'))).toBe(true)
    expect(relaxationLadder(say(emptyDialogueState(), { topics: [v('ai', '人工智能')] }, '…').state, () => null).some((r) => r.openToAll)).toBe(false)
  })

  it('an audience carried over a topic switch is the last thing widened', () => {
    let s = say(emptyDialogueState(), { audiences: [v('farmers', '农民')], free: true }, '我是农民，免费的').state
    s = say(s, { topics: [v('ai', '人工智能')] }, '我想学人工智能').state
    const rungs = relaxationLadder(s, () => null)
    expect(rungs.at(-1)!.relaxed).toEqual(['fee', 'audience'])
    expect(rungs.at(-1)!.slots.audiences[0].explicit).toBe(false)
    expect(rungs.at(-2)!.slots.audiences[0].explicit).toBe(true)
  })

  it('inferred topics (from a loose everyday word) rank and never filter', () => {
    const s = say(emptyDialogueState(), { topics: [v('family-education', '顶嘴', false, true)] }, '孩子老顶嘴').state
    expect(s.topics[0].source).toBe('inferred')
    expect(toSlots(s).topics[0]).toMatchObject({ explicit: false, related: true })
  })

  it('records a topic read from the catalogue as its own source, filtering when it was read whole and ranking like a cue when not', () => {
    const read = (explicit: boolean) => applyMessage(emptyDialogueState(),
      { ...msg({ topics: [v('energy-power', '空调', explicit)] }, [['空调']]), topicSource: 'catalogue' }, '想学修空调').state
    expect(read(true).topics[0].source).toBe('catalogue')
    expect(toSlots(read(true)).topics[0]).toMatchObject({ id: 'energy-power', explicit: true })
    expect(read(false).topics[0].source).toBe('cue')
    expect(toSlots(read(false)).topics[0]).toMatchObject({ explicit: false, related: false })
  })
})
