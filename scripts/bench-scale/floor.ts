import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../test/e2e/static-server';
import { buildFloorPage } from '../bench-floor/build';

// The floor of an upload: DuckDB-wasm's own read_csv of the same bytes, in the same browser, in a page
// that holds nothing else (scripts/bench-floor). The engine start is not part of it.

export interface CsvFile { readonly path: string; readonly delim: string }
export interface FloorResult { readonly ms: number; readonly runs: number[]; readonly rows: number; readonly bytes: number }

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Per file, the median time of `CREATE TABLE … AS SELECT * FROM read_csv(…)` over `runs` runs. */
export async function readCsvFloor(browser: Browser, files: readonly CsvFile[], runs: number): Promise<FloorResult[]> {
  const dir = await buildFloorPage(files.map((f) => f.path));
  const server = await serveStatic(dir);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const query = new URLSearchParams({ runs: String(runs) });
    for (const f of files) {
      query.append('f', basename(f.path));
      query.append('d', f.delim);
    }
    await page.goto(`${server.url}?${query.toString()}`, { timeout: 120_000 });
    await page.waitForFunction(() => document.body.dataset.readCsv || document.body.dataset.error, null, { timeout: 600_000 })
      .catch(() => { throw new Error('the floor page did not finish reading the files within 10 minutes'); });
    const error = await page.evaluate(() => document.body.dataset.error);
    if (error) throw new Error(`floor page: ${error}`);
    const out = JSON.parse(await page.evaluate(() => document.body.dataset.readCsv!)) as Record<string, { ms: number[]; rows: number; bytes: number }>;
    return files.map((f) => {
      const r = out[basename(f.path)];
      return { ms: Math.round(median(r.ms)), runs: r.ms.map(Math.round), rows: r.rows, bytes: r.bytes };
    });
  } finally {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
