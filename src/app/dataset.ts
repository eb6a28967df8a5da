import { browserDb } from '../db/browser';
import type { Db } from '../db/db';
import { lazyDb } from '../db/lazy';
import { applyLoad, loadAggregates, priorKeys, rematchUnits, type LoadPlan } from '../db/load';
import type { IngestOptions } from '../ingest/file-ingestor';
import type { FileResult } from '../ingest/report-types';
import { datasetInfo, defaultCampaign, type DatasetInfo } from '../metrics/dataset-info';
import type { PublishedFileReport } from '../schema/published-manifest';
import { NO_PARAMS } from '../metrics/metric';
import { QueryClient } from '../query/client';
import { KINDS, type Kind } from '../schema/columns';
import { openLocalStore, type LocalStore, type StoredBatch } from '../state/local-store';
import { Cancelled, ingestInWorker, ReaderDied } from './ingest-client';
import { toFailure } from '../query/errors';
import type { IngestDone, Progress } from './ingest-protocol';
import { fetchFirstView, fetchManifest, fetchPublished, type PublishedData } from './published-data';

// The data the page shows: the published dataset, then the analyst's uploads kept in this browser.
export type LoadStep = 'starting' | 'fetching' | 'ingesting' | 'loadingDb' | 'restoring';
export type Mode = 'replace' | 'append';
export type Modes = Partial<Record<Kind, Mode>>;

const modesFor = (mode: Mode): Modes => Object.fromEntries(KINDS.map((k) => [k, mode]));

export interface UploadFile {
  readonly name: string;
  readonly blob: Blob;
  readonly kind: Kind | null; // null: not recognised; the file comes back with its problem
  readonly options: IngestOptions;
}

export type UploadState =
  | { readonly status: 'idle' }
  | { readonly status: 'reading'; readonly progress: Progress | null }
  | { readonly status: 'loadingDb' }
  | { readonly status: 'done'; readonly files: FileResult[]; readonly saved: boolean }
  | { readonly status: 'failed'; readonly message: string; readonly files: FileResult[] }
  | { readonly status: 'cancelled' };

export interface DatasetSnapshot {
  readonly status: 'loading' | 'ready' | 'error' | 'dead'; // dead: the engine's worker stopped
  readonly client: QueryClient | null;
  readonly step: LoadStep;
  readonly error: string | null;
  readonly db: Db | null;
  readonly info: DatasetInfo | null;
  readonly campaign: string;
  readonly source: 'published' | 'local';
  readonly synthetic: boolean;
  readonly form: 'aggregate' | 'rows'; // how the host published the default data: counts only, or the files themselves
  readonly files: FileResult[]; // the files whose rows are in effect, published and local
  readonly version: number; // changes whenever the loaded data changes
  readonly upload: UploadState;
  readonly storage: 'on' | 'unavailable';
  readonly aliases: Record<string, string>;
}

/** False while the page shows the published aggregate form: no person is loaded, so no list of people can be shown. */
export const hasPeople = (snap: Pick<DatasetSnapshot, 'source' | 'form'>): boolean => !(snap.source === 'published' && snap.form === 'aggregate');

const MAX_FILE_BYTES = 600 * 1024 * 1024;

export class FileTooLarge extends Error {
  constructor(readonly file: string, readonly bytes: number, readonly limit: number) {
    super(`${file}: ${bytes} bytes, over the browser limit of ${limit}`);
  }
}

export class DatasetController {
  private snapshot: DatasetSnapshot = {
    status: 'loading', client: null, step: 'starting', error: null, db: null, info: null, campaign: 'PEMILU2024', source: 'published',
    synthetic: false, form: 'aggregate', files: [], version: 0, upload: { status: 'idle' }, storage: 'unavailable', aliases: {},
  };
  private listeners = new Set<() => void>();
  private store: LocalStore | null = null;
  private published: PublishedData | null = null;
  private cancelUpload: (() => void) | null = null;
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

  async start(): Promise<void> {
    try {
      const dbPromise = browserDb();
      this.set({ step: 'fetching' });
      const manifestPromise = fetchManifest();
      // Without storage (private windows, opaque origins) the page says uploads last for this visit.
      this.store = await openLocalStore().catch((error: unknown) => { console.warn('no local storage', error); return null; });
      const aliases = this.store ? await this.store.aliases().catch(() => ({})) : {};
      const batches = this.store ? await this.store.batches() : [];
      const manifest = await manifestPromise;
      this.set({ storage: this.store ? 'on' : 'unavailable', aliases, synthetic: manifest.synthetic === true, form: manifest.form });
      const client = new QueryClient(lazyDb(dbPromise));
      client.onDead((failure) => this.set({ status: 'dead', error: failure.detail }));
      // Query timings for `npm run bench` (scripts/bench-clicks.ts); no data, only metric names and times.
      (window as unknown as { __pledgeTimings?: () => unknown }).__pledgeTimings = () => client.timings.slice();
      this.set({ client });
      // The build's answers for the default view: figures on screen before the engine has started
      // (not when the analyst's own uploads are about to replace the published data).
      const seeded = manifest.form === 'aggregate' && batches.length === 0 ? await fetchFirstView() : null;
      const info = seeded?.answers.find((a) => a.metric === datasetInfo.name)?.value as DatasetInfo | undefined;
      // The load is queued before anything is drawn, so that no read reaches the engine before the
      // published tables are in; the seeded answers stay (they describe exactly these tables).
      const loaded = this.loadPublished(fetchPublished(manifest, seeded), Boolean(seeded && info));
      this.engine = loaded.then(() => dbPromise);
      if (seeded && info) {
        client.seed(seeded.answers);
        this.set({ info, campaign: defaultCampaign(info), status: 'ready' });
      }
      await loaded;
      this.set({ db: await dbPromise });
      if (batches.length > 0) {
        this.set({ step: 'restoring' });
        for (const batch of batches) await this.applyBatch(modesFor(batch.mode), batch.files.map((f) => ({ name: f.name, blob: new Blob([f.bytes as BlobPart]), kind: f.kind, options: { kind: f.kind, mapping: f.mapping, delimiter: f.delimiter } })));
      }
      await this.refresh(batches.length > 0 ? 'local' : 'published');
      this.set({ status: 'ready' });
    } catch (error) {
      this.set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
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
        this.set({ files: published.report.map(publishedFile) });
        return;
      }
    }
    const published = this.published!;
    if (published.form === 'aggregate') {
      await client.write((d) => loadAggregates(d, published.tables, this.snapshot.aliases));
      this.set({ files: published.report.map(publishedFile) });
      return;
    }
    this.set({ step: 'ingesting' });
    const files = published.files.map((f) => ({ name: f.name, file: new Blob([f.bytes as BlobPart]) }));
    const done = await ingestInWorker(files, {}).promise;
    const plan: LoadPlan = { tables: Object.fromEntries(KINDS.map((k) => [k, { mode: 'replace', csv: done.packed[k] ?? new Uint8Array() }])) };
    await this.snapshot.client!.write((d) => applyLoad(d, plan, this.snapshot.aliases));
    this.set({ files: done.files });
  }

  /** The published aggregates, while they are what the page shows (they are put back after a rematch). */
  private shownAggregates(): ReadonlyMap<string, Uint8Array> | undefined {
    return this.snapshot.source === 'published' && this.published?.form === 'aggregate' ? this.published.tables : undefined;
  }

  private async refresh(source: 'published' | 'local'): Promise<void> {
    const info = await this.snapshot.client!.request(datasetInfo, NO_PARAMS);
    const campaign = info.campaigns.includes(this.snapshot.campaign) ? this.snapshot.campaign : defaultCampaign(info);
    this.set({ info, campaign, source, version: this.snapshot.version + 1 });
  }

  /** Reads the files, then loads them: each kind replaces or is appended to what is loaded. All or nothing. */
  private async applyBatch(modes: Modes, files: readonly UploadFile[], onProgress?: (p: Progress) => void): Promise<IngestDone> {
    const kinds = [...new Set(files.flatMap((f) => (f.kind ? [f.kind] : [])))];
    const modeOf = (kind: Kind | null): Mode => (kind && modes[kind]) || 'replace';
    const client = this.snapshot.client!;
    const prior = await client.exclusive((d) => priorKeys(d, kinds.filter((k) => modeOf(k) === 'append')));
    const job = ingestInWorker(files.map((f) => ({ name: f.name, file: f.blob, options: f.options })), prior, onProgress);
    this.cancelUpload = job.cancel;
    const done = await job.promise.finally(() => { this.cancelUpload = null; });
    if (done.files.every((f) => f.problem !== null)) return done;
    if (onProgress) this.set({ upload: { status: 'loadingDb' } });
    const tables: LoadPlan['tables'] = {};
    for (const kind of kinds) if (done.packed[kind]) tables[kind] = { mode: modeOf(kind), csv: done.packed[kind]! };
    await client.write((d) => applyLoad(d, { tables, replacedCaseIds: done.replacedCaseIds }, this.snapshot.aliases));
    const loadedKinds = new Set(done.files.filter((f) => f.problem === null).map((f) => f.kind));
    const kept = this.snapshot.files.filter((f) => modeOf(f.kind) === 'append' || !loadedKinds.has(f.kind));
    this.set({ files: [...kept, ...done.files.filter((f) => f.problem === null)] });
    return done;
  }

  async upload(modes: Modes, files: readonly UploadFile[]): Promise<void> {
    if (!this.engine || this.snapshot.upload.status === 'reading' || this.snapshot.upload.status === 'loadingDb') return;
    const tooLarge = files.find((f) => f.blob.size > MAX_FILE_BYTES);
    if (tooLarge) throw new FileTooLarge(tooLarge.name, tooLarge.blob.size, MAX_FILE_BYTES);
    this.set({ upload: { status: 'reading', progress: null } });
    try {
      // An upload started while the engine still starts (the first figures came from the build) waits for it.
      await this.engine;
      const done = await this.applyBatch(modes, files, (progress) => this.set({ upload: { status: 'reading', progress } }));
      const loaded = done.files.some((f) => f.problem === null);
      if (!loaded) {
        this.set({ upload: { status: 'failed', message: 'nothing_loaded', files: done.files } });
        return;
      }
      const usable = files.filter((_file, i) => done.files[i]?.problem === null);
      const saved = await this.save(modes, usable);
      await this.refresh('local');
      this.set({ upload: { status: 'done', files: done.files, saved } });
    } catch (error) {
      if (error instanceof Cancelled) this.set({ upload: { status: 'cancelled' } });
      else {
        console.warn('upload failed', error);
        this.set({ upload: { status: 'failed', message: failureCode(error), files: [] } });
      }
    }
  }

  /** Keeps the loaded files in this browser, one stored batch per mode (their kinds never overlap). */
  private async save(modes: Modes, files: readonly UploadFile[]): Promise<boolean> {
    if (!this.store) return false;
    try {
      for (const mode of ['replace', 'append'] as const) {
        const group = files.filter((f) => f.kind !== null && (modes[f.kind] ?? 'replace') === mode);
        if (group.length === 0) continue;
        const stored = await Promise.all(group.map(async (f) => ({
          name: f.name, bytes: new Uint8Array(await f.blob.arrayBuffer()), kind: f.kind!, mapping: f.options.mapping, delimiter: f.options.delimiter,
        })));
        await this.store.addBatch({ mode, files: stored } as Omit<StoredBatch, 'id' | 'savedAt'>);
      }
      return true;
    } catch {
      return false;
    }
  }

  cancel(): void {
    this.cancelUpload?.();
  }

  dismissUpload(): void {
    if (this.snapshot.upload.status !== 'reading' && this.snapshot.upload.status !== 'loadingDb') this.set({ upload: { status: 'idle' } });
  }

  /** Forgets the local uploads and shows the published data again. */
  async backToPublished(): Promise<void> {
    if (!this.engine) return;
    await this.engine;
    await this.store?.clear();
    this.set({ upload: { status: 'idle' } });
    await this.loadPublished();
    await this.refresh('published');
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
      this.set({ storage: 'unavailable' });
    });
    await this.refresh(this.snapshot.source);
  }

  setCampaign(campaign: string): void {
    this.set({ campaign });
  }
}

/** A published file's validation report (counts only: the rows were not published) as the Data page shows it. */
function publishedFile(r: PublishedFileReport): FileResult {
  return {
    file: r.file, bytes: r.bytes, kind: r.kind as FileResult['kind'], problem: null, missingColumns: [], encoding: r.encoding as FileResult['encoding'],
    bom: false, delimiter: r.delimiter as FileResult['delimiter'], headerLine: 1, headers: [], mapping: {} as FileResult['mapping'], monthFirst: {},
    rowsRead: r.rowsRead, loaded: r.loaded, rejects: [], warnings: [], suspectNips: [], sample: [], duplicates: r.duplicates, parseErrors: 0, rows: [],
    published: r,
  };
}

/** What the page says about a failed upload: a code with a sentence, never the raw error. */
function failureCode(error: unknown): 'reader_died' | 'engine_dead' | 'out_of_memory' | 'load_error' {
  if (error instanceof ReaderDied) return 'reader_died';
  const failure = toFailure(error);
  return failure.kind === 'engine-dead' ? 'engine_dead' : failure.kind === 'out-of-memory' ? 'out_of_memory' : 'load_error';
}
