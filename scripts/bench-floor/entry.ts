import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';

// The floor of the first-view bench: a page that only starts DuckDB-wasm (the same eh build the app
// ships) and runs SELECT 1. Times are the page's own, from navigation.
async function main(): Promise<void> {
  const worker = new Worker('duckdb-browser-eh.worker.js');
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate('duckdb-eh.wasm');
  const conn = await db.connect();
  await conn.query('SELECT 1');
  document.body.dataset.ready = String(performance.now());
}

main().catch((error: unknown) => { document.body.dataset.error = String(error); });
