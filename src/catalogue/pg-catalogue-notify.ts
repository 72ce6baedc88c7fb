/**
 * @module catalogue/pg-catalogue-notify
 * Tells every worker at once that the shared catalogue changed: a trigger on
 * the catalogue_meta row sends NOTIFY on {@link CATALOGUE_CHANNEL} with the
 * new version whenever a write bumps it, whichever process wrote (a worker,
 * the CLI, another machine). It lives in the database, not in the store's
 * code, so no writer can forget it; PostgreSQL delivers it at COMMIT.
 */
import type { PgModuleMigrations } from '../db/pg-migrate.js'

/** The LISTEN/NOTIFY channel a catalogue version change is announced on (payload: the new version). */
export const CATALOGUE_CHANNEL = 'learnfinder_catalogue'

/** The 'catalogue-notify' module's PostgreSQL steps (after the 'catalogue' module), applied by `learnfinder migrate`. */
export const PG_CATALOGUE_NOTIFY_MIGRATIONS: PgModuleMigrations = {
  module: 'catalogue-notify',
  migrations: [
    `CREATE FUNCTION learnfinder_catalogue_notify() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       PERFORM pg_notify('${CATALOGUE_CHANNEL}', NEW.version::text);
       RETURN NEW;
     END $$;
     CREATE TRIGGER catalogue_meta_notify AFTER UPDATE OF version ON catalogue_meta
       FOR EACH ROW WHEN (NEW.version IS DISTINCT FROM OLD.version) EXECUTE FUNCTION learnfinder_catalogue_notify()`,
  ],
}
