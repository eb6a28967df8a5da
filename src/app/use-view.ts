import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/language';
import { changeView, DEFAULT_VIEW, FILTER_KEYS, parseView, serializeView, type Ignored, type ViewState } from '../state/view-state';

export interface ViewControl {
  readonly view: ViewState;
  readonly ignored: readonly Ignored[]; // what the link or the last change could not use
  update(change: Partial<ViewState>): void;
  correct(view: ViewState, ignored: readonly Ignored[]): void;
  dismissIgnored(): void;
  clearFilters(): void;
}

const url = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

/**
 * The view, kept in the URL: changes push a history entry, back and forward restore it. Values are
 * parsed on the way in (state/view-state.ts); what cannot be used is dropped from the URL and listed.
 */
export function useView(): ViewControl {
  // How the URL follows a new view: a new history entry, or a correction of the current one.
  const [state, setState] = useState<{ view: ViewState; ignored: readonly Ignored[]; history: 'push' | 'replace' }>(
    () => ({ ...parseView(window.location.search), history: 'replace' }));
  useEffect(() => {
    const onPop = () => setState({ ...parseView(window.location.search), history: 'replace' });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  // Written after the view is drawn: the history call is slow in Chromium and nothing on screen waits for it.
  // The language travels with the link (Indonesian, the default, is not written).
  const { lang } = useI18n();
  const written = useRef<object | null>(null);
  useEffect(() => {
    const params = new URLSearchParams(serializeView(state.view));
    if (lang !== 'id') params.set('lang', lang);
    const text = params.toString();
    const search = text ? `?${text}` : '';
    if (search === window.location.search) return;
    const fresh = written.current !== state; // a new view, not only another language
    written.current = state;
    if (fresh && state.history === 'push') window.history.pushState(null, '', url(search));
    else window.history.replaceState(null, '', url(search));
  }, [state, lang]);
  const update = useCallback((change: Partial<ViewState>) => {
    setState((current) => ({ ...changeView(current.view, change), history: 'push' }));
  }, []);
  const correct = useCallback((view: ViewState, ignored: readonly Ignored[]) => {
    setState((current) => ({ view, ignored: [...current.ignored, ...ignored], history: 'replace' }));
  }, []);
  const dismissIgnored = useCallback(() => setState((current) => ({ ...current, ignored: [] })), []);
  const clearFilters = useCallback(() => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, DEFAULT_VIEW[k]]))), [update]);
  return { view: state.view, ignored: state.ignored, update, correct, dismissIgnored, clearFilters };
}
