import type { Db } from '../db/db';
import { lazyDb } from '../db/lazy';
import { applyLoad, loadAggregates, priorKeys, rematchUnits, type LoadPlan } from '../db/load';
import type { FileResult } from '../ingest/report-types';
import { datasetInfo, defaultCampaign, type DatasetInfo } from '../metrics/dataset-info';
import { NO_PARAMS } from '../metrics/metric';
import { QueryClient } from '../query/client';
import { KINDS, type Kind } from '../schema/columns';
import { mayHoldUploads, openLocalStore, type KindCounts, type LocalStore, type StoredBatch } from '../state/local-store';
import { afterPaint, FileTooLarge, failureCode, MAX_FILE_BYTES, publishedFile, rememberModes, savedModes } from './dataset-parts';
import type { DatasetSnapshot, HistoryEntry, Question, SetAside, UploadFile } from './dataset-types';
import { engineMayStart } from './engine-hold';
import { Cancelled, ingestInWorker } from './ingest-client';
import { discardReading, readFiles } from './reading';
import type { IngestDone, Progress } from './ingest-protocol';
import { countsOf, DEFAULT_MODES, loadChanges, needsQuestion, swapChanges, type Mode, type Modes } from './load-guard';
import { fetchFirstView, fetchManifest, fetchPublished, type PublishedData } from './published-data';

// The data the page shows: the published dataset, then the analyst's uploads kept in this browser, with
// their history; loads that would remove data, undos and going back ask first.
export type { DatasetSnapshot, HistoryEntry, LoadStep, Question, SetAside, UploadFile, UploadState } from './dataset-types';
export type { Mode, Modes } from './load-guard';
export { FileTooLarge } from './dataset-parts';

/** False while the page shows the published aggregate form: no person is loaded, so no list of people can be shown. */
export const hasPeople = (snap: Pick<DatasetSnapshot, 'source' | 'form'>): boolean => !(snap.source === 'published' && snap.form === 'aggregate');

interface Applied {
  readonly entry: HistoryEntry;
  readonly files: readonly UploadFile[];
  readonly storedId: number | null;
}

export class DatasetController {
  private snapshot: DatasetSnapshot = {
    status: 'loading', client: null, step: 'starting', error: null, db: null, info: null, campaign: 'PEMILU2024', source: 'published',
    synthetic: false, form: 'aggregate', files: [], version: 0, upload: { status: 'idle' }, storage: 'unavailable', aliases: {},
    modes: savedModes(), history: [], question: null, task: null, setAside: null,
  };
  private listeners = new Set<() => void>();
  private store: LocalStore | null = null;
  private published: PublishedData | null = null;
  private publishedFiles: FileResult[] = [];
  private applied: Applied[] = [];
  private nextEntry = 1;
  private cancelUpload: (() => void) | null = null;
  private cancelRequested = false; // the analyst cancelled the upload being read (possibly before its reading began)
  private answer: ((yes: boolean) => void) | null = null;
  private badAliasKeys: IDBValidKey[] = [];
  // Loads, undos and going back run one after another: none starts on data another is still changing.
  private queue: Promise<unknown> = Promise.resolve();
  // The engine with the published data in: the page may be drawn (first-view answers) before it is.
  private engine: Promise<Db> | null = null;

  readonly maxFileBytes = MAX_FILE_BYTES;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DatasetSnapshot => this.snapshot;

  private set(patch: Partial<DatasetSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    // The caller gets `next` with its error and shows it; the queue only needs to know it has ended.
    this.queue = next.then(() => undefined, () => undefined);
    return next;
  }

  async start(): Promise<void> {
    // DuckDB-wasm's client and Arrow come in a file of their own: the first figures do not wait for them.
    const browserDb = () => import('../db/browser').then((m) => m.browserDb());
    try {
      this.set({ step: 'fetching' });
      // Both were asked for by index.html already (preload links the build writes); the summary is
      // used only for the published aggregate form when no upload of this browser replaces it.
      const manifestPromise = fetchManifest();
      const firstViewPromise = fetchFirstView();
      const stored = this.openStore();
      const manifest = await manifestPromise;
      this.set({ synthetic: manifest.synthetic === true, form: manifest.form });
      // A saved upload replaces the published figures. The store (a moment to open) is waited for
      // only when this browser may hold one: local-store.ts keeps a hint that is read at once.
      const uploads = manifest.form === 'aggregate' && !mayHoldUploads() ? [] : (await stored).batches;
      const seeded = manifest.form === 'aggregate' && uploads.length === 0 ? await firstViewPromise : null;
      const info = seeded?.answers.find((a) => a.metric === datasetInfo.name)?.value as DatasetInfo | undefined;
      const firstView = seeded && info ? { answers: seeded.answers, info } : null;
      // The engine (a 34 MB download, and both cores while it starts) and the published tables wait
      // until the build's first figures are on screen: before them, they would only slow them down.
      // The overview may hold it a moment longer, while its charts are drawn (engine-hold.ts).
      const drawn = firstView ? afterPaint().then(() => engineMayStart()) : Promise.resolve();
      const dbPromise = drawn.then(browserDb);
      const client = new QueryClient(lazyDb(dbPromise));
      client.onDead((failure) => this.set({ status: 'dead', error: failure.detail }));
      // Query timings for `npm run bench` (scripts/bench-clicks.ts); no data, only metric names and times.
      (window as unknown as { __pledgeTimings?: () => unknown }).__pledgeTimings = () => client.timings.slice();
      this.set({ client });
      // The load is queued before anything is drawn, so that no read reaches the engine before the
      // published tables are in; the seeded answers stay (they describe exactly these tables). The
      // tables themselves are fetched once the first figures are drawn, with the engine.
      // The unit aliases the load applies come from the store.
      const fetching = drawn.then(async () => { const data = await fetchPublished(manifest, seeded); await stored; return data; });
      const loaded = this.loadPublished(fetching, firstView !== null);
      this.engine = loaded.then(() => dbPromise);
      if (firstView) {
        client.seed(firstView.answers);
        this.set({ info: firstView.info, campaign: defaultCampaign(firstView.info), status: 'ready' });
      }
      await loaded;
      this.set({ db: await dbPromise });
      const { batches } = await stored;
      if (batches.length > 0) {
        this.set({ step: 'restoring' });
        await this.enqueue(() => this.restore(batches));
      }
      await this.refresh(this.applied.length > 0 ? 'local' : 'published');
      this.set({ status: 'ready' });
    } catch (error) {
      this.set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Opens this browser's store and reads what it kept; without storage (private windows, opaque origins) the page says uploads last for this visit. */
  private async openStore(): Promise<{ batches: StoredBatch[] }> {
    this.store = await openLocalStore().catch((error: unknown) => { console.warn('no local storage', error); return null; });
    const { aliases, batches, setAside } = await this.readStore();
    this.set({ storage: this.store ? 'on' : 'unavailable', aliases, setAside });
    return { batches };
  }

  /** What this browser kept, checked: an unreadable saved load sets all of them aside (they build on each other). */
  private async readStore(): Promise<{ aliases: Record<string, string>; batches: StoredBatch[]; setAside: SetAside | null }> {
    if (!this.store) return { aliases: {}, batches: [], setAside: null };
    const aliases = await this.store.aliases().catch((error: unknown) => { console.warn('unit aliases unreadable', error); return null; });
    const batches = await this.store.batches().catch((error: unknown) => { console.warn('saved uploads unreadable', error); return null; });
    this.badAliasKeys = aliases?.unreadable ?? [];
    const badLoads = batches === null ? null : batches.unreadable;
    const setAside = badLoads === 0 && this.badAliasKeys.length === 0 && aliases ? null : { loads: badLoads, aliases: this.badAliasKeys.length };
    return { aliases: aliases?.aliases ?? {}, batches: batches && batches.unreadable === 0 ? batches.batches : [], setAside };
  }

  /** Applies the loads kept in this browser; if one cannot be read after all, the published data shows. */
  private async restore(batches: readonly StoredBatch[]): Promise<void> {
    try {
      for (const batch of batches) {
        const files = batch.files.map((f) => ({ name: f.name, blob: f.blob, kind: f.kind, options: { kind: f.kind, mapping: f.mapping, delimiter: f.delimiter } }));
        const before = countsOf(this.snapshot.files);
        const done = await this.read(batch.modes, files);
        if (done.files.every((f) => f.problem !== null)) continue;
        await this.write(batch.modes, done);
        const usable = files.filter((_f, i) => done.files[i]?.problem === null);
        this.applied.push({ entry: this.entry(batch.savedAt, usable, batch.modes, before, true), files: usable, storedId: batch.id });
      }
      this.set({ history: this.applied.map((a) => a.entry) });
    } catch (error) {
      console.warn('saved uploads could not be applied', error);
      this.applied = [];
      this.set({ history: [], setAside: { loads: batches.length, aliases: this.snapshot.setAside?.aliases ?? 0 } });
      await this.loadPublished();
    }
  }

  private entry(savedAt: string, files: readonly UploadFile[], modes: Modes, before: KindCounts, kept: boolean): HistoryEntry {
    return {
      id: this.nextEntry++, savedAt, files: files.map((f) => ({ name: f.name, kind: f.kind! })),
      modes: Object.fromEntries(files.map((f) => [f.kind!, modes[f.kind!] ?? DEFAULT_MODES[f.kind!]])), before, after: countsOf(this.snapshot.files), kept,
    };
  }

  /**
   * Loads the published data (fetched now, or kept from the first visit to it). `seeded`: the
   * first-view answers already shown describe exactly this data.
   */
  private async loadPublished(fetching?: Promise<PublishedData>, seeded = false): Promise<void> {
    const client = this.snapshot.client!;
    if (fetching) {
      // Reads wait behind this write while the tables download and the engine starts.
      const published = await client.write(async (d) => {
        const data = await fetching;
        this.published = data;
        if (data.form === 'aggregate') await loadAggregates(d, data.tables, this.snapshot.aliases);
        return data;
      }, { sameData: seeded });
      if (published.form === 'aggregate') {
        this.shownPublished(published.report.map(publishedFile));
        return;
      }
    }
    const published = this.published!;
    if (published.form === 'aggregate') {
      await client.write((d) => loadAggregates(d, published.tables, this.snapshot.aliases));
      this.shownPublished(published.report.map(publishedFile));
      return;
    }
    this.set({ step: 'ingesting' });
    const files = published.files.map((f) => ({ name: f.name, file: new Blob([f.bytes as BlobPart]) }));
    const done = await ingestInWorker(files, {}).promise;
    const plan: LoadPlan = { tables: Object.fromEntries(KINDS.map((k) => [k, { mode: 'replace', csv: done.packed[k] ?? [] }])) };
    await this.snapshot.client!.write((d) => applyLoad(d, plan, this.snapshot.aliases));
    this.shownPublished(done.files);
  }

  private shownPublished(files: FileResult[]): void {
    this.publishedFiles = files;
    this.set({ files });
  }

  /** The published aggregates, while they are what the page shows (they are put back after a rematch). */
  private shownAggregates(): ReadonlyMap<string, Uint8Array> | undefined {
    return this.snapshot.source === 'published' && this.applied.length === 0 && this.published?.form === 'aggregate' ? this.published.tables : undefined;
  }

  private async refresh(source: 'published' | 'local'): Promise<void> {
    const info = await this.snapshot.client!.request(datasetInfo, NO_PARAMS);
    const campaign = info.campaigns.includes(this.snapshot.campaign) ? this.snapshot.campaign : defaultCampaign(info);
    this.set({ info, campaign, source, version: this.snapshot.version + 1 });
  }

  /** Reads and checks the files in the worker (cancellable); nothing is loaded yet. */
  private async read(modes: Modes, files: readonly UploadFile[], onProgress?: (p: Progress) => void): Promise<IngestDone> {
    const kinds = [...new Set(files.flatMap((f) => (f.kind ? [f.kind] : [])))];
    const prior = await this.snapshot.client!.exclusive((d) => priorKeys(d, kinds.filter((k) => this.modeOf(modes, k) === 'append')));
    const cancelled = () => onProgress !== undefined && this.cancelRequested; // only an upload is cancelled, never a restore
    if (cancelled()) throw new Cancelled();
    const job = readFiles(this.snapshot.client!, files.map((f) => ({ name: f.name, file: f.blob, options: f.options, kind: f.options.kind ?? f.kind })),
      prior, (kind) => this.modeOf(modes, kind) === 'append', onProgress);
    this.cancelUpload = job.cancel;
    const done = await job.promise.finally(() => { this.cancelUpload = null; });
    if (cancelled()) {
      await this.discard(done);
      throw new Cancelled(); // cancelled just as the reading ended: nothing is loaded
    }
    return done;
  }

  /** A reading that will not be loaded: the rows the engine read itself go. */
  private async discard(done: IngestDone): Promise<void> {
    await discardReading(this.snapshot.client!, done).catch((error: unknown) => console.warn('engine-read rows not dropped', error));
  }

  private modeOf(modes: Modes, kind: Kind): Mode {
    return modes[kind] ?? DEFAULT_MODES[kind];
  }

  /** The rows per kind that stay where a load writes: the published aggregate form keeps only its registry as rows. */
  private baseCounts(): KindCounts {
    const shown = countsOf(this.snapshot.files);
    if (!this.aggregateShown()) return shown;
    return { ...Object.fromEntries(KINDS.map((k) => [k, 0])), units: shown.units } as KindCounts;
  }

  private aggregateShown(): boolean {
    return this.applied.length === 0 && this.published?.form === 'aggregate';
  }

  /** Loads what was read: all or nothing. Each kind replaces or is appended to what is loaded. */
  private async write(modes: Modes, done: IngestDone): Promise<void> {
    const loadedKinds = new Set(done.files.filter((f) => f.problem === null && f.kind).map((f) => f.kind!));
    const tables: LoadPlan['tables'] = {};
    for (const kind of loadedKinds) {
      const staged = done.engine?.[kind];
      if (done.packed[kind] || staged) tables[kind] = { mode: this.modeOf(modes, kind), csv: done.packed[kind] ?? [], staged };
    }
    const aggregate = this.aggregateShown();
    await this.snapshot.client!.write((d) => applyLoad(d, { tables, replacedCaseIds: done.replacedCaseIds }, this.snapshot.aliases))
      .catch(async (error: unknown) => {
        await this.discard(done);
        throw error;
      });
    // What stays: rows of kinds the load appends to or leaves alone (over the aggregate form, only the registry is rows).
    const kept = this.snapshot.files.filter((f) => f.problem === null && f.kind !== null && (!aggregate || f.kind === 'units')
      && (!loadedKinds.has(f.kind) || this.modeOf(modes, f.kind) === 'append'));
    this.set({ files: [...kept, ...done.files.filter((f) => f.problem === null)] });
  }

  private working(): boolean {
    const s = this.snapshot.upload.status;
    return s === 'reading' || s === 'confirming' || s === 'loadingDb' || this.snapshot.task !== null;
  }

  /** Reads the files, asks first when the load would remove more than half of a kind's rows, loads, keeps it. */
  async upload(files: readonly UploadFile[]): Promise<void> {
    if (!this.engine || this.working()) return;
    const tooLarge = files.find((f) => f.blob.size > MAX_FILE_BYTES);
    if (tooLarge) throw new FileTooLarge(tooLarge.name, tooLarge.blob.size, MAX_FILE_BYTES);
    const modes: Modes = { ...this.snapshot.modes };
    this.cancelRequested = false;
    this.set({ upload: { status: 'reading', progress: null } });
    return this.enqueue(async () => {
      let reading: IngestDone | null = null; // read and not loaded yet
      try {
        // An upload started while the engine still starts (the first figures came from the build) waits for it.
        await this.engine;
        performance.mark('pledge-read-start');
        const done = await this.read(modes, files, (progress) => this.set({ upload: { status: 'reading', progress } }));
        performance.mark('pledge-read-end');
        if (done.files.every((f) => f.problem !== null)) {
          this.set({ upload: { status: 'failed', message: 'nothing_loaded', files: done.files } });
          return;
        }
        reading = done;
        const before = countsOf(this.snapshot.files);
        const incoming = countsOf(done.files);
        const kinds = new Set(done.files.filter((f) => f.problem === null).map((f) => f.kind!));
        const changes = loadChanges(before, this.baseCounts(), Object.fromEntries([...kinds].map((k) => [k, incoming[k]])), modes);
        if (needsQuestion(changes)) {
          this.set({ upload: { status: 'confirming' } });
          if (!(await this.ask({ type: 'load', changes }))) {
            await this.discard(done);
            this.set({ upload: { status: 'cancelled' } });
            return;
          }
        }
        this.set({ upload: { status: 'loadingDb' } });
        performance.mark('pledge-load-start');
        reading = null; // write() drops the engine-read rows itself if the load fails
        await this.write(modes, done);
        performance.mark('pledge-load-end');
        const usable = files.filter((_file, i) => done.files[i]?.problem === null);
        const entry = this.entry(new Date().toISOString(), usable, modes, before, false);
        const at = this.applied.push({ entry, files: usable, storedId: null }) - 1;
        // The new figures first; the files are then kept in this browser while nothing else runs (the
        // history and the outcome, saved or not, are shown once they are).
        await this.refresh('local');
        const storedId = await this.save(entry, usable);
        this.applied[at] = { entry: { ...entry, kept: storedId !== null }, files: usable, storedId };
        this.set({ history: this.applied.map((a) => a.entry) });
        this.set({ upload: { status: 'done', files: done.files, saved: storedId !== null } });
      } catch (error) {
        if (reading) await this.discard(reading); // read, but not loaded
        if (error instanceof Cancelled) this.set({ upload: { status: 'cancelled' } });
        else {
          console.warn('upload failed', error);
          this.set({ upload: { status: 'failed', message: failureCode(error), files: [] } });
        }
      }
    });
  }

  /** Keeps a load in this browser: the files themselves (Blobs, cloned off the main thread), not copies of their bytes. */
  private async save(entry: HistoryEntry, files: readonly UploadFile[]): Promise<number | null> {
    if (!this.store) return null;
    try {
      // After the redraw of the new figures: storing then competes with nothing on the main thread.
      await new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 0)));
      // Saved loads set aside as unreadable are not in effect: the history kept from now on starts from the
      // published data, so they go (otherwise they would set this load aside too after a reload).
      if (this.snapshot.setAside && this.snapshot.setAside.loads !== 0) {
        await this.store.clear();
        this.set({ setAside: this.badAliasKeys.length > 0 ? { loads: 0, aliases: this.badAliasKeys.length } : null });
      }
      performance.mark('pledge-store-start');
      const stored = await this.store.addBatch({
        modes: entry.modes, counts: { before: entry.before, after: entry.after },
        files: files.map((f) => ({ name: f.name, blob: f.blob, kind: f.kind!, mapping: f.options.mapping, delimiter: f.options.delimiter })),
      });
      return stored.id;
    } catch (error) {
      console.warn('the upload could not be kept in this browser', error);
      this.set({ storage: 'failed' });
      return null;
    } finally {
      performance.mark('pledge-store-end');
    }
  }

  private ask(question: Question): Promise<boolean> {
    this.answer?.(false);
    return new Promise<boolean>((resolve) => {
      this.answer = (yes) => {
        this.answer = null;
        this.set({ question: null });
        resolve(yes);
      };
      this.set({ question });
    });
  }

  /** The analyst's answer to the question on screen. */
  reply(yes: boolean): void {
    this.answer?.(yes);
  }

  cancel(): void {
    if (this.snapshot.upload.status === 'reading') this.cancelRequested = true;
    this.cancelUpload?.();
    if (this.snapshot.upload.status === 'confirming') this.reply(false);
  }

  dismissUpload(): void {
    if (!this.working()) this.set({ upload: { status: 'idle' } });
  }

  setMode(kind: Kind, mode: Mode): void {
    const modes = { ...this.snapshot.modes, [kind]: mode };
    this.set({ modes });
    rememberModes(modes);
  }

  /**
   * Asks, then forgets the local uploads and shows the published data again. Pressed while an upload is
   * read or waits for an answer, that upload is cancelled first (it is never loaded nor kept); while one is
   * being written, the question comes once it is in (its rows are then among those the answer removes).
   */
  async backToPublished(): Promise<void> {
    if (!this.engine || this.snapshot.task) return;
    this.cancel();
    await this.enqueue(async () => {
      await this.engine;
      if (this.applied.length === 0 && this.snapshot.source === 'published') return;
      const next = countsOf(this.publishedFiles);
      if (!(await this.ask({ type: 'published', changes: swapChanges(countsOf(this.snapshot.files), next) }))) return;
      this.set({ task: 'published', upload: { status: 'idle' } });
      try {
        await this.store?.clear().catch((error: unknown) => { console.warn('saved uploads not cleared', error); this.set({ storage: 'failed' }); });
        this.applied = [];
        await this.loadPublished();
        this.set({ history: [] });
        await this.refresh('published');
      } finally {
        this.set({ task: null });
      }
    });
  }

  /** Asks, then takes back the last load: the page shows the data as it was before it. */
  async undoLast(): Promise<void> {
    if (!this.engine || this.working() || this.applied.length === 0) return;
    await this.enqueue(async () => {
      const last = this.applied.at(-1);
      if (!last) return;
      if (!(await this.ask({ type: 'undo', changes: swapChanges(countsOf(this.snapshot.files), last.entry.before) }))) return;
      this.set({ task: 'undo', upload: { status: 'idle' } });
      try {
        if (last.storedId !== null) {
          await this.store?.removeBatch(last.storedId).catch((error: unknown) => { console.warn('saved upload not removed', error); this.set({ storage: 'failed' }); });
        }
        this.applied.pop();
        await this.rebuild();
      } finally {
        this.set({ task: null });
      }
    });
  }

  /** The published data, then every load still in effect, in order. */
  private async rebuild(): Promise<void> {
    const loads = this.applied;
    this.applied = [];
    await this.loadPublished();
    for (const a of loads) {
      const done = await this.read(a.entry.modes, a.files);
      await this.write(a.entry.modes, done);
      this.applied.push(a);
    }
    this.set({ history: this.applied.map((a) => a.entry) });
    await this.refresh(this.applied.length > 0 ? 'local' : 'published');
  }

  /** Removes for good the stored records that could not be read. */
  async clearSetAside(): Promise<void> {
    const setAside = this.snapshot.setAside;
    if (!setAside || !this.store) return this.set({ setAside: null });
    try {
      if (setAside.loads !== 0) await this.store.clear();
      if (this.badAliasKeys.length > 0) await this.store.removeAliasKeys(this.badAliasKeys);
      this.badAliasKeys = [];
      this.set({ setAside: null });
    } catch (error) {
      console.warn('unreadable records not removed', error);
      this.set({ storage: 'failed' });
    }
  }

  /** Several unit choices at once (the confident matches applied in one go): one rematch, one refresh. */
  async setAliases(choices: Readonly<Record<string, string>>): Promise<void> {
    if (!this.engine || Object.keys(choices).length === 0) return;
    await this.engine;
    const aliases = { ...this.snapshot.aliases, ...choices };
    const aggregates = this.shownAggregates();
    await this.snapshot.client!.write((d) => rematchUnits(d, aliases, aggregates));
    this.set({ aliases });
    for (const [value, unitCode] of Object.entries(choices)) {
      const stored = await this.store?.setAlias(value, unitCode).then(() => true, (error: unknown) => {
        console.warn('the unit choice could not be stored', error);
        this.set({ storage: 'failed' });
        return false;
      });
      if (stored === false) break;
    }
    await this.refresh(this.snapshot.source);
  }

  /** The analyst says which registry unit an unmatched value means; remembered in this browser. */
  async setAlias(value: string, unitCode: string | null): Promise<void> {
    if (!this.engine) return;
    await this.engine;
    const aliases = { ...this.snapshot.aliases };
    if (unitCode) aliases[value] = unitCode;
    else delete aliases[value];
    const aggregates = this.shownAggregates();
    await this.snapshot.client!.write((d) => rematchUnits(d, aliases, aggregates));
    this.set({ aliases });
    // The choice applies now; if this browser cannot keep it, the page says data lasts for this visit.
    await (unitCode ? this.store?.setAlias(value, unitCode) : this.store?.removeAlias(value))?.catch((error: unknown) => {
      console.warn('the unit choice could not be stored', error);
      this.set({ storage: 'failed' });
    });
    await this.refresh(this.snapshot.source);
  }

  setCampaign(campaign: string): void {
    this.set({ campaign });
  }
}
