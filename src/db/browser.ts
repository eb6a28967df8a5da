import { AsyncDuckDB, VoidLogger, type AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { SAFE_SETTINGS, toPlainRows, type Db } from './db';
import { setEngineProgress } from './engine-progress';
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

// Repeat visits start the engine through public/engine-cached.worker.js, so that the browser can keep
// the compiled engine; a first visit (or a new engine version) shows its download's progress instead.
const SEEN_KEY = 'pledge-dashboard-engine';
const absolute = (url: string) => new URL(url, document.baseURI).href;

function seenBefore(): boolean {
  try { return localStorage.getItem(SEEN_KEY) === absolute(ehWasm); } catch { return false; } // storage may be refused
}

function engineWorker(): Worker {
  if (!seenBefore()) return new Worker(ehWorker);
  return new Worker(absolute(`engine-cached.worker.js?${encodeURIComponent(absolute(ehWorker))}`));
}

async function start(): Promise<Db> {
  const worker = engineWorker();
  const duck = new AsyncDuckDB(new VoidLogger(), worker);
  setEngineProgress({ phase: 'downloading', loaded: 0, total: 0 });
  // The bytes counted are unpacked ones; the header's length may be the compressed one.
  const total = typeof __ENGINE_BYTES__ === 'number' ? __ENGINE_BYTES__ : 0;
  await withTimeout(duck.instantiate(ehWasm, null, (p) => setEngineProgress({ phase: 'downloading', loaded: p.bytesLoaded, total: Math.max(total, p.bytesLoaded) })),
    START_TIMEOUT_MS, 'DuckDB did not start: the server may not send .wasm files as application/wasm.');
  setEngineProgress({ phase: 'ready', loaded: 0, total: 0 });
  try { localStorage.setItem(SEEN_KEY, absolute(ehWasm)); } catch { /* storage refused: the next visit shows progress again */ }
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
