/**
 * @module cli/log-salt
 * The one check that a command about to write the turn log on PostgreSQL has
 * LOG_SALT. On SQLite a missing LOG_SALT is fine (a 0600 key file beside the
 * database stands in); on a shared database there is no such file every
 * worker could share, and a key kept in the database would let a copy of it
 * re-identify learners (docs/privacy.md). So `serve`, `ask` and `report`
 * refuse before anything starts, with one line in the staff member's language.
 */
import type { Config } from '../config.js'
import type { Lang } from '../dialogue/types.js'
import { UserError } from '../errors.js'
import { cliText } from './cli-text.js'

/** Throws one clear line when DATABASE_URL is set without LOG_SALT. */
export function requireLogSalt(config: Pick<Config, 'DATABASE_URL' | 'LOG_SALT'>, lang: Lang): void {
  if (config.DATABASE_URL && !config.LOG_SALT) throw new UserError(cliText(lang, 'log_salt_required'))
}
