/**
 * @module channels/wechat/voice-message
 * WeChat voice messages (Wechaty MessageType.Audio, SILK v3 in a FileBox):
 * fetched with a timeout and a size cap, decoded and transcribed in memory
 * (never saved), and answered through the same engine as typed text, with
 * "您说的是：“…”" first. Spoken replies ("语音回复", or TTS_AUTO=1 after a voice
 * question) go out as a SILK FileBox (`reply.sil`) after the text.
 */
import type { Message } from 'wechaty'
import { FileBox } from 'file-box'
import type { Lang, Reply } from '../../dialogue/types.js'
import { understandVoice } from '../../voice/understand-voice.js'
import { VoiceError, isVoiceError } from '../../voice/voice-error.js'
import { say } from '../shared/channel-prompts.js'
import { spokenText, speechLanguage, voiceFailureKey, withEcho, type VoiceReplyChoices, type VoiceSettings } from '../shared/voice-turn.js'
import type { Logger } from '../shared/logger.js'
import type { Prompts } from '../../prompts.js'

/** A 60-second SILK note is about 200 KB; anything far larger is not a voice message. */
const MAX_VOICE_BYTES = 4 * 1024 * 1024
const DOWNLOAD_TIMEOUT_MS = 15_000

/** What the voice handling needs from the WeChat channel. */
export interface WechatVoiceDeps {
  prompts: Prompts
  log: Logger
  voice?: VoiceSettings
  voiceChoices: VoiceReplyChoices
}

function withTimeout<T>(task: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)))
  return Promise.race([task, timeout]).finally(() => clearTimeout(timer))
}

/** The voice message's audio, or a VoiceError ('download' or 'too_long'). */
async function fetchVoice(message: Message): Promise<Uint8Array> {
  try {
    const box = await withTimeout(message.toFileBox(), DOWNLOAD_TIMEOUT_MS, 'fetching the voice message')
    if (box.size > MAX_VOICE_BYTES) throw new VoiceError('too_long', `${box.size} bytes`)
    const data = await withTimeout(box.toBuffer(), DOWNLOAD_TIMEOUT_MS, 'downloading the voice message')
    if (data.length > MAX_VOICE_BYTES) throw new VoiceError('too_long', `${data.length} bytes`)
    return data
  } catch (err) {
    throw isVoiceError(err) ? err : new VoiceError('download', (err as Error).message)
  }
}

/**
 * Turns a voice message into the text the engine gets; on failure says the
 * kind sentence itself and returns undefined.
 */
export async function heardText(
  deps: WechatVoiceDeps,
  message: Message,
  lang: Lang,
  send: (text: string) => Promise<void>,
): Promise<string | undefined> {
  const voice = deps.voice!
  const max = voice.maxSeconds
  try {
    const audio = await fetchVoice(message)
    return (await understandVoice(audio, { transcriber: voice.transcriber!, maxSeconds: max, language: speechLanguage(lang) })).text
  } catch (err) {
    if (!isVoiceError(err)) throw err
    deps.log.warn(`wechat: voice message not understood (${err.reason}: ${err.message})`)
    await send(say(deps.prompts, lang, voiceFailureKey(err.reason), { max }))
    return undefined
  }
}

/** The reply a voice question gets: the echo first. */
export function echoed(deps: WechatVoiceDeps, reply: Reply, heard: string): Reply {
  return withEcho(reply, deps.prompts, heard)
}

/** Sends the reply as a SILK voice message when the learner wants one; failures are logged, the text already went. */
export async function maybeSpeak(
  deps: WechatVoiceDeps,
  userId: string,
  viaVoice: boolean,
  reply: Reply,
  send: (box: FileBox) => Promise<void>,
): Promise<void> {
  const voice = deps.voice
  if (!voice?.tts || !deps.voiceChoices.wants(voice, userId, viaVoice)) return
  const text = spokenText(reply, deps.prompts)
  if (!text.trim()) return
  try {
    const silk = await voice.tts.synthesize(text, 'silk')
    // Base64, not a Buffer box: puppets that serialise FileBoxes (puppet-service, the mock) accept only that.
    const box = FileBox.fromBase64(silk.toString('base64'), 'reply.sil')
    await send(box)
  } catch (err) {
    deps.log.warn(`wechat: spoken reply failed: ${(err as Error).message}`)
  }
}
