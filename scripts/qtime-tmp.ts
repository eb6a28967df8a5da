import { readdirSync, readFileSync } from 'node:fs';
import { openNodeDb } from '../src/db/node';
import { loadTables } from '../src/db/load';
import { ingestFiles } from '../src/ingest/ingest-files';
import { runMetric } from '../src/metrics/metric';
import { totals } from '../src/metrics/totals';
import { completionByKanwil, completionByDirectorate, completionByUnit } from '../src/metrics/groups';
import { signersByDay } from '../src/metrics/trend';
import { incidentsByCategory, incidentsByMonth } from '../src/metrics/incidents';
const dir = 'data';
const inputs = readdirSync(dir).filter((n) => n.endsWith('.csv')).map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${dir}/${name}`)) }));
const { tables } = ingestFiles(inputs);
const db = await openNodeDb();
await loadTables(db, tables);
const f = { campaign: 'PEMILU2024', asOf: '2024-09-30', kanwil: 'KW-SUMSEL' };
const min = async (fn: () => Promise<unknown>) => { const xs: number[] = []; for (let i = 0; i < 15; i++) { const t = performance.now(); await fn(); xs.push(performance.now() - t); } return Math.min(...xs).toFixed(1); };
console.log('select 1', await min(() => db.run({ text: 'SELECT 1', params: [] })));
for (const [name, m] of Object.entries({ totals, completionByKanwil, completionByDirectorate, completionByUnit, signersByDay, incidentsByCategory, incidentsByMonth })) {
  console.log(name, await min(() => runMetric(db, m as never, f as never)));
}
const parts = [
  "SELECT coalesce(sum(s.employees), 0)::BIGINT FROM staff_by_unit s WHERE s.kanwil_group = 'KW-SUMSEL'",
  "SELECT coalesce(sum(d.signers), 0)::BIGINT FROM signed_by_day d WHERE d.counted AND d.campaign='PEMILU2024' AND d.first_day <= DATE '2024-09-30' AND d.kanwil_group = 'KW-SUMSEL'",
  "SELECT count(*) FROM inc i WHERE i.reported_on <= DATE '2024-09-30' AND i.kanwil_group = 'KW-SUMSEL'",
];
for (const p of parts) console.log(p.slice(0, 60), await min(() => db.run({ text: p, params: [] })));
