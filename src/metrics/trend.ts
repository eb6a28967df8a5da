import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { num, str, type Basis } from './params';

export interface DailySigners { readonly day: string; readonly signers: number }

/** New signers per day for a campaign (those counted in completion under the basis), up to the as-of day. */
export async function signersByDay(db: Db, basis: Basis, campaign: string, asOf: string): Promise<DailySigners[]> {
  const counted = basis === 'roster' ? sql`in_roster` : sql`own_unit IS NOT NULL`;
  const rows = await db.run(sql`SELECT CAST(first_day AS VARCHAR) AS day, count(*) AS n FROM signer
    WHERE campaign = ${campaign} AND ${counted} AND first_day <= CAST(${asOf} AS DATE)
    GROUP BY first_day ORDER BY first_day`);
  return rows.map((r) => ({ day: str(r.day), signers: num(r.n) }));
}
