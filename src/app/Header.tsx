import { useI18n } from '../i18n/language';
import type { Lang } from '../i18n/strings';

interface HeaderProps {
  readonly source: 'published' | 'local' | null;
}

export function Header({ source }: HeaderProps) {
  const { t, lang, setLang } = useI18n();
  return (
    <header className="app-header">
      <div className="title-block">
        <h1>{t('appTitle')}</h1>
        <p className="subtitle">{t('appSubtitle')}</p>
      </div>
      <div className="header-tools">
        {source ? (
          <span className="source-badge" data-testid="data-source" data-value={source}>{t('sourcePublished')}</span>
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
