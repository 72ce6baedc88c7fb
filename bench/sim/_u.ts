import { loadTaxonomy } from '../../src/catalogue/taxonomy.js'
import { loadRegions } from '../../src/catalogue/regions.js'
import { createQueryUnderstander } from '../../src/query/understand.js'
const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
for (const s of process.argv.slice(2)) { const r = understand(s) as any; console.log(s, JSON.stringify({ topics: r.slots.topics, aud: r.slots.audiences, needs: r.needs, fmt: r.slots.format, free: r.slots.free, oos: r.outOfScope })) }
