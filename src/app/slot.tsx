import { useSyncExternalStore, type ReactNode } from 'react';
import { engineProgress, onEngineProgress } from '../db/engine-progress';
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
        <div className="spinner" aria-hidden="true" /><p><WaitText /></p>
      </div>
    );
  }
  const loading = state.status === 'loading';
  return (
    <div className={loading ? 'slot slot-stale' : 'slot'} aria-busy={loading} data-state={state.status}>
      {loading ? <EngineWait /> : null}
      {children(data)}
    </div>
  );
}

/** Over figures kept while the next ones wait for the engine: how far its download has got. */
function EngineWait() {
  const progress = useSyncExternalStore(onEngineProgress, engineProgress);
  return progress.phase === 'downloading' ? <p className="slot-wait" role="status"><WaitText /></p> : null;
}

/** What a waiting panel says: the engine's download while it is under way (the first figures came from the build), else that it counts. */
function WaitText() {
  const { t, fmt } = useI18n();
  const progress = useSyncExternalStore(onEngineProgress, engineProgress);
  if (progress.phase !== 'downloading') return <>{t('querying')}</>;
  const total = progress.total;
  return (
    <span data-testid="engine-progress" data-loaded={progress.loaded} data-total={total}>
      {total > 0 ? t('engineDownloading', { share: fmt.pct(progress.loaded / total, 0) }) : t('engineStarting')}
    </span>
  );
}

/** True while any of a view's figures is still being worked out. */
export const anyLoading = (...states: MetricState<unknown>[]): boolean => states.some((s) => s.status === 'loading');
