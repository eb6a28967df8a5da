import { IDBFactory, IDBObjectStore, forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalStoreError, openLocalStore, type StoredFile } from '../../src/state/local-store';

const enc = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text: string, extra: Partial<StoredFile> = {}): StoredFile =>
  ({ name, bytes: enc(text), kind: 'employees', ...extra });

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

describe('batches', () => {
  it('adds batches with increasing ids and lists them in the order added', async () => {
    const store = await openLocalStore(new IDBFactory());
    expect(await store.batches()).toEqual([]);
    const a = await store.addBatch({ mode: 'replace', files: [file('a.csv', 'nip\n1'), file('u.csv', 'x', { kind: 'units' })] });
    const b = await store.addBatch({ mode: 'append', files: [file('b.csv', 'nip;unit\n2;X', { delimiter: ';', mapping: { nip: 0, unit: 1 } })] });
    expect(b.id).toBeGreaterThan(a.id);
    expect(new Date(a.savedAt).toISOString()).toBe(a.savedAt);
    const listed = await store.batches();
    expect(listed).toEqual([a, b]);
    expect(listed.map((x) => x.mode)).toEqual(['replace', 'append']);
    expect(listed[0].files.map((f) => [f.name, f.kind])).toEqual([['a.csv', 'employees'], ['u.csv', 'units']]);
    expect(listed[1].files[0]).toMatchObject({ delimiter: ';', mapping: { nip: 0, unit: 1 } });
    expect('delimiter' in listed[0].files[0]).toBe(false);
  });

  it('returns bytes byte-exact as Uint8Array, also from a view into a larger buffer, and copies them', async () => {
    const store = await openLocalStore(new IDBFactory());
    const big = new Uint8Array(5 * 1024 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 11)) & 0xff;
    const backing = new Uint8Array([9, 9, 0xef, 0xbb, 0xbf, 0x00, 0xff, 9]);
    const view = backing.subarray(2, 7); // BOM, NUL, 0xFF
    await store.addBatch({ mode: 'replace', files: [{ name: 'big.csv', bytes: big, kind: 'signatures' }, { name: 'v.csv', bytes: view, kind: 'units' }] });
    backing[2] = 0; // later changes by the caller must not reach the stored copy
    const [batch] = await store.batches();
    expect(batch.files[0].bytes).toBeInstanceOf(Uint8Array);
    expect(batch.files[0].bytes.length).toBe(big.length);
    expect(Buffer.from(batch.files[0].bytes).equals(Buffer.from(big))).toBe(true);
    expect([...batch.files[1].bytes]).toEqual([0xef, 0xbb, 0xbf, 0x00, 0xff]);
    expect(batch.files[1].bytes.buffer.byteLength).toBe(5);
  });

  it('clear() removes every batch, keeps the aliases, and ids keep increasing', async () => {
    const store = await openLocalStore(new IDBFactory());
    const first = await store.addBatch({ mode: 'replace', files: [file('a.csv', '1')] });
    await store.setAlias('Kanwil Jabar', 'KW-JB');
    await store.clear();
    expect(await store.batches()).toEqual([]);
    expect(await store.aliases()).toEqual({ 'Kanwil Jabar': 'KW-JB' });
    const next = await store.addBatch({ mode: 'append', files: [] });
    expect(next.id).toBeGreaterThan(first.id);
    expect(await store.batches()).toEqual([next]);
  });
});

describe('aliases', () => {
  it('sets (trimmed), overwrites, removes and clears', async () => {
    const store = await openLocalStore(new IDBFactory());
    expect(await store.aliases()).toEqual({});
    await store.setAlias('  Satker Bandung ', 'U-001');
    await store.setAlias('KPP Pratama', 'U-002');
    await store.setAlias('Satker Bandung', ' U-003 ');
    expect(await store.aliases()).toEqual({ 'Satker Bandung': 'U-003', 'KPP Pratama': 'U-002' });
    await store.removeAlias(' KPP Pratama');
    await store.removeAlias('not there');
    expect(await store.aliases()).toEqual({ 'Satker Bandung': 'U-003' });
    await store.addBatch({ mode: 'replace', files: [file('a.csv', '1')] });
    await store.clearAliases();
    expect(await store.aliases()).toEqual({});
    expect(await store.batches()).toHaveLength(1);
  });

  it('rejects an empty unit value or unit code', async () => {
    const store = await openLocalStore(new IDBFactory());
    await expect(store.setAlias('  ', 'U-1')).rejects.toThrow(/non-empty unit value/);
    await expect(store.setAlias('x', '')).rejects.toThrow(/non-empty unit code/);
    expect(await store.aliases()).toEqual({});
  });
});

describe('persistence', () => {
  it('reopening the same factory sees the previous batches and aliases', async () => {
    const factory = new IDBFactory();
    const first = await openLocalStore(factory);
    const saved = await first.addBatch({ mode: 'replace', files: [file('a.csv', 'nip\n1', { mapping: { nip: 0 } })] });
    await first.setAlias('Biro Umum', 'U-9');
    first.close();
    const second = await openLocalStore(factory);
    expect(await second.batches()).toEqual([saved]);
    expect(await second.aliases()).toEqual({ 'Biro Umum': 'U-9' });
    expect(await (await openLocalStore(new IDBFactory())).batches()).toEqual([]); // separate factory, separate data
  });

  it('a second connection (another tab) does not block, and both see the same data', async () => {
    const factory = new IDBFactory();
    const tabA = await openLocalStore(factory);
    const tabB = await openLocalStore(factory);
    await tabA.addBatch({ mode: 'append', files: [file('a.csv', '1')] });
    expect(await tabB.batches()).toHaveLength(1);
  });
});

describe('errors', () => {
  it('every call after close() rejects with a readable message', async () => {
    const store = await openLocalStore(new IDBFactory());
    store.close();
    for (const call of [() => store.batches(), () => store.addBatch({ mode: 'replace', files: [] }), () => store.clear(),
      () => store.aliases(), () => store.setAlias('a', 'b'), () => store.removeAlias('a'), () => store.clearAliases()]) {
      await expect(call()).rejects.toMatchObject({ name: 'LocalStoreError', reason: 'closed', message: expect.stringMatching(/connection is closed.*reload the page/) });
    }
  });

  it('a forced close (site data cleared) makes later calls reject', async () => {
    const { factory, dbs } = spiedFactory();
    const store = await openLocalStore(factory);
    await store.addBatch({ mode: 'replace', files: [file('a.csv', '1')] });
    forceCloseDatabase(dbs[0] as never); // its type declaration wrongly asks for the class
    await new Promise((resolve) => setTimeout(resolve, 10)); // the close event is queued
    await expect(store.batches()).rejects.toMatchObject({ reason: 'closed', message: expect.stringMatching(/reading the saved uploads failed/) });
  });

  it('a transaction aborted by a forced close (AbortError) rejects as closed', async () => {
    // Browsers abort running transactions with an AbortError on a forced close; fake-indexeddb lets them
    // finish instead, so the abort is simulated.
    const store = await openLocalStore(new IDBFactory());
    abortNextAdd('AbortError');
    await expect(store.addBatch({ mode: 'replace', files: [file('a.csv', '1')] }))
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
    const error = await store.addBatch({ mode: 'replace', files: [file('a.csv', '1')] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'full', message: expect.stringMatching(/storage is full.*only kept for this visit/) });
    expect((error as Error).cause).toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    expect(await store.batches()).toEqual([]);
  });

  it('a request error (e.g. DataCloneError) becomes a readable rejection', async () => {
    const store = await openLocalStore(new IDBFactory());
    const bad = { mode: 'replace', files: [file('a.csv', '1', { mapping: { f: (() => 1) as unknown as number } })] } as const;
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
