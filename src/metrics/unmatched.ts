import { sql } from '../db/sql';
import { metric, type NoParams } from './metric';
import { num, str } from './params';

export interface UnmatchedUnit { readonly value: string; readonly rows: number }

/** Unit values (as written, trimmed) that match no registry code, name or alias, with their row counts. */
export const unmatchedUnits = metric<NoParams, UnmatchedUnit[]>({
  name: 'unmatched-units',
  sql: () => sql`SELECT value, rows FROM unmatched_units ORDER BY rows DESC, value`,
  decode: (rows) => rows.map((r) => ({ value: str(r.value), rows: num(r.rows) })),
});
