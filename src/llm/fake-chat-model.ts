/**
 * @module llm/fake-chat-model
 * A {@link GroundedChatModel} for tests of the engine, shipped beside the
 * contract (like LangChain's FakeListChatModel): it answers from a function
 * and records every request, so a test can see what the engine asked and
 * what it did with a good, invented or failed answer without a server.
 */
import type { GroundedChatModel, GroundedChatRequest, GroundedChatResult } from './grounded-chat-model.js'

/** The fake model: `requests` holds every request it received. */
export interface FakeGroundedChatModel extends GroundedChatModel {
  readonly requests: GroundedChatRequest[]
}

/** A fake whose answer to each request is `answer(request)` (a result, a text, or a thrown error → failure). */
export function createFakeChatModel(
  answer: (req: GroundedChatRequest) => GroundedChatResult | string | Promise<GroundedChatResult | string>,
): FakeGroundedChatModel {
  const requests: GroundedChatRequest[] = []
  return {
    requests,
    async compose(req) {
      requests.push(req)
      try {
        const out = await answer(req)
        return typeof out === 'string' ? { ok: true, text: out } : out
      } catch (err) {
        return { ok: false, reason: (err as Error).message }
      }
    },
  }
}
