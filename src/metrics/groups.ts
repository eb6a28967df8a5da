import { ident, sql } from '../db/sql';
import { countedRows, incidentWhere, openAt, signersAsOf, unitWhere, type Filters } from './filters';
import { metric, type Metric } from './metric';
import { num, rate, str, strOrNull } from './params';

export type Dimension = 'kanwil' | 'directorate' | 'unit';

export interface GroupRow {
  readonly code: string;
  readonly name: string | null; // registry name; null for the PUSAT/KANWIL/UNMATCHED buckets
  readonly employees: number;
  readonly signed: number;
  readonly completion: number | null;
  readonly incidents: number;
  readonly openIncidents: number;
}

// The column that places a row of staff, signers, incidents or units in a group of the dimension.
const COLUMN: Record<Dimension, string> = { kanwil: 'kanwil_group', directorate: 'directorate_group', unit: 'unit_code' };

// Employees, signers, completion and incidents per group of a dimension (contract section 4). Groups
// of the registry are listed even without staff; buckets only when they hold something.
function byGroup(dimension: Dimension): Metric<Filters, GroupRow[]> {
  const g = (alias: string) => sql`${ident(alias)}.${ident(COLUMN[dimension])}`;
  return metric({
    name: `completion-by-${dimension}`,
    sql: (f) => sql`
      WITH e AS (SELECT ${g('s')} AS code, sum(s.employees) AS employees FROM staff_by_unit s WHERE ${unitWhere(f, 's')} GROUP BY 1),
      n AS (SELECT code, sum(signers) AS signed FROM (${signersAsOf(f, countedRows(f), g)}) GROUP BY 1),
      i AS (SELECT ${g('i')} AS code, sum(i.cases) AS incidents, sum(i.cases) FILTER (WHERE ${openAt(f.asOf, 'i')}) AS open_incidents
        FROM inc_counts i WHERE ${incidentWhere(f, 'i')} GROUP BY 1),
      codes AS (SELECT ${g('u')} AS code FROM unit_groups u WHERE ${unitWhere(f, 'u')}
        UNION SELECT code FROM e UNION SELECT code FROM n UNION SELECT code FROM i)
      SELECT codes.code, r.unit_name AS name, coalesce(e.employees, 0)::BIGINT AS employees, coalesce(n.signed, 0)::BIGINT AS signed,
        coalesce(i.incidents, 0)::BIGINT AS incidents, coalesce(i.open_incidents, 0)::BIGINT AS open_incidents
      FROM codes LEFT JOIN e ON e.code = codes.code LEFT JOIN n ON n.code = codes.code LEFT JOIN i ON i.code = codes.code
      LEFT JOIN unit_groups r ON r.unit_code = codes.code
      WHERE codes.code IS NOT NULL
      ORDER BY codes.code`,
    decode: (rows) => rows
      .map((r) => {
        const employees = num(r.employees);
        const signed = num(r.signed);
        return {
          code: str(r.code), name: strOrNull(r.name), employees, signed,
          completion: rate(signed, employees), incidents: num(r.incidents), openIncidents: num(r.open_incidents),
        };
      })
      .filter((r) => r.name !== null || r.employees > 0 || r.signed > 0 || r.incidents > 0),
  });
}

export const completionByKanwil = byGroup('kanwil');
export const completionByDirectorate = byGroup('directorate');
export const completionByUnit = byGroup('unit');
export const COMPLETION_BY: Record<Dimension, Metric<Filters, GroupRow[]>> = {
  kanwil: completionByKanwil, directorate: completionByDirectorate, unit: completionByUnit,
};
