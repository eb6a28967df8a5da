import type { PriorKeys } from '../ingest/combine';
import type { IngestOptions } from '../ingest/file-ingestor';
import type { FileResult } from '../ingest/report-types';
import type { IngestDone, Inspection, Progress, ScannedFile, WorkerFile, WorkerReply, WorkerRequest } from './ingest-protocol';
import { priorFor, readingGroups } from './reading-groups';

// The page's side of the ingest worker. A cancelled read ends the worker; the next call starts a new one.
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** The reading worker stopped (crashed, killed by the browser, or silent for too long). */
export class ReaderDied extends Error {
  constructor(detail: string) {
    super(`The file reader stopped: ${detail}`);
  }
}

// The worker reports progress at least every 4 MB piece; this long without a word, it is gone.
const SILENCE_MS = 45_000;

// Slot 0 does first looks and single reads; files of different kinds are read side by side in more
// slots (their duplicate rules are independent), one worker each.
const workers: (Worker | null)[] = [];
let nextId = 1;
const inFlight = new Map<number, { worker: Worker; reject(e: Error): void }>();

function rejectJobsOf(w: Worker, error: () => Error): void {
  for (const [id, job] of inFlight) {
    if (job.worker !== w) continue;
    inFlight.delete(id);
    job.reject(error());
  }
}

function stopWorker(w: Worker): void {
  w.terminate();
  const slot = workers.indexOf(w);
  if (slot >= 0) workers[slot] = null;
}

function getWorker(slot: number): Worker {
  let w = workers[slot];
  if (!w) {
    const created = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('error', (event) => {
      rejectJobsOf(created, () => new ReaderDied(event.message || 'worker error'));
      stopWorker(created);
    });
    workers[slot] = created;
    w = created;
  }
  return w;
}

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export interface Job<T> {
  readonly promise: Promise<T>;
  cancel(): void;
}

function call<T>(request: Request, onReply: (reply: WorkerReply, done: (value: T) => void) => void, slot = 0): Job<T> {
  const w = getWorker(slot);
  const id = nextId++;
  let cancel = () => undefined as void;
  const promise = new Promise<T>((resolve, reject) => {
    let silence: ReturnType<typeof setTimeout> | null = null;
    const listen = () => {
      if (silence) clearTimeout(silence);
      silence = setTimeout(() => {
        finish();
        stopWorker(w);
        rejectJobsOf(w, () => new ReaderDied(`no answer for ${SILENCE_MS / 1000} s`));
        reject(new ReaderDied(`no answer for ${SILENCE_MS / 1000} s`));
      }, SILENCE_MS);
    };
    const finish = () => {
      if (silence) clearTimeout(silence);
      w.removeEventListener('message', onMessage);
      inFlight.delete(id);
    };
    const onMessage = (event: MessageEvent<WorkerReply>) => {
      listen();
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'error') {
        finish();
        reject(new Error(reply.message));
        return;
      }
      onReply(reply, (value) => { finish(); resolve(value); });
    };
    inFlight.set(id, { worker: w, reject: (e) => { finish(); reject(e); } });
    cancel = () => {
      finish();
      stopWorker(w);
      rejectJobsOf(w, () => new Cancelled());
      reject(new Cancelled());
    };
    w.addEventListener('message', onMessage);
    listen();
    w.postMessage({ ...request, id });
  });
  return { promise, cancel };
}

/** A file's first look, as the reading rules take it (with the analyst's choices). */
export function fileHead(name: string, file: Blob, options: IngestOptions | undefined, slot = 0): Job<FileResult> {
  return call<FileResult>({ type: 'head', name, file, options }, (reply, done) => {
    if (reply.type === 'head') done(reply.head);
  }, slot);
}

/** Whether the whole file is one the engine reads exactly (ingest/regular-csv.ts), with its bytes when it is. */
export function scanFile(file: Blob, head: FileResult, slot = 0): Job<ScannedFile> {
  return call<ScannedFile>({ type: 'scan', file, delimiter: head.delimiter!, headerLine: head.headerLine, width: head.headers.length }, (reply, done) => {
    if (reply.type === 'scan') done(reply);
  }, slot);
}

export function inspectFiles(files: { file: File; options?: IngestOptions }[]): Promise<Inspection[]> {
  return call<Inspection[]>({ type: 'inspect', files }, (reply, done) => {
    if (reply.type === 'inspected') done(reply.inspections);
  }).promise;
}

function ingestJob(files: WorkerFile[], prior: PriorKeys, onProgress: (p: Progress) => void, slot: number): Job<IngestDone> {
  return call<IngestDone>({ type: 'ingest', files, prior }, (reply, done) => {
    if (reply.type === 'progress') onProgress(reply);
    else if (reply.type === 'done') done(reply);
  }, slot);
}

/**
 * Reads and checks the files. Files of different kinds go to different workers when the machine has
 * the cores (a roster and a pledge export are read side by side); each kind stays in one worker, so
 * its duplicate rules see all its files in order.
 */
export function ingestInWorker(files: WorkerFile[], prior: PriorKeys, onProgress: (p: Progress) => void = () => undefined): Job<IngestDone> {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  const groups = readingGroups(files, Math.min(4, cores));
  if (groups.length <= 1) return ingestJob(files, prior, onProgress, 0);
  const totalBytes = files.reduce((n, f) => n + f.file.size, 0);
  const seen = groups.map(() => ({ bytes: 0, rows: 0 }));
  const jobs = groups.map((group, slot) => ingestJob(group.map((i) => files[i]), priorFor(prior, group.map((i) => files[i].kind)), (p) => {
    seen[slot] = { bytes: p.bytes, rows: p.rows };
    onProgress({ file: group[p.file], bytes: seen.reduce((n, s) => n + s.bytes, 0), totalBytes, rows: seen.reduce((n, s) => n + s.rows, 0) });
  }, slot));
  // Only readers still at work are stopped (a finished one's worker stays for the next read).
  const running = new Set(jobs);
  for (const j of jobs) void j.promise.then(() => running.delete(j), () => running.delete(j));
  const cancel = () => { for (const j of [...running]) j.cancel(); };
  const promise = Promise.all(jobs.map((j) => j.promise)).then((parts) => {
    const out: IngestDone = { files: new Array(files.length), packed: {}, replacedCaseIds: [] };
    parts.forEach((part, g) => {
      part.files.forEach((f, k) => { out.files[groups[g][k]] = f; });
      Object.assign(out.packed, part.packed);
      out.replacedCaseIds.push(...part.replacedCaseIds);
    });
    return out;
  }, (error: unknown) => {
    cancel();
    throw error;
  });
  return { promise, cancel };
}
