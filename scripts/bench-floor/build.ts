import { copyFileSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';

const DUCKDB = 'node_modules/@duckdb/duckdb-wasm/dist';

/**
 * A folder with the floor page: DuckDB-wasm's worker and .wasm, and a bundle that starts them. Each of
 * `files` is linked into the folder under its own name, so the page can fetch it from the same server.
 */
export async function buildFloorPage(files: readonly string[] = []): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  await build({ entryPoints: ['scripts/bench-floor/entry.ts'], bundle: true, format: 'esm', minify: true, outfile: join(dir, 'floor.js'), logLevel: 'warning' });
  copyFileSync(join(DUCKDB, 'duckdb-browser-eh.worker.js'), join(dir, 'duckdb-browser-eh.worker.js'));
  copyFileSync(join(DUCKDB, 'duckdb-eh.wasm'), join(dir, 'duckdb-eh.wasm'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>DuckDB-wasm floor</title><script type="module" src="floor.js"></script>');
  for (const file of files) symlinkSync(resolve(file), join(dir, basename(file)));
  return dir;
}
