import { useCallback, useEffect, useState } from 'react';
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
  const [state, setState] = useState(() => {
    const parsed = parseView(window.location.search);
    const search = serializeView(parsed.view);
    if (search !== window.location.search) window.history.replaceState(null, '', url(search));
    return parsed;
  });
  useEffect(() => {
    const onPop = () => setState(parseView(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((change: Partial<ViewState>) => {
    setState((current) => {
      const next = changeView(current.view, change);
      const search = serializeView(next.view);
      if (search !== window.location.search) window.history.pushState(null, '', url(search));
      return next;
    });
  }, []);
  const correct = useCallback((view: ViewState, ignored: readonly Ignored[]) => {
    setState((current) => {
      const search = serializeView(view);
      if (search !== window.location.search) window.history.replaceState(null, '', url(search));
      return { view, ignored: [...current.ignored, ...ignored] };
    });
  }, []);
  const dismissIgnored = useCallback(() => setState((current) => ({ ...current, ignored: [] })), []);
  const clearFilters = useCallback(() => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, DEFAULT_VIEW[k]]))), [update]);
  return { view: state.view, ignored: state.ignored, update, correct, dismissIgnored, clearFilters };
}
