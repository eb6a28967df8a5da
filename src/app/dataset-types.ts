import type { Db } from '../db/db';
import type { IngestOptions } from '../ingest/file-ingestor';
import type { FileResult } from '../ingest/report-types';
import type { DatasetInfo } from '../metrics/dataset-info';
import type { QueryClient } from '../query/client';
import type { Kind } from '../schema/columns';
import type { KindCounts } from '../state/local-store';
import type { Progress } from './ingest-protocol';
import type { KindChange, Mode, Modes } from './load-guard';

// The data the page shows: the published dataset, then the analyst's uploads kept in this browser.
export type LoadStep = 'starting' | 'fetching' | 'ingesting' | 'loadingDb' | 'restoring';

export interface UploadFile {
  readonly name: string;
  readonly blob: Blob;
  readonly kind: Kind | null; // null: not recognised; the file comes back with its problem
  readonly options: IngestOptions;
}

export type UploadState =
  | { readonly status: 'idle' }
  | { readonly status: 'reading'; readonly progress: Progress | null }
  | { readonly status: 'confirming' } // read; waits for the analyst's answer to the question
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
  // on: loads are kept in this browser; unavailable: no storage at all; failed: keeping a load failed (full, private window)
  readonly storage: 'on' | 'unavailable' | 'failed';
  readonly aliases: Record<string, string>;
  readonly modes: Readonly<Record<Kind, Mode>>; // replace or append, per kind, as the analyst last chose
  readonly history: readonly HistoryEntry[]; // the confirmed loads in effect, oldest first
  readonly question: Question | null; // asked before a load that removes data, an undo, or going back to published
  readonly task: 'undo' | 'published' | null; // rebuilding the data after an undo or going back
  readonly setAside: SetAside | null; // stored records that could not be read
}

/** One confirmed load: when, which files, how each kind was loaded, rows per kind before and after. */
export interface HistoryEntry {
  readonly id: number;
  readonly savedAt: string;
  readonly files: readonly { readonly name: string; readonly kind: Kind }[];
  readonly modes: Modes;
  readonly before: KindCounts;
  readonly after: KindCounts;
  readonly kept: boolean; // stored in this browser: it comes back after a reload
}

export interface Question {
  readonly type: 'load' | 'undo' | 'published';
  readonly changes: readonly KindChange[];
}

/** Stored records set aside as unreadable: `loads` null when the saved loads could not be read at all. */
export interface SetAside {
  readonly loads: number | null;
  readonly aliases: number;
}
