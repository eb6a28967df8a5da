import { lazy, Suspense, useSyncExternalStore, type ComponentProps, type ComponentType } from 'react';
import { useI18n } from '../../i18n/language';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import type { CumulativeChart as Cumulative } from './CumulativeChart';
import type { MonthColumns as Months } from './MonthColumns';

// Recharts is most of the page's script. The charts drawn with it (the trend and the months) come in a
// file of their own, asked for once the first figures are on screen, so the KPIs never wait for it to
// arrive and be read. The bar charts need no library (HorizontalBars.tsx) and are drawn at once.
type Charts = typeof import('./charts');
let loading: Promise<Charts> | null = null;
let settled = false;
const listeners = new Set<() => void>();
// Settled either way: a file that could not be fetched is shown as such in each chart's place, and
// leaves no page busy for ever.
const settle = () => { settled = true; for (const listener of listeners) listener(); };
const charts = (): Promise<Charts> => (loading ??= import('./charts').then(
  (m) => { settle(); return m; },
  (error: unknown) => { settle(); throw error; },
));

/** Whether the charts' code has come (or failed to): a page is busy until then; asks for it after the first draw. */
export function useChartsReady(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    charts().catch(() => undefined); // a failure shows in each chart's place (below)
    return () => { listeners.delete(listener); };
  }, () => settled);
}

function deferred<P extends object>(load: () => Promise<ComponentType<P>>, minHeight: number): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function Deferred(props: P) {
    const { t } = useI18n();
    const waiting = <div style={{ minHeight }} role="status" data-testid="chart-pending"><p className="muted">{t('drawingChart')}</p></div>;
    // The file could not be fetched (the connection dropped, or the site was updated meanwhile).
    const failed = () => (
      <p className="slot-error" role="alert" data-testid="chart-failed">
        {t('chartFailed')} <button type="button" onClick={() => window.location.reload()}>{t('reload')}</button>
      </p>
    );
    return <ErrorBoundary resetKey="" fallback={failed}><Suspense fallback={waiting}><Lazy {...props} /></Suspense></ErrorBoundary>;
  }
  return Deferred;
}

export const CumulativeChart = deferred<ComponentProps<typeof Cumulative>>(() => charts().then((m) => m.CumulativeChart), 260);
export const MonthColumns = deferred<ComponentProps<typeof Months>>(() => charts().then((m) => m.MonthColumns), 220);
