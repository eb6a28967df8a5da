import type { PriorKeys } from '../ingest/combine';
import type { IngestOptions } from '../ingest/file-ingestor';
import type { IngestDone, Inspection, Progress, WorkerFile, WorkerReply, WorkerRequest } from './ingest-protocol';

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

let worker: Worker | null = null;
let nextId = 1;
const inFlight = new Map<number, { reject(e: Error): void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('error', (event) => {
      for (const job of inFlight.values()) job.reject(new ReaderDied(event.message || 'worker error'));
      inFlight.clear();
      worker?.terminate();
      worker = null;
    });
  }
  return worker;
}

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

function call<T>(request: Request, onReply: (reply: WorkerReply, done: (value: T) => void) => void): { promise: Promise<T>; cancel(): void } {
  const w = getWorker();
  const id = nextId++;
  let cancel = () => undefined as void;
  const promise = new Promise<T>((resolve, reject) => {
    let silence: ReturnType<typeof setTimeout> | null = null;
    const listen = () => {
      if (silence) clearTimeout(silence);
      silence = setTimeout(() => {
        finish();
        w.terminate();
        if (worker === w) worker = null;
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
    inFlight.set(id, { reject: (e) => { finish(); reject(e); } });
    cancel = () => {
      finish();
      w.terminate();
      if (worker === w) worker = null;
      for (const job of inFlight.values()) job.reject(new Cancelled());
      inFlight.clear();
      reject(new Cancelled());
    };
    w.addEventListener('message', onMessage);
    listen();
    w.postMessage({ ...request, id });
  });
  return { promise, cancel };
}

export function inspectFiles(files: { file: File; options?: IngestOptions }[]): Promise<Inspection[]> {
  return call<Inspection[]>({ type: 'inspect', files }, (reply, done) => {
    if (reply.type === 'inspected') done(reply.inspections);
  }).promise;
}

export function ingestInWorker(files: WorkerFile[], prior: PriorKeys, onProgress: (p: Progress) => void = () => undefined) {
  return call<IngestDone>({ type: 'ingest', files, prior }, (reply, done) => {
    if (reply.type === 'progress') onProgress(reply);
    else if (reply.type === 'done') done(reply);
  });
}
