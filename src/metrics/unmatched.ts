import { sql } from '../db/sql';
import type { Kind } from '../schema/columns';
import { metric, type NoParams } from './metric';
import { num, str, strOrNull } from './params';

export interface UnmatchedUnit { readonly value: string; readonly rows: number }

/** Unit values (as written, trimmed) that match no registry code, name or alias, with their row counts. */
export const unmatchedUnits = metric<NoParams, UnmatchedUnit[]>({
  name: 'unmatched-units',
  sql: () => sql`SELECT value, rows FROM unmatched_units ORDER BY rows DESC, value`,
  decode: (rows) => rows.map((r) => ({ value: str(r.value), rows: num(r.rows) })),
});

/** Where an unmatched value was seen: one row of the loaded data that holds it, and in how many files. */
export interface UnmatchedSource {
  readonly kind: Exclude<Kind, 'units'>;
  readonly file: string;
  readonly line: number;
  readonly files: number;
  /** What that row says besides its unit, cut to 120 characters: a name and status, a signing time, a case (never a NIP). */
  readonly sample: string;
}

export interface UnmatchedUnitWithSource extends UnmatchedUnit {
  /** Null when no loaded row holds the value (published aggregates carry no rows). */
  readonly source: UnmatchedSource | null;
}

const KINDS = new Set(['employees', 'signatures', 'incidents']);

/**
 * The unmatched unit values with, for each, its first row in the loaded data (by file name, then
 * line) as a sample the analyst can open (where, and what the row says), and the number of files
 * that use it. Same order as unmatchedUnits.
 */
export const unmatchedUnitSources = metric<NoParams, UnmatchedUnitWithSource[]>({
  name: 'unmatched-unit-sources',
  sql: () => sql`WITH seen AS (
      SELECT unit_value, 'employees' AS kind, src_file, src_line, concat_ws(' · ', name, employment_type, position_type) AS sample FROM employees
      UNION ALL SELECT unit_value, 'signatures', src_file, src_line, concat_ws(' · ', name, CAST(signed_at AS VARCHAR), campaign) FROM signatures
      UNION ALL SELECT unit_value, 'incidents', src_file, src_line, concat_ws(' · ', case_id, CAST(reported_on AS VARCHAR), category) FROM incidents),
    hits AS (SELECT s.* FROM seen s JOIN unmatched_units u ON u.value = s.unit_value),
    first AS (SELECT unit_value, kind, src_file, src_line, sample,
        row_number() OVER (PARTITION BY unit_value ORDER BY src_file, src_line, kind) AS n FROM hits),
    files AS (SELECT unit_value, count(DISTINCT src_file)::INTEGER AS files FROM hits GROUP BY unit_value)
    SELECT u.value, u.rows, f.kind, f.src_file AS file, f.src_line AS line, c.files, left(f.sample, 120) AS sample
    FROM unmatched_units u
    LEFT JOIN first f ON f.unit_value = u.value AND f.n = 1
    LEFT JOIN files c ON c.unit_value = u.value
    ORDER BY u.rows DESC, u.value`,
  decode: (rows) => rows.map((r) => {
    const kind = strOrNull(r.kind);
    const file = strOrNull(r.file);
    return {
      value: str(r.value), rows: num(r.rows),
      source: kind !== null && KINDS.has(kind) && file !== null
        ? { kind: kind as UnmatchedSource['kind'], file, line: num(r.line), files: num(r.files), sample: str(r.sample) } : null,
    };
  }),
});
