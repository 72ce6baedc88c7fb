import { loadTaxonomy } from '../../src/catalogue/taxonomy.js'
import { loadRegions } from '../../src/catalogue/regions.js'
import { createQueryUnderstander } from '../../src/query/understand.js'
const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
for (const t of process.argv.slice(2)) { const u = understand(t); console.log(t, '|', u.normalized, JSON.stringify(u.slots.topics.map(x=>[x.id,x.matched,x.explicit])), JSON.stringify(u.slots.audiences.map(x=>[x.id,x.matched,x.explicit,x.related]))) }
