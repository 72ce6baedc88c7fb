/** The webhook inbox contract against SQLite on disk: with rows written on the store's own connection, and through the writer thread as `serve` does (so an update is stored while another process holds the write lock). */
import { describeInBothWriteModes } from './fixtures/sqlite-write-modes.js'
import { SqliteWebhookInboxStore } from '../src/channels/telegram/sqlite-webhook-inbox-store.js'
import { describeWebhookInboxStoreContract } from './contracts/webhook-inbox-store.contract.js'

describeInBothWriteModes(describeWebhookInboxStoreContract, (db, writes) => new SqliteWebhookInboxStore(db, writes))
