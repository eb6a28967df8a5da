import { useEffect, useSyncExternalStore } from 'react';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { useI18n } from '../i18n/language';
import type { StringKey } from '../i18n/strings';
import { serializeView, type PageName } from '../state/view-state';
import { DatasetController, type LoadStep } from './dataset';
import { DataPage } from './DataPage';
import { DetailPage } from './DetailPage';
import { BehindPage } from './BehindPage';
import { CampaignsPage } from './CampaignsPage';
import { IncidentsPage } from './IncidentsPage';
import { Header } from './Header';
import { OverviewPage } from './OverviewPage';
import type { PageProps } from './frame';
import { useView } from './use-view';

const STEP_TEXT: Record<LoadStep, StringKey> = {
  starting: 'starting', fetching: 'fetching', ingesting: 'ingesting', loadingDb: 'loadingDb', restoring: 'restoring',
};

const PAGE_TAB: Record<PageName, StringKey> = {
  overview: 'tabOverview', detail: 'tabDetail', behind: 'tabBehind', campaigns: 'tabCampaigns', incidents: 'tabIncidents', data: 'tabData',
};

const controller = new DatasetController();
let started = false;

/** Starts fetching the data and opening this browser's storage; main.tsx calls it before the first draw. */
export function startDataset(): void {
  if (started) return;
  started = true;
  void controller.start();
}

export function App() {
  const { t } = useI18n();
  const snap = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const control = useView();
  const { view, update } = control;
  useEffect(startDataset, []);

  // Ready once the figures can be shown: the engine may still be starting behind the first-view answers.
  const ready = snap.status === 'ready' && snap.info && snap.client;
  const props: PageProps | null = ready ? { snap, client: snap.client!, ...control } : null;
  const page = (p: PageProps) =>
    view.page === 'data' ? <DataPage snap={snap} controller={controller} />
      : view.page === 'detail' ? <DetailPage {...p} />
        : view.page === 'behind' ? <BehindPage {...p} />
          : view.page === 'campaigns' ? <CampaignsPage {...p} />
          : view.page === 'incidents' ? <IncidentsPage {...p} />
            : <OverviewPage {...p} />;
  return (
    <div className="app">
      <a className="skip-link" href="#content" data-testid="skip-link" onClick={(e) => {
        // Past the filters too when the page has figures: they are what the link is for.
        const target = document.getElementById('figures') ?? document.getElementById('content');
        if (target) { e.preventDefault(); target.focus(); target.scrollIntoView(); }
      }}>{t('skipToContent')}</a>
      <Header snap={snap} page={view.page} onPage={(p) => update({ page: p })} onBackToPublished={() => { update({ page: 'data' }); void controller.backToPublished(); }} />
      <main id="content" tabIndex={-1}>
        {snap.status === 'dead' ? (
          <div className="status-screen error" role="alert" data-testid="engine-dead">
            <h2>{t('engineDeadTitle')}</h2>
            <p>{t('failEngineDead')}</p>
            <button type="button" onClick={() => window.location.reload()}>{t('reload')}</button>
          </div>
        ) : snap.status === 'error' ? (
          <div className="status-screen error" role="alert" data-testid="load-error">
            <h2>{t('errorTitle')}</h2>
            <p>{t('errorHint')}</p>
            <button type="button" onClick={() => window.location.reload()}>{t('reload')}</button>
          </div>
        ) : !props ? (
          <div className="status-screen" role="status" aria-live="polite" data-testid="loading">
            <div className="spinner" aria-hidden="true" />
            <p>{t(STEP_TEXT[snap.step])}</p>
          </div>
        ) : (
          <ErrorBoundary resetKey={`${serializeView(view)}|${snap.version}`} fallback={(_error, reset) => (
            <div className="status-screen error" role="alert" data-testid="page-failed">
              <h2>{t('pageFailed', { page: t(PAGE_TAB[view.page]) })}</h2>
              <p>{t('pageFailedHint')}</p>
              <p className="actions">
                <button type="button" onClick={reset}>{t('retry')}</button>{' '}
                <button type="button" onClick={() => control.clearFilters()}>{t('clearFilters')}</button>{' '}
                <button type="button" onClick={() => update({ page: 'overview' })}>{t('backToOverview')}</button>
              </p>
            </div>
          )}>
            {page(props)}
          </ErrorBoundary>
        )}
      </main>
      <footer className="app-footer">{t('footer')}</footer>
    </div>
  );
}
