import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { counted, type Filters } from './filters';
import { num, str } from './params';

export interface DailySigners { readonly day: string; readonly signers: number }

/** New signers per day (those counted in completion), up to the as-of day, under the view's filters. */
export async function signersByDay(db: Db, f: Filters): Promise<DailySigners[]> {
  const rows = await db.run(sql`SELECT CAST(first_day AS VARCHAR) AS day, count(*) AS n FROM (${counted(f)})
    GROUP BY first_day ORDER BY first_day`);
  return rows.map((r) => ({ day: str(r.day), signers: num(r.n) }));
}
