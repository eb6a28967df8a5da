// The browser's local copy of the analyst's uploads (IndexedDB), so they survive a reload until cleared.
// Uses only the DOM's `indexedDB`; tests inject an IDBFactory (fake-indexeddb).
//
// Aliases (unit value → unit code) are shared by all batches and outlive them: `clear()` removes the batches
// only (back to the published data) and keeps the analyst's alias choices; `clearAliases()` removes those.
import { isAlias, readBatch, type StoredBatch } from './stored-record';

export type { KindCounts, LoadMode, StoredBatch, StoredFile } from './stored-record';

/** What was read back: the loads the app can use, and how many stored records were set aside as unreadable. */
export interface StoredBatches {
  readonly batches: StoredBatch[];
  readonly unreadable: number;
}
export interface StoredAliases {
  readonly aliases: Record<string, string>;
  readonly unreadable: IDBValidKey[]; // keys of entries that are not a unit value naming a unit code
}
export interface LocalStore {
  addBatch(batch: Omit<StoredBatch, 'id' | 'savedAt'>): Promise<StoredBatch>;
  batches(): Promise<StoredBatches>; // in the order they were added
  removeBatch(id: number): Promise<void>; // undo of one load
  clear(): Promise<void>; // removes every batch (back to the published data); aliases are kept
  aliases(): Promise<StoredAliases>; // unit value → unit code, chosen by the analyst
  setAlias(value: string, unitCode: string): Promise<void>;
  removeAlias(value: string): Promise<void>;
  removeAliasKeys(keys: readonly IDBValidKey[]): Promise<void>; // sets aside unreadable entries for good
  clearAliases(): Promise<void>;
  estimate(): Promise<{ usage: number; quota: number } | null>; // navigator.storage.estimate() when available
  close(): void; // releases the connection; later calls reject
}

/** `reason` lets the page pick its wording; `message` is already readable. */
export class LocalStoreError extends Error {
  constructor(message: string, readonly reason: 'unavailable' | 'full' | 'closed' | 'failed', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LocalStoreError';
  }
}

const DB_NAME = 'pledge-dashboard';
const BATCHES = 'batches';
const ALIASES = 'aliases';


const detail = (e: unknown): string => (e as Error | null)?.message || (e as Error | null)?.name || String(e);

function toError(error: unknown, doing: string): LocalStoreError {
  if (error instanceof LocalStoreError) return error;
  const name = (error as Error | null)?.name;
  if (name === 'QuotaExceededError') {
    return new LocalStoreError(`The browser's storage is full, so ${doing} failed: the data is only kept for this visit.`, 'full', { cause: error });
  }
  // InvalidStateError: used after close; AbortError as a transaction error: the connection was force-closed.
  if (name === 'InvalidStateError' || name === 'AbortError') return closed(doing, error);
  return new LocalStoreError(`Local storage: ${doing} failed (${detail(error)}).`, 'failed', { cause: error });
}

const closed = (doing: string, cause?: unknown): LocalStoreError => new LocalStoreError(
  `The local storage connection is closed (e.g. site data was cleared or another tab replaced it), so ${doing} failed; reload the page.`,
  'closed', { cause });

const unavailable = (cause: unknown): LocalStoreError => new LocalStoreError(
  'This browser does not allow local storage (IndexedDB is unavailable, e.g. private mode or disabled), so uploads will not be kept after a reload.'
  + (cause ? ` (${detail(cause)})` : ''),
  'unavailable', { cause });

function nonEmpty(text: string, what: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new LocalStoreError(`An alias needs a non-empty ${what}.`, 'failed');
  return trimmed;
}

/** `factory`: the browser's `indexedDB` unless given; merely reading that may throw (opaque origins, sandboxed frames). */
// Whether this browser may hold saved uploads, kept in localStorage beside the store: it is read at
// once, while the store takes a moment to open, so the published first figures need not wait for the
// store when there is nothing in it (app/dataset.ts). Every change of the saved uploads updates it.
const UPLOADS_HINT = 'pledge-dashboard-saved-uploads';

function hintUploads(present: boolean): void {
  try {
    if (present) globalThis.localStorage?.setItem(UPLOADS_HINT, '1');
    else globalThis.localStorage?.removeItem(UPLOADS_HINT);
  } catch { /* storage refused: the store is then always read first */ }
}

/** False when this browser's own writes say it holds no saved upload; true when it does, or cannot tell. */
export function mayHoldUploads(): boolean {
  try {
    const storage = globalThis.localStorage;
    return storage ? storage.getItem(UPLOADS_HINT) === '1' : true;
  } catch {
    return true;
  }
}

export function openLocalStore(given?: IDBFactory): Promise<LocalStore> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      const factory = given ?? globalThis.indexedDB;
      if (!factory) return reject(unavailable(null));
      request = factory.open(DB_NAME, 1); // throws SecurityError in some sandboxed/disabled contexts
    } catch (error) {
      return reject(unavailable(error));
    }
    request.onupgradeneeded = () => { // only from version 0 (no database yet) to 1
      request.result.createObjectStore(BATCHES, { keyPath: 'id', autoIncrement: true });
      request.result.createObjectStore(ALIASES); // out-of-line keys: the trimmed unit value
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(unavailable(request.error));
  }).then(wrap);
}

function wrap(db: IDBDatabase): LocalStore {
  // Another tab upgrading or deleting the database must not be blocked by this connection.
  let isClosed = false;
  const shut = () => { isClosed = true; db.close(); };
  db.onversionchange = shut;
  db.onclose = () => { isClosed = true; }; // forced close: site data cleared, storage evicted

  // Resolves on transaction complete (the data is durable), rejects on abort: a failed request aborts its
  // transaction and the transaction's error is the request's (QuotaExceededError often only shows up there).
  function run<T>(stores: string[], mode: IDBTransactionMode, doing: string, body: (tx: IDBTransaction) => () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (isClosed) return reject(closed(doing));
      try {
        const tx = db.transaction(stores, mode);
        const result = body(tx);
        tx.oncomplete = () => resolve(result());
        tx.onabort = () => reject(toError(tx.error ?? new Error('the transaction was cancelled'), doing));
      } catch (error) { // db closed (InvalidStateError), uncloneable value (DataCloneError), empty alias, …
        reject(toError(error, doing));
      }
    });
  }

  const write = (name: string, doing: string, op: (store: IDBObjectStore) => unknown): Promise<void> =>
    run([name], 'readwrite', doing, (tx) => { op(tx.objectStore(name)); return () => undefined; });

  return {
    addBatch(batch) {
      // The file itself is stored (a Blob): the browser copies its bytes off the main thread.
      const record = {
        savedAt: new Date().toISOString(),
        modes: { ...batch.modes },
        files: batch.files.map((f) => ({
          name: f.name, kind: f.kind, blob: f.blob,
          ...(f.mapping ? { mapping: { ...f.mapping } } : {}),
          ...(f.delimiter ? { delimiter: f.delimiter } : {}),
        })),
        ...(batch.counts ? { counts: { before: { ...batch.counts.before }, after: { ...batch.counts.after } } } : {}),
      };
      return run([BATCHES], 'readwrite', 'saving the upload', (tx) => {
        const req = tx.objectStore(BATCHES).add(record);
        return () => { hintUploads(true); return { ...record, id: req.result as number }; };
      });
    },
    batches: () => run([BATCHES], 'readonly', 'reading the saved uploads', (tx) => {
      const req = tx.objectStore(BATCHES).getAll(); // key order = id order = the order they were added
      return () => {
        const read = (req.result as unknown[]).map(readBatch);
        hintUploads(read.length > 0);
        return { batches: read.filter((b): b is StoredBatch => b !== null), unreadable: read.filter((b) => b === null).length };
      };
    }),
    removeBatch: (id) => run([BATCHES], 'readwrite', 'removing the saved upload', (tx) => {
      const store = tx.objectStore(BATCHES);
      store.delete(id);
      const left = store.count();
      return () => { hintUploads(left.result > 0); };
    }),
    clear: () => write(BATCHES, 'clearing the saved uploads', (store) => store.clear()).then(() => hintUploads(false)),
    aliases: () => run([ALIASES], 'readonly', 'reading the unit aliases', (tx) => {
      const store = tx.objectStore(ALIASES);
      const keys = store.getAllKeys(), values = store.getAll(); // both in key order
      return () => {
        const aliases: Record<string, string> = {};
        const unreadable: IDBValidKey[] = [];
        (keys.result as IDBValidKey[]).forEach((key, i) => {
          const value: unknown = values.result[i];
          if (isAlias(key, value)) aliases[key] = value as string;
          else unreadable.push(key);
        });
        return { aliases, unreadable };
      };
    }),
    removeAliasKeys: (keys) => write(ALIASES, 'removing unreadable unit aliases', (store) => { for (const key of keys) store.delete(key); }),
    setAlias: (value, unitCode) => write(ALIASES, 'saving the unit alias',
      (store) => store.put(nonEmpty(unitCode, 'unit code'), nonEmpty(value, 'unit value'))),
    removeAlias: (value) => write(ALIASES, 'removing the unit alias', (store) => store.delete(nonEmpty(value, 'unit value'))),
    clearAliases: () => write(ALIASES, 'clearing the unit aliases', (store) => store.clear()),
    async estimate() {
      try { // navigator (Node), navigator.storage (insecure contexts) or estimate (old Safari) may be missing
        const e = await globalThis.navigator?.storage?.estimate?.();
        return e ? { usage: e.usage ?? 0, quota: e.quota ?? 0 } : null;
      } catch { return null; }
    },
    close: shut,
  };
}
