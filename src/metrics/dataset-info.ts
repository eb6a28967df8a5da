import { sql } from '../db/sql';
import { DEFAULT_CAMPAIGN } from '../schema/columns';
import { metric, type NoParams } from './metric';
import { num, str, strOrNull, type Basis } from './params';

export interface DatasetInfo {
  readonly basis: Basis;
  readonly campaigns: string[]; // most signature rows first
  readonly units: number;
  readonly employees: number;
  readonly signatureRows: number;
  readonly incidents: number;
  readonly firstSignatureDay: string | null;
  readonly lastSignatureDay: string | null;
}

export const datasetInfo = metric<NoParams, DatasetInfo>({
  name: 'dataset-info',
  sql: () => sql`SELECT
    (SELECT count(*) FROM units) AS units, (SELECT employees FROM dataset_counts) AS employees,
    (SELECT coalesce(sum(rows), 0)::BIGINT FROM campaigns) AS signature_rows, (SELECT coalesce(sum(cases), 0)::BIGINT FROM inc_counts) AS incidents,
    (SELECT CAST(min(first_day) AS VARCHAR) FROM campaigns) AS first_day, (SELECT CAST(max(last_day) AS VARCHAR) FROM campaigns) AS last_day,
    (SELECT coalesce(list(campaign ORDER BY rows DESC, campaign), []) FROM campaigns) AS campaigns`,
  decode: ([row]) => ({
    basis: num(row.employees) > 0 ? 'roster' : 'headcount',
    campaigns: Array.isArray(row.campaigns) ? row.campaigns.map(str) : listOf(row.campaigns),
    units: num(row.units),
    employees: num(row.employees),
    signatureRows: num(row.signature_rows),
    incidents: num(row.incidents),
    firstSignatureDay: strOrNull(row.first_day),
    lastSignatureDay: strOrNull(row.last_day),
  }),
});

// Arrow lists arrive as vectors with toArray(); plain arrays in some paths.
function listOf(value: unknown): string[] {
  const v = value as { toArray?: () => unknown[] } | null;
  return v && typeof v.toArray === 'function' ? Array.from(v.toArray(), str) : [];
}

/** The default campaign: PEMILU2024 when present, else the one with most signatures. */
export function defaultCampaign(info: DatasetInfo): string {
  return info.campaigns.includes(DEFAULT_CAMPAIGN) || info.campaigns.length === 0 ? DEFAULT_CAMPAIGN : info.campaigns[0];
}

/**
 * The default as-of day (contract section 4): the latest day in the loaded data among the signature
 * days of the campaign, the incidents' reported days and their decision days; null when there is none.
 */
export const latestDay = metric<{ readonly campaign: string }, string | null>({
  name: 'latest-day',
  sql: (p) => sql`SELECT CAST(greatest(
      (SELECT max(last_day) FROM campaigns WHERE campaign = ${p.campaign}),
      (SELECT max(reported_on) FROM inc_counts), (SELECT max(decided_on) FROM inc_counts)) AS VARCHAR) AS day`,
  decode: ([row]) => strOrNull(row.day),
});
