import { useMemo } from 'react';
import { CONFIDENT, confidentChoice, prepareCandidates, suggestUnits, type UnitSuggestion } from '../ingest/unit-suggest';
import { NO_PARAMS } from '../metrics/metric';
import { unmatchedUnitSources, type UnmatchedUnitWithSource } from '../metrics/unmatched';
import { registryUnits } from '../metrics/units';
import type { QueryClient } from '../query/client';
import type { RegistryUnit } from '../export/registry-csv';
import { useMetric, type MetricState } from './use-metric';

/** A suggestion as the reconciliation panel shows it: `confident` marks the one it selects. */
export interface ShownSuggestion extends UnitSuggestion {
  readonly confident: boolean;
}

/**
 * Suggestions for a value, worked out once per registry (1–2 ms a value: 50 at once would block the
 * page, so the panel asks `peek` first and works out the missing ones in slices); `confidentFrom`
 * is the threshold of `confident`.
 */
export type Suggest = ((value: string) => ShownSuggestion[]) & {
  readonly confidentFrom: number;
  peek(value: string): ShownSuggestion[] | undefined;
};

export interface RegistryView {
  readonly units: RegistryUnit[];
  /** Each unmatched value with its row count and a row where it was seen (file and line). */
  readonly unmatched: UnmatchedUnitWithSource[];
  /** Suggestions for a value (up to 5, most confident first), worked out once per registry. */
  readonly suggest: Suggest;
}

/** The unit registry and the unmatched unit values of the loaded data (the client's cache follows loads). */
export function useRegistry(client: QueryClient): { registry: RegistryView | null; state: MetricState<unknown> } {
  const units = useMetric(client, registryUnits, NO_PARAMS);
  const unmatched = useMetric(client, unmatchedUnitSources, NO_PARAMS);
  // While a load or an applied alias refreshes them, the lists seen last stay on screen: the
  // reconciliation panel keeps its page, search and running bulk apply.
  const unitList = units.status === 'ready' ? units.data : units.status === 'loading' ? units.last : null;
  const unmatchedList = unmatched.status === 'ready' ? unmatched.data : unmatched.status === 'loading' ? unmatched.last : null;
  // Kept while the registry's names stay the same (every applied alias re-reads both lists): the
  // suggestions already worked out for 20,000 values are not worked out again.
  const candidatesKey = useMemo(() => (unitList ? JSON.stringify(unitList.map((u) => [u.code, u.name, u.aliases])) : null), [unitList]);
  const suggest = useMemo(() => {
    if (candidatesKey === null) return null;
    const list = JSON.parse(candidatesKey) as [string, string, string[]][];
    const prepared = prepareCandidates(list.map(([code, name, aliases]) => ({ code, name, aliases })));
    const cache = new Map<string, ShownSuggestion[]>();
    const find = (value: string): ShownSuggestion[] => {
      let found = cache.get(value);
      if (!found) {
        const list = suggestUnits(value, prepared, 5);
        const sure = confidentChoice(list);
        found = list.map((s) => ({ ...s, confident: s === sure }));
        cache.set(value, found);
      }
      return found;
    };
    return Object.assign(find, { confidentFrom: CONFIDENT, peek: (value: string) => cache.get(value) });
  }, [candidatesKey]);
  const registry = useMemo(
    () => (unitList && unmatchedList && suggest ? { units: unitList, unmatched: unmatchedList, suggest } : null),
    [unitList, unmatchedList, suggest],
  );
  return { registry, state: units.status !== 'ready' ? units : unmatched };
}
