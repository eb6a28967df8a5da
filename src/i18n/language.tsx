import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { formatter, type Formatter } from './format';
import { translate, type Lang, type StringKey } from './strings';

interface I18n {
  readonly lang: Lang;
  setLang(lang: Lang): void;
  t(key: StringKey, vars?: Record<string, string | number>): string;
  readonly fmt: Formatter;
}

const STORAGE_KEY = 'pledge-dashboard.lang';
const I18nContext = createContext<I18n | null>(null);

/** The language of a shared link (`?lang=en`) first, then the one chosen before in this browser. */
function storedLang(): Lang {
  const linked = new URLSearchParams(window.location.search).get('lang');
  if (linked === 'en' || linked === 'id') return linked;
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage may be disabled; the choice then lasts for this visit
    }
  }, []);
  const value = useMemo<I18n>(() => ({
    lang, setLang, t: (key, vars) => translate(lang, key, vars), fmt: formatter(lang),
  }), [lang, setLang]);
  document.documentElement.lang = lang;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside LanguageProvider');
  return value;
}
