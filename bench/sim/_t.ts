import { createQueryUnderstander } from '../../src/query/understand.js'
import { loadTaxonomy } from '../../src/catalogue/taxonomy.js'
import { loadRegions } from '../../src/catalogue/regions.js'
const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
for (const s of process.argv.slice(2)) { const u = understand(s); console.log(s, '=>', u.normalized, JSON.stringify(u.slots.audiences), JSON.stringify(u.slots.topics), JSON.stringify(u.needs)) }
