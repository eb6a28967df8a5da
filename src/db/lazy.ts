import type { Db } from './db';

/**
 * A Db usable before the engine has started: every call waits for it. The page can then draw the
 * build's first-view answers (query/client.ts `seed`) while DuckDB-wasm downloads and starts.
 */
export function lazyDb(ready: Promise<Db>): Db {
  return {
    run: (query) => ready.then((db) => db.run(query)),
    registerBytes: (name, bytes) => ready.then((db) => db.registerBytes(name, bytes)),
    dropFile: (name) => ready.then((db) => db.dropFile(name)),
    insertArrow: (table, ipc) => ready.then((db) => db.insertArrow(table, ipc)),
    close: () => ready.then((db) => db.close()),
    onDead: (listener) => { void ready.then((db) => db.onDead?.(listener), () => undefined); },
    setPatience: (patience) => { void ready.then((db) => db.setPatience?.(patience), () => undefined); },
  };
}
