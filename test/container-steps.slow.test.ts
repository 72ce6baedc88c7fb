/**
 * The Dockerfile's steps run for real in a temp folder (no container engine
 * here): npm ci, the copies, the serve command and its health check. It takes
 * minutes (npm ci downloads and compiles), so it runs when
 * LF_CONTAINER_STEPS=1 is set (the integrator's slow job).
 */
import { describe, expect, it } from 'vitest'
import { runContainerSteps } from './container/container-steps.js'

describe.runIf(process.env.LF_CONTAINER_STEPS === '1')('the Dockerfile steps outside a container', () => {
  it('install, copy and start the bot so that GET /healthz answers 200', async () => {
    const logs: string[] = []
    const result = await runContainerSteps({ log: (s) => logs.push(s) })
    expect(result.health.status).toBe(200)
    expect(JSON.parse(result.health.body)).toMatchObject({ ok: true })
    expect(result.steps.some((s) => /RUN npm ci/.test(s))).toBe(true)
  }, 1_800_000) // npm ci alone took 17 min on a loaded 2-core machine
})
