import type { SqlQuery } from './sql';

export type ResultRow = Record<string, unknown>;

/** The one database interface: DuckDB-wasm in a browser worker, or the blocking build in Node. */
export interface Db {
  run(query: SqlQuery): Promise<ResultRow[]>;
  registerBytes(name: string, bytes: Uint8Array): Promise<void>; // may take ownership of the bytes
  dropFile(name: string): Promise<void>;
  /** Creates (or replaces) a table from an Arrow IPC stream; takes ownership of the bytes. */
  insertArrow(table: string, ipc: Uint8Array): Promise<void>;
  /** Node: a query's result as an Arrow IPC stream (what the build publishes). */
  exportArrow?(query: SqlQuery): Promise<Uint8Array>;
  close(): Promise<void>;
  /** Browser: called once when the engine's worker has died (crashed, killed, or silent too long). */
  onDead?(listener: (detail: string) => void): void;
  /** Browser: how long the engine may stay silent before it is checked: 'long' while a load runs. */
  setPatience?(patience: 'short' | 'long'): void;
}

export const SAFE_SETTINGS = [
  // Extension autoloading would reach DuckDB's extension server: another origin, and a hang offline.
  'SET autoload_known_extensions = false',
  'SET autoinstall_known_extensions = false',
];

/** Arrow rows → plain objects. BIGINT (bigint) becomes number; metrics decode the rest. */
export function toPlainRows(rows: readonly { toJSON(): ResultRow }[]): ResultRow[] {
  return rows.map((row) => {
    const out = row.toJSON();
    for (const key of Object.keys(out)) {
      const v = out[key];
      if (typeof v === 'bigint') out[key] = Number(v);
    }
    return out;
  });
}
