import type { Db } from '../db/db';
import { ident, sql } from '../db/sql';
import { num, rate, str, strOrNull, type Basis, type MetricParams } from './params';

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

// Column of each derived table that places a row in a group of the dimension.
const COLUMNS: Record<Dimension, { emp: string; roster: string; own: string; inc: string; registry: string }> = {
  kanwil: { emp: 'kanwil_group', roster: 'roster_kanwil', own: 'own_kanwil', inc: 'kanwil_group', registry: 'kanwil_group' },
  directorate: { emp: 'directorate_group', roster: 'roster_directorate', own: 'own_directorate', inc: 'directorate_group', registry: 'directorate_group' },
  unit: { emp: 'unit_code', roster: 'roster_unit', own: 'own_unit', inc: 'unit_code', registry: 'unit_code' },
};

/** Employees, signers, completion and incidents per group of a dimension (contract section 4). */
export async function completionByGroup(db: Db, dimension: Dimension, basis: Basis, p: MetricParams): Promise<GroupRow[]> {
  const c = COLUMNS[dimension];
  const g = (column: string) => sql`coalesce(${ident(column)}, 'UNMATCHED')`;
  const employees = basis === 'roster'
    ? sql`SELECT ${g(c.emp)} AS code, count(*) AS employees FROM emp WHERE active GROUP BY 1`
    : sql`SELECT ${ident(c.registry)} AS code, sum(headcount) AS employees FROM unit_groups GROUP BY 1`;
  const signed = basis === 'roster'
    ? sql`SELECT ${g(c.roster)} AS code, count(*) AS signed FROM signer
        WHERE in_roster AND campaign = ${p.campaign} AND first_day <= CAST(${p.asOf} AS DATE) GROUP BY 1`
    : sql`SELECT ${g(c.own)} AS code, count(*) AS signed FROM signer
        WHERE campaign = ${p.campaign} AND first_day <= CAST(${p.asOf} AS DATE) GROUP BY 1`;
  const rows = await db.run(sql`
    WITH e AS (${employees}), s AS (${signed}),
    i AS (SELECT ${g(c.inc)} AS code, count(*) AS incidents, count(*) FILTER (WHERE is_open) AS open_incidents FROM inc GROUP BY 1),
    codes AS (SELECT ${ident(c.registry)} AS code FROM unit_groups UNION SELECT code FROM e UNION SELECT code FROM s UNION SELECT code FROM i)
    SELECT codes.code, u.unit_name AS name, coalesce(e.employees, 0)::BIGINT AS employees, coalesce(s.signed, 0) AS signed,
      coalesce(i.incidents, 0) AS incidents, coalesce(i.open_incidents, 0) AS open_incidents
    FROM codes LEFT JOIN e USING (code) LEFT JOIN s USING (code) LEFT JOIN i USING (code)
    LEFT JOIN units u ON u.unit_code = codes.code
    ORDER BY codes.code`);
  return rows
    .map((r) => {
      const employeesN = num(r.employees);
      const signedN = num(r.signed);
      return {
        code: str(r.code), name: strOrNull(r.name), employees: employeesN, signed: signedN,
        completion: rate(signedN, employeesN), incidents: num(r.incidents), openIncidents: num(r.open_incidents),
      };
    })
    .filter((r) => r.name !== null || r.employees > 0 || r.signed > 0 || r.incidents > 0);
}
