import { expect } from 'vitest';
import type { Kind } from '../../src/schema/columns';
import { TABLES, type TableRow } from '../../src/schema/tables';
import type { FileResult } from '../../src/ingest/report-types';

/** A table row as {column: value}, using the TABLES column order. */
export function rowObject(kind: Kind, row: TableRow): Record<string, string | null> {
  return Object.fromEntries(TABLES[kind].columns.map(([name], i) => [name, row[i] ?? null]));
}

export const rowsOf = (r: FileResult): Record<string, string | null>[] => r.rows.map((row) => rowObject(r.kind!, row));

/** Contract section 2, "nothing lost": rows read = loaded + rejected. */
export function expectBalanced(r: FileResult): void {
  expect(r.rowsRead).toBe(r.loaded + r.rejects.length);
  expect(r.rows.length).toBe(r.loaded);
}

export const rejectSummary = (r: FileResult) => r.rejects.map((x) => ({ line: x.line, reason: x.reason, column: x.column }));

export const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

export const latin = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
