import { sql } from '../db/sql';
import { countedWhere, type Filters } from './filters';
import { metric } from './metric';
import { num, str } from './params';

export interface DailySigners { readonly day: string; readonly signers: number }

/** New signers per day (those counted in completion), up to the as-of day, under the view's filters. */
export const signersByDay = metric<Filters, DailySigners[]>({
  name: 'signers-by-day',
  sql: (f) => sql`SELECT CAST(d.first_day AS VARCHAR) AS day, sum(d.signers)::BIGINT AS n FROM signed_by_day d
    WHERE ${countedWhere(f, 'd')} GROUP BY d.first_day ORDER BY d.first_day`,
  decode: (rows) => rows.map((r) => ({ day: str(r.day), signers: num(r.n) })),
});
