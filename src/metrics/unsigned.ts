import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { unitWhere, type Filters } from './filters';
import { str, strOrNull } from './params';

export interface UnsignedEmployee {
  readonly nip: string;
  readonly name: string | null;
  readonly positionType: string | null;
  readonly employmentType: string | null;
  readonly unitCode: string;
  readonly unitName: string;
}

/** Active roster employees of the filtered units who have not signed the campaign by the as-of day. */
export async function unsignedEmployees(db: Db, f: Filters): Promise<UnsignedEmployee[]> {
  const rows = await db.run(sql`SELECT e.nip, e.name, e.position_type, e.employment_type,
      coalesce(e.unit_code, 'UNMATCHED') AS unit_code, coalesce(u.unit_name, e.unit_value) AS unit_name
    FROM emp e LEFT JOIN units u ON u.unit_code = e.unit_code
    WHERE e.active AND ${unitWhere(f)}
      AND e.nip NOT IN (SELECT nip FROM signer WHERE in_roster AND campaign = ${f.campaign} AND first_day <= CAST(${f.asOf} AS DATE))
    ORDER BY unit_name, e.name, e.nip`);
  return rows.map((r) => ({
    nip: str(r.nip), name: strOrNull(r.name), positionType: strOrNull(r.position_type), employmentType: strOrNull(r.employment_type),
    unitCode: str(r.unit_code), unitName: str(r.unit_name),
  }));
}
