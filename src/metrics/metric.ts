import type { Db, ResultRow } from '../db/db';
import type { SqlQuery } from '../db/sql';

/**
 * A named value the app can ask for: its SQL for given parameters, and how its rows become the
 * typed result. `ls src/metrics` is the list of what the app can answer; the query client runs,
 * caches and batches them, and the metric test runs every one of them on real DuckDB.
 */
export interface Metric<P, R> {
  readonly name: string;
  sql(params: P): SqlQuery;
  decode(rows: ResultRow[], params: P): R;
}

export const metric = <P, R>(m: Metric<P, R>): Metric<P, R> => m;

/** Runs one metric directly (tests, scripts); the app goes through the query client. */
export async function runMetric<P, R>(db: Db, m: Metric<P, R>, params: P): Promise<R> {
  return m.decode(await db.run(m.sql(params)), params);
}

/** Parameters of metrics that read nothing but the loaded data. */
export type NoParams = Record<string, never>;
export const NO_PARAMS: NoParams = {};
