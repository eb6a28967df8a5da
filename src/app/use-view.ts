import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_VIEW, FILTER_KEYS, parseView, serializeView, type ViewState } from '../state/view-state';

/** The view, kept in the URL: changes push a history entry, back and forward restore it. */
export function useView(): [ViewState, (change: Partial<ViewState>) => void, () => void] {
  const [view, setView] = useState<ViewState>(() => parseView(window.location.search));
  useEffect(() => {
    const onPop = () => setView(parseView(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((change: Partial<ViewState>) => {
    setView((current) => {
      const next = { ...current, ...change };
      const search = serializeView(next);
      if (search !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
      return next;
    });
  }, []);
  const clearFilters = useCallback(() => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, DEFAULT_VIEW[k]]))), [update]);
  return [view, update, clearFilters];
}
