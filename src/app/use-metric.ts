import { useCallback, useEffect, useRef, useState } from 'react';
import type { Metric } from '../metrics/metric';
import type { QueryClient } from '../query/client';
import { toFailure, type QueryFailure } from '../query/errors';

export type MetricState<R> =
  | { readonly status: 'idle' } // not asked: its parameters are not known yet
  | { readonly status: 'loading'; readonly last: R | null }
  | { readonly status: 'ready'; readonly data: R }
  | { readonly status: 'error'; readonly failure: QueryFailure; retry(): void };

/**
 * One metric for one panel, through the query client. A cached answer is used in the same render;
 * a new request drops the one before it (superseded, never shown); a failure comes back as a state
 * with a retry, never as an endless wait. `params` null: not ready to ask yet.
 */
export function useMetric<P, R>(client: QueryClient, metric: Metric<P, R>, params: P | null): MetricState<R> {
  const key = params === null ? null : client.keyOf(metric, params);
  const [result, setResult] = useState<{ key: string; state: MetricState<R> } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const last = useRef<R | null>(null);
  const held = useRef<{ key: string; data: R } | null>(null);
  const paramsRef = useRef(params);
  paramsRef.current = params;

  const retry = useCallback(() => {
    if (paramsRef.current !== null) client.invalidate(metric, paramsRef.current);
    setResult(null);
    setAttempt((n) => n + 1);
  }, [client, metric]);

  useEffect(() => {
    const p = paramsRef.current;
    if (key === null || p === null || client.peek(metric, p)) return;
    const abort = new AbortController();
    client.request(metric, p, abort.signal).then(
      (data) => { if (!abort.signal.aborted) setResult({ key, state: { status: 'ready', data } }); },
      (error: unknown) => {
        const failure = toFailure(error);
        if (abort.signal.aborted || failure.kind === 'superseded') return;
        console.warn(`${metric.name} failed`, failure.detail);
        setResult({ key, state: { status: 'error', failure, retry } });
      },
    );
    return () => abort.abort();
  }, [client, metric, key, attempt, retry]);

  let state: MetricState<R>;
  const cached = params === null ? undefined : client.peek(metric, params);
  // The answer stays with the panel once seen: the client's cache may drop it later (it is bounded).
  if (cached) held.current = { key: key!, data: cached.value };
  if (params === null) state = { status: 'idle' };
  else if (cached) state = { status: 'ready', data: cached.value };
  else if (held.current && held.current.key === key) state = { status: 'ready', data: held.current.data };
  else if (result && result.key === key) state = result.state;
  else state = { status: 'loading', last: last.current };
  if (state.status === 'ready') last.current = state.data;
  // The same state object while nothing in it changed: a page re-rendered for another reason (the
  // engine's progress, another panel's answer) hands its charts the same value, so their deferred
  // render is not started over.
  const previous = useRef<MetricState<R> | null>(null);
  if (previous.current === null || !sameState(previous.current, state)) previous.current = state;
  return previous.current;
}

function sameState<R>(a: MetricState<R>, b: MetricState<R>): boolean {
  switch (a.status) {
    case 'idle': return b.status === 'idle';
    case 'loading': return b.status === 'loading' && a.last === b.last;
    case 'ready': return b.status === 'ready' && a.data === b.data;
    case 'error': return b.status === 'error' && a.failure === b.failure && a.retry === b.retry;
  }
}

/** The data to draw: the answer, or the previous one while the next loads; null on error. */
export const shown = <R,>(s: MetricState<R>): R | null => (s.status === 'ready' ? s.data : s.status === 'loading' ? s.last : null);
