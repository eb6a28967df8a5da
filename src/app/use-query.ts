import { useEffect, useState } from 'react';

export type Loadable<T> = { status: 'loading'; last: T | null } | { status: 'ready'; data: T } | { status: 'error'; message: string };

/** Runs a query whenever its inputs change; the last result stays on screen while the next one loads. */
export function useQuery<T>(run: () => Promise<T>, deps: readonly unknown[]): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading', last: null });
  useEffect(() => {
    let cancelled = false;
    setState((s) => ({ status: 'loading', last: s.status === 'ready' ? s.data : s.status === 'loading' ? s.last : null }));
    run().then(
      (data) => { if (!cancelled) setState({ status: 'ready', data }); },
      (error: unknown) => { if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }); },
    );
    return () => { cancelled = true; };
  }, deps);
  return state;
}

export const current = <T,>(s: Loadable<T>): T | null => (s.status === 'ready' ? s.data : s.status === 'loading' ? s.last : null);
