import { completionByDirectorate, completionByKanwil, completionByUnit } from '../metrics/groups';
import { datasetInfo, defaultCampaign, latestDay } from '../metrics/dataset-info';
import { incidentsByCategory, incidentsByMonth } from '../metrics/incidents';
import { NO_PARAMS, type Metric } from '../metrics/metric';
import { totals } from '../metrics/totals';
import { signersByDay } from '../metrics/trend';
import { registryUnits, unitRegistry } from '../metrics/units';
import { unmatchedUnits } from '../metrics/unmatched';
import { paramKey, type QueryClient } from '../query/client';
import { addDays } from '../state/day';
import { toFilters } from '../state/resolve';
import { DEFAULT_VIEW } from '../state/view-state';

// The answers the default overview asks for, worked out by the build so that a visitor sees the
// first figures before the engine has downloaded and started. The page asks with the same parameters
// (app/OverviewPage.tsx, app/frame.tsx, app/kpi-slot.tsx); a test checks that none is missing.
export interface SeededAnswer {
  readonly metric: string;
  readonly params: string; // paramKey of the parameters
  readonly value: unknown;
}

export interface FirstView {
  readonly answers: readonly SeededAnswer[];
}

type Request = readonly [Metric<never, unknown>, unknown];
const req = <P>(metric: Metric<P, unknown>, params: P): Request => [metric as Metric<never, unknown>, params];

export async function firstViewSummary(client: QueryClient, today = new Date().toISOString().slice(0, 10)): Promise<FirstView> {
  const info = await client.request(datasetInfo, NO_PARAMS);
  const campaign = defaultCampaign(info);
  const latest = await client.request(latestDay, { campaign });
  const units = await client.request(unitRegistry, NO_PARAMS);
  const f = toFilters(DEFAULT_VIEW, { units, campaigns: info.campaigns, defaultCampaign: campaign }, latest, today);
  const requests: Request[] = [
    req(datasetInfo, NO_PARAMS), req(latestDay, { campaign }), req(unitRegistry, NO_PARAMS), req(registryUnits, NO_PARAMS), req(unmatchedUnits, NO_PARAMS),
    req(totals, f), req(totals, { ...f, asOf: addDays(f.asOf, -30) }),
    req(completionByKanwil, { ...f, kanwil: null }), req(completionByDirectorate, { ...f, directorate: null }), req(completionByUnit, f),
    req(signersByDay, f), req(incidentsByCategory, { ...f, category: null }), req(incidentsByMonth, { ...f, from: null, to: null }),
  ];
  const answers: SeededAnswer[] = [];
  for (const [metric, params] of requests) {
    answers.push({ metric: metric.name, params: paramKey(params), value: await client.request(metric, params as never) });
  }
  return { answers };
}
