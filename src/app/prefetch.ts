import type { Filters } from '../metrics/filters';
import { completionByDirectorate, completionByKanwil, completionByUnit } from '../metrics/groups';
import { incidentsByCategory, incidentsByMonth } from '../metrics/incidents';
import { totals } from '../metrics/totals';
import { signersByDay } from '../metrics/trend';
import type { UnitInfo } from '../metrics/units';
import { ask, type Ask, type QueryClient } from '../query/client';
import { CATEGORIES, SOURCES } from '../schema/codes';

// The views one filter change away from the current one, most used first: their KPIs are worked
// out while the page is idle, so that a leader's next click on a Kanwil, a directorate, a unit type
// or a case filter shows its figures at once.
export function oneClickAway(f: Filters, registry: readonly UnitInfo[]): Filters[] {
  const codes = (type: string) => registry.filter((u) => u.type === type).map((u) => u.code);
  const choices: [keyof Filters, (string | null)[]][] = [
    ['kanwil', [null, ...codes('kanwil'), 'PUSAT']],
    ['directorate', [null, ...codes('eselon1'), 'KANWIL']],
    ['unitType', [null, 'kanwil', 'eselon1', 'upt']],
    ['status', [null, 'open', 'closed']],
    ['category', [null, ...CATEGORIES.map((c) => c.code)]],
    ['source', [null, ...SOURCES.map((c) => c.code)]],
  ];
  const out: Filters[] = [];
  for (const [key, values] of choices) {
    for (const value of values) if (value !== (f[key] ?? null)) out.push({ ...f, [key]: value });
  }
  return out;
}

/** What a page's KPI row asks for a view (app/kpi-slot.tsx): the figures, and the same on the comparison day. */
export function kpiParams(f: Filters, compare: string) {
  return { now: f, before: { ...f, asOf: compare } };
}

/**
 * What the overview's charts ask for a view. Each chart shows its own dimension unfiltered (the chosen
 * bar is highlighted) under every other filter. The page and its prefetch both take them from here, so
 * that a prefetched answer is the one the page will ask for.
 */
export function overviewChartParams(f: Filters) {
  return {
    byKanwil: { ...f, kanwil: null }, byDirectorate: { ...f, directorate: null }, byUnit: f, days: f,
    categories: { ...f, category: null }, months: { ...f, from: null, to: null },
  };
}

// How long a view stays on screen before the rest of the views one click away are worked out ahead:
// clicks in quick succession then never wait behind a chart's prefetch.
const CHARTS_AFTER_MS = 600;

// Views whose charts are worked out ahead, besides their KPIs: every view one click away for the
// ministry's registry (about 75), few enough that the list stays inside the client's cache (1,000).
const CHART_VIEWS = 80;

/**
 * The overview's prefetch while the page is idle: the KPIs of every view one click away (read first,
 * cheap), and the rest of each view, in the same order (Kanwil and directorate bars first): the KPIs'
 * comparison day and every chart. At a human pace of clicking, a click then finds all its figures
 * ready and waits for no query.
 */
export function overviewPrefetch(f: Filters, registry: readonly UnitInfo[], compare: string): { kpis: Ask[]; charts: Ask[] } {
  const views = oneClickAway(f, registry);
  return {
    kpis: views.map((v) => ask(totals, kpiParams(v, compare).now)),
    charts: views.slice(0, CHART_VIEWS).flatMap((v) => {
      const p = overviewChartParams(v);
      return [
        ask(totals, kpiParams(v, compare).before), ask(completionByKanwil, p.byKanwil), ask(completionByDirectorate, p.byDirectorate),
        ask(completionByUnit, p.byUnit), ask(signersByDay, p.days), ask(incidentsByCategory, p.categories), ask(incidentsByMonth, p.months),
      ];
    }),
  };
}

/**
 * Starts the overview's prefetch for the view on screen: the KPIs at once, the rest after
 * CHARTS_AFTER_MS. Returns what stops the second part when the view changes first.
 */
export function prefetchAhead(client: QueryClient, ahead: { kpis: Ask[]; charts: Ask[] }): () => void {
  client.prefetch(ahead.kpis);
  const timer = setTimeout(() => client.prefetch([...ahead.kpis, ...ahead.charts]), CHARTS_AFTER_MS);
  return () => clearTimeout(timer);
}
