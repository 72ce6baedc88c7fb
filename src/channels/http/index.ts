/**
 * @module channels/http
 * The HTTP adapter's public surface.
 */
export { createHttpChannel, chatRequestSchema, type HttpChannel, type HttpChannelOptions, type HealthReport, type RouteHandler } from './create-http-channel.js'
