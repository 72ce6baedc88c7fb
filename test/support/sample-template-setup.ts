/**
 * Vitest globalSetup of the `unit` and `slow` projects: one empty temp folder
 * per run, handed to the test files as `inject('sampleTemplate')`. The first
 * file that needs the sample catalogue's database builds it there once (see
 * test/fixtures/sample-template.ts); every other file copies it. Deleted at
 * the end of the run, so no run ever sees another run's (or older code's) files.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's folder for the sample database template (empty until a test file builds it). */
    sampleTemplate: string
  }
}

/** Makes the run's template folder and returns its removal. */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'lf-sample-template-'))
  project.provide('sampleTemplate', dir)
  return () => rmSync(dir, { recursive: true, force: true })
}
