import type { IngestedSet, InputFile } from '../ingest/ingest-files';

type Reply = { id: number; result: IngestedSet } | { id: number; error: string };

let worker: Worker | null = null;
let nextId = 1;

/** Runs ingestFiles in the ingest worker. */
export function ingestInWorker(files: InputFile[]): Promise<IngestedSet> {
  worker ??= new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<Reply>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data.result);
    };
    const onError = (event: ErrorEvent) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      reject(new Error(event.message || 'The ingest worker failed'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, files }, files.map((f) => f.bytes.buffer as ArrayBuffer));
  });
}
