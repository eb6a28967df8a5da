import type { Ignored, ViewState } from './view-state';

// The second half of parsing at the edge: unit and campaign codes checked against the loaded data.
// A code the data does not know is dropped with a note, like a malformed value.
export interface KnownUnit {
  readonly code: string;
  readonly type: string;
}

export interface DataContext {
  readonly units: readonly KnownUnit[];
  readonly campaigns: readonly string[];
  readonly defaultCampaign: string;
}

/** The view's filters as the metrics take them (structurally metrics/filters.ts `Filters`). */
export type ResolvedFilters = Omit<ViewState, 'page' | 'campaign' | 'asOf' | 'deadline' | 'compare' | 'target' | 'sort'> & {
  readonly campaign: string;
  readonly asOf: string;
};

const GROUP_BUCKETS = { kanwil: ['PUSAT', 'UNMATCHED'], directorate: ['KANWIL', 'UNMATCHED'], unit: ['UNMATCHED'] } as const;
const GROUP_TYPE = { kanwil: 'kanwil', directorate: 'eselon1', unit: null } as const;

/** The view with unknown unit and campaign codes dropped (codes matched without regard to case). */
export function checkCodes(view: ViewState, data: DataContext): { view: ViewState; ignored: Ignored[] } {
  const ignored: Ignored[] = [];
  const next: Record<string, unknown> = { ...view };
  for (const key of ['kanwil', 'directorate', 'unit'] as const) {
    const value = view[key];
    if (value === null) continue;
    const type = GROUP_TYPE[key];
    const known = [
      ...data.units.filter((u) => type === null || u.type === type).map((u) => u.code),
      ...GROUP_BUCKETS[key],
    ].find((code) => code.toUpperCase() === value.toUpperCase());
    if (known === undefined) ignored.push({ param: key, value, reason: 'unknownUnit' });
    next[key] = known ?? null;
  }
  if (view.campaign !== null) {
    const known = [...data.campaigns, data.defaultCampaign].find((c) => c.toUpperCase() === view.campaign!.toUpperCase());
    if (known === undefined) ignored.push({ param: 'campaign', value: view.campaign, reason: 'unknownCampaign' });
    next.campaign = known ?? null;
  }
  return { view: next as unknown as ViewState, ignored };
}

/** The filters of a checked view; `latestDay` is the default as-of day of its campaign. */
export function toFilters(view: ViewState, data: DataContext, latestDay: string | null, today: string): ResolvedFilters {
  return {
    campaign: view.campaign ?? data.defaultCampaign,
    asOf: view.asOf ?? latestDay ?? today,
    kanwil: view.kanwil, directorate: view.directorate, unitType: view.unitType, unit: view.unit,
    category: view.category, status: view.status, source: view.source, from: view.from, to: view.to,
  };
}
