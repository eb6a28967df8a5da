import type { ReactNode } from 'react';
import { useI18n } from '../i18n/language';
import type { StringKey } from '../i18n/strings';
import type { QueryFailure } from '../query/errors';
import { shown, type MetricState } from './use-metric';

const FAILURE_TEXT: Record<QueryFailure['kind'], StringKey> = {
  'engine-dead': 'failEngineDead', 'out-of-memory': 'failMemory', query: 'failQuery', superseded: 'failQuery',
};

/** Where a panel's figures go: a small wait, the figures (dimmed while the next ones load), or the failure with a retry. */
export function Slot<R>({ state, children, page = false }: { state: MetricState<R>; children: (data: R) => ReactNode; page?: boolean }) {
  const { t } = useI18n();
  if (state.status === 'error') {
    return (
      <div className={page ? 'status-screen error' : 'slot-error'} role="alert" data-testid="slot-error" data-kind={state.failure.kind}>
        <p>{t(FAILURE_TEXT[state.failure.kind])}</p>
        {state.failure.kind === 'engine-dead'
          ? <button type="button" onClick={() => window.location.reload()}>{t('reload')}</button>
          : <button type="button" onClick={state.retry} data-testid="slot-retry">{t('retry')}</button>}
      </div>
    );
  }
  const data = shown(state);
  if (data === null) {
    return (
      <div className={page ? 'status-screen' : 'slot-loading'} role="status" data-testid="slot-loading">
        <div className="spinner" aria-hidden="true" /><p>{t('querying')}</p>
      </div>
    );
  }
  const loading = state.status === 'loading';
  return <div className={loading ? 'slot slot-stale' : 'slot'} aria-busy={loading} data-state={state.status}>{children(data)}</div>;
}

/** True while any of a view's figures is still being worked out. */
export const anyLoading = (...states: MetricState<unknown>[]): boolean => states.some((s) => s.status === 'loading');
