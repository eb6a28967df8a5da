import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { SAFE_SETTINGS, toPlainRows, type Db } from './db';

// The blocking build returns tables of the CommonJS copy of apache-arrow: its writer must be that copy's.
const arrow = createRequire(import.meta.url)('apache-arrow') as typeof import('apache-arrow');

// Node adapter: the same DuckDB-wasm engine as the browser, blocking build (FIELD-NOTES trap 11).
export async function openNodeDb(): Promise<Db> {
  const require = createRequire(import.meta.url);
  const dir = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm').replace(/duckdb-eh\.wasm$/, '');
  const bundles = {
    mvp: { mainModule: `${dir}duckdb-mvp.wasm`, mainWorker: `${dir}duckdb-node-mvp.worker.cjs` },
    eh: { mainModule: `${dir}duckdb-eh.wasm`, mainWorker: `${dir}duckdb-node-eh.worker.cjs` },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  const conn = db.connect();
  for (const s of SAFE_SETTINGS) conn.query(s);
  // Prepared once per SQL text, as in the browser (DuckDB binds them again when a table is replaced).
  const statements = new Map<string, duckdb.PreparedStatement>();
  return {
    async run(query) {
      if (query.params.length === 0) return toPlainRows(conn.query(query.text).toArray());
      let stmt = statements.get(query.text);
      if (!stmt) {
        stmt = conn.prepare(query.text);
        statements.set(query.text, stmt);
        if (statements.size > 100) {
          const [oldest, old] = statements.entries().next().value!;
          statements.delete(oldest);
          old.close();
        }
      }
      return toPlainRows(stmt.query(...query.params).toArray());
    },
    async registerBytes(name, bytes) {
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name) {
      db.dropFile(name);
    },
    async insertArrow(table, ipc) {
      conn.query(`DROP TABLE IF EXISTS "${table.replaceAll('"', '""')}"`);
      conn.insertArrowFromIPCStream(ipc, { name: table });
    },
    async exportArrow(query) {
      if (query.params.length > 0) throw new Error('exportArrow takes no parameters');
      return arrow.tableToIPC(conn.query(query.text), 'stream');
    },
    async close() {
      for (const stmt of statements.values()) stmt.close();
      statements.clear();
      conn.close();
    },
  };
}
