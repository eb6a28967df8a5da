import { performance } from 'node:perf_hooks';
import { loadTables } from '../src/db/load';
import { openNodeDb } from '../src/db/node';
import { ingestFiles } from '../src/ingest/ingest-files';
import { completionByKanwil } from '../src/metrics/groups';
import { runMetric } from '../src/metrics/metric';
import { totals } from '../src/metrics/totals';
import { largeSignatureExport } from './large-export';

// Speed of the shared ingest and metric code (Node, same DuckDB-wasm engine as the browser).
// Medians of several runs; the machine is shared, so compare ratios rather than absolute times.
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_ROWS ?? '100000,1000000').split(',').map(Number);
  const results: Record<string, Record<string, number>> = {};
  for (const rows of sizes) {
    const bytes = new TextEncoder().encode(largeSignatureExport(rows));
    const ingest: number[] = [];
    const load: number[] = [];
    const query: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      let set!: ReturnType<typeof ingestFiles>;
      ingest.push(await time(() => { set = ingestFiles([{ name: 'signatures.csv', bytes }]); }));
      const db = await openNodeDb();
      load.push(await time(() => loadTables(db, set.tables)));
      const p = { campaign: 'PEMILU2024', asOf: '2023-12-31' };
      query.push(await time(async () => {
        await runMetric(db, totals, p);
        await runMetric(db, completionByKanwil, p);
      }));
      await db.close();
    }
    results[`${rows} rows (${(bytes.length / 1e6).toFixed(1)} MB)`] = {
      'ingest ms': Math.round(median(ingest)), 'DuckDB load ms': Math.round(median(load)),
      'queries ms': Math.round(median(query)), 'ingest rows/s': Math.round(rows / (median(ingest) / 1000)),
    };
    process.stderr.write(`${rows} rows done\n`);
  }
  console.table(results);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
