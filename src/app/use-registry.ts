import { useEffect, useMemo, useState } from 'react';
import type { Db } from '../db/db';
import { prepareCandidates, suggestUnits, type UnitSuggestion } from '../ingest/unit-suggest';
import { unmatchedUnits, type UnmatchedUnit } from '../metrics/unmatched';
import { registryUnits } from '../metrics/units';
import type { RegistryUnit } from '../export/registry-csv';

export interface RegistryView {
  readonly units: RegistryUnit[];
  readonly unmatched: UnmatchedUnit[];
  suggest(value: string): UnitSuggestion[];
}

/** The unit registry and the unmatched unit values, refreshed whenever the data changes. */
export function useRegistry(db: Db, version: number): RegistryView | null {
  const [data, setData] = useState<{ units: RegistryUnit[]; unmatched: UnmatchedUnit[] } | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const units = await registryUnits(db);
      const unmatched = await unmatchedUnits(db);
      if (!cancelled) setData({ units, unmatched });
    })();
    return () => { cancelled = true; };
  }, [db, version]);
  return useMemo(() => {
    if (!data) return null;
    const prepared = prepareCandidates(data.units.map((u) => ({ code: u.code, name: u.name, aliases: u.aliases })));
    const cache = new Map<string, UnitSuggestion[]>();
    return {
      ...data,
      suggest: (value) => {
        if (!cache.has(value)) cache.set(value, suggestUnits(value, prepared, 5));
        return cache.get(value)!;
      },
    };
  }, [data]);
}
