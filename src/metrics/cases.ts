import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { incidentWhere, type Filters } from './filters';
import { num, str, strOrNull } from './params';

export interface CaseRow {
  readonly caseId: string;
  readonly reportedOn: string;
  readonly unitCode: string;
  readonly unitName: string;
  readonly category: string;
  readonly source: string | null;
  readonly status: string;
  readonly isOpen: boolean;
  readonly sanction: string | null;
  readonly decidedOn: string | null;
  readonly ageDays: number; // days from report to decision, or to `today` while open
}

/** The cases under the view's filters, newest first; `today` (YYYY-MM-DD) ages the open ones. */
export async function caseList(db: Db, f: Partial<Filters>, today: string): Promise<CaseRow[]> {
  const rows = await db.run(sql`SELECT i.case_id, CAST(i.reported_on AS VARCHAR) AS reported_on, coalesce(i.unit_code, 'UNMATCHED') AS unit_code,
      coalesce(u.unit_name, i.unit_value) AS unit_name, i.category, i.source, i.status, i.is_open, i.sanction,
      CAST(i.decided_on AS VARCHAR) AS decided_on,
      date_diff('day', i.reported_on, CASE WHEN i.is_open THEN CAST(${today} AS DATE) ELSE coalesce(i.decided_on, i.reported_on) END) AS age
    FROM inc i LEFT JOIN units u ON u.unit_code = i.unit_code
    WHERE ${incidentWhere(f)}
    ORDER BY i.reported_on DESC, i.case_id`);
  return rows.map((r) => ({
    caseId: str(r.case_id), reportedOn: str(r.reported_on), unitCode: str(r.unit_code), unitName: str(r.unit_name),
    category: str(r.category), source: strOrNull(r.source), status: str(r.status), isOpen: r.is_open === true,
    sanction: strOrNull(r.sanction), decidedOn: strOrNull(r.decided_on), ageDays: num(r.age),
  }));
}

export interface OpenByUnit {
  readonly unitCode: string;
  readonly unitName: string;
  readonly open: number;
  readonly oldestDays: number;
}

/** Units with open cases: how many, and the age of the oldest, most open first. */
export async function openCasesByUnit(db: Db, f: Partial<Filters>, today: string): Promise<OpenByUnit[]> {
  const rows = await db.run(sql`SELECT coalesce(i.unit_code, 'UNMATCHED') AS unit_code, coalesce(any_value(u.unit_name), any_value(i.unit_value)) AS unit_name,
      count(*) AS open, max(date_diff('day', i.reported_on, CAST(${today} AS DATE))) AS oldest
    FROM inc i LEFT JOIN units u ON u.unit_code = i.unit_code
    WHERE i.is_open AND ${incidentWhere(f)}
    GROUP BY 1 ORDER BY open DESC, oldest DESC, unit_code`);
  return rows.map((r) => ({ unitCode: str(r.unit_code), unitName: str(r.unit_name), open: num(r.open), oldestDays: num(r.oldest) }));
}
