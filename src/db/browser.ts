import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { SAFE_SETTINGS, toPlainRows, type Db } from './db';

// Browser adapter: DuckDB-wasm (the `eh` build, which needs no cross-origin isolation) in its own
// worker, files bundled and served from this site. Started once; a hang becomes a readable error.
const START_TIMEOUT_MS = 60_000;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (v) => { clearTimeout(timer); resolve(v); },
      (e: unknown) => { clearTimeout(timer); reject(e instanceof Error ? e : new Error(String(e))); },
    );
  });
}

async function start(): Promise<Db> {
  const worker = new Worker(ehWorker);
  const duck = new AsyncDuckDB(new VoidLogger(), worker);
  await withTimeout(duck.instantiate(ehWasm), START_TIMEOUT_MS,
    'DuckDB did not start: the server may not send .wasm files as application/wasm.');
  const conn = await duck.connect();
  for (const s of SAFE_SETTINGS) await conn.query(s);
  return {
    async run(query) {
      if (query.params.length === 0) return toPlainRows((await conn.query(query.text)).toArray());
      const stmt = await conn.prepare(query.text);
      try {
        return toPlainRows((await stmt.query(...query.params)).toArray());
      } finally {
        await stmt.close();
      }
    },
    async registerBytes(name, bytes) {
      await duck.registerFileBuffer(name, bytes);
    },
    async dropFile(name) {
      await duck.dropFile(name);
    },
    async close() {
      await conn.close();
      await duck.terminate();
    },
  };
}

let started: Promise<Db> | null = null;

/** The page's one database, started on first use. */
export function browserDb(): Promise<Db> {
  started ??= start();
  started.catch(() => { started = null; });
  return started;
}
