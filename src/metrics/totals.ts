import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { num, rate, type Basis, type MetricParams } from './params';

export interface Totals {
  readonly employees: number;
  readonly signed: number;
  readonly completion: number | null;
  readonly unmatchedSigners: number;
  readonly duplicateSignatures: number;
  readonly incidents: number;
  readonly openIncidents: number;
}

/** The headline figures of contract section 4 for a campaign and as-of day. */
export async function totals(db: Db, basis: Basis, p: MetricParams): Promise<Totals> {
  const signers = sql`FROM signer WHERE campaign = ${p.campaign} AND first_day <= CAST(${p.asOf} AS DATE)`;
  const figures = basis === 'roster'
    ? sql`(SELECT count(*) FROM emp WHERE active) AS employees,
        (SELECT count(*) ${signers} AND in_roster) AS signed,
        (SELECT count(*) ${signers} AND NOT in_roster) AS unmatched_signers`
    : sql`(SELECT coalesce(sum(headcount), 0)::BIGINT FROM unit_groups) AS employees,
        (SELECT count(*) ${signers} AND own_unit IS NOT NULL) AS signed,
        (SELECT count(*) ${signers} AND own_unit IS NULL) AS unmatched_signers`;
  const [row] = await db.run(sql`SELECT ${figures},
    (SELECT count(*) - count(DISTINCT nip) FROM signatures WHERE campaign = ${p.campaign}) AS duplicate_signatures,
    (SELECT count(*) FROM inc) AS incidents,
    (SELECT count(*) FROM inc WHERE is_open) AS open_incidents`);
  const employees = num(row.employees);
  const signed = num(row.signed);
  return {
    employees, signed, completion: rate(signed, employees), unmatchedSigners: num(row.unmatched_signers),
    duplicateSignatures: num(row.duplicate_signatures), incidents: num(row.incidents), openIncidents: num(row.open_incidents),
  };
}
