import { useMemo } from 'react';
import type { FilterField, Option } from '../components/filters/FilterBar';
import { useI18n } from '../i18n/language';
import type { StringKey } from '../i18n/strings';
import type { UnitInfo } from '../metrics/units';
import { CATEGORIES, SOURCES, STATUSES, UNIT_TYPES, labelOf } from '../schema/codes';
import { activeFilters, DEFAULT_TARGET, type ViewState } from '../state/view-state';
import type { GroupNames } from './group-names';

interface FieldsInput {
  readonly view: ViewState;
  readonly registry: readonly UnitInfo[];
  readonly names: GroupNames;
  readonly campaigns: readonly string[];
  readonly campaign: string;
  readonly asOf: string;
  readonly compare?: string; // the comparison day in effect (the default when the view names none)
}

const TARGETS = ['80', '85', '90', '95', '99', '100'];
/** The usual target shares, and the link's own when it is another. */
const targetOptions = (target: string | null): string[] =>
  target !== null && !TARGETS.includes(target) ? [...TARGETS, target].sort((a, b) => Number(a) - Number(b)) : TARGETS;

/** The filter controls and the chips of the active filters, with translated labels. */
export function useFilterFields({ view, registry, names, campaigns, campaign, asOf, compare }: FieldsInput) {
  const { t, lang, fmt } = useI18n();
  return useMemo(() => {
    const groupOptions = (type: string, buckets: string[]): Option[] => [
      ...registry.filter((u) => u.type === type).map((u) => ({ value: u.code, label: u.shortName }))
        .sort((a, b) => a.label.localeCompare(b.label)),
      ...buckets.map((b) => ({ value: b, label: names.short(b) })),
    ];
    const codeOptions = (list: typeof CATEGORIES): Option[] => list.map((c) => ({ value: c.code, label: labelOf(list, c.code, lang) }));
    const fields: FilterField[] = [
      { key: 'campaign', label: t('campaign'), value: campaign, options: (campaigns.length ? campaigns : [campaign]).map((c) => ({ value: c, label: c })) },
      { key: 'asOf', label: t('asOf'), value: asOf },
      { key: 'deadline', label: t('deadline'), value: view.deadline },
      { key: 'compare', label: t('compare'), value: compare ?? view.compare },
      { key: 'target', label: t('target'), value: view.target ?? String(DEFAULT_TARGET), options: targetOptions(view.target).map((n) => ({ value: n, label: t('targetOption', { n: fmt.decimal(Number(n), Number(n) % 1 ? 1 : 0) }) })) },
      { key: 'kanwil', label: t('kanwil'), value: view.kanwil, options: groupOptions('kanwil', ['PUSAT', 'UNMATCHED']), allLabel: t('allKanwil') },
      { key: 'directorate', label: t('directorate'), value: view.directorate, options: groupOptions('eselon1', ['KANWIL', 'UNMATCHED']), allLabel: t('allDirectorates') },
      { key: 'unitType', label: t('unitType'), value: view.unitType, options: UNIT_TYPES.map((u) => ({ value: u.code, label: t(`type_${u.code}` as StringKey) })), allLabel: t('allTypes') },
      { key: 'category', label: t('category'), value: view.category, options: codeOptions(CATEGORIES), allLabel: t('allCategories') },
      { key: 'status', label: t('status'), value: view.status, options: [{ value: 'open', label: t('statusOpen') }, { value: 'closed', label: t('statusClosed') }, ...codeOptions(STATUSES)], allLabel: t('allStatuses') },
      { key: 'source', label: t('source'), value: view.source, options: codeOptions(SOURCES), allLabel: t('allSources') },
      { key: 'from', label: t('periodFrom'), value: view.from },
      { key: 'to', label: t('periodTo'), value: view.to },
    ];
    const valueLabel = (key: string, value: string): string => {
      const field = fields.find((f) => f.key === key);
      if (key === 'unit') return names.full(value);
      if (key === 'from' || key === 'to') return fmt.day(value);
      return field?.options?.find((o) => o.value === value)?.label ?? value;
    };
    const chips = activeFilters(view).map((key) => {
      const field = fields.find((f) => f.key === key);
      const label = key === 'unit' ? t('unit') : field?.label ?? key;
      return { key, label: `${label}: ${valueLabel(key, view[key]!)}` };
    });
    return { fields, chips };
  }, [view, registry, names, campaigns, campaign, asOf, compare, t, lang, fmt]);
}
