import type { Db } from '../db/db';
import { ident, sql } from '../db/sql';
import { incidentWhere, type Filters } from './filters';
import { num, str } from './params';

export interface CategoryCount { readonly category: string; readonly count: number }
export interface MonthCount { readonly month: string; readonly count: number; readonly open: number }
export interface CodeCount { readonly code: string; readonly count: number; readonly open: number }

export async function incidentsByCategory(db: Db, f: Partial<Filters> = {}): Promise<CategoryCount[]> {
  const rows = await db.run(sql`SELECT category, count(*) AS n FROM inc WHERE ${incidentWhere(f)} GROUP BY category ORDER BY n DESC, category`);
  return rows.map((r) => ({ category: str(r.category), count: num(r.n) }));
}

export async function incidentsByMonth(db: Db, f: Partial<Filters> = {}): Promise<MonthCount[]> {
  const rows = await db.run(sql`SELECT strftime(reported_on, '%Y-%m') AS month, count(*) AS n,
      count(*) FILTER (WHERE is_open) AS open
    FROM inc WHERE ${incidentWhere(f)} GROUP BY month ORDER BY month`);
  return rows.map((r) => ({ month: str(r.month), count: num(r.n), open: num(r.open) }));
}

/** Cases per status or per source (null source as ''), most first. */
export async function incidentsBy(db: Db, column: 'status' | 'source', f: Partial<Filters> = {}): Promise<CodeCount[]> {
  const rows = await db.run(sql`SELECT coalesce(${ident(column)}, '') AS code, count(*) AS n, count(*) FILTER (WHERE is_open) AS open
    FROM inc WHERE ${incidentWhere(f)} GROUP BY 1 ORDER BY n DESC, code`);
  return rows.map((r) => ({ code: str(r.code), count: num(r.n), open: num(r.open) }));
}
