/**
 * @module errors
 * Errors that are the user's to fix (a bad file, a wrong flag, an unknown id).
 * The CLI prints their message without a stack trace and exits non-zero;
 * anything else is a bug and is shown in full.
 */

/** A mistake the person running learnfinder can fix; its message is shown as is. */
export class UserError extends Error {
  /** Extra lines (one per problem) printed under the message. */
  readonly details: string[]

  constructor(message: string, details: string[] = []) {
    super(message)
    this.name = 'UserError'
    this.details = details
  }
}

/** True when the error should be shown to a person without a stack trace. */
export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError
}
