import { describe, expect, it } from 'vitest';
import type { CampaignGroupRow } from '../../src/metrics/campaigns';
import { campaignMatrix } from '../../src/view-models/campaigns';

const row = (code: string, campaign: string, employees: number, signed: number, firstDay = campaign === 'B' ? '2024-08-01' : '2023-01-30'): CampaignGroupRow => ({
  code, name: code, campaign, asOf: campaign === 'B' ? '2024-11-30' : '2024-02-06', firstDay, employees, signed, completion: employees > 0 ? signed / employees : null,
});

describe('campaignMatrix', () => {
  it('is empty for no rows', () => {
    expect(campaignMatrix([], null)).toEqual({ columns: [], groups: [], unmatched: null });
  });

  it('orders campaigns by their first day and totals each over the groups', () => {
    const m = campaignMatrix([row('K1', 'B', 10, 9), row('K2', 'B', 30, 3), row('K1', 'A', 10, 10), row('K2', 'A', 30, 15)], null);
    expect(m.columns).toEqual([
      { campaign: 'A', asOf: '2024-02-06', employees: 40, signed: 25, completion: 25 / 40 },
      { campaign: 'B', asOf: '2024-11-30', employees: 40, signed: 12, completion: 12 / 40 },
    ]);
  });

  it('ranks groups by their lowest campaign, or by the chosen one; names the lowest campaign', () => {
    const rows = [row('K1', 'A', 10, 10), row('K1', 'B', 10, 2), row('K2', 'A', 10, 5), row('K2', 'B', 10, 6), row('K3', 'A', 10, 9), row('K3', 'B', 10, 9)];
    const byLowest = campaignMatrix(rows, null);
    expect(byLowest.groups.map((g) => [g.code, g.lowest])).toEqual([['K1', 'B'], ['K2', 'A'], ['K3', 'A']]); // 0.2, 0.5, 0.9 (tie A first)
    expect(campaignMatrix(rows, 'A').groups.map((g) => g.code)).toEqual(['K2', 'K3', 'K1']);
    expect(campaignMatrix(rows, 'NOPE').groups.map((g) => g.code)).toEqual(['K1', 'K2', 'K3']);
  });

  it('keeps the unmatched bucket apart, in the totals but not in the ranking', () => {
    const m = campaignMatrix([row('UNMATCHED', 'A', 4, 1), row('K1', 'A', 6, 6)], null);
    expect(m.groups.map((g) => g.code)).toEqual(['K1']);
    expect(m.unmatched?.cells.A).toEqual({ signed: 1, completion: 0.25 });
    expect(m.columns[0]).toMatchObject({ employees: 10, signed: 7 });
  });

  it('puts a group without a figure in any campaign last', () => {
    const m = campaignMatrix([row('K1', 'A', 0, 0), row('K2', 'A', 5, 0)], null);
    expect(m.groups.map((g) => [g.code, g.lowest])).toEqual([['K2', 'A'], ['K1', null]]);
  });
});
