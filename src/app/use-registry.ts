import { useMemo } from 'react';
import { prepareCandidates, suggestUnits, type UnitSuggestion } from '../ingest/unit-suggest';
import { NO_PARAMS } from '../metrics/metric';
import { unmatchedUnits, type UnmatchedUnit } from '../metrics/unmatched';
import { registryUnits } from '../metrics/units';
import type { QueryClient } from '../query/client';
import type { RegistryUnit } from '../export/registry-csv';
import { useMetric, type MetricState } from './use-metric';

export interface RegistryView {
  readonly units: RegistryUnit[];
  readonly unmatched: UnmatchedUnit[];
  suggest(value: string): UnitSuggestion[];
}

/** The unit registry and the unmatched unit values of the loaded data (the client's cache follows loads). */
export function useRegistry(client: QueryClient): { registry: RegistryView | null; state: MetricState<unknown> } {
  const units = useMetric(client, registryUnits, NO_PARAMS);
  const unmatched = useMetric(client, unmatchedUnits, NO_PARAMS);
  const unitList = units.status === 'ready' ? units.data : null;
  const unmatchedList = unmatched.status === 'ready' ? unmatched.data : null;
  const registry = useMemo(() => {
    if (!unitList || !unmatchedList) return null;
    const prepared = prepareCandidates(unitList.map((u) => ({ code: u.code, name: u.name, aliases: u.aliases })));
    const cache = new Map<string, UnitSuggestion[]>();
    return {
      units: unitList, unmatched: unmatchedList,
      suggest: (value: string) => {
        if (!cache.has(value)) cache.set(value, suggestUnits(value, prepared, 5));
        return cache.get(value)!;
      },
    };
  }, [unitList, unmatchedList]);
  return { registry, state: units.status !== 'ready' ? units : unmatched };
}
