import { sql } from '../db/sql';
import { incidentWhere, openAt, type Filters } from './filters';
import { metric } from './metric';
import { num, str } from './params';

export interface CategoryCount { readonly category: string; readonly count: number }
export interface MonthCount { readonly month: string; readonly count: number; readonly open: number }
export interface CodeCount { readonly code: string; readonly count: number; readonly open: number }

// Cases reported up to the as-of day under the view's filters; "open" as it stood on that day.
export const incidentsByCategory = metric<Filters, CategoryCount[]>({
  name: 'incidents-by-category',
  sql: (f) => sql`SELECT i.category, sum(i.cases)::BIGINT AS n FROM inc_counts i WHERE ${incidentWhere(f, 'i')} GROUP BY i.category ORDER BY n DESC, i.category`,
  decode: (rows) => rows.map((r) => ({ category: str(r.category), count: num(r.n) })),
});

export const incidentsByMonth = metric<Filters, MonthCount[]>({
  name: 'incidents-by-month',
  sql: (f) => sql`SELECT strftime(i.reported_on, '%Y-%m') AS month, sum(i.cases)::BIGINT AS n, coalesce(sum(i.cases) FILTER (WHERE ${openAt(f.asOf, 'i')}), 0)::BIGINT AS open
    FROM inc_counts i WHERE ${incidentWhere(f, 'i')} GROUP BY month ORDER BY month`,
  decode: (rows) => rows.map((r) => ({ month: str(r.month), count: num(r.n), open: num(r.open) })),
});

/** Cases per recorded status, most first. */
export const incidentsByStatus = metric<Filters, CodeCount[]>({
  name: 'incidents-by-status',
  sql: (f) => sql`SELECT i.status AS code, sum(i.cases)::BIGINT AS n, coalesce(sum(i.cases) FILTER (WHERE ${openAt(f.asOf, 'i')}), 0)::BIGINT AS open
    FROM inc_counts i WHERE ${incidentWhere(f, 'i')} GROUP BY 1 ORDER BY n DESC, code`,
  decode: (rows) => rows.map((r) => ({ code: str(r.code), count: num(r.n), open: num(r.open) })),
});

/** Cases per source (no source as ''), most first. */
export const incidentsBySource = metric<Filters, CodeCount[]>({
  name: 'incidents-by-source',
  sql: (f) => sql`SELECT coalesce(i.source, '') AS code, sum(i.cases)::BIGINT AS n, coalesce(sum(i.cases) FILTER (WHERE ${openAt(f.asOf, 'i')}), 0)::BIGINT AS open
    FROM inc_counts i WHERE ${incidentWhere(f, 'i')} GROUP BY 1 ORDER BY n DESC, code`,
  decode: (rows) => rows.map((r) => ({ code: str(r.code), count: num(r.n), open: num(r.open) })),
});
