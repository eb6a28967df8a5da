import type { PriorKeys } from '../ingest/combine';
import type { Encoding } from '../ingest/decode';
import type { Delimiter } from '../ingest/delimiter';
import type { IngestOptions } from '../ingest/file-ingestor';
import type { HeaderMapping } from '../ingest/headers';
import type { FileProblem, FileResult } from '../ingest/report-types';
import type { Kind } from '../schema/columns';
import type { RegularScan } from '../ingest/regular-csv';

// Messages between the page and the ingest worker.
export interface WorkerFile {
  readonly name: string;
  readonly file: Blob;
  readonly options?: IngestOptions;
  readonly kind?: Kind | null; // as the first look found it: files of different kinds may be read side by side
}

/** What a first look at a file found, shown before loading so the analyst can correct it. */
export interface Inspection {
  readonly name: string;
  readonly size: number;
  readonly kind: Kind | null;
  readonly problem: FileProblem | null;
  readonly missingColumns: string[];
  readonly encoding: Encoding | null; // null for a workbook
  readonly sheets: readonly string[]; // a workbook's worksheets ([] for text), for the analyst to pick one
  readonly sheet: string | null; // the worksheet read
  readonly bom: boolean;
  readonly delimiter: Delimiter | null;
  readonly headerLine: number;
  readonly headers: string[];
  readonly mapping: HeaderMapping;
  readonly guessed: readonly string[]; // columns whose header is a guess the analyst should check
  readonly monthFirst: Record<string, boolean>;
  readonly sample: string[][];
}

/** Whether a whole file is one the engine reads exactly (ingest/regular-csv.ts); its bytes when it is. */
export interface ScannedFile {
  readonly scan: RegularScan;
  readonly bytes: Uint8Array | null;
}

export type WorkerRequest =
  | { readonly id: number; readonly type: 'inspect'; readonly files: { file: File; options?: IngestOptions }[] }
  | { readonly id: number; readonly type: 'head'; readonly name: string; readonly file: Blob; readonly options?: IngestOptions }
  | { readonly id: number; readonly type: 'scan'; readonly file: Blob; readonly delimiter: string; readonly headerLine: number; readonly width: number }
  | { readonly id: number; readonly type: 'ingest'; readonly files: WorkerFile[]; readonly prior: PriorKeys };

export interface IngestDone {
  readonly files: FileResult[]; // without rows
  readonly packed: Partial<Record<Kind, Uint8Array[]>>; // each kind's rows as the bytes DuckDB loads, in pieces
  readonly engine?: Partial<Record<Kind, string>>; // or, for a file the engine read itself, the table its rows wait in
  readonly replacedCaseIds: string[];
}

export interface Progress {
  readonly file: number;
  readonly bytes: number;
  readonly totalBytes: number;
  readonly rows: number;
}

export type WorkerReply =
  | { readonly id: number; readonly type: 'inspected'; readonly inspections: Inspection[] }
  | { readonly id: number; readonly type: 'head'; readonly head: FileResult } // a file's first look, as the reading rules take it (no rows)
  | ({ readonly id: number; readonly type: 'scan' } & ScannedFile)
  | ({ readonly id: number; readonly type: 'progress' } & Progress)
  | ({ readonly id: number; readonly type: 'done' } & IngestDone)
  | { readonly id: number; readonly type: 'error'; readonly message: string };
