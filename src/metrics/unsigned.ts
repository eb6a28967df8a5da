import { sql } from '../db/sql';
import { unitWhere, type Filters } from './filters';
import { metric } from './metric';
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
export const unsignedEmployees = metric<Filters, UnsignedEmployee[]>({
  name: 'unsigned-employees',
  sql: (f) => sql`SELECT e.nip, e.name, e.position_type, e.employment_type, e.unit_code, e.unit_name
    FROM emp e ANTI JOIN (SELECT s.nip FROM signer s WHERE s.in_roster AND s.campaign = ${f.campaign} AND s.first_day <= CAST(${f.asOf} AS DATE)) done
      ON done.nip = e.nip
    WHERE e.active AND ${unitWhere(f, 'e')}
    ORDER BY e.unit_name, e.name, e.nip`,
  decode: (rows) => rows.map((r) => ({
    nip: str(r.nip), name: strOrNull(r.name), positionType: strOrNull(r.position_type), employmentType: strOrNull(r.employment_type),
    unitCode: str(r.unit_code), unitName: str(r.unit_name),
  })),
});
