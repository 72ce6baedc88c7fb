/**
 * @module llm/grounded-chat-model
 * The contract for the optional language model. It may only reword and
 * explain projects that retrieval already found; it never chooses them. The
 * engine gives it the records and the template sentence it would have sent,
 * and gets back either checked wording or a reason to fall back to the
 * template. Any implementation (OpenAI-compatible, the fake for tests) must
 * never throw: a learner always gets an answer.
 */
import type { Project } from '../catalogue/project.js'
import type { Lang } from '../text/lang.js'

/** What the model is asked to write. */
export interface GroundedChatRequest {
  lang: Lang
  /** The learner's message, passed as data (it may be hostile). */
  userText: string
  /** The only projects the wording may talk about, in the order shown. */
  projects: Project[]
  /** The template sentence the wording replaces (sent as is when the model fails). */
  draft: string
  /** 'list': an intro to the numbered list; 'details': explaining one project. */
  kind: 'list' | 'details'
}

/** Checked wording, or why none is used. */
export type GroundedChatResult = { ok: true; text: string } | { ok: false; reason: string }

/** A model that rewords retrieved projects and reports failures instead of throwing. */
export interface GroundedChatModel {
  compose(request: GroundedChatRequest): Promise<GroundedChatResult>
}
