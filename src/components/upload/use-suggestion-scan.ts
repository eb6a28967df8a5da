import { useCallback, useEffect, useState } from 'react';
import { inSlices } from './paging';
import type { ReconcileSuggestion } from './ReconcileRow';

export type Suggest = ((value: string) => readonly ReconcileSuggestion[]) & {
  readonly confidentFrom?: number;
  /** The suggestions already worked out, without working them out (absent: `suggest` is cheap). */
  readonly peek?: (value: string) => readonly ReconcileSuggestion[] | undefined;
};

const PROGRESS_EVERY_MS = 250;
const NONE: ReadonlyMap<string, string> = new Map();

export interface SuggestionScan {
  readonly scanned: number; // values worked out so far
  readonly scanning: boolean;
  readonly confident: ReadonlyMap<string, string>; // value → the code selected for it, among those scanned
  /** The suggestions of a value if worked out, else undefined (its row waits for them). */
  peek(value: string): readonly ReconcileSuggestion[] | undefined;
}

/**
 * Works out the suggestions of every unmatched value in slices that leave the page responsive
 * (20,000 values take seconds), collecting the confident ones for the bulk apply; the rows on
 * screen get theirs first, in slices too, then one render with all of them.
 */
export function useSuggestionScan(values: readonly { readonly value: string }[], suggest: Suggest, onScreen: readonly { readonly value: string }[]): SuggestionScan {
  const [progress, setProgress] = useState<{ values: typeof values; scanned: number; confident: ReadonlyMap<string, string> }>(
    { values, scanned: 0, confident: NONE });
  const [, setScreenReady] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let reported = 0;
    const found = new Map<string, string>();
    setProgress({ values, scanned: 0, confident: NONE });
    void inSlices(values, (item) => {
      const sure = suggest(item.value).find((s) => s.confident);
      if (sure) found.set(item.value, sure.code);
    }, {
      isCancelled: () => cancelled,
      onProgress: (done) => {
        const now = performance.now();
        if (done < values.length && now - reported < PROGRESS_EVERY_MS) return;
        reported = now;
        setProgress({ values, scanned: done, confident: new Map(found) });
      },
    });
    return () => { cancelled = true; };
  }, [values, suggest]);

  const peek = useCallback((value: string) => (suggest.peek ? suggest.peek(value) : suggest(value)), [suggest]);
  useEffect(() => {
    const missing = onScreen.filter((u) => peek(u.value) === undefined);
    if (missing.length === 0) return;
    let cancelled = false;
    void inSlices(missing, (u) => { suggest(u.value); }, { isCancelled: () => cancelled })
      .then((done) => { if (done) setScreenReady((n) => n + 1); });
    return () => { cancelled = true; };
  }, [onScreen, peek, suggest]);

  // Progress of an earlier list (before the effect restarted) counts as nothing yet.
  const current = progress.values === values ? progress : { scanned: 0, confident: NONE };
  return { scanned: current.scanned, scanning: current.scanned < values.length, confident: current.confident, peek };
}
