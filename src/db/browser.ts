import { AsyncDuckDB, VoidLogger, type AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { SAFE_SETTINGS, toPlainRows, type Db } from './db';
import { Watchdog } from './watchdog';

// Browser adapter: DuckDB-wasm (the `eh` build, which needs no cross-origin isolation) in its own
// worker, files bundled and served from this site. Started once; a hang becomes a readable error; a
// worker that dies is noticed (watchdog.ts) and reported through onDead.
const START_TIMEOUT_MS = 60_000;
const STATEMENT_CACHE = 100;

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
  const watchdog = new Watchdog(worker, () => duck.getVersion());
  // Prepared once per SQL text: a click re-runs the same statements with other values.
  const statements = new Map<string, Promise<AsyncPreparedStatement>>();
  // A statement that cannot be closed (the engine is gone) has nothing left to free.
  const forgetStatements = () => {
    for (const stmt of statements.values()) void stmt.then((s) => s.close()).catch(() => undefined);
    statements.clear();
  };
  const prepared = (text: string): Promise<AsyncPreparedStatement> => {
    let stmt = statements.get(text);
    if (stmt) {
      statements.delete(text);
    } else {
      stmt = conn.prepare(text);
      stmt.catch(() => statements.delete(text));
    }
    statements.set(text, stmt);
    if (statements.size > STATEMENT_CACHE) {
      const [oldest, old] = statements.entries().next().value!;
      statements.delete(oldest);
      void old.then((s) => s.close()).catch(() => undefined);
    }
    return stmt;
  };
  return {
    run(query) {
      return watchdog.track(async () => {
        if (query.params.length === 0) return toPlainRows((await conn.query(query.text)).toArray());
        const stmt = await prepared(query.text);
        return toPlainRows((await stmt.query(...query.params)).toArray());
      });
    },
    registerBytes(name, bytes) {
      return watchdog.track(() => duck.registerFileBuffer(name, bytes));
    },
    dropFile(name) {
      return watchdog.track(async () => { await duck.dropFile(name); });
    },
    insertArrow(table, ipc) {
      return watchdog.track(async () => {
        await conn.query(`DROP TABLE IF EXISTS "${table.replaceAll('"', '""')}"`);
        await conn.insertArrowFromIPCStream(ipc, { name: table });
      });
    },
    async close() {
      watchdog.stop();
      forgetStatements();
      await conn.close();
      await duck.terminate();
    },
    onDead(listener) {
      watchdog.onDead(listener);
    },
    setPatience(patience) {
      // After a load, statements are prepared again against the new tables.
      if (patience === 'short') forgetStatements();
      watchdog.patience = patience;
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
