import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { FilterBar, FilterChips } from '../components/filters/FilterBar';
import { useI18n } from '../i18n/language';
import { latestDay } from '../metrics/dataset-info';
import type { Filters } from '../metrics/filters';
import { NO_PARAMS } from '../metrics/metric';
import { unitRegistry, type UnitInfo } from '../metrics/units';
import type { QueryClient } from '../query/client';
import { addDays, parseDay } from '../state/day';
import { checkCodes, toFilters } from '../state/resolve';
import { activeFilters, targetShare, type Ignored, type ViewState } from '../state/view-state';
import type { DatasetSnapshot } from './dataset';
import { useFilterFields } from './filter-fields';
import { useGroupNames, type GroupNames } from './group-names';
import { IgnoredNotes } from './IgnoredNotes';
import { Slot } from './slot';
import { useMetric, type MetricState } from './use-metric';

export interface PageProps {
  readonly snap: DatasetSnapshot;
  readonly client: QueryClient;
  readonly view: ViewState;
  readonly ignored: readonly Ignored[];
  update(change: Partial<ViewState>): void;
  correct(view: ViewState, ignored: readonly Ignored[]): void;
  dismissIgnored(): void;
  clearFilters(): void;
}

export interface Frame {
  readonly view: ViewState; // with unknown codes dropped
  readonly filters: Filters;
  readonly registry: UnitInfo[];
  readonly names: GroupNames;
  readonly compare: string; // the comparison day of the KPI changes, before the as-of day
  readonly target: number; // the target share, 0–1
}

const today = () => new Date().toISOString().slice(0, 10);

/** What every analysis page needs: the checked view, its filters, the registry and display names. */
export function useFrame(props: PageProps): { frame: Frame | null; state: MetricState<unknown> } {
  const { snap, client, view, correct } = props;
  const info = snap.info!;
  const registry = useMetric(client, unitRegistry, NO_PARAMS);
  const units = registry.status === 'ready' ? registry.data : null;
  const checked = useMemo(
    () => (units ? checkCodes(view, { units, campaigns: info.campaigns, defaultCampaign: snap.campaign }) : null),
    [units, view, info.campaigns, snap.campaign],
  );
  useEffect(() => {
    if (checked && checked.ignored.length > 0) correct(checked.view, checked.ignored);
  }, [checked, correct]);
  const campaign = checked ? checked.view.campaign ?? snap.campaign : null;
  const latest = useMetric(client, latestDay, campaign === null ? null : { campaign });
  const latestValue = latest.status === 'ready' ? latest.data : undefined;
  const filters = useMemo(
    () => (checked && latestValue !== undefined
      ? toFilters(checked.view, { units: units!, campaigns: info.campaigns, defaultCampaign: snap.campaign }, latestValue, today())
      : null),
    [checked, latestValue, units, info.campaigns, snap.campaign],
  );
  // A comparison day on or after the as-of day compares nothing: dropped with a note, the default used.
  const compareAfter = Boolean(filters && checked?.view.compare && checked.view.compare >= filters.asOf);
  useEffect(() => {
    if (compareAfter && checked) correct({ ...checked.view, compare: null }, [{ param: 'compare', value: checked.view.compare!, reason: 'compareAfter' }]);
  }, [compareAfter, checked, correct]);
  const names = useGroupNames(units ?? []);
  const frame = useMemo(() => (checked && filters && units ? {
    view: checked.view, filters, registry: units, names,
    compare: checked.view.compare && !compareAfter ? checked.view.compare : addDays(filters.asOf, -30),
    target: targetShare(checked.view),
  } : null), [checked, filters, units, names, compareAfter]);
  return { frame, state: registry.status !== 'ready' ? registry : latest.status === 'idle' ? { status: 'loading', last: null } : latest };
}

/** A page's frame: the loading or failure of the registry, else the page. */
export function FrameGate({ state, frame, children }: { state: MetricState<unknown>; frame: Frame | null; children: (frame: Frame) => ReactNode }) {
  if (frame) return <>{children(frame)}</>;
  return <Slot state={state} page>{() => null}</Slot>;
}

/** The filter bar, the chips, the ignored-values note and the synthetic-data notice above a page. */
export function FrameHeader({ props, frame, children }: { props: PageProps; frame: Frame; children?: ReactNode }) {
  const { t } = useI18n();
  const { snap, update, clearFilters } = props;
  const [open, setOpen] = useState(false);
  const { fields, chips } = useFilterFields({
    view: frame.view, registry: frame.registry, names: frame.names, campaigns: snap.info?.campaigns ?? [], campaign: frame.filters.campaign, asOf: frame.filters.asOf, compare: frame.compare,
  });
  const view = frame.view;
  const active = activeFilters(view).length + [view.campaign, view.asOf, view.deadline, view.compare, view.target].filter((v) => v !== null).length;
  return (
    <>
      {snap.synthetic && snap.source === 'published' ? <div className="notice" role="note" data-testid="synthetic-notice">{t('syntheticBanner')}</div> : null}
      {/* On a phone the filters wait behind one button, so that the figures fit the first screen. */}
      <button type="button" className="filters-toggle" aria-expanded={open} aria-controls="filters" onClick={() => setOpen(!open)}
        data-testid="filters-toggle" data-count={active}>
        {t('filters')}{active > 0 ? ` (${active})` : ''} {open ? '▴' : '▾'}
      </button>
      <div id="filters" className={open ? 'filters-wrap open' : 'filters-wrap'}>
        <FilterBar fields={fields} onChange={(key, value) => update({ [key]: value } as Partial<ViewState>)} isDay={(v) => parseDay(v) !== null} />
      </div>
      <IgnoredNotes ignored={props.ignored} onDismiss={props.dismissIgnored} />
      <div className="filter-line">
        <FilterChips chips={chips} onRemove={(key) => update({ [key]: null } as Partial<ViewState>)} onClear={clearFilters} />
        <span className="basis">{snap.info?.basis === 'roster' ? t('basisRoster') : t('basisHeadcount')}</span>
        {children}
      </div>
    </>
  );
}
