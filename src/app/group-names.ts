import { useMemo } from 'react';
import { useI18n } from '../i18n/language';
import type { StringKey } from '../i18n/strings';
import type { UnitInfo } from '../metrics/units';

const BUCKETS = new Set(['PUSAT', 'KANWIL', 'UNMATCHED']);

export interface GroupNames {
  short(code: string): string;
  full(code: string): string;
}

/** Display names of group codes: registry names, or the translated bucket names. */
export function useGroupNames(registry: readonly UnitInfo[]): GroupNames {
  const { t } = useI18n();
  return useMemo(() => {
    const byCode = new Map(registry.map((u) => [u.code, u]));
    const bucket = (code: string) => (BUCKETS.has(code) ? t(code as StringKey) : code);
    return {
      short: (code) => byCode.get(code)?.shortName ?? bucket(code),
      full: (code) => byCode.get(code)?.name ?? bucket(code),
    };
  }, [registry, t]);
}
