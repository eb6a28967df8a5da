import { sql } from '../db/sql';
import { countedRows, hasUnitFilter, incidentWhere, openAt, outsideRows, signersAsOf, unitWhere, type Filters } from './filters';
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
  // Small tables only: staff per unit, signers per unit (less those after the as-of day), cases.
  sql: (f) => sql`SELECT
    (SELECT coalesce(sum(s.employees), 0)::BIGINT FROM staff_by_unit s WHERE ${unitWhere(f, 's')}) AS employees,
    (SELECT coalesce(sum(n.signers), 0)::BIGINT FROM (${signersAsOf(f, countedRows(f))}) n) AS signed,
    ${hasUnitFilter(f) ? sql`0::BIGINT` : sql`(SELECT coalesce(sum(n.signers), 0)::BIGINT FROM (${signersAsOf(f, outsideRows)}) n)`} AS unmatched_signers,
    (SELECT coalesce(sum(u.extra_rows), 0)::BIGINT FROM signed_by_unit u WHERE u.campaign = ${f.campaign} AND ${unitWhere(f, 'u')}) AS duplicate_signatures,
    i.incidents, i.open_incidents
    FROM (SELECT coalesce(sum(i.cases), 0)::BIGINT AS incidents, coalesce(sum(i.cases) FILTER (WHERE ${openAt(f.asOf, 'i')}), 0)::BIGINT AS open_incidents
      FROM inc_counts i WHERE ${incidentWhere(f, 'i')}) i`,
  decode: ([row]) => {
    const employees = num(row.employees);
    const signed = num(row.signed);
    return {
      employees, signed, completion: rate(signed, employees), unmatchedSigners: num(row.unmatched_signers),
      duplicateSignatures: num(row.duplicate_signatures), incidents: num(row.incidents), openIncidents: num(row.open_incidents),
    };
  },
});
