import { sql } from '../db/sql';
import { incidentWhere, openAt, type Filters } from './filters';
import { metric } from './metric';
import { num, str, strOrNull } from './params';

export interface CaseRow {
  readonly caseId: string;
  readonly reportedOn: string;
  readonly unitCode: string;
  readonly unitName: string;
  readonly category: string;
  readonly source: string | null;
  readonly status: string; // as recorded
  readonly isOpen: boolean; // open at the end of the as-of day
  readonly sanction: string | null;
  readonly decidedOn: string | null;
  readonly ageDays: number | null; // open: days from report to the as-of day; closed: to the decision (null if unknown)
}

/** The cases under the view's filters, reported up to the as-of day, newest first. */
export const caseList = metric<Filters, CaseRow[]>({
  name: 'case-list',
  sql: (f) => sql`SELECT i.case_id, CAST(i.reported_on AS VARCHAR) AS reported_on, i.unit_code, i.unit_name, i.category, i.source,
      i.status, ${openAt(f.asOf, 'i')} AS is_open, i.sanction, CAST(i.decided_on AS VARCHAR) AS decided_on,
      CASE WHEN ${openAt(f.asOf, 'i')} THEN date_diff('day', i.reported_on, CAST(${f.asOf} AS DATE))
        ELSE date_diff('day', i.reported_on, i.decided_on) END AS age
    FROM inc i WHERE ${incidentWhere(f, 'i')}
    ORDER BY i.reported_on DESC, i.case_id`,
  decode: (rows) => rows.map((r) => ({
    caseId: str(r.case_id), reportedOn: str(r.reported_on), unitCode: str(r.unit_code), unitName: str(r.unit_name),
    category: str(r.category), source: strOrNull(r.source), status: str(r.status), isOpen: r.is_open === true,
    sanction: strOrNull(r.sanction), decidedOn: strOrNull(r.decided_on), ageDays: r.age === null || r.age === undefined ? null : num(r.age),
  })),
});

export interface OpenAge {
  readonly ageDays: number;
  readonly isOpen: true;
  readonly cases: number;
}

/** Cases open at the end of the as-of day, by age in days (days from the report to the as-of day). */
export const openCaseAges = metric<Filters, OpenAge[]>({
  name: 'open-case-ages',
  sql: (f) => sql`SELECT date_diff('day', i.reported_on, CAST(${f.asOf} AS DATE)) AS age, sum(i.cases)::BIGINT AS n
    FROM inc_counts i WHERE ${incidentWhere(f, 'i')} AND ${openAt(f.asOf, 'i')} GROUP BY 1 ORDER BY 1`,
  decode: (rows) => rows.map((r) => ({ ageDays: num(r.age), isOpen: true, cases: num(r.n) })),
});

export interface OpenByUnit {
  readonly unitCode: string;
  readonly unitName: string;
  readonly open: number;
  readonly oldestDays: number;
}

/** Units with cases open on the as-of day: how many, and the age of the oldest, most open first. */
export const openCasesByUnit = metric<Filters, OpenByUnit[]>({
  name: 'open-cases-by-unit',
  sql: (f) => sql`SELECT i.unit_code, min(i.unit_name) AS unit_name, sum(i.cases)::BIGINT AS open,
      max(date_diff('day', i.reported_on, CAST(${f.asOf} AS DATE))) AS oldest
    FROM inc_counts i WHERE ${incidentWhere(f, 'i')} AND ${openAt(f.asOf, 'i')}
    GROUP BY i.unit_code ORDER BY open DESC, oldest DESC, i.unit_code`,
  decode: (rows) => rows.map((r) => ({ unitCode: str(r.unit_code), unitName: str(r.unit_name), open: num(r.open), oldestDays: num(r.oldest) })),
});
