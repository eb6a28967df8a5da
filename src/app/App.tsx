import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/language';
import type { StringKey } from '../i18n/strings';
import { loadPublished, type LoadedDataset, type LoadStep } from './dataset';
import { Header } from './Header';
import { OverviewPage } from './OverviewPage';

type AppState = { status: 'loading'; step: LoadStep } | { status: 'ready'; dataset: LoadedDataset } | { status: 'error'; message: string };

const STEP_TEXT: Record<LoadStep, StringKey> = { starting: 'starting', fetching: 'fetching', ingesting: 'ingesting', loadingDb: 'loadingDb' };

export function App() {
  const { t } = useI18n();
  const [state, setState] = useState<AppState>({ status: 'loading', step: 'starting' });
  useEffect(() => {
    let cancelled = false;
    loadPublished((step) => { if (!cancelled) setState({ status: 'loading', step }); }).then(
      (dataset) => { if (!cancelled) setState({ status: 'ready', dataset }); },
      (error: unknown) => { if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }); },
    );
    return () => { cancelled = true; };
  }, []);

  return (
    <div className="app">
      <Header source={state.status === 'ready' ? state.dataset.source : null} />
      <main>
        {state.status === 'loading' ? (
          <div className="status-screen" role="status" aria-live="polite" data-testid="loading">
            <div className="spinner" aria-hidden="true" />
            <p>{t(STEP_TEXT[state.step])}</p>
          </div>
        ) : state.status === 'error' ? (
          <div className="status-screen error" role="alert" data-testid="load-error">
            <h2>{t('errorTitle')}</h2>
            <p className="error-message">{state.message}</p>
            <p>{t('errorHint')}</p>
            <button type="button" onClick={() => window.location.reload()}>{t('reload')}</button>
          </div>
        ) : (
          <OverviewPage dataset={state.dataset} />
        )}
      </main>
      <footer className="app-footer">{t('footer')}</footer>
    </div>
  );
}
