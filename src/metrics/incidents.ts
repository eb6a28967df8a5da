import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { num, str } from './params';

export interface CategoryCount { readonly category: string; readonly count: number }
export interface MonthCount { readonly month: string; readonly count: number; readonly open: number }

export async function incidentsByCategory(db: Db): Promise<CategoryCount[]> {
  const rows = await db.run(sql`SELECT category, count(*) AS n FROM inc GROUP BY category ORDER BY n DESC, category`);
  return rows.map((r) => ({ category: str(r.category), count: num(r.n) }));
}

export async function incidentsByMonth(db: Db): Promise<MonthCount[]> {
  const rows = await db.run(sql`SELECT strftime(reported_on, '%Y-%m') AS month, count(*) AS n,
      count(*) FILTER (WHERE is_open) AS open
    FROM inc GROUP BY month ORDER BY month`);
  return rows.map((r) => ({ month: str(r.month), count: num(r.n), open: num(r.open) }));
}
