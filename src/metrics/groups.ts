import type { Db } from '../db/db';
import { ident, sql } from '../db/sql';
import { counted, incidentWhere, staff, unitWhere, type Filters } from './filters';
import { num, rate, str, strOrNull, type Basis } from './params';

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

/** Employees, signers, completion and incidents per group of a dimension (contract section 4). */
export async function completionByGroup(db: Db, dimension: Dimension, basis: Basis, f: Filters): Promise<GroupRow[]> {
  const g = sql`coalesce(${ident(COLUMN[dimension])}, 'UNMATCHED')`;
  const rows = await db.run(sql`
    WITH e AS (SELECT ${g} AS code, sum(n) AS employees FROM (${staff(basis === 'roster', f)}) GROUP BY 1),
    s AS (SELECT ${g} AS code, count(*) AS signed FROM (${counted(f)}) GROUP BY 1),
    i AS (SELECT ${g} AS code, count(*) AS incidents, count(*) FILTER (WHERE is_open) AS open_incidents
      FROM inc WHERE ${incidentWhere(f)} GROUP BY 1),
    codes AS (SELECT ${g} AS code FROM unit_groups WHERE ${unitWhere(f)}
      UNION SELECT code FROM e UNION SELECT code FROM s UNION SELECT code FROM i)
    SELECT codes.code, u.unit_name AS name, coalesce(e.employees, 0)::BIGINT AS employees, coalesce(s.signed, 0) AS signed,
      coalesce(i.incidents, 0) AS incidents, coalesce(i.open_incidents, 0) AS open_incidents
    FROM codes LEFT JOIN e USING (code) LEFT JOIN s USING (code) LEFT JOIN i USING (code)
    LEFT JOIN units u ON u.unit_code = codes.code
    ORDER BY codes.code`);
  return rows
    .map((r) => {
      const employees = num(r.employees);
      const signed = num(r.signed);
      return {
        code: str(r.code), name: strOrNull(r.name), employees, signed,
        completion: rate(signed, employees), incidents: num(r.incidents), openIncidents: num(r.open_incidents),
      };
    })
    .filter((r) => r.name !== null || r.employees > 0 || r.signed > 0 || r.incidents > 0);
}
