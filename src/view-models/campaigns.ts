import type { CampaignGroupRow } from '../metrics/campaigns';

// Campaigns side by side: one row per group, one column per campaign.

export interface CampaignColumn {
  readonly campaign: string;
  readonly asOf: string;
  readonly employees: number; // the whole (filtered) ministry
  readonly signed: number;
  readonly completion: number | null;
}

export interface CampaignCell {
  readonly signed: number;
  readonly completion: number | null;
}

export interface CampaignGroup {
  readonly code: string;
  readonly employees: number;
  readonly cells: Readonly<Record<string, CampaignCell>>;
  readonly lowest: string | null; // the campaign where this group is furthest behind
}

export interface CampaignMatrix {
  readonly columns: CampaignColumn[];
  readonly groups: CampaignGroup[];
  readonly unmatched: CampaignGroup | null; // staff whose unit matched no registry unit: not ranked
}

/**
 * The matrix, campaigns in the order they started; groups sorted by their completion in `sortBy`
 * (lowest first), or by their lowest completion in any campaign when `sortBy` is null.
 */
export function campaignMatrix(rows: readonly CampaignGroupRow[], sortBy: string | null): CampaignMatrix {
  const columns = new Map<string, { asOf: string; firstDay: string; employees: number; signed: number }>();
  const groups = new Map<string, { employees: number; cells: Record<string, CampaignCell> }>();
  for (const r of rows) {
    const col = columns.get(r.campaign) ?? { asOf: r.asOf, firstDay: r.firstDay, employees: 0, signed: 0 };
    col.employees += r.employees;
    col.signed += r.signed;
    columns.set(r.campaign, col);
    const g = groups.get(r.code) ?? { employees: r.employees, cells: {} };
    g.cells[r.campaign] = { signed: r.signed, completion: r.completion };
    groups.set(r.code, g);
  }
  const ordered = [...columns.entries()].sort(([a, x], [b, y]) => x.firstDay.localeCompare(y.firstDay) || a.localeCompare(b));
  const list: CampaignGroup[] = [...groups.entries()].map(([code, g]) => {
    let lowest: string | null = null;
    for (const [campaign] of ordered) {
      const c = g.cells[campaign]?.completion ?? null;
      if (c !== null && (lowest === null || c < (g.cells[lowest].completion ?? Infinity))) lowest = campaign;
    }
    return { code, employees: g.employees, cells: g.cells, lowest };
  });
  const key = (g: CampaignGroup): number => {
    const campaign = sortBy !== null && columns.has(sortBy) ? sortBy : g.lowest;
    return campaign === null ? Infinity : g.cells[campaign]?.completion ?? Infinity;
  };
  const ranked = list.filter((g) => g.code !== 'UNMATCHED').sort((a, b) => key(a) - key(b) || a.code.localeCompare(b.code));
  return {
    columns: ordered.map(([campaign, c]) => ({ campaign, asOf: c.asOf, employees: c.employees, signed: c.signed, completion: c.employees > 0 ? c.signed / c.employees : null })),
    groups: ranked,
    unmatched: list.find((g) => g.code === 'UNMATCHED') ?? null,
  };
}
