import { ident, join, sql, type Fragment } from '../db/sql';
import type { MetricParams } from './params';

/**
 * The view's filters, already parsed and checked (state/filters.ts). Unit filters (Kanwil,
 * directorate, unit type, unit) apply to staff, signers and incidents alike; incident filters
 * (category, status, source, reported period) to incidents only. Every fragment names the table
 * alias it filters, so no join can make a column ambiguous.
 */
export interface Filters extends MetricParams {
  readonly kanwil?: string | null;
  readonly directorate?: string | null;
  readonly unitType?: string | null;
  readonly unit?: string | null;
  readonly category?: string | null;
  readonly status?: string | null; // a status code, or 'open' / 'closed' (as it stood on the as-of day)
  readonly source?: string | null;
  readonly from?: string | null; // reported on or after, YYYY-MM-DD
  readonly to?: string | null; // reported on or before
}

const col = (alias: string, name: string): Fragment => sql`${ident(alias)}.${ident(name)}`;

/** Rows of a table with the model's group columns (unit_code, unit_type, kanwil_group, directorate_group). */
export function unitWhere(f: Partial<Filters>, alias: string): Fragment {
  const parts: Fragment[] = [sql`TRUE`];
  if (f.kanwil) parts.push(sql`${col(alias, 'kanwil_group')} = ${f.kanwil}`);
  if (f.directorate) parts.push(sql`${col(alias, 'directorate_group')} = ${f.directorate}`);
  if (f.unitType) parts.push(sql`${col(alias, 'unit_type')} = ${f.unitType}`);
  if (f.unit) parts.push(sql`${col(alias, 'unit_code')} = ${f.unit}`);
  return join(parts, ' AND ');
}

export const hasUnitFilter = (f: Partial<Filters>): boolean => Boolean(f.kanwil || f.directorate || f.unitType || f.unit);

/** An incident of `inc` still open at the end of the as-of day (contract section 4). */
export function openAt(asOf: string, alias: string): Fragment {
  return sql`(${col(alias, 'status_open')} OR coalesce(${col(alias, 'decided_on')} > CAST(${asOf} AS DATE), FALSE))`;
}

/** Incidents of `inc` reported up to the as-of day, under the view's filters. */
export function incidentWhere(f: Filters, alias: string): Fragment {
  const parts: Fragment[] = [sql`${col(alias, 'reported_on')} <= CAST(${f.asOf} AS DATE)`, unitWhere(f, alias)];
  if (f.category) parts.push(sql`${col(alias, 'category')} = ${f.category}`);
  if (f.status === 'open') parts.push(openAt(f.asOf, alias));
  else if (f.status === 'closed') parts.push(sql`NOT ${openAt(f.asOf, alias)}`);
  else if (f.status) parts.push(sql`${col(alias, 'status')} = ${f.status}`);
  if (f.source) parts.push(sql`${col(alias, 'source')} = ${f.source}`);
  if (f.from) parts.push(sql`${col(alias, 'reported_on')} >= CAST(${f.from} AS DATE)`);
  if (f.to) parts.push(sql`${col(alias, 'reported_on')} <= CAST(${f.to} AS DATE)`);
  return join(parts, ' AND ');
}

/** Rows of `signed_by_day` counted in completion for the campaign, up to the as-of day. */
export function countedWhere(f: Filters, alias: string): Fragment {
  return sql`${col(alias, 'counted')} AND ${col(alias, 'campaign')} = ${f.campaign}
    AND ${col(alias, 'first_day')} <= CAST(${f.asOf} AS DATE) AND ${unitWhere(f, alias)}`;
}

/**
 * Signers of the campaign whose first signature came on or before the as-of day, among the rows that
 * `where` keeps, as rows of (code, signers) to be summed (per code, or all together): every signer of
 * a unit (signed_by_unit), less those who first signed after the as-of day (signed_by_day). The same
 * sum as signed_by_day's rows up to that day; at the latest day, the view leaders open, the second
 * part is empty and the sum reads one row per unit instead of one per unit × day.
 */
export function signersAsOf(f: Filters, where: (alias: string) => Fragment, code: (alias: string) => Fragment = () => sql`NULL`): Fragment {
  return sql`SELECT ${code('u')} AS code, u.signers FROM signed_by_unit u WHERE ${col('u', 'campaign')} = ${f.campaign} AND ${where('u')}
    UNION ALL
    SELECT ${code('d')} AS code, -d.signers AS signers FROM signed_by_day d
    WHERE ${col('d', 'campaign')} = ${f.campaign} AND ${col('d', 'first_day')} > CAST(${f.asOf} AS DATE) AND ${where('d')}`;
}

/** The rows counted in completion under the view's unit filters (for signersAsOf). */
export const countedRows = (f: Partial<Filters>) => (alias: string): Fragment => sql`${col(alias, 'counted')} AND ${unitWhere(f, alias)}`;

/** The rows of signers outside the roster (or any registry unit): in no group, so under no unit filter. */
export const outsideRows = (alias: string): Fragment => sql`NOT ${col(alias, 'counted')}`;
