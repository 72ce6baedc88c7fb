#!/usr/bin/env node
// The learnfinder command: loads the TypeScript CLI through tsx, so `npx learnfinder`
// works right after `npm install` with no build step.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli.ts')
process.exitCode = await main(process.argv.slice(2))
