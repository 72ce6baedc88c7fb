/**
 * @module channels/telegram
 * The Telegram adapter's public surface.
 */
export { createTelegramChannel, type TelegramChannel, type TelegramChannelOptions } from './create-telegram-channel.js'
export { type TelegramDeps, isAdmin, langOf } from './deps.js'
export { renderTelegram, ButtonTable } from './render.js'
export { SqliteWebhookInboxStore } from './sqlite-webhook-inbox-store.js'
export type { WebhookInboxStore } from './webhook-inbox-store.js'
