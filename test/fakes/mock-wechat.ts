/**
 * @module test/fakes/mock-wechat
 * A WeChat world for tests, built from wechaty-puppet-mock (the real Wechaty
 * runs on it): the bot's own account, learners, rooms, and a record of every
 * message the bot sent, read back from the mock's message payloads.
 */
import { PuppetMock, mock } from 'wechaty-puppet-mock'

/** One message the bot sent. */
export interface SentByBot {
  text: string
  /** The contact id for a direct message, the room id for a room message. */
  to: string
  mentionIds: string[]
}

/** The mock puppet (a new one, or the one a running app built), its mocker, the bot's contact and what the bot has said. */
export function createMockWechat(puppet: PuppetMock = new PuppetMock({ mocker: new mock.Mocker() })) {
  const mocker = puppet.mocker
  const me = mocker.createContact({ name: '学习助手' })
  const sent: SentByBot[] = []
  const waiters: (() => void)[] = []
  puppet.on('message', ({ messageId }) => {
    const p = mocker.messagePayload(messageId) as any
    if (p.talkerId !== me.id) return
    sent.push({ text: p.text ?? '', to: p.roomId ?? p.listenerId, mentionIds: p.mentionIdList ?? [] })
    for (const w of waiters.splice(0)) w()
  })

  /** Resolves with the bot's next message to `to` (contact or room id) sent after this call. */
  function nextFromBot(to: string, ms = 5000): Promise<SentByBot> {
    const from = sent.length
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = sent.slice(from).find((s) => s.to === to)
        if (hit) {
          clearTimeout(timer)
          resolve(hit)
        } else waiters.push(check)
      }
      const timer = setTimeout(() => reject(new Error(`the bot sent nothing to ${to} within ${ms} ms`)), ms)
      check()
    })
  }

  return { mocker, puppet, me, sent, nextFromBot }
}
