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
  // Three scans of small tables: staff per unit, signers per unit × day, cases.
  sql: (f) => sql`SELECT
    (SELECT coalesce(sum(s.employees), 0)::BIGINT FROM staff_by_unit s WHERE ${unitWhere(f, 's')}) AS employees,
    d.signed, d.unmatched_signers, d.duplicate_signatures, i.incidents, i.open_incidents
    FROM (SELECT
        coalesce(sum(d.signers) FILTER (WHERE ${countedWhere(f, 'd')}), 0)::BIGINT AS signed,
        coalesce(sum(d.signers) FILTER (WHERE NOT d.counted AND d.first_day <= CAST(${f.asOf} AS DATE)
          AND ${hasUnitFilter(f) ? sql`FALSE` : sql`TRUE`}), 0)::BIGINT AS unmatched_signers,
        coalesce(sum(d.extra_rows) FILTER (WHERE ${unitWhere(f, 'd')}), 0)::BIGINT AS duplicate_signatures
      FROM signed_by_day d WHERE d.campaign = ${f.campaign}) d,
    (SELECT coalesce(sum(i.cases), 0)::BIGINT AS incidents, coalesce(sum(i.cases) FILTER (WHERE ${openAt(f.asOf, 'i')}), 0)::BIGINT AS open_incidents
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
