/**
 * @module staff/staff-error-prompts
 * The keys of prompts/<lang>/staff.yaml that word the staff layer's
 * UserErrors (admin list, web passwords), so the CLI checks them at start and
 * says them in the staff member's language; the errors keep an English
 * message for logs.
 */
import { UserError } from '../errors.js'
import type { PromptSpec } from '../prompts.js'

/** The staff error keys and their variables. */
export const STAFF_ERROR_PROMPTS = {
  password_too_short: ['min'],
  password_too_long: [],
  admin_never_http: [],
  admin_never_terminal: [],
  admin_need_id: [],
  admin_not_listed: ['who'],
  admin_not_listed_env: ['who', 'variable'],
  admin_unknown_channel: ['channel', 'channels'],
} as const satisfies PromptSpec

/** A UserError with its English `message` that staff read as `staff.<key>` in their language. */
export function staffError(key: keyof typeof STAFF_ERROR_PROMPTS, message: string, vars: Record<string, string | number> = {}): UserError {
  return new UserError(message, [], { key: `staff.${key}`, vars })
}
