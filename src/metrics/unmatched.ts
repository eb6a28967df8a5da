import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { num, str } from './params';

export interface UnmatchedUnit { readonly value: string; readonly rows: number }

/** Unit values (as written, trimmed) that match no registry code, name or alias, with their row counts. */
export async function unmatchedUnits(db: Db): Promise<UnmatchedUnit[]> {
  const rows = await db.run(sql`SELECT value, rows FROM unmatched_units ORDER BY rows DESC, value`);
  return rows.map((r) => ({ value: str(r.value), rows: num(r.rows) }));
}
