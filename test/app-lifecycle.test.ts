import { describe, expect, it } from 'vitest'
import { assembleApp } from '../src/app-lifecycle.js'
import type { App } from '../src/app-lifecycle.js'

/** Just the parts start and stop touch: no channels, a search index and a database that record their closing. */
function partsRecording(events: string[]) {
  const quiet = () => undefined
  return {
    channels: [],
    search: { close: () => events.push('search closed') },
    db: { close: () => events.push('db closed') },
    log: { info: quiet, warn: quiet, error: quiet, debug: quiet },
  } as unknown as Parameters<typeof assembleApp>[0]
}

describe('the app lifecycle', () => {
  it('lets an extension finish starting before it is stopped, and closes the database only after both', async () => {
    const events: string[] = []
    let release!: () => void
    let entered!: () => void
    const inStarted = new Promise<void>((r) => (entered = r))
    const app: App = assembleApp(partsRecording(events), [{
      started: async () => {
        events.push('started: begun')
        entered()
        await new Promise<void>((r) => (release = r))
        events.push('started: done (a job is running)')
      },
      stopping: () => void events.push('stopping'),
    }])
    const starting = app.start()
    await inStarted
    const stopping = app.stop()
    release()
    await Promise.all([starting, stopping])
    expect(events).toEqual(['started: begun', 'started: done (a job is running)', 'stopping', 'search closed', 'db closed'])
  })

  it('starts no extension once stopping has begun', async () => {
    const events: string[] = []
    let release!: () => void
    let entered!: () => void
    const inStarted = new Promise<void>((r) => (entered = r))
    const app = assembleApp(partsRecording(events), [
      { started: async () => { entered(); await new Promise<void>((r) => (release = r)); events.push('first started') } },
      { started: () => void events.push('second started'), stopping: () => void events.push('second stopping') },
    ])
    const starting = app.start()
    await inStarted
    const stopping = app.stop()
    release()
    await Promise.all([starting, stopping])
    expect(events).toEqual(['first started', 'second stopping', 'search closed', 'db closed'])
  })
})
