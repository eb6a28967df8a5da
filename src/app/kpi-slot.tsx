import { useI18n } from '../i18n/language';
import { totals } from '../metrics/totals';
import type { Frame, PageProps } from './frame';
import { useCounts } from './counts';
import { KpiRow } from './KpiRow';
import { kpiParams } from './prefetch';
import { Slot } from './slot';
import { shown, useMetric } from './use-metric';

/**
 * The KPI row of a page: the figures as of the as-of day, their change since the comparison day (the
 * same figures asked again for that day; a failure there only leaves the changes out), what is still
 * needed and the pace to the deadline.
 */
export function KpiSlot({ props, frame }: { props: PageProps; frame: Frame }) {
  const { client, snap } = props;
  const f = frame.filters;
  const asked = kpiParams(f, frame.compare);
  const now = useMetric(client, totals, asked.now);
  const before = useMetric(client, totals, asked.before);
  const counts = useCounts(snap);
  const { t } = useI18n();
  return (
    <Slot state={now}>{(data) => (
      <>
        <KpiRow totals={data} before={before.status === 'ready' ? before.data : shown(before)} basisRoster={snap.info!.basis === 'roster'}
          asOf={f.asOf} compare={frame.compare} deadline={frame.view.deadline} target={frame.target} counts={counts} />
        {counts.one(data.incidents).withheld ? <p className="muted hint" data-testid="withheld-note">{t('withheldNote')}</p> : null}
      </>
    )}</Slot>
  );
}
