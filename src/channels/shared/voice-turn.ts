/**
 * @module channels/shared/voice-turn
 * What Telegram and WeChat do alike with voice: the channel options for it,
 * the kind sentence for each way a voice note can fail, the echo that starts
 * every answer to a voice question ("您说的是：“…”", so a misheard word is
 * visible), who gets spoken replies, and the text worth speaking (sentences
 * and project titles, without "1." markers, links and "回复数字" hints).
 */
import type { Lang, Reply } from '../../dialogue/types.js'
import type { Prompts } from '../../prompts.js'
import type { VoiceSettings } from '../../voice/voice-from-config.js'
import type { VoiceFailure } from '../../voice/voice-error.js'
import { say, type ChannelPromptKey } from './channel-prompts.js'

export type { VoiceSettings }

/** The sentence a learner gets when their voice note cannot be answered. */
export function voiceFailureKey(reason: VoiceFailure): ChannelPromptKey {
  switch (reason) {
    case 'too_long':
      return 'voice_too_long'
    case 'unclear':
      return 'voice_unclear'
    default:
      return 'voice_failed'
  }
}

/** `reply` with "您说的是：“{text}”" as its first line. */
export function withEcho(reply: Reply, prompts: Prompts, heard: string): Reply {
  return { ...reply, parts: [{ type: 'text', text: say(prompts, reply.lang, 'voice_echo', { text: heard }) }, ...reply.parts] }
}

/** The reply as it should sound: sentences without hints, links or emoji, and "第1个，标题。" per project. */
export function spokenText(reply: Reply, prompts: Prompts): string {
  const out: string[] = []
  for (const part of reply.parts) {
    if (part.type === 'text') {
      for (const line of part.text.split('\n')) {
        const clean = line
          .replace(/https?:\/\/\S+/g, '')
          .replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, '')
          .trim()
        if (!clean || /回复\s*(数字|\d)|reply (with )?(a )?number/i.test(clean)) continue
        out.push(clean)
      }
    } else if (part.type === 'projects') {
      for (const item of part.items) out.push(say(prompts, reply.lang, 'voice_item', { n: item.n, title: item.title }))
    }
  }
  return out.join('\n')
}

/** Who asked for spoken replies (/voice, "语音回复"); kept in memory only, like /lang. */
export class VoiceReplyChoices {
  private readonly on = new Set<string>()
  private readonly off = new Set<string>()

  /** Records a learner's choice. */
  set(userId: string, wanted: boolean): void {
    ;(wanted ? this.on : this.off).add(userId)
    ;(wanted ? this.off : this.on).delete(userId)
  }

  /** True when `userId` chose spoken replies. */
  has(userId: string): boolean {
    return this.on.has(userId)
  }

  /** Whether this answer is also spoken: the learner's choice, else TTS_AUTO after a voice question. */
  wants(voice: VoiceSettings | undefined, userId: string, viaVoice: boolean): boolean {
    if (!voice?.tts) return false
    if (this.on.has(userId)) return true
    return voice.ttsAuto && viaVoice && !this.off.has(userId)
  }

  /** Forgets a learner (/forget). */
  delete(userId: string): void {
    this.on.delete(userId)
    this.off.delete(userId)
  }
}

/** "语音回复" / "打开语音回复" → true, "关闭语音回复" / "文字回复" → false, anything else → undefined. */
export function voiceReplyCommand(text: string): boolean | undefined {
  const t = text.trim().toLowerCase()
  if (/^(打开|开启)?语音回复$|^voice( on| reply)?$/.test(t)) return true
  if (/^(关闭|关掉|取消)语音回复$|^文字回复$|^voice off$/.test(t)) return false
  return undefined
}

/** The language hint for the recognizer. */
export function speechLanguage(lang: Lang | undefined): string {
  return lang ?? 'zh'
}
