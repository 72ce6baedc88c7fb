import { parseSimArgs, runSimulatorEval } from './sim/eval-sim.js'
await runSimulatorEval(parseSimArgs(process.argv.slice(2)))
