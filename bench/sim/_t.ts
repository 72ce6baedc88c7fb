import { toMandarin } from '../../src/text/dialect.js'
for (const s of process.argv.slice(2)) console.log(s, '→', toMandarin(s))
