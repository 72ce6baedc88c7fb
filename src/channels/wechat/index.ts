/**
 * @module channels/wechat
 * The WeChat adapter's public surface.
 */
export { createWechatChannel, type WechatChannel, type WechatChannelOptions } from './create-wechat-channel.js'
export { contactKey, findContactByKey, hasEphemeralIds, puppetNotice } from './contact-key.js'
