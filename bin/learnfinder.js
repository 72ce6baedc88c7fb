#!/usr/bin/env node
// The learnfinder command: loads the TypeScript CLI through tsx, so `npx learnfinder`
// works right after `npm install` with no build step.
import { register } from 'tsx/esm/api'

register()
// `learnfinder list | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw err
})
const { main } = await import('../src/cli.ts')
process.exitCode = await main(process.argv.slice(2))
