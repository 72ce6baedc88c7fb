/**
 * @module voice/fake-transcriber
 * A {@link Transcriber} for tests, shipped beside the contract: it answers
 * from a function and records every request, so a test can check what audio
 * reached the recognizer (or that none did) without a speech model.
 */
import { checkTranscript, type TranscribeRequest, type Transcriber, type Transcript } from './transcriber.js'

/** The fake: `requests` holds every request it received. */
export interface FakeTranscriber extends Transcriber {
  readonly requests: TranscribeRequest[]
}

/** A fake whose answer to each request is `answer(request)` (a text or a transcript; a throw is a failure). */
export function createFakeTranscriber(
  answer: (req: TranscribeRequest) => string | Transcript | Promise<string | Transcript>,
): FakeTranscriber {
  const requests: TranscribeRequest[] = []
  return {
    name: 'fake',
    requests,
    async transcribe(req) {
      requests.push(req)
      const out = await answer(req)
      return checkTranscript('fake', typeof out === 'string' ? { text: out } : out)
    },
  }
}
