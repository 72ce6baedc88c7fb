/**
 * @module voice/voice-error
 * Why a voice note could not become text, as a code the channels turn into
 * a kind sentence ("请说短一点", "请打字或再说一遍") instead of an error.
 */

/**
 * - `too_long`: longer than VOICE_MAX_SECONDS (or the download size limit);
 * - `unreadable`: a format we cannot decode (and no ffmpeg on PATH);
 * - `download`: fetching the file failed or timed out;
 * - `transcriber`: the recognizer failed (server down, timeout, bad answer);
 * - `unclear`: the transcript is empty or too short to act on.
 */
export type VoiceFailure = 'too_long' | 'unreadable' | 'download' | 'transcriber' | 'unclear'

/** A voice note that cannot be answered, with the reason the learner is told. */
export class VoiceError extends Error {
  constructor(
    readonly reason: VoiceFailure,
    message: string,
  ) {
    super(message)
    this.name = 'VoiceError'
  }
}

/** True for a {@link VoiceError}. */
export function isVoiceError(err: unknown): err is VoiceError {
  return err instanceof VoiceError
}
