import { KINDS, type Kind } from '../schema/columns';
import type { TableRow } from '../schema/tables';
import type { FileResult } from './report-types';
import { packRows } from './row-packer';

// Tables from the files of one load. Duplicate units, NIPs and signatures are decided while reading
// (cross-file.ts); a re-sent incident replaces the earlier row here, across files and loaded data.
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
  for (const kind of ['units', 'employees', 'signatures'] as const) tables[kind] = ofKind(kind).flatMap((f) => f.rows);
  const incidents = replaceResentCases(ofKind('incidents'), prior.incidents);
  tables.incidents = incidents.rows;
  return { tables, replacedCaseIds: incidents.replaced };
}

/** Each kind's rows as the bytes DuckDB loads, in pieces. */
export type PackedTables = Record<Kind, Uint8Array[]>;

/**
 * The load's rows as packed bytes: files read with `pack` already hold theirs (and no rows); the
 * cases, once re-sent ones are replaced, are packed here.
 */
export function packTables(files: readonly FileResult[], tables: Tables): PackedTables {
  const packed = {} as PackedTables;
  for (const kind of KINDS) {
    packed[kind] = kind === 'incidents' ? packRows(tables.incidents)
      : files.filter((f) => f.kind === kind && f.problem === null).flatMap((f) => f.packed ?? packRows(f.rows));
  }
  return packed;
}
