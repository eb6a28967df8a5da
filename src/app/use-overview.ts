import { useEffect, useState } from 'react';
import type { Db } from '../db/db';
import { defaultAsOf, type DatasetInfo } from '../metrics/dataset-info';
import { completionByGroup, type GroupRow } from '../metrics/groups';
import { incidentsByCategory, incidentsByMonth, type CategoryCount, type MonthCount } from '../metrics/incidents';
import { totals, type Totals } from '../metrics/totals';
import { signersByDay, type DailySigners } from '../metrics/trend';
import { unitRegistry, type UnitInfo } from '../metrics/units';
import { unmatchedUnits, type UnmatchedUnit } from '../metrics/unmatched';

export interface OverviewData {
  readonly asOf: string;
  readonly totals: Totals;
  readonly byKanwil: GroupRow[];
  readonly byDirectorate: GroupRow[];
  readonly byUnit: GroupRow[];
  readonly days: DailySigners[];
  readonly categories: CategoryCount[];
  readonly months: MonthCount[];
  readonly registry: UnitInfo[];
  readonly unmatched: UnmatchedUnit[];
}

export async function queryOverview(db: Db, info: DatasetInfo, campaign: string, asOfChoice: string | null): Promise<OverviewData> {
  const asOf = asOfChoice ?? (await defaultAsOf(db, campaign)) ?? new Date().toISOString().slice(0, 10);
  const p = { campaign, asOf };
  return {
    asOf,
    totals: await totals(db, info.basis, p),
    byKanwil: await completionByGroup(db, 'kanwil', info.basis, p),
    byDirectorate: await completionByGroup(db, 'directorate', info.basis, p),
    byUnit: await completionByGroup(db, 'unit', info.basis, p),
    days: await signersByDay(db, p),
    categories: await incidentsByCategory(db),
    months: await incidentsByMonth(db),
    registry: await unitRegistry(db),
    unmatched: await unmatchedUnits(db),
  };
}

export type OverviewState = { status: 'loading' } | { status: 'ready'; data: OverviewData } | { status: 'error'; message: string };

/** Overview figures for the current campaign and as-of day; the last good figures stay while new ones load. */
export function useOverview(db: Db, info: DatasetInfo, campaign: string, asOf: string | null, version: number): OverviewState {
  const [state, setState] = useState<OverviewState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    queryOverview(db, info, campaign, asOf).then(
      (data) => { if (!cancelled) setState({ status: 'ready', data }); },
      (error: unknown) => { if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }); },
    );
    return () => { cancelled = true; };
  }, [db, info, campaign, asOf, version]);
  return state;
}
