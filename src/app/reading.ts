import type { Db } from '../db/db';
import type { EngineRead } from '../db/engine-reading';
import type { PriorKeys } from '../ingest/combine';
import { ENGINE_KINDS, engineReadable } from '../ingest/regular-csv';
import type { QueryClient } from '../query/client';
import type { Kind } from '../schema/columns';
import { Cancelled, fileHead, ingestInWorker, scanFile, type Job } from './ingest-client';
import type { IngestDone, Progress, WorkerFile } from './ingest-protocol';

// An upload's reading: a roster or pledge export that is the only file of its kind in the upload is
// read by the engine itself (db/engine-reading.ts: DuckDB's reader and the rules as SQL, about twice as
// fast per file as a worker, and its rows need no second CSV to load); every other file, and any
// file the engine leaves (not a regular export), is read and checked in the workers as before
// (ingest-client.ts), at the same time. The report is the same either way.

/** Engine statements one at a time between the page's own queries (a click is answered between two of them). */
function between(client: QueryClient): Db {
  return {
    run: (query) => client.exclusive((d) => d.run(query)),
    registerBytes: (name, bytes) => client.exclusive((d) => d.registerBytes(name, bytes)),
    dropFile: (name) => client.exclusive((d) => d.dropFile(name)),
    insertArrow: (table, ipc) => client.exclusive((d) => d.insertArrow(table, ipc)),
    close: async () => undefined,
  };
}

/** The files the engine may read: the only one of its kind in the upload (the duplicate rules then span one file and what is loaded). */
export function engineChoices(files: readonly WorkerFile[]): number[] {
  const count = (kind: Kind) => files.filter((f) => f.kind === kind).length;
  return files.flatMap((f, i) => (f.kind && ENGINE_KINDS.includes(f.kind) && count(f.kind) === 1 ? [i] : []));
}

/** `appends`: whether a kind's rows join those loaded (else they replace them). */
export function readFiles(client: QueryClient, files: WorkerFile[], prior: PriorKeys, appends: (kind: Kind) => boolean,
  onProgress: (p: Progress) => void = () => undefined): Job<IngestDone> {
  const choices = engineChoices(files);
  if (choices.length === 0) return ingestInWorker(files, prior, onProgress);
  let cancelled = false;
  const jobs = new Set<Job<unknown>>();
  const track = <T>(job: Job<T>): Job<T> => {
    jobs.add(job);
    void job.promise.then(() => jobs.delete(job), () => jobs.delete(job));
    return job;
  };
  const cancel = () => {
    cancelled = true;
    for (const j of [...jobs]) j.cancel();
  };
  const totalBytes = files.reduce((n, f) => n + f.file.size, 0);
  const seen = { engine: 0, engineRows: 0, reading: 0, workers: new Map<string, { bytes: number; rows: number }>() };
  const report = (file: number) => {
    const workers = [...seen.workers.values()];
    const bytes = seen.engine + seen.reading + workers.reduce((n, w) => n + w.bytes, 0);
    onProgress({ file, totalBytes, bytes, rows: seen.engineRows + workers.reduce((n, w) => n + w.rows, 0) });
  };
  /** Reads some files in the workers; their progress counts with the rest. */
  const inWorkers = (indexes: readonly number[], label: string): Promise<{ indexes: readonly number[]; done: IngestDone }> => {
    if (indexes.length === 0) return Promise.resolve({ indexes, done: { files: [], packed: {}, replacedCaseIds: [] } });
    const job = track(ingestInWorker(indexes.map((i) => files[i]), prior, (p) => {
      seen.workers.set(label, { bytes: p.bytes, rows: p.rows });
      report(indexes[p.file] ?? 0);
    }));
    return job.promise.then((done) => ({ indexes, done }));
  };
  const pause = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (cancelled) throw new Cancelled();
  };
  const engineReads = new Map<number, EngineRead>();
  // The engine's reading code (and the row rules it shares with the workers) comes with the first upload, not with the first view.
  const engineCode = import('../db/engine-reading');
  const promise = (async () => {
    report(choices[0]); // the sizes show from the start
    const { dropEngineRead, readInEngine } = await engineCode;
    // First looks of the candidates side by side; the other files are read in the workers meanwhile.
    const heads = await Promise.all(choices.map((i, slot) => track(fileHead(files[i].name, files[i].file, files[i].options, slot)).promise));
    const readable = choices.filter((_, k) => engineReadable(heads[k]));
    // The whole files are scanned (and read) in one worker, the next while the engine reads the last.
    const scans = new Map(readable.map((i) => {
      const scan = track(scanFile(files[i].file, heads[choices.indexOf(i)])).promise;
      scan.catch(() => undefined); // awaited by its reading; one failing first must not leave the others unhandled
      return [i, scan] as const;
    }));
    const others = inWorkers(files.flatMap((_, i) => (readable.includes(i) ? [] : [i])), 'others');
    others.catch(() => undefined); // awaited below; an engine failure first must not leave it unhandled
    const left: number[] = [];
    const db = between(client);
    for (const i of readable) {
      const head = heads[choices.indexOf(i)];
      const onStep = (done: number) => {
        seen.reading = Math.round(files[i].file.size * done);
        report(i);
      };
      const { scan, bytes } = await scans.get(i)!;
      const read = bytes ? await readInEngine(db, files[i].name, bytes, head, { scan, pause, append: appends(head.kind!), onStep }) : null;
      seen.reading = 0;
      if (cancelled) {
        if (read) await dropEngineRead(db, read.table);
        throw new Cancelled();
      }
      if (!read) {
        left.push(i);
        continue;
      }
      engineReads.set(i, read);
      // Which files the engine read (the browser tests and the bench look).
      globalThis.performance?.mark?.('pledge-engine-read', { detail: { file: files[i].name, routed: read.routed } });
      seen.engine += files[i].file.size;
      seen.engineRows += read.result.rowsRead;
      report(i);
    }
    const parts = await Promise.all([others, inWorkers(left, 'left')]);
    const out: IngestDone = { files: new Array(files.length), packed: {}, engine: {}, replacedCaseIds: [] };
    for (const { indexes, done } of parts) {
      done.files.forEach((f, k) => { out.files[indexes[k]] = f; });
      Object.assign(out.packed, done.packed);
      out.replacedCaseIds.push(...done.replacedCaseIds);
    }
    for (const [i, read] of engineReads) {
      out.files[i] = read.result;
      // A file from which no row loads is refused whole: its table goes at once.
      if (read.result.problem === null) out.engine![read.result.kind!] = read.table;
      else await dropEngineRead(db, read.table);
    }
    return out;
  })().catch(async (error: unknown) => {
    cancel();
    const db = between(client);
    const { dropEngineRead } = await engineCode;
    for (const read of engineReads.values()) {
      // The first error is the one to report; a table left behind is only said in the console.
      await dropEngineRead(db, read.table).catch((dropError: unknown) => console.warn('engine-read rows not dropped', dropError));
    }
    throw error;
  });
  return { promise, cancel };
}

/** Drops the tables of engine-read rows of a reading that will not be loaded. */
export async function discardReading(client: QueryClient, done: IngestDone): Promise<void> {
  if (Object.keys(done.engine ?? {}).length === 0) return;
  const { dropEngineRead } = await import('../db/engine-reading');
  const db = between(client);
  for (const table of Object.values(done.engine ?? {})) {
    if (table) await dropEngineRead(db, table);
  }
}
