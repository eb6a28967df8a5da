import { useSyncExternalStore, type ComponentProps, type ComponentType } from 'react';
import { useI18n } from '../../i18n/language';
import type { CumulativeChart as Cumulative } from './CumulativeChart';

// Recharts is most of the page's script. The chart drawn with it (the trend) comes in a file of its
// own, asked for once the first figures are on screen, so the KPIs never wait for it to arrive and be
// read. The bar charts and the month columns need no library (HorizontalBars.tsx, MonthColumns.tsx)
// and are drawn at once.
//
// No Suspense: a chart waiting for the file says so in its place and the rest of the page is drawn
// meanwhile. (A component that suspends inside the overview's deferred render would hold back the
// whole render, bar charts included, until the file came.)
type Charts = typeof import('./charts');
type State = { readonly status: 'waiting' } | { readonly status: 'ready'; readonly charts: Charts } | { readonly status: 'failed' };
let state: State = { status: 'waiting' };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();
const settle = (next: State) => { state = next; for (const listener of listeners) listener(); };
// Settled either way: a file that could not be fetched is shown as such in each chart's place, and
// leaves no page busy for ever.
const load = (): void => {
  loading ??= import('./charts').then((charts) => settle({ status: 'ready', charts }), () => settle({ status: 'failed' }));
};

/**
 * Fetches the charts file into the browser's cache once the page's own script runs (main.tsx): the
 * link is idle then (the script and the first figures' data have come). Only fetched: reading it
 * (parsing and compiling) waits until it is asked for with the first figures, so that it takes no
 * processor time from drawing them on a machine with few cores; it then comes from the cache while the
 * bar charts are drawn, and the trend follows them (OverviewPage.tsx). The build writes the file's name into
 * index.html (scripts/vite-chart-file.ts); without it (the dev server) the file is asked for when
 * first needed.
 */
export function preloadCharts(): void {
  const file = document.querySelector<HTMLMetaElement>('meta[name="charts-file"]')?.content;
  if (!file || loading) return;
  const link = document.createElement('link');
  link.rel = 'prefetch';
  // As the module itself will be asked for (CORS, same-origin credentials), so that the cached copy is used.
  link.crossOrigin = 'anonymous';
  link.href = new URL(file, document.baseURI).href;
  document.head.append(link);
}

function useCharts(): State {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    load();
    return () => { listeners.delete(listener); };
  }, () => state);
}

/** Settles once the charts' code has come or failed to come; asks for it if nobody has yet. */
export function chartsSettled(): Promise<void> {
  load();
  return loading!;
}

/** Whether the charts' code has come (or failed to): a page is busy until then; asks for it after the first draw. */
export function useChartsReady(): boolean {
  return useCharts().status !== 'waiting';
}

function deferred<P extends object>(pick: (charts: Charts) => ComponentType<P>, minHeight: number): ComponentType<P> {
  function Deferred(props: P) {
    const { t } = useI18n();
    const now = useCharts();
    if (now.status === 'ready') {
      const Chart = pick(now.charts);
      return <Chart {...props} />;
    }
    if (now.status === 'failed') {
      // The file could not be fetched (the connection dropped, or the site was updated meanwhile).
      return (
        <p className="slot-error" role="alert" data-testid="chart-failed">
          {t('chartFailed')} <button type="button" onClick={() => window.location.reload()}>{t('reload')}</button>
        </p>
      );
    }
    return <div style={{ minHeight }} role="status" data-testid="chart-pending"><p className="muted">{t('drawingChart')}</p></div>;
  }
  return Deferred;
}

export const CumulativeChart = deferred<ComponentProps<typeof Cumulative>>((m) => m.CumulativeChart, 260);
