/**
 * @module channels/telegram/download-file
 * Downloads a file a user sent (an admin's catalogue upload) from the Bot
 * API's file server with a time limit and a size limit checked before and
 * while reading, so a stalled or oversized download neither hangs the
 * upload nor fills memory.
 */

/** Why a download was given up; the message says it in plain words. */
export class DownloadError extends Error {}

/** Limits of one download. */
export interface DownloadLimits {
  /** Largest accepted size in bytes. */
  maxBytes: number
  /** The whole download must finish within this many ms (default 60 s). */
  timeoutMs?: number
  /** The size Telegram reported (getFile's file_size), checked before downloading. */
  declaredBytes?: number
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`

/** Fetches `url` into memory within `limits`, or throws a {@link DownloadError}. */
export async function downloadFile(url: string, limits: DownloadLimits): Promise<Buffer> {
  const { maxBytes } = limits
  const timeoutMs = limits.timeoutMs ?? 60_000
  if ((limits.declaredBytes ?? 0) > maxBytes) {
    throw new DownloadError(`the file is ${mb(limits.declaredBytes!)}, more than the ${mb(maxBytes)} allowed`)
  }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const res = await fetch(url, { signal: controller.signal })
    if (!res.ok) throw new DownloadError(`download failed with HTTP ${res.status}`)
    const length = Number(res.headers.get('content-length') ?? NaN)
    if (length > maxBytes) {
      await res.body?.cancel()
      throw new DownloadError(`the file is ${mb(length)}, more than the ${mb(maxBytes)} allowed`)
    }
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of res.body ?? []) {
      size += chunk.length
      if (size > maxBytes) {
        controller.abort()
        throw new DownloadError(`the file is more than the ${mb(maxBytes)} allowed`)
      }
      chunks.push(Buffer.from(chunk))
    }
    return Buffer.concat(chunks)
  } catch (err) {
    if (controller.signal.aborted && !(err instanceof DownloadError)) {
      throw new DownloadError(`the download did not finish within ${Math.round(timeoutMs / 1000)} s; please send the file again`)
    }
    throw err
  } finally {
    clearTimeout(timer)
  }
}
