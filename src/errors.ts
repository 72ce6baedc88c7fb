/**
 * @module errors
 * Errors that are the user's to fix (a bad file, a wrong flag, an unknown id).
 * The CLI prints their message without a stack trace and exits non-zero;
 * anything else is a bug and is shown in full.
 */

/** A prompt key ("area.key") and its variables: how a UserError is said in the staff member's language. */
export interface SaidAs {
  key: string
  vars: Record<string, string | number>
}

/**
 * A mistake the person running learnfinder can fix. The message is English
 * (logs, tests); with `said`, the CLI renders prompts/<lang>/<area>.yaml's
 * `key` instead, so staff read it in their language (Chinese by default).
 */
export class UserError extends Error {
  /** Extra lines (one per problem) printed under the message. */
  readonly details: string[]
  /** The prompt that says this error to staff, when there is one. */
  readonly said?: SaidAs

  constructor(message: string, details: string[] = [], said?: SaidAs) {
    super(message)
    this.name = 'UserError'
    this.details = details
    if (said) this.said = said
  }
}

/** True when the error should be shown to a person without a stack trace. */
export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError
}
