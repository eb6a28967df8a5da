import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { counted, incidentWhere, staff, unitWhere, type Filters } from './filters';
import { num, rate, type Basis } from './params';

export interface Totals {
  readonly employees: number;
  readonly signed: number;
  readonly completion: number | null;
  readonly unmatchedSigners: number;
  readonly duplicateSignatures: number;
  readonly incidents: number;
  readonly openIncidents: number;
}

/** The headline figures of contract section 4 for a campaign, an as-of day and the view's filters. */
export async function totals(db: Db, basis: Basis, f: Filters): Promise<Totals> {
  // Signers outside the roster (or, without a roster, outside any registry unit) have no unit to
  // filter on: they are shown only when no unit filter is set.
  const unitFiltered = Boolean(f.kanwil || f.directorate || f.unitType || f.unit);
  const [row] = await db.run(sql`SELECT
    (SELECT coalesce(sum(n), 0)::BIGINT FROM (${staff(basis === 'roster', f)})) AS employees,
    (SELECT count(*) FROM (${counted(f)})) AS signed,
    (SELECT count(*) FROM signer WHERE NOT counted AND campaign = ${f.campaign} AND first_day <= CAST(${f.asOf} AS DATE)
      AND ${unitFiltered ? sql`FALSE` : sql`TRUE`}) AS unmatched_signers,
    (SELECT count(*) - count(DISTINCT nip) FROM signatures WHERE campaign = ${f.campaign}
      AND ${unitFiltered ? sql`nip IN (SELECT nip FROM signer WHERE campaign = ${f.campaign} AND ${unitWhere(f)})` : sql`TRUE`}) AS duplicate_signatures,
    (SELECT count(*) FROM inc WHERE ${incidentWhere(f)}) AS incidents,
    (SELECT count(*) FROM inc WHERE is_open AND ${incidentWhere(f)}) AS open_incidents`);
  const employees = num(row.employees);
  const signed = num(row.signed);
  return {
    employees, signed, completion: rate(signed, employees), unmatchedSigners: num(row.unmatched_signers),
    duplicateSignatures: num(row.duplicate_signatures), incidents: num(row.incidents), openIncidents: num(row.open_incidents),
  };
}
