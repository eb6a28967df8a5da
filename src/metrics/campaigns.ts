import { ident, sql } from '../db/sql';
import { unitWhere, type Filters } from './filters';
import { metric } from './metric';
import { num, rate, str, strOrNull } from './params';

export interface CampaignComparisonParams extends Pick<Filters, 'kanwil' | 'directorate' | 'unitType' | 'unit'> {
  readonly dimension: 'kanwil' | 'directorate';
  readonly asOf: string | null; // one day for every campaign; null: each campaign's own default day
}

export interface CampaignGroupRow {
  readonly code: string;
  readonly name: string | null; // registry name; null for the PUSAT/KANWIL/UNMATCHED buckets
  readonly campaign: string;
  readonly asOf: string; // the day this campaign is counted at
  readonly firstDay: string; // the campaign's first signature day (orders the campaigns)
  readonly employees: number;
  readonly signed: number;
  readonly completion: number | null;
}

const COLUMN = { kanwil: 'kanwil_group', directorate: 'directorate_group' } as const;

/**
 * Completion of every campaign per Kanwil or per Eselon I unit, side by side: the same staff (the
 * denominator does not depend on the campaign), the signers of each campaign up to its as-of day.
 * A campaign's default as-of day is the one contract section 4 gives it (latestDay).
 */
export const completionByCampaign = metric<CampaignComparisonParams, CampaignGroupRow[]>({
  name: 'completion-by-campaign',
  sql: (p) => {
    const units = { kanwil: p.kanwil, directorate: p.directorate, unitType: p.unitType, unit: p.unit };
    const g = (alias: string) => sql`${ident(alias)}.${ident(COLUMN[p.dimension])}`;
    return sql`
      WITH c AS (SELECT campaign, first_day, coalesce(CAST(${p.asOf} AS DATE), greatest(last_day,
          (SELECT max(reported_on) FROM inc_counts), (SELECT max(decided_on) FROM inc_counts))) AS as_of FROM campaigns),
      e AS (SELECT ${g('s')} AS code, sum(s.employees) AS employees FROM staff_by_unit s WHERE ${unitWhere(units, 's')} GROUP BY 1),
      n AS (SELECT ${g('d')} AS code, d.campaign, sum(d.signers) AS signed FROM signed_by_day d JOIN c ON c.campaign = d.campaign
        WHERE d.counted AND d.first_day <= c.as_of AND ${unitWhere(units, 'd')} GROUP BY 1, 2)
      SELECT e.code, r.unit_name AS name, c.campaign, CAST(c.as_of AS VARCHAR) AS as_of, CAST(c.first_day AS VARCHAR) AS first_day,
        e.employees::BIGINT AS employees, coalesce(n.signed, 0)::BIGINT AS signed
      FROM e CROSS JOIN c LEFT JOIN n ON n.code = e.code AND n.campaign = c.campaign
      LEFT JOIN unit_groups r ON r.unit_code = e.code
      WHERE e.code IS NOT NULL AND e.employees > 0
      ORDER BY c.first_day, c.campaign, e.code`;
  },
  decode: (rows) => rows.map((r) => {
    const employees = num(r.employees);
    const signed = num(r.signed);
    return {
      code: str(r.code), name: strOrNull(r.name), campaign: str(r.campaign), asOf: str(r.as_of), firstDay: str(r.first_day),
      employees, signed, completion: rate(signed, employees),
    };
  }),
});
