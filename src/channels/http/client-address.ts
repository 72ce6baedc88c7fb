/**
 * @module channels/http/client-address
 * Who is calling, for the per-address rate limit. The socket's address is
 * the truth unless a reverse proxy we trust (TRUST_PROXY=1) sits in front:
 * then the proxy's own X-Forwarded-For entry (the last one, which it
 * appended) names the client. Without TRUST_PROXY the header is ignored,
 * since anyone can send one to dodge the limit.
 */
import type { IncomingMessage } from 'node:http'

/** The caller's address as the rate limiter should see it. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for']
    const value = Array.isArray(header) ? header.join(',') : header
    const last = value
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .pop()
    if (last) return last
  }
  return req.socket.remoteAddress ?? 'unknown'
}
