/**
 * @module channels/telegram/features/voice-feature
 * Voice notes (`voice`) and audio files (`audio`) on Telegram: the length
 * and size are checked from the message before anything is downloaded
 * (VOICE_MAX_SECONDS, and Telegram's 20 MB getFile limit), the file is
 * fetched with a timeout, decoded and transcribed in memory, and the
 * transcript goes through the same engine as typed text. The answer starts
 * with "您说的是：“…”". /voice switches spoken replies on and off. Without a
 * recognizer configured, voice goes on to the non-text reply as before.
 */
import { Composer, InputFile, type Context } from 'grammy'
import { understandVoice } from '../../../voice/understand-voice.js'
import { VoiceError, isVoiceError } from '../../../voice/voice-error.js'
import { spokenText, speechLanguage, voiceFailureKey, withEcho, type VoiceReplyChoices, type VoiceSettings } from '../../shared/voice-turn.js'
import type { Reply } from '../../../dialogue/types.js'
import { langOf, sendReply, sendSay, toIncoming, type TelegramDeps } from '../deps.js'

/** Telegram bots may download files up to this size with getFile. */
export const TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024

/** What the voice feature needs besides the shared deps. */
export interface VoiceFeatureOptions {
  voice?: VoiceSettings
  choices: VoiceReplyChoices
  /** Fetches a file by id (getFile + download, with a timeout and a size cap). */
  download: (fileId: string) => Promise<Uint8Array>
}

/** Handles /voice, `voice` and `audio` messages; install before the learner commands. */
export function voiceFeature(deps: TelegramDeps, options: VoiceFeatureOptions): Composer<Context> {
  const composer = new Composer<Context>()
  const { voice, choices } = options

  composer.command('voice', async (ctx) => {
    const userId = String(ctx.from?.id ?? '')
    if (!voice?.tts) return sendSay(deps, ctx, 'voice_reply_unavailable')
    const arg = ctx.match.trim().toLowerCase()
    const wanted = arg === 'on' || arg === '开' ? true : arg === 'off' || arg === '关' ? false : !choices.has(userId)
    choices.set(userId, wanted)
    await sendSay(deps, ctx, wanted ? 'voice_reply_on' : 'voice_reply_off')
  })

  composer.on(['message:voice', 'message:audio'], async (ctx, next) => {
    const transcriber = voice?.transcriber
    if (!voice || !transcriber) return next()
    const media = ctx.message.voice ?? ctx.message.audio!
    const lang = langOf(deps, ctx)
    const max = voice.maxSeconds
    if (media.duration > max || (media.file_size ?? 0) > TELEGRAM_DOWNLOAD_LIMIT) {
      return sendSay(deps, ctx, 'voice_too_long', { max }, lang)
    }
    void ctx.replyWithChatAction('typing').catch(() => undefined)
    let heard
    try {
      const audio = await options.download(media.file_id).catch((err: Error) => {
        throw isVoiceError(err) ? err : new VoiceError('download', err.message)
      })
      heard = await understandVoice(audio, { transcriber, maxSeconds: max, language: speechLanguage(lang) })
    } catch (err) {
      if (!isVoiceError(err)) throw err
      deps.log.warn(`telegram: voice note in chat ${ctx.chat.id} not understood (${err.reason}: ${err.message})`)
      return sendSay(deps, ctx, voiceFailureKey(err.reason), { max }, lang)
    }
    let reply
    try {
      reply = await deps.engine.handle({ ...(await toIncoming(deps, ctx, heard.text)), via: 'voice' })
    } catch (err) {
      deps.log.error(`telegram: the engine failed on a voice message in chat ${ctx.chat.id}`, err)
      return sendSay(deps, ctx, 'error', {}, lang)
    }
    heardByVoice.add(ctx)
    await sendReply(deps, ctx, withEcho(reply, deps.prompts, heard.text))
  })
  return composer
}

const heardByVoice = new WeakSet<Context>()

/**
 * The hook {@link sendReply} calls after every engine answer: speaks it when
 * the learner chose /voice, or after a voice question with TTS_AUTO=1.
 */
export function spokenReplies(deps: TelegramDeps, voice: VoiceSettings | undefined, choices: VoiceReplyChoices) {
  return async (ctx: Context, reply: Reply): Promise<void> => {
    if (!voice || !choices.wants(voice, String(ctx.from?.id ?? ''), heardByVoice.has(ctx))) return
    await speak(deps, ctx, voice, spokenText(reply, deps.prompts))
  }
}

/** Sends `text` as a voice note; a failure is logged, the text answer has already gone out. */
export async function speak(deps: TelegramDeps, ctx: Context, voice: VoiceSettings, text: string): Promise<void> {
  if (!voice.tts || !text.trim()) return
  try {
    const ogg = await voice.tts.synthesize(text, 'ogg')
    await ctx.replyWithVoice(new InputFile(ogg, 'reply.ogg'))
  } catch (err) {
    deps.log.warn(`telegram: spoken reply failed in chat ${ctx.chat?.id}: ${(err as Error).message}`)
  }
}

/** getFile + download with a timeout and the 20 MB cap; `apiRoot` defaults to Telegram's. */
export function telegramDownloader(
  api: { getFile(fileId: string): Promise<{ file_path?: string; file_size?: number }> },
  token: string,
  apiRoot = 'https://api.telegram.org',
  timeoutMs = 15_000,
): (fileId: string) => Promise<Uint8Array> {
  const root = apiRoot.replace(/\/+$/, '')
  return async (fileId) => {
    const signal = AbortSignal.timeout(timeoutMs)
    const file = await api.getFile(fileId)
    if (!file.file_path) throw new Error('getFile gave no file_path')
    if ((file.file_size ?? 0) > TELEGRAM_DOWNLOAD_LIMIT) throw new VoiceError('too_long', `file of ${file.file_size} bytes`)
    const res = await fetch(`${root}/file/bot${token}/${file.file_path}`, { signal })
    if (!res.ok || !res.body) throw new Error(`download failed with HTTP ${res.status}`)
    const chunks: Uint8Array[] = []
    let size = 0
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength
      if (size > TELEGRAM_DOWNLOAD_LIMIT) throw new VoiceError('too_long', 'download over 20 MB')
      chunks.push(chunk)
    }
    return Buffer.concat(chunks)
  }
}
