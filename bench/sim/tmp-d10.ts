import { openSimRig } from './rig.js'
import { SIM_TODAY } from './eval-sim.js'
const rig = await openSimRig({ kind: 'generated', rows: 1000, seed: 1 }, SIM_TODAY)
for (const p of rig.world.live) if (p.topics.includes('digital-skills') && p.format !== 'online' && (p.audiences.includes('youth') || p.audiences.includes('general-public'))) console.log(p.id, p.title, JSON.stringify(p.region), p.format, p.audiences.join(','), p.end_date)
for (const reg of [{ province: '北京市', city: null }, { province: '北京市', city: '北京市' }]) console.log(reg, rig.world.matching({ topic: 'digital-skills', audience: 'youth', region: reg, format: 'offline' } as any).map((p) => p.id))
rig.close()
