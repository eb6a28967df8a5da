import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const DUCKDB = 'node_modules/@duckdb/duckdb-wasm/dist';

/** A folder with the floor page: DuckDB-wasm's worker and .wasm, and a bundle that starts them. */
export async function buildFloorPage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  await build({ entryPoints: ['scripts/bench-floor/entry.ts'], bundle: true, format: 'esm', minify: true, outfile: join(dir, 'floor.js'), logLevel: 'warning' });
  copyFileSync(join(DUCKDB, 'duckdb-browser-eh.worker.js'), join(dir, 'duckdb-browser-eh.worker.js'));
  copyFileSync(join(DUCKDB, 'duckdb-eh.wasm'), join(dir, 'duckdb-eh.wasm'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>DuckDB-wasm start</title><script type="module" src="floor.js"></script>');
  return dir;
}
