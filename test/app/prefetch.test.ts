import { describe, expect, it, vi } from 'vitest';
import { oneClickAway, overviewChartParams, overviewPrefetch, prefetchAhead } from '../../src/app/prefetch';
import type { Filters } from '../../src/metrics/filters';
import type { UnitInfo } from '../../src/metrics/units';
import { paramKey, type Ask, type QueryClient } from '../../src/query/client';

const unit = (code: string, type: string, kanwil: string, directorate: string): UnitInfo =>
  ({ code, name: code, type, kanwil, directorate, province: null, shortName: code });
const registry: UnitInfo[] = [
  unit('KW-A', 'kanwil', 'KW-A', 'KANWIL'), unit('KW-B', 'kanwil', 'KW-B', 'KANWIL'),
  unit('DITJEN-X', 'eselon1', 'PUSAT', 'DITJEN-X'), unit('LAPAS-1', 'upt', 'KW-A', 'DITJEN-X'),
];
const f: Filters = { campaign: 'PEMILU2024', asOf: '2024-01-31', kanwil: null, directorate: null, unitType: null, unit: null, category: null, status: null, source: null, from: null, to: null };
const keys = ({ kpis, charts }: ReturnType<typeof overviewPrefetch>) => [...kpis, ...charts].map((a) => `${a.metric.name}|${paramKey(a.params)}`);

describe('overviewPrefetch', () => {
  it('asks the KPIs of every view one click away first, then everything else the overview asks for each of them', () => {
    const asks = keys(overviewPrefetch(f, registry, '2024-01-01'));
    const views = oneClickAway(f, registry);
    expect(asks.slice(0, views.length)).toEqual(views.map((v) => `totals|${paramKey(v)}`));
    // A click on the bar of KW-B: the page then asks exactly these (OverviewPage takes its parameters from overviewChartParams).
    const kwB = { ...f, kanwil: 'KW-B' };
    const p = overviewChartParams(kwB);
    for (const key of [
      `totals|${paramKey(kwB)}`, `totals|${paramKey({ ...kwB, asOf: '2024-01-01' })}`, `completion-by-kanwil|${paramKey({ ...f, kanwil: null })}`,
      `completion-by-directorate|${paramKey({ ...kwB, directorate: null })}`, `completion-by-unit|${paramKey(kwB)}`, `signers-by-day|${paramKey(kwB)}`,
      `incidents-by-category|${paramKey(p.categories)}`, `incidents-by-month|${paramKey(p.months)}`,
    ]) expect(asks).toContain(key);
    // Every view's charts, in the order of the views (the Kanwil bars first).
    const trends = asks.filter((k) => k.startsWith('signers-by-day|'));
    expect(trends).toEqual(views.map((v) => `signers-by-day|${paramKey(v)}`));
    expect(asks.findIndex((k) => !k.startsWith('totals|'))).toBeGreaterThanOrEqual(views.length);
  });

  it('leaves out the view on screen and keeps the list bounded for a national registry', () => {
    const onScreen = { ...f, kanwil: 'KW-A' };
    expect(keys(overviewPrefetch(onScreen, registry, '2024-01-01'))).not.toContain(`signers-by-day|${paramKey(onScreen)}`);
    const national = Array.from({ length: 700 }, (_, i) => unit(`KW-${i}`, 'kanwil', `KW-${i}`, 'KANWIL'));
    const { kpis, charts } = overviewPrefetch(f, national, '2024-01-01');
    expect(kpis).toHaveLength(oneClickAway(f, national).length);
    expect(charts.filter((a) => a.metric.name === 'signers-by-day')).toHaveLength(80);
  });
});

describe('prefetchAhead', () => {
  it('asks the KPIs at once and the rest once the view has stayed 600 ms; a view left sooner stops the second part', () => {
    vi.useFakeTimers();
    try {
      const lists: Ask[][] = [];
      const client = { prefetch: (asks: readonly Ask[]) => { lists.push([...asks]); } } as unknown as QueryClient;
      const ahead = overviewPrefetch(f, registry, '2024-01-01');
      prefetchAhead(client, ahead);
      expect(lists).toEqual([ahead.kpis]);
      vi.advanceTimersByTime(599);
      expect(lists).toHaveLength(1);
      vi.advanceTimersByTime(1);
      expect(lists[1]).toEqual([...ahead.kpis, ...ahead.charts]);
      const stop = prefetchAhead(client, ahead);
      vi.advanceTimersByTime(300);
      stop();
      vi.advanceTimersByTime(1000);
      expect(lists).toHaveLength(3); // the KPIs of the second view only
    } finally {
      vi.useRealTimers();
    }
  });
});
