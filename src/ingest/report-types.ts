import type { Kind } from '../schema/columns';
import type { TableRow } from '../schema/tables';
import type { UnreadableReason, Encoding } from './decode';
import type { Delimiter } from './delimiter';
import type { HeaderMapping } from './headers';
import type { PublishedFileReport } from '../schema/published-manifest';

export interface RejectedRow {
  readonly line: number;
  readonly reason: string;
  readonly column: string;
  readonly value: string;
  readonly fields: readonly string[];
  readonly detail?: string;
  readonly first?: { readonly file: string; readonly line: number }; // for duplicates: where the kept row is
}

export interface RowWarning {
  readonly line: number;
  readonly reason: string;
  readonly column: string;
  readonly value: string;
}

export type FileProblem = UnreadableReason | 'no_header' | 'kind_unknown' | 'missing_columns' | 'no_rows_loaded'
  | 'xlsx_damaged' | 'xlsx_too_large' | 'sheet_not_found';

/** What reading one file gave: its settings, counts and every problem row. */
export interface FileResult {
  readonly file: string;
  readonly bytes: number;
  kind: Kind | null;
  problem: FileProblem | null;
  missingColumns: string[];
  encoding: Encoding | null;
  bom: boolean;
  delimiter: Delimiter | null;
  headerLine: number;
  headers: string[];
  mapping: HeaderMapping;
  guessed?: string[]; // columns whose header was a guess (a question-text header), for the analyst to check
  monthFirst: Record<string, boolean>;
  rowsRead: number;
  loaded: number;
  rejects: RejectedRow[];
  warnings: RowWarning[];
  suspectNips: { line: number; nip: string }[];
  sample: string[][]; // the first data records as written, for a first look before loading
  duplicates: number; // repeated signatures kept, or incident rows replaced by a later row
  parseErrors: number;
  rows: TableRow[]; // loaded rows, in TABLES column order
  packed?: Uint8Array[]; // or, when reading with `pack`, the loaded rows as the bytes DuckDB loads (ingest/row-packer.ts)
  sheets?: string[]; // a workbook's worksheets, in order ([] for text files)
  sheet?: string | null; // the worksheet read
  published?: PublishedFileReport; // a published file: its counts and reasons, without its rows
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
