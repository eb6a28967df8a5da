import type { Db } from '../db/db';
import { sql } from '../db/sql';
import { DEFAULT_CAMPAIGN } from '../schema/columns';
import { num, str, strOrNull, type Basis } from './params';

export interface DatasetInfo {
  readonly basis: Basis;
  readonly campaigns: string[];
  readonly units: number;
  readonly employees: number;
  readonly signatureRows: number;
  readonly incidents: number;
  readonly firstSignatureDay: string | null;
  readonly lastSignatureDay: string | null;
}

export async function datasetInfo(db: Db): Promise<DatasetInfo> {
  const [row] = await db.run(sql`SELECT
    (SELECT count(*) FROM units) AS units, (SELECT count(*) FROM employees) AS employees,
    (SELECT count(*) FROM signatures) AS signature_rows, (SELECT count(*) FROM incidents) AS incidents,
    (SELECT CAST(min(CAST(signed_at AS DATE)) AS VARCHAR) FROM signatures) AS first_day,
    (SELECT CAST(max(CAST(signed_at AS DATE)) AS VARCHAR) FROM signatures) AS last_day`);
  const campaigns = await db.run(sql`SELECT campaign, count(*) AS n FROM signatures GROUP BY campaign ORDER BY n DESC, campaign`);
  return {
    basis: num(row.employees) > 0 ? 'roster' : 'headcount',
    campaigns: campaigns.map((c) => str(c.campaign)),
    units: num(row.units),
    employees: num(row.employees),
    signatureRows: num(row.signature_rows),
    incidents: num(row.incidents),
    firstSignatureDay: strOrNull(row.first_day),
    lastSignatureDay: strOrNull(row.last_day),
  };
}

/** The default campaign: PEMILU2024 when present, else the one with most signatures. */
export function defaultCampaign(info: DatasetInfo): string {
  return info.campaigns.includes(DEFAULT_CAMPAIGN) || info.campaigns.length === 0 ? DEFAULT_CAMPAIGN : info.campaigns[0];
}

/** The default as-of day: the latest signature day of the campaign (else of any campaign). */
export async function defaultAsOf(db: Db, campaign: string): Promise<string | null> {
  const [row] = await db.run(sql`SELECT coalesce(
      (SELECT max(CAST(signed_at AS DATE)) FROM signatures WHERE campaign = ${campaign}),
      (SELECT max(CAST(signed_at AS DATE)) FROM signatures))::VARCHAR AS day`);
  return strOrNull(row.day);
}
