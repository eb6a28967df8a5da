import { useI18n } from '../i18n/language';
import type { Lang } from '../i18n/strings';
import type { DatasetSnapshot } from './dataset';
import type { PageName } from '../state/view-state';
import type { StringKey } from '../i18n/strings';

interface HeaderProps {
  readonly snap: DatasetSnapshot;
  readonly page: PageName;
  onPage(page: PageName): void;
  onBackToPublished(): void;
}

const TABS: readonly [PageName, StringKey][] = [
  ['overview', 'tabOverview'], ['detail', 'tabDetail'], ['behind', 'tabBehind'], ['campaigns', 'tabCampaigns'], ['incidents', 'tabIncidents'], ['data', 'tabData'],
];

export function Header({ snap, page, onPage, onBackToPublished }: HeaderProps) {
  const { t, lang, setLang } = useI18n();
  const ready = snap.status === 'ready';
  return (
    <header className="app-header">
      <div className="title-block">
        <h1>{t('appTitle')}</h1>
        <p className="subtitle">{t('appSubtitle')}</p>
      </div>
      <nav className="tabs" aria-label={t('navigation')}>
        {TABS.map(([p, label]) => (
          <button key={p} type="button" className={page === p ? 'tab active' : 'tab'} aria-current={page === p ? 'page' : undefined}
            onClick={() => onPage(p)} data-testid={`tab-${p}`}>
            {t(label)}
          </button>
        ))}
      </nav>
      <div className="header-tools">
        {ready ? (
          <span className={`source-badge source-${snap.source}`} data-testid="data-source" data-value={snap.source}
            data-engine={snap.db ? 'ready' : 'starting'}
            title={snap.source === 'local' ? t('sourceLocalHint') : t('sourcePublishedHint')}>
            {snap.source === 'local' ? t('sourceLocal') : t('sourcePublished')}
          </span>
        ) : null}
        {ready && snap.source === 'local' ? (
          <button type="button" className="on-dark" onClick={onBackToPublished} data-testid="back-to-published">{t('backToPublished')}</button>
        ) : null}
        <label className="lang-switch">
          <span>{t('language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="lang-select">
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
    </header>
  );
}
