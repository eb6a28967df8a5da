import type { Kind } from '../schema/columns';
import type { TableRow } from '../schema/tables';
import type { RawRecord } from './parse';
import type { FileResult, RejectedRow, RowWarning } from './report-types';
import { applyRule, type RowContext } from './rules';

// The rules one record meets on its own, shared by the TypeScript reader (file-ingestor.ts) and the
// engine's reading path for the rows its SQL rules leave (db/engine-reading.ts).

/** A cell longer than this rejects its row (contract section 2): it would not fit the database load. */
export const MAX_CELL_CHARS = 10_000;

/** Data records shown in a file's first look. */
export const SAMPLE_RECORDS = 5;

/** The column a cell belongs to, for a reason: the mapped column, else its header. */
export function columnAt(result: Pick<FileResult, 'mapping' | 'headers'>, index: number): string {
  const mapped = Object.entries(result.mapping).find(([, i]) => i === index);
  return mapped?.[0] ?? (result.headers[index] || `#${index + 1}`);
}

/** A record as the first look shows it: very long cells cut short. */
export const sampleOf = (fields: readonly string[]): string[] => fields.map((f) => (f.length > MAX_CELL_CHARS ? `${f.slice(0, 200)}…` : f));

/** A record that loads: its table row, its warnings (with its line) and its NIP when it is a suspect one. */
export interface CheckedRecord {
  readonly row: TableRow;
  readonly warnings: RowWarning[];
  readonly suspectNip: string | null;
}

/**
 * The rules one record meets on its own (contract section 2): no cell over MAX_CELL_CHARS, then the
 * kind's row rules; a record with another number of fields than the header loads with a warning.
 * The rules that span records (duplicates, month-first columns) are the caller's.
 */
export function checkRecord(kind: Kind, record: RawRecord, context: RowContext, width: number, columnAt: (index: number) => string): CheckedRecord | { reject: RejectedRow } {
  let long = -1;
  for (let i = 0; i < record.fields.length && long < 0; i++) if (record.fields[i].length > MAX_CELL_CHARS) long = i;
  if (long >= 0) {
    const f = record.fields[long];
    return {
      reject: {
        line: record.line, reason: 'cell_too_long', column: columnAt(long), value: `${f.slice(0, 60)}… (${f.length})`,
        fields: record.fields.map((x) => (x.length > MAX_CELL_CHARS ? `${x.slice(0, MAX_CELL_CHARS)}…` : x)),
      },
    };
  }
  const outcome = applyRule(kind, context);
  if (!outcome.ok) return { reject: { line: record.line, ...outcome.issue, fields: record.fields } };
  const warnings: RowWarning[] = outcome.warnings.map((w) => ({ line: record.line, ...w }));
  if (record.fields.length !== width) warnings.push({ line: record.line, reason: 'field_count', column: '', value: `${record.fields.length}/${width}` });
  return { row: outcome.row, warnings, suspectNip: outcome.suspectNip };
}

