/// <reference lib="webworker" />
import { combine, packTables, type PriorKeys } from '../ingest/combine';
import { CrossFileRules } from '../ingest/cross-file';
import type { IngestOptions } from '../ingest/file-ingestor';
import { HEAD_BYTES, readFile } from '../ingest/ingest-file';
import { scanRegular } from '../ingest/regular-csv';
import type { FileResult } from '../ingest/report-types';
import { KINDS, type Kind } from '../schema/columns';
import type { Inspection, WorkerReply, WorkerRequest } from './ingest-protocol';

// Parsing and validation run here, off the page's main thread, reading files in pieces.
const post = (reply: WorkerReply, transfer: Transferable[] = []) => (self as DedicatedWorkerGlobalScope).postMessage(reply, transfer);

/** The shared reading steps (ingest/ingest-file.ts readFile), fed from a Blob piece by piece. */
async function readBlob(name: string, blob: Blob, options: IngestOptions, onPiece: (bytes: number, rows: number) => void,
  rules = new CrossFileRules(), limit = Infinity): Promise<FileResult> {
  const steps = readFile(name, blob.size, options, rules, onPiece, limit);
  let step = steps.next();
  while (!step.done) step = steps.next(new Uint8Array(await blob.slice(step.value.start, step.value.end).arrayBuffer()));
  return step.value;
}

async function inspect(file: File, options: IngestOptions): Promise<Inspection> {
  const result = await readBlob(file.name, file, options, () => undefined, undefined, HEAD_BYTES);
  return {
    name: file.name, size: file.size, kind: result.kind, problem: result.problem, missingColumns: result.missingColumns,
    encoding: result.encoding, bom: result.bom, delimiter: result.delimiter, headerLine: result.headerLine,
    headers: result.headers, mapping: result.mapping, guessed: result.guessed ?? [], monthFirst: result.monthFirst, sample: result.sample,
    sheets: result.sheets ?? [], sheet: result.sheet ?? null,
  };
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'head') {
      // The first look again (with the analyst's choices), as the reading rules take it.
      const head = await readBlob(request.name, request.file, request.options ?? {}, () => undefined, undefined, HEAD_BYTES);
      post({ id: request.id, type: 'head', head: { ...head, rows: [] } });
      return;
    }
    if (request.type === 'scan') {
      // Whether the whole file is one the engine reads exactly (ingest/regular-csv.ts).
      // A regular file's bytes go back with the scan, for the engine: read here, off the page's thread (a
      // File read by the engine's worker or by the page passed its data through the page's thread, in
      // tasks of 100–240 ms for a 50 MB file).
      const bytes = new Uint8Array(await request.file.arrayBuffer());
      const scan = scanRegular(bytes, request.delimiter, request.headerLine, request.width);
      post({ id: request.id, type: 'scan', scan, bytes: scan.regular ? bytes : null }, scan.regular ? [bytes.buffer] : []);
      return;
    }
    if (request.type === 'inspect') {
      const inspections: Inspection[] = [];
      for (const f of request.files) inspections.push(await inspect(f.file, f.options ?? {}));
      post({ id: request.id, type: 'inspected', inspections });
      return;
    }
    const results: FileResult[] = [];
    const rules = new CrossFileRules(request.prior as PriorKeys);
    const total = request.files.reduce((n, f) => n + f.file.size, 0);
    let done = 0;
    for (const [index, f] of request.files.entries()) {
      let lastPost = 0;
      // Accepted rows are written as the bytes DuckDB loads while the file is read (no row arrays kept).
      results.push(await readBlob(f.name, f.file, { ...f.options, pack: true }, (bytes, rows) => {
        const now = Date.now();
        if (now - lastPost < 100 && bytes < f.file.size) return;
        lastPost = now;
        post({ id: request.id, type: 'progress', file: index, bytes: done + bytes, totalBytes: total, rows });
      }, rules));
      done += f.file.size;
    }
    const combined = combine(results, request.prior as PriorKeys);
    const all = packTables(results, combined.tables);
    const packed: Partial<Record<Kind, Uint8Array[]>> = {};
    for (const kind of KINDS) if (results.some((r) => r.kind === kind && r.problem === null)) packed[kind] = all[kind];
    const files = results.map((r) => ({ ...r, rows: [], packed: undefined }));
    post({ id: request.id, type: 'done', files, packed, replacedCaseIds: combined.replacedCaseIds },
      Object.values(packed).flatMap((pieces) => pieces.map((b) => b.buffer as ArrayBuffer)));
  } catch (error) {
    post({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
