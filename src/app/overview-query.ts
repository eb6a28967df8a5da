import type { Db } from '../db/db';
import { defaultAsOf, type DatasetInfo } from '../metrics/dataset-info';
import type { Filters } from '../metrics/filters';
import { completionByGroup, type GroupRow } from '../metrics/groups';
import { incidentsByCategory, incidentsByMonth, type CategoryCount, type MonthCount } from '../metrics/incidents';
import { totals, type Totals } from '../metrics/totals';
import { signersByDay, type DailySigners } from '../metrics/trend';
import { unitRegistry, type UnitInfo } from '../metrics/units';
import type { ViewState } from '../state/view-state';

export interface OverviewData {
  readonly filters: Filters;
  readonly totals: Totals;
  readonly byKanwil: GroupRow[];
  readonly byDirectorate: GroupRow[];
  readonly byUnit: GroupRow[];
  readonly days: DailySigners[];
  readonly categories: CategoryCount[];
  readonly months: MonthCount[];
  readonly registry: UnitInfo[];
}

/** The metric filters of a view: its campaign (or the default), its as-of day (or the latest signature day). */
export async function viewFilters(db: Db, view: ViewState, defaultCampaign: string): Promise<Filters> {
  const campaign = view.campaign ?? defaultCampaign;
  const asOf = view.asOf ?? (await defaultAsOf(db, campaign)) ?? new Date().toISOString().slice(0, 10);
  return {
    campaign, asOf, kanwil: view.kanwil, directorate: view.directorate, unitType: view.unitType, unit: view.unit,
    category: view.category, status: view.status, source: view.source, from: view.from, to: view.to,
  };
}

// Each chart shows its own dimension unfiltered (the chosen bar is highlighted), under every other filter.
export async function queryOverview(db: Db, info: DatasetInfo, f: Filters): Promise<OverviewData> {
  return {
    filters: f,
    totals: await totals(db, info.basis, f),
    byKanwil: await completionByGroup(db, 'kanwil', info.basis, { ...f, kanwil: null }),
    byDirectorate: await completionByGroup(db, 'directorate', info.basis, { ...f, directorate: null }),
    byUnit: await completionByGroup(db, 'unit', info.basis, f),
    days: await signersByDay(db, f),
    categories: await incidentsByCategory(db, { ...f, category: null }),
    months: await incidentsByMonth(db, { ...f, from: null, to: null }),
    registry: await unitRegistry(db),
  };
}
