import { sql } from '../db/sql';
import { countedWhere, hasUnitFilter, incidentWhere, openAt, unitWhere, type Filters } from './filters';
import { metric } from './metric';
import { num, rate } from './params';

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
export const totals = metric<Filters, Totals>({
  name: 'totals',
  // Signers outside the roster (or, without a roster, outside any registry unit) belong to no group:
  // they are shown only when no unit filter is set.
  sql: (f) => sql`SELECT
    (SELECT coalesce(sum(s.employees), 0)::BIGINT FROM staff_by_unit s WHERE ${unitWhere(f, 's')}) AS employees,
    (SELECT coalesce(sum(d.signers), 0)::BIGINT FROM signed_by_day d WHERE ${countedWhere(f, 'd')}) AS signed,
    (SELECT coalesce(sum(d.signers), 0)::BIGINT FROM signed_by_day d WHERE NOT d.counted AND d.campaign = ${f.campaign}
      AND d.first_day <= CAST(${f.asOf} AS DATE) AND ${hasUnitFilter(f) ? sql`FALSE` : sql`TRUE`}) AS unmatched_signers,
    (SELECT coalesce(sum(d.extra_rows), 0)::BIGINT FROM signed_by_day d WHERE d.campaign = ${f.campaign} AND ${unitWhere(f, 'd')}) AS duplicate_signatures,
    (SELECT count(*) FROM inc i WHERE ${incidentWhere(f, 'i')}) AS incidents,
    (SELECT count(*) FROM inc i WHERE ${incidentWhere(f, 'i')} AND ${openAt(f.asOf, 'i')}) AS open_incidents`,
  decode: ([row]) => {
    const employees = num(row.employees);
    const signed = num(row.signed);
    return {
      employees, signed, completion: rate(signed, employees), unmatchedSigners: num(row.unmatched_signers),
      duplicateSignatures: num(row.duplicate_signatures), incidents: num(row.incidents), openIncidents: num(row.open_incidents),
    };
  },
});
