import { DataTable, type Column } from '../components/table/DataTable';
import { Panel } from '../components/ui/Panel';
import { useI18n } from '../i18n/language';
import { openCasesByUnit, type OpenByUnit } from '../metrics/cases';
import { completionByDirectorate, completionByKanwil, completionByUnit, type GroupRow } from '../metrics/groups';
import type { ViewState } from '../state/view-state';
import { groupsBehind, type GroupBehind } from '../view-models/answers';
import type { Shown } from '../view-models/disclosure';
import { unmatchedBucket } from '../view-models/overview';
import { FrameGate, FrameHeader, useFrame, type Frame, type PageProps } from './frame';
import { groupCases, useCounts, WITHHELD_TEXT, type Counts } from './counts';
import { anyLoading, Slot } from './slot';
import { useMetric } from './use-metric';

/**
 * Who needs a push: the Kanwil, Eselon I units and units furthest from 100 %, each with the signatures
 * still needed for 100 % and for the target share; units with the most and oldest open cases.
 */
export function BehindPage(props: PageProps) {
  const { frame, state } = useFrame(props);
  return <FrameGate state={state} frame={frame}>{(f) => <Behind props={props} frame={f} />}</FrameGate>;
}

type Level = 'kanwil' | 'directorate' | 'unit';

function Behind({ props, frame }: { props: PageProps; frame: Frame }) {
  const { client, update } = props;
  const { t, fmt } = useI18n();
  const kanwil = useMetric(client, completionByKanwil, frame.filters);
  const directorate = useMetric(client, completionByDirectorate, frame.filters);
  const units = useMetric(client, completionByUnit, frame.filters);
  const open = useMetric(client, openCasesByUnit, frame.filters);
  const kanwilOf = new Map(frame.registry.map((u) => [u.code, u.kanwil]));
  const share = fmt.pct(frame.target, (frame.target * 100) % 1 ? 1 : 0);
  const columns = (level: Level): Column<GroupBehind>[] => [
    { id: 'name', header: level === 'kanwil' ? t('kanwil') : level === 'directorate' ? t('directorate') : t('unit'), value: (r) => (level === 'unit' ? frame.names.full(r.code) : frame.names.short(r.code)) },
    ...(level === 'unit' ? [{ id: 'kanwil', header: t('kanwil'), value: (r: GroupBehind) => frame.names.short(kanwilOf.get(r.code) ?? '') }] : []),
    { id: 'completion', header: t('completion'), value: (r) => r.completion, render: (r) => fmt.pct(r.completion), numeric: true },
    { id: 'signed', header: t('signed'), value: (r) => r.signed, render: (r) => `${fmt.int(r.signed)} / ${fmt.int(r.employees)}`, numeric: true },
    { id: 'needed', header: t('neededTo100Col'), value: (r) => r.needed, render: (r) => fmt.int(r.needed), numeric: true },
    { id: 'neededTarget', header: t('neededTargetCol', { share }), value: (r) => r.neededTarget, render: (r) => fmt.int(r.neededTarget), numeric: true },
  ];
  const open100 = (level: Level, code: string): Partial<ViewState> => ({ page: 'detail', kanwil: null, directorate: null, unit: null, [level]: code });
  const ranking = (level: Level, rows: GroupRow[], title: string, pageSize: number) => {
    const behind = groupsBehind(rows, frame.target);
    const left = level === 'unit' ? behind.filter((r) => r.needed > 0) : behind;
    return (
      <>
        <DataTable rows={left} columns={columns(level)} pageSize={pageSize} testId={`behind-${level}`} caption={title}
          rowProps={(r) => ({ 'data-code': r.code, 'data-needed': r.needed, 'data-needed-target': r.neededTarget, 'data-completion': r.completion })}
          onRowClick={(r) => update(open100(level, r.code))} rowLabel={(r) => `${t('openDetail')}: ${frame.names.full(r.code)}`} />
        <UnmatchedLine group={level === 'unit' ? null : unmatchedBucket(rows)} incidents={groupCases(rows, counts).get('UNMATCHED')?.incidents} counts={counts} />
      </>
    );
  };
  const counts = useCounts(props.snap);
  // A withheld count hides its unit's oldest age too: with few cases it tells when one was reported.
  const openColumns: Column<OpenByUnit & { shown: Shown }>[] = [
    { id: 'unit', header: t('unit'), value: (r) => r.unitName },
    { id: 'open', header: t('kpiOpen'), value: (r) => r.shown.value, render: (r) => counts.text(r.shown), numeric: true },
    { id: 'oldest', header: t('oldestCase'), value: (r) => (r.shown.withheld ? -1 : r.oldestDays), render: (r) => (r.shown.withheld ? WITHHELD_TEXT.hidden : fmt.int(r.oldestDays)), numeric: true },
  ];
  const openRows = (rows: OpenByUnit[]) => {
    const shown = counts.list(rows.map((r) => r.open));
    return rows.map((r, i) => ({ ...r, shown: shown[i] })).sort((a, b) => b.shown.value - a.shown.value).slice(0, 25);
  };
  return (
    <div className="overview" data-testid="behind" data-busy={anyLoading(kanwil, directorate, units, open)}>
      <FrameHeader props={props} frame={frame} />
      <p className="muted hint">{t('behindHint')}</p>
      <div className="grid behind-grid">
        <Panel title={t('behindKanwil')}>
          <Slot state={kanwil}>{(rows) => ranking('kanwil', rows, t('behindKanwil'), 10)}</Slot>
        </Panel>
        <Panel title={t('behindDirectorate')}>
          <Slot state={directorate}>{(rows) => ranking('directorate', rows, t('behindDirectorate'), 10)}</Slot>
        </Panel>
        <Panel title={t('behindTitle')} wide>
          <Slot state={units}>{(rows) => ranking('unit', rows, t('behindTitle'), 15)}</Slot>
        </Panel>
        <Panel title={t('openCasesTitle')} wide>
          <Slot state={open}>{(rows) => <DataTable rows={openRows(rows)} columns={openColumns} pageSize={25} testId="open-cases-table" caption={t('openCasesTitle')} />}</Slot>
        </Panel>
      </div>
    </div>
  );
}

/** The unmatched bucket under a ranking: not a group to rank, but its staff still need to sign. */
function UnmatchedLine({ group, incidents, counts }: { group: GroupRow | null; incidents: Shown | undefined; counts: Counts }) {
  const { t, fmt } = useI18n();
  if (!group) return null;
  return (
    <p className="muted small-text" data-testid="behind-unmatched" data-employees={group.employees}>
      {t('UNMATCHED')} ({t('outsideRanking')}): {t('unmatchedCounts', { employees: fmt.int(group.employees), signed: fmt.int(group.signed), incidents: incidents ? counts.text(incidents) : fmt.int(group.incidents) })}
    </p>
  );
}
