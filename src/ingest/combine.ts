import { KINDS, type Kind } from '../schema/columns';
import type { TableRow } from '../schema/tables';
import type { FileResult } from './report-types';

// Rules that span files of one kind (DATA-CONTRACT.md section 2, duplicates), applied in file order.
export type Tables = Record<Kind, TableRow[]>;

const SRC_FILE = { units: 8, employees: 7, signatures: 7, incidents: 11 } as const;

interface Seen {
  readonly file: string;
  readonly line: number;
}

function rejectLater(file: FileResult, row: TableRow, reason: string, column: string, value: string, first: Seen): void {
  const line = Number(row[SRC_FILE[file.kind!] + 1]);
  const where = first.file === file.file ? `line ${first.line}` : `${first.file} line ${first.line}`;
  file.rejects.push({ line, reason, column, value, fields: row.map((v) => v ?? ''), detail: `first at ${where}` });
  file.loaded--;
}

function dedupeFirstWins(files: FileResult[], keyOf: (row: TableRow) => string, reason: string, column: string): TableRow[] {
  const seen = new Map<string, Seen>();
  const out: TableRow[] = [];
  for (const file of files) {
    const kept: TableRow[] = [];
    for (const row of file.rows) {
      const key = keyOf(row);
      const first = seen.get(key);
      if (first) {
        rejectLater(file, row, reason, column, row[0] ?? '', first);
        continue;
      }
      seen.set(key, { file: file.file, line: Number(row[SRC_FILE[file.kind!] + 1]) });
      kept.push(row);
    }
    file.rows = kept;
    for (const row of kept) out.push(row);
  }
  for (const file of files) file.rejects.sort((a, b) => a.line - b.line);
  return out;
}

function countRepeatedSignatures(files: FileResult[]): TableRow[] {
  const seen = new Set<string>();
  for (const file of files) {
    for (const row of file.rows) {
      const key = `${row[5]}\u0000${row[0]}`; // campaign, nip
      if (seen.has(key)) file.duplicates++;
      else seen.add(key);
    }
  }
  return files.flatMap((f) => f.rows);
}

function replaceResentCases(files: FileResult[]): TableRow[] {
  const byCase = new Map<string, TableRow>();
  for (const file of files) {
    for (const row of file.rows) {
      const id = row[0] ?? '';
      if (byCase.has(id)) {
        file.duplicates++;
        byCase.delete(id); // re-insert so the case takes the position of its latest row
      }
      byCase.set(id, row);
    }
  }
  return [...byCase.values()];
}

export function combine(files: FileResult[]): Tables {
  const ofKind = (kind: Kind) => files.filter((f) => f.kind === kind && f.problem === null);
  const tables = {} as Tables;
  for (const kind of KINDS) tables[kind] = [];
  tables.units = dedupeFirstWins(ofKind('units'), (r) => (r[0] ?? '').toLowerCase(), 'duplicate_unit_code', 'unit_code');
  tables.employees = dedupeFirstWins(ofKind('employees'), (r) => r[0] ?? '', 'duplicate_nip', 'nip');
  tables.signatures = countRepeatedSignatures(ofKind('signatures'));
  tables.incidents = replaceResentCases(ofKind('incidents'));
  return tables;
}
