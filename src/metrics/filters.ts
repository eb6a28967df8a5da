import { join, sql, type Fragment } from '../db/sql';
import { OPEN_STATUSES } from '../schema/codes';
import type { MetricParams } from './params';

/**
 * The view's filters. Unit filters (Kanwil, directorate, unit type, unit) apply to staff, signers
 * and incidents alike; incident filters (category, status, source, reported period) to incidents only.
 * Every table filtered here has the columns unit_code, kanwil_group, directorate_group, unit_type.
 */
export interface Filters extends MetricParams {
  readonly kanwil?: string | null;
  readonly directorate?: string | null;
  readonly unitType?: string | null;
  readonly unit?: string | null;
  readonly category?: string | null;
  readonly status?: string | null; // a status code, or 'open' / 'closed'
  readonly source?: string | null;
  readonly from?: string | null; // reported on or after, YYYY-MM-DD
  readonly to?: string | null; // reported on or before
}

export function unitWhere(f: Partial<Filters>): Fragment {
  const parts: Fragment[] = [sql`TRUE`];
  if (f.kanwil) parts.push(sql`kanwil_group = ${f.kanwil}`);
  if (f.directorate) parts.push(sql`directorate_group = ${f.directorate}`);
  if (f.unitType) parts.push(sql`unit_type = ${f.unitType}`);
  if (f.unit) parts.push(sql`coalesce(unit_code, 'UNMATCHED') = ${f.unit}`);
  return join(parts, ' AND ');
}

const OPEN = join(OPEN_STATUSES.map((s) => sql`${s}`), ', ');

export function incidentWhere(f: Partial<Filters>): Fragment {
  const parts: Fragment[] = [unitWhere(f)];
  if (f.category) parts.push(sql`category = ${f.category}`);
  if (f.status === 'open') parts.push(sql`status IN (${OPEN})`);
  else if (f.status === 'closed') parts.push(sql`status NOT IN (${OPEN})`);
  else if (f.status) parts.push(sql`status = ${f.status}`);
  if (f.source) parts.push(sql`source = ${f.source}`);
  if (f.from) parts.push(sql`reported_on >= CAST(${f.from} AS DATE)`);
  if (f.to) parts.push(sql`reported_on <= CAST(${f.to} AS DATE)`);
  return join(parts, ' AND ');
}

/** Staff under the basis: active roster rows, or the registry headcount of each unit. */
export function staff(roster: boolean, f: Partial<Filters>): Fragment {
  return roster
    ? sql`SELECT coalesce(unit_code, 'UNMATCHED') AS unit_code, kanwil_group, directorate_group, unit_type, 1 AS n FROM emp WHERE active AND ${unitWhere(f)}`
    : sql`SELECT unit_code, kanwil_group, directorate_group, unit_type, coalesce(headcount, 0) AS n FROM unit_groups WHERE ${unitWhere(f)}`;
}

/** Signers counted in completion, for the campaign, up to the as-of day. */
export function counted(f: Filters): Fragment {
  return sql`SELECT coalesce(unit_code, 'UNMATCHED') AS unit_code, kanwil_group, directorate_group, unit_type, nip, first_day FROM signer
    WHERE counted AND campaign = ${f.campaign} AND first_day <= CAST(${f.asOf} AS DATE) AND ${unitWhere(f)}`;
}
