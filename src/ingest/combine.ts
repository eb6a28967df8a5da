import { KINDS, type Kind } from '../schema/columns';
import type { TableRow } from '../schema/tables';
import type { FileResult } from './report-types';

// Rules that span files of one kind (DATA-CONTRACT.md section 2, duplicates), applied in file order,
// after the data already loaded when the new files are appended to it.
export type Tables = Record<Kind, TableRow[]>;

export interface Seen {
  readonly file: string;
  readonly line: number;
}

/** Keys of the rows already loaded, for kinds the new files are appended to. */
export interface PriorKeys {
  readonly units?: ReadonlyMap<string, Seen>; // case-folded unit code
  readonly employees?: ReadonlyMap<string, Seen>; // NIP
  readonly signatures?: ReadonlySet<string>; // campaign|NIP
  readonly incidents?: ReadonlySet<string>; // case id
}

export interface Combined {
  readonly tables: Tables;
  readonly replacedCaseIds: string[]; // loaded cases that rows of the new files replace
}

const lineOf = (row: TableRow): number => Number(row[row.length - 1]);

function dedupeFirstWins(files: FileResult[], prior: ReadonlyMap<string, Seen> | undefined, keyOf: (row: TableRow) => string,
  reason: string, column: string): TableRow[] {
  const seen = new Map<string, Seen>(prior);
  const out: TableRow[] = [];
  for (const file of files) {
    const kept: TableRow[] = [];
    let rejected = false;
    for (const row of file.rows) {
      const key = keyOf(row);
      const first = seen.get(key);
      if (first) {
        const where = first.file === file.file ? `line ${first.line}` : `${first.file} line ${first.line}`;
        file.rejects.push({ line: lineOf(row), reason, column, value: row[0] ?? '', fields: row.map((v) => v ?? ''), detail: `first at ${where}`, first });
        file.loaded--;
        rejected = true;
        continue;
      }
      seen.set(key, { file: file.file, line: lineOf(row) });
      kept.push(row);
    }
    if (rejected) {
      file.rows = kept;
      file.rejects.sort((a, b) => a.line - b.line);
    }
    for (const row of kept) out.push(row);
  }
  return out;
}

function countRepeatedSignatures(files: FileResult[], prior: ReadonlySet<string> | undefined): TableRow[] {
  const seen = new Set<string>(prior);
  const out: TableRow[] = [];
  for (const file of files) {
    for (const row of file.rows) {
      const key = `${row[5]}|${row[0]}`; // campaign, nip
      if (seen.has(key)) file.duplicates++;
      else seen.add(key);
      out.push(row);
    }
  }
  return out;
}

function replaceResentCases(files: FileResult[], prior: ReadonlySet<string> | undefined): { rows: TableRow[]; replaced: string[] } {
  const byCase = new Map<string, TableRow>();
  const replaced = new Set<string>();
  for (const file of files) {
    for (const row of file.rows) {
      const id = row[0] ?? '';
      if (byCase.has(id)) {
        file.duplicates++;
        byCase.delete(id); // re-insert so the case takes the position of its latest row
      } else if (prior?.has(id)) {
        file.duplicates++;
        replaced.add(id);
      }
      byCase.set(id, row);
    }
  }
  return { rows: [...byCase.values()], replaced: [...replaced] };
}

export function combine(files: FileResult[], prior: PriorKeys = {}): Combined {
  const ofKind = (kind: Kind) => files.filter((f) => f.kind === kind && f.problem === null);
  const tables = {} as Tables;
  for (const kind of KINDS) tables[kind] = [];
  tables.units = dedupeFirstWins(ofKind('units'), prior.units, (r) => (r[0] ?? '').toLowerCase(), 'duplicate_unit_code', 'unit_code');
  tables.employees = dedupeFirstWins(ofKind('employees'), prior.employees, (r) => r[0] ?? '', 'duplicate_nip', 'nip');
  tables.signatures = countRepeatedSignatures(ofKind('signatures'), prior.signatures);
  const incidents = replaceResentCases(ofKind('incidents'), prior.incidents);
  tables.incidents = incidents.rows;
  return { tables, replacedCaseIds: incidents.replaced };
}
