import type { FileResult } from '../ingest/report-types';
import { toCsv, type CsvValue } from './csv';

export type RejectsFile = Pick<FileResult, 'file' | 'headers' | 'rejects'>;

const FIXED = ['line', 'reason', 'column', 'value', 'detail'] as const;

/**
 * The rejected rows of one file as CSV: line, reason, column, value and detail, then the row's
 * own fields under the file's header names (fields past the header are named extra_1, extra_2, …).
 */
export function rejectsCsv(file: RejectsFile): string {
  const width = Math.max(file.headers.length, ...file.rejects.map((r) => r.fields.length));
  const extras = Array.from({ length: width - file.headers.length }, (_, i) => `extra_${i + 1}`);
  const rows = file.rejects.map((r): CsvValue[] => {
    const fields = Array.from({ length: width }, (_, i) => r.fields[i] ?? '');
    return [r.line, r.reason, r.column, r.value, r.detail ?? '', ...fields];
  });
  return toCsv([...FIXED, ...file.headers, ...extras], rows);
}
