import type { ReactNode } from 'react';
import { FilterBar, FilterChips } from '../components/filters/FilterBar';
import { useI18n } from '../i18n/language';
import type { Filters } from '../metrics/filters';
import { unitRegistry, type UnitInfo } from '../metrics/units';
import type { ViewState } from '../state/view-state';
import type { DatasetSnapshot } from './dataset';
import { useFilterFields } from './filter-fields';
import { useGroupNames, type GroupNames } from './group-names';
import { viewFilters } from './overview-query';
import { current, useQuery } from './use-query';

export interface PageProps {
  readonly snap: DatasetSnapshot;
  readonly view: ViewState;
  update(change: Partial<ViewState>): void;
  clearFilters(): void;
}

export interface Frame {
  readonly filters: Filters;
  readonly registry: UnitInfo[];
  readonly names: GroupNames;
}

/** What every analysis page needs: the resolved filters, the registry and display names. */
export function useFrame({ snap, view }: PageProps): Frame | null {
  const db = snap.db!;
  const filters = current(useQuery(() => viewFilters(db, view, snap.campaign), [db, view, snap.campaign, snap.version]));
  const registry = current(useQuery(() => unitRegistry(db), [db, snap.version]));
  const names = useGroupNames(registry ?? []);
  return filters && registry ? { filters, registry, names } : null;
}

/** The filter bar, the chips and the synthetic-data notice above a page. */
export function FrameHeader({ props, frame, children }: { props: PageProps; frame: Frame; children?: ReactNode }) {
  const { t } = useI18n();
  const { snap, view, update, clearFilters } = props;
  const { fields, chips } = useFilterFields({
    view, registry: frame.registry, names: frame.names, campaigns: snap.info?.campaigns ?? [], campaign: frame.filters.campaign, asOf: frame.filters.asOf,
  });
  return (
    <>
      {snap.synthetic && snap.source === 'published' ? <div className="notice" role="note" data-testid="synthetic-notice">{t('syntheticBanner')}</div> : null}
      <FilterBar fields={fields} onChange={(key, value) => update({ [key]: value } as Partial<ViewState>)} />
      <div className="filter-line">
        <FilterChips chips={chips} onRemove={(key) => update({ [key]: null } as Partial<ViewState>)} onClear={clearFilters} />
        <span className="basis">{snap.info?.basis === 'roster' ? t('basisRoster') : t('basisHeadcount')}</span>
        {children}
      </div>
    </>
  );
}

export function Loading() {
  const { t } = useI18n();
  return <div className="status-screen" role="status"><div className="spinner" aria-hidden="true" /><p>{t('querying')}</p></div>;
}
