/**
 * @module channels/terminal
 * The terminal adapter's public surface.
 */
export { createTerminalChannel, type TerminalChannel, type TerminalChannelOptions } from './create-terminal-channel.js'
