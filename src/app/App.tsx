import { useEffect, useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/language';
import type { StringKey } from '../i18n/strings';
import { DatasetController, type LoadStep } from './dataset';
import { DataPage } from './DataPage';
import { DetailPage } from './DetailPage';
import { BehindPage } from './BehindPage';
import { IncidentsPage } from './IncidentsPage';
import { Header } from './Header';
import { OverviewPage } from './OverviewPage';
import { useView } from './use-view';

const STEP_TEXT: Record<LoadStep, StringKey> = {
  starting: 'starting', fetching: 'fetching', ingesting: 'ingesting', loadingDb: 'loadingDb', restoring: 'restoring',
};

const controller = new DatasetController();
let started = false;

export function App() {
  const { t } = useI18n();
  const snap = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const [view, update, clearFilters] = useView();
  useEffect(() => {
    if (!started) {
      started = true;
      void controller.start();
    }
  }, []);

  const ready = snap.status === 'ready' && snap.db && snap.info;
  const props = { snap, view, update, clearFilters };
  return (
    <div className="app">
      <Header snap={snap} page={view.page} onPage={(page) => update({ page })} onBackToPublished={() => void controller.backToPublished()} />
      <main>
        {snap.status === 'error' ? (
          <div className="status-screen error" role="alert" data-testid="load-error">
            <h2>{t('errorTitle')}</h2>
            <p className="error-message">{snap.error}</p>
            <p>{t('errorHint')}</p>
            <button type="button" onClick={() => window.location.reload()}>{t('reload')}</button>
          </div>
        ) : !ready ? (
          <div className="status-screen" role="status" aria-live="polite" data-testid="loading">
            <div className="spinner" aria-hidden="true" />
            <p>{t(STEP_TEXT[snap.step])}</p>
          </div>
        ) : view.page === 'data' ? (
          <DataPage snap={snap} controller={controller} />
        ) : view.page === 'detail' ? (
          <DetailPage {...props} />
        ) : view.page === 'behind' ? (
          <BehindPage {...props} />
        ) : view.page === 'incidents' ? (
          <IncidentsPage {...props} />
        ) : (
          <OverviewPage {...props} />
        )}
      </main>
      <footer className="app-footer">{t('footer')}</footer>
    </div>
  );
}
