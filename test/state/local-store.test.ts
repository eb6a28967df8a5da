import { IDBFactory, IDBObjectStore, forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalStoreError, mayHoldUploads, openLocalStore, type LocalStore, type StoredFile } from '../../src/state/local-store';
import { readBatch } from '../../src/state/stored-record';

const file = (name: string, text: string, extra: Partial<StoredFile> = {}): StoredFile =>
  ({ name, blob: new Blob([text]), kind: 'employees', ...extra });
const REPLACE = { units: 'replace', employees: 'replace', signatures: 'replace', incidents: 'replace' } as const;
const APPEND = { units: 'append', employees: 'append', signatures: 'append', incidents: 'append' } as const;
const list = async (store: LocalStore) => (await store.batches()).batches;

/** A factory plus a handle on the connection openLocalStore gets, to close it behind the store's back. */
function spiedFactory() {
  const factory = new IDBFactory();
  const dbs: IDBDatabase[] = [];
  const open = factory.open.bind(factory);
  factory.open = (name: string, version?: number) => {
    const request = open(name, version);
    request.addEventListener('success', () => dbs.push(request.result));
    return request;
  };
  return { factory, dbs };
}

/** Makes the next add() abort its transaction with the named error, as fake-indexeddb's internal _abort does. */
function abortNextAdd(errorName: string) {
  const add = IDBObjectStore.prototype.add;
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
    const request = add.apply(this, args);
    (this.transaction as unknown as { _abort(name: string): void })._abort(errorName);
    return request;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('openLocalStore', () => {
  it('creates the pledge-dashboard database, version 1, with the two object stores', async () => {
    const { factory, dbs } = spiedFactory();
    await openLocalStore(factory);
    expect(dbs[0].name).toBe('pledge-dashboard');
    expect(dbs[0].version).toBe(1);
    expect([...dbs[0].objectStoreNames].sort()).toEqual(['aliases', 'batches']);
  });

  it('rejects readably when IndexedDB is unavailable', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const error = await openLocalStore().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalStoreError);
    expect(error).toMatchObject({ reason: 'unavailable', message: expect.stringMatching(/uploads will not be kept/) });
  });

  it('rejects readably when open() throws (e.g. SecurityError) or fires an error', async () => {
    const throwing = { open: () => { throw new DOMException('access denied', 'SecurityError'); } } as unknown as globalThis.IDBFactory;
    await expect(openLocalStore(throwing)).rejects.toThrow(/IndexedDB is unavailable.*access denied/);

    const failing = {
      open() {
        const request = { error: new DOMException('A mutation operation was attempted', 'InvalidStateError') } as
          { error: DOMException; onerror?: () => void };
        setTimeout(() => request.onerror?.());
        return request;
      },
    } as unknown as globalThis.IDBFactory;
    await expect(openLocalStore(failing)).rejects.toMatchObject({ reason: 'unavailable', message: expect.stringMatching(/private mode/) });
  });
});

describe('the hint that saved uploads may exist (read before the store opens)', () => {
  const storage = () => {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => { items.set(k, v); }, removeItem: (k: string) => { items.delete(k); } };
  };

  it('follows every change of the saved uploads, and what a read finds', async () => {
    vi.stubGlobal('localStorage', storage());
    const store = await openLocalStore(new IDBFactory());
    expect(mayHoldUploads()).toBe(false);
    const a = await store.addBatch({ modes: REPLACE, files: [file('a.csv', 'nip\n1')] });
    const b = await store.addBatch({ modes: APPEND, files: [file('b.csv', 'nip\n2')] });
    expect(mayHoldUploads()).toBe(true);
    await store.removeBatch(b.id);
    expect(mayHoldUploads()).toBe(true); // one is left
    await store.removeBatch(a.id);
    expect(mayHoldUploads()).toBe(false);
    await store.addBatch({ modes: REPLACE, files: [file('c.csv', 'nip\n3')] });
    await store.clear();
    expect(mayHoldUploads()).toBe(false);
    // Saved before the hint existed (or the hint lost): the next read of the store sets it again.
    await store.addBatch({ modes: REPLACE, files: [file('d.csv', 'nip\n4')] });
    localStorage.removeItem('pledge-dashboard-saved-uploads');
    expect(mayHoldUploads()).toBe(false);
    await store.batches();
    expect(mayHoldUploads()).toBe(true);
  });

  it('says "may" where it cannot tell: no localStorage, or one that refuses', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(mayHoldUploads()).toBe(true);
    vi.stubGlobal('localStorage', { getItem: () => { throw new DOMException('denied', 'SecurityError'); } });
    expect(mayHoldUploads()).toBe(true);
  });
});

describe('batches', () => {
  it('adds batches with increasing ids and lists them in the order added', async () => {
    const store = await openLocalStore(new IDBFactory());
    expect(await list(store)).toEqual([]);
    const a = await store.addBatch({ modes: REPLACE, files: [file('a.csv', 'nip\n1'), file('u.csv', 'x', { kind: 'units' })] });
    const b = await store.addBatch({ modes: APPEND, files: [file('b.csv', 'nip;unit\n2;X', { delimiter: ';', mapping: { nip: 0, unit: 1 } })] });
    expect(b.id).toBeGreaterThan(a.id);
    expect(new Date(a.savedAt).toISOString()).toBe(a.savedAt);
    const listed = await list(store);
    expect(listed).toEqual([a, b]);
    expect(listed.map((x) => x.modes.employees)).toEqual(['replace', 'append']);
    expect(listed[0].files.map((f) => [f.name, f.kind])).toEqual([['a.csv', 'employees'], ['u.csv', 'units']]);
    expect(listed[1].files[0]).toMatchObject({ delimiter: ';', mapping: { nip: 0, unit: 1 } });
    expect('delimiter' in listed[0].files[0]).toBe(false);
  });

  it('keeps each file as a Blob with its exact bytes (BOM, NUL, 0xFF), and the counts per kind', async () => {
    const store = await openLocalStore(new IDBFactory());
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x00, 0xff]);
    const counts = { before: { units: 1, employees: 2, signatures: 3, incidents: 4 }, after: { units: 1, employees: 2, signatures: 50, incidents: 4 } };
    await store.addBatch({ modes: { signatures: 'append' }, counts, files: [{ name: 'v.csv', blob: new Blob([bytes]), kind: 'signatures' }] });
    const [batch] = await list(store);
    expect(batch.files[0].blob).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await batch.files[0].blob.arrayBuffer())]).toEqual([0xef, 0xbb, 0xbf, 0x00, 0xff]);
    expect(batch.counts).toEqual(counts);
    expect(batch.modes).toEqual({ signatures: 'append' });
  });

  it('removeBatch() takes back one load and leaves the others', async () => {
    const store = await openLocalStore(new IDBFactory());
    const a = await store.addBatch({ modes: REPLACE, files: [file('a.csv', '1')] });
    const b = await store.addBatch({ modes: APPEND, files: [file('b.csv', '2')] });
    await store.removeBatch(b.id);
    expect((await list(store)).map((x) => x.id)).toEqual([a.id]);
  });

  it('clear() removes every batch, keeps the aliases, and ids keep increasing', async () => {
    const store = await openLocalStore(new IDBFactory());
    const first = await store.addBatch({ modes: REPLACE, files: [file('a.csv', '1')] });
    await store.setAlias('Kanwil Jabar', 'KW-JB');
    await store.clear();
    expect(await list(store)).toEqual([]);
    expect((await store.aliases()).aliases).toEqual({ 'Kanwil Jabar': 'KW-JB' });
    const next = await store.addBatch({ modes: APPEND, files: [] });
    expect(next.id).toBeGreaterThan(first.id);
    expect(await list(store)).toEqual([next]);
  });
});

describe('aliases', () => {
  it('sets (trimmed), overwrites, removes and clears', async () => {
    const store = await openLocalStore(new IDBFactory());
    expect((await store.aliases()).aliases).toEqual({});
    await store.setAlias('  Satker Bandung ', 'U-001');
    await store.setAlias('KPP Pratama', 'U-002');
    await store.setAlias('Satker Bandung', ' U-003 ');
    expect((await store.aliases()).aliases).toEqual({ 'Satker Bandung': 'U-003', 'KPP Pratama': 'U-002' });
    await store.removeAlias(' KPP Pratama');
    await store.removeAlias('not there');
    expect((await store.aliases()).aliases).toEqual({ 'Satker Bandung': 'U-003' });
    await store.addBatch({ modes: REPLACE, files: [file('a.csv', '1')] });
    await store.clearAliases();
    expect((await store.aliases()).aliases).toEqual({});
    expect(await list(store)).toHaveLength(1);
  });

  it('rejects an empty unit value or unit code', async () => {
    const store = await openLocalStore(new IDBFactory());
    await expect(store.setAlias('  ', 'U-1')).rejects.toThrow(/non-empty unit value/);
    await expect(store.setAlias('x', '')).rejects.toThrow(/non-empty unit code/);
    expect((await store.aliases()).aliases).toEqual({});
  });
});

describe('persistence', () => {
  it('reopening the same factory sees the previous batches and aliases', async () => {
    const factory = new IDBFactory();
    const first = await openLocalStore(factory);
    const saved = await first.addBatch({ modes: REPLACE, files: [file('a.csv', 'nip\n1', { mapping: { nip: 0 } })] });
    await first.setAlias('Biro Umum', 'U-9');
    first.close();
    const second = await openLocalStore(factory);
    expect(await list(second)).toEqual([saved]);
    expect((await second.aliases()).aliases).toEqual({ 'Biro Umum': 'U-9' });
    expect(await list(await openLocalStore(new IDBFactory()))).toEqual([]); // separate factory, separate data
  });

  it('a second connection (another tab) does not block, and both see the same data', async () => {
    const factory = new IDBFactory();
    const tabA = await openLocalStore(factory);
    const tabB = await openLocalStore(factory);
    await tabA.addBatch({ modes: APPEND, files: [file('a.csv', '1')] });
    expect(await list(tabB)).toHaveLength(1);
  });
});

describe('errors', () => {
  it('every call after close() rejects with a readable message', async () => {
    const store = await openLocalStore(new IDBFactory());
    store.close();
    for (const call of [() => store.batches(), () => store.addBatch({ modes: REPLACE, files: [] }), () => store.clear(), () => store.removeBatch(1),
      () => store.aliases(), () => store.setAlias('a', 'b'), () => store.removeAlias('a'), () => store.clearAliases()]) {
      await expect(call()).rejects.toMatchObject({ name: 'LocalStoreError', reason: 'closed', message: expect.stringMatching(/connection is closed.*reload the page/) });
    }
  });

  it('a forced close (site data cleared) makes later calls reject', async () => {
    const { factory, dbs } = spiedFactory();
    const store = await openLocalStore(factory);
    await store.addBatch({ modes: REPLACE, files: [file('a.csv', '1')] });
    forceCloseDatabase(dbs[0] as never); // its type declaration wrongly asks for the class
    await new Promise((resolve) => setTimeout(resolve, 10)); // the close event is queued
    await expect(store.batches()).rejects.toMatchObject({ reason: 'closed', message: expect.stringMatching(/reading the saved uploads failed/) });
  });

  it('a transaction aborted by a forced close (AbortError) rejects as closed', async () => {
    // Browsers abort running transactions with an AbortError on a forced close; fake-indexeddb lets them
    // finish instead, so the abort is simulated.
    const store = await openLocalStore(new IDBFactory());
    abortNextAdd('AbortError');
    await expect(store.addBatch({ modes: REPLACE, files: [file('a.csv', '1')] }))
      .rejects.toMatchObject({ reason: 'closed', message: expect.stringMatching(/saving the upload failed; reload the page/) });
  });

  it('deleting the database from another tab closes this connection instead of blocking', async () => {
    const factory = new IDBFactory();
    const store = await openLocalStore(factory);
    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase('pledge-dashboard');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    await expect(store.batches()).rejects.toMatchObject({ reason: 'closed' });
  });

  it('quota exceeded (transaction aborted) says the storage is full and the data is only kept for this visit', async () => {
    const store = await openLocalStore(new IDBFactory());
    abortNextAdd('QuotaExceededError'); // how browsers report a full quota: the transaction aborts with it
    const error = await store.addBatch({ modes: REPLACE, files: [file('a.csv', '1')] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'full', message: expect.stringMatching(/storage is full.*only kept for this visit/) });
    expect((error as Error).cause).toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    expect(await list(store)).toEqual([]);
  });

  it('a request error (e.g. DataCloneError) becomes a readable rejection', async () => {
    const store = await openLocalStore(new IDBFactory());
    const bad = { modes: REPLACE, files: [file('a.csv', '1', { mapping: { f: (() => 1) as unknown as number } })] } as const;
    await expect(store.addBatch(bad)).rejects.toMatchObject({ reason: 'failed', message: expect.stringMatching(/^Local storage: saving the upload failed \(.+\)\.$/) });
  });

  it('an explicit abort is reported as cancelled', async () => {
    const store = await openLocalStore(new IDBFactory());
    const getAll = IDBObjectStore.prototype.getAll;
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
      const request = getAll.apply(this, args);
      this.transaction.abort();
      return request;
    });
    await expect(store.batches()).rejects.toThrow(/reading the saved uploads failed \(the transaction was cancelled\)/);
  });
});

describe('estimate', () => {
  it('returns navigator.storage.estimate() when available, else null', async () => {
    const store = await openLocalStore(new IDBFactory());
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 1234, quota: 5678 }) } });
    expect(await store.estimate()).toEqual({ usage: 1234, quota: 5678 });
    vi.stubGlobal('navigator', { storage: { estimate: async () => { throw new Error('nope'); } } });
    expect(await store.estimate()).toBeNull();
    vi.stubGlobal('navigator', {});
    expect(await store.estimate()).toBeNull();
    vi.stubGlobal('navigator', undefined);
    expect(await store.estimate()).toBeNull();
  });
});

/** Writes records behind the store's back, as another version, an extension or a half-written save may have. */
async function writeRaw(factory: IDBFactory, batches: unknown[], aliases: [IDBValidKey, unknown][] = []): Promise<void> {
  (await openLocalStore(factory)).close(); // creates the database and its stores
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open('pledge-dashboard', 1);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['batches', 'aliases'], 'readwrite');
    for (const b of batches) tx.objectStore('batches').put(b); // in-line keys: each record carries its id
    for (const [key, value] of aliases) tx.objectStore('aliases').put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('stored records are checked when read', () => {
  const good = (id: number) => ({ id, savedAt: '2026-01-02T03:04:05.000Z', modes: { employees: 'replace' }, files: [{ name: 'a.csv', kind: 'employees', blob: new Blob(['nip\n1']) }] });

  it.each([
    ['a field of the wrong type (savedAt a number)', { ...good(2), savedAt: 5 }],
    ['files not a list', { ...good(2), files: { 0: 'x' } }],
    ['an unknown kind', { ...good(2), modes: { pegawai: 'replace' }, files: [{ name: 'a.csv', kind: 'pegawai', blob: new Blob(['x']) }] }],
    ['a file without its bytes', { ...good(2), files: [{ name: 'a.csv', kind: 'employees' }] }],
    ['a file name that is not text', { ...good(2), files: [{ name: 7, kind: 'employees', blob: new Blob(['x']) }] }],
    ['an unknown mode', { ...good(2), modes: { employees: 'merge' } }],
    ['a mapping index that is not a whole number', { ...good(2), files: [{ name: 'a.csv', kind: 'employees', blob: new Blob(['x']), mapping: { nip: '0' } }] }],
    ['a count that is not a number', { ...good(2), counts: { before: { units: 0, employees: 'x', signatures: 0, incidents: 0 }, after: { units: 0, employees: 0, signatures: 0, incidents: 0 } } }],
    ['a file kind with no mode', { ...good(2), modes: { units: 'replace' } }],
  ])('%s is set aside and counted, the readable loads still listed', async (_what, record) => {
    const factory = new IDBFactory();
    await writeRaw(factory, [good(1), record]);
    const store = await openLocalStore(factory);
    const read = await store.batches();
    expect(read.unreadable).toBe(1);
    expect(read.batches.map((b) => b.id)).toEqual([1]);
    await store.clear();
    expect(await store.batches()).toEqual({ batches: [], unreadable: 0 });
  });

  it('a null or non-object record is unreadable', () => {
    expect(readBatch(null)).toBeNull();
    expect(readBatch('batch')).toBeNull();
    expect(readBatch([good(1)])).toBeNull();
    expect(readBatch(good(1))).not.toBeNull();
  });

  it('reads loads saved by the earlier version (one mode, bytes as an ArrayBuffer)', async () => {
    const factory = new IDBFactory();
    const buffer = new TextEncoder().encode('nip;unit\n1;X').buffer;
    await writeRaw(factory, [{ id: 1, savedAt: '2025-05-01T00:00:00.000Z', mode: 'append', files: [{ name: 's.csv', kind: 'signatures', buffer, delimiter: ';' }] }]);
    const { batches, unreadable } = await (await openLocalStore(factory)).batches();
    expect(unreadable).toBe(0);
    expect(batches[0].modes).toEqual({ signatures: 'append' });
    expect(batches[0].files[0]).toMatchObject({ name: 's.csv', kind: 'signatures', delimiter: ';' });
    expect(await batches[0].files[0].blob.text()).toBe('nip;unit\n1;X');
  });

  it('skips aliases that are not a unit value naming a unit code, and removes them on request', async () => {
    const factory = new IDBFactory();
    await writeRaw(factory, [], [['Lapas Plg', 'LAPAS-PLG-1'], ['Rutan X', 42], ['Kosong', null], [12, 'KW-X'], ['  ', 'KW-Y']]);
    const store = await openLocalStore(factory);
    const read = await store.aliases();
    expect(read.aliases).toEqual({ 'Lapas Plg': 'LAPAS-PLG-1' });
    expect(read.unreadable).toHaveLength(4);
    await store.removeAliasKeys(read.unreadable);
    expect(await store.aliases()).toEqual({ aliases: { 'Lapas Plg': 'LAPAS-PLG-1' }, unreadable: [] });
  });

  it('says storage is unavailable when merely reading indexedDB throws (opaque origins)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    Object.defineProperty(globalThis, 'indexedDB', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    try {
      await expect(openLocalStore()).rejects.toMatchObject({ reason: 'unavailable', message: expect.stringMatching(/insecure/) });
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'indexedDB', descriptor);
      else delete (globalThis as { indexedDB?: unknown }).indexedDB;
    }
  });
});
