import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { HorizontalBars, type HBar } from '../components/charts/HorizontalBars';
import { chartsSettled, CumulativeChart } from '../components/charts/lazy';
import { MonthColumns } from '../components/charts/MonthColumns';
import { completionColour, PALETTE } from '../components/charts/palette';
import { UnitsTable } from '../components/table/UnitsTable';
import { Panel } from '../components/ui/Panel';
import { toCsv } from '../export/csv';
import { useI18n } from '../i18n/language';
import { completionByDirectorate, completionByKanwil, completionByUnit, type GroupRow } from '../metrics/groups';
import { incidentsByCategory, incidentsByMonth } from '../metrics/incidents';
import { totals } from '../metrics/totals';
import { signersByDay } from '../metrics/trend';
import { CATEGORIES, CATEGORY_SHORT, labelOf } from '../schema/codes';
import { completionBars, cumulativeCompletion, ratePer1000Bars, unitRows, unmatchedBucket, type Bar } from '../view-models/overview';
import { neededFor } from '../view-models/answers';
import { afterPaint } from './dataset-parts';
import { holdEngineStart } from './engine-hold';
import { downloadText } from './download';
import { FrameGate, FrameHeader, useFrame, type Frame, type PageProps } from './frame';
import { groupCases, monthColumns, useCounts, withheldUnitRows, type CaseCells, type Counts } from './counts';
import { KpiSlot } from './kpi-slot';
import { overviewChartParams, overviewPrefetch, prefetchAhead } from './prefetch';
import { PrintHeader } from './PrintHeader';
import { anyLoading, Slot } from './slot';
import { useTableText } from './table-text';
import { shown, useMetric } from './use-metric';

const monthRange = (month: string): { from: string; to: string } => {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
};

const WAITING = { status: 'loading', last: null } as const;
const NOT_DRAWN = { byKanwil: WAITING, byDirectorate: WAITING, byUnit: WAITING, days: WAITING, categories: WAITING, months: WAITING, trend: null };

export function OverviewPage(props: PageProps) {
  const { frame, state } = useFrame(props);
  return <FrameGate state={state} frame={frame}>{(f) => <Overview props={props} frame={f} />}</FrameGate>;
}

function Overview({ props, frame }: { props: PageProps; frame: Frame }) {
  const { client, update } = props;
  const view = frame.view;
  const { t, fmt, lang } = useI18n();
  const f = frame.filters;
  const names = frame.names;
  const kpis = useMetric(client, totals, f);
  const asked = overviewChartParams(f);
  const byKanwil = useMetric(client, completionByKanwil, asked.byKanwil);
  const byDirectorate = useMetric(client, completionByDirectorate, asked.byDirectorate);
  const byUnit = useMetric(client, completionByUnit, asked.byUnit);
  const days = useMetric(client, signersByDay, asked.days);
  const categories = useMetric(client, incidentsByCategory, asked.categories);
  const months = useMetric(client, incidentsByMonth, asked.months);
  const tableText = useTableText();
  const counts = useCounts(props.snap);
  const pct = (v: number) => fmt.pct(v);

  const toHBars = (bars: Bar[], format: (v: number) => string): HBar[] =>
    bars.map((b) => ({ code: b.code, label: b.label, value: b.value, tooltip: `${names.full(b.code)} · ${fmt.int(b.detail.signed)} / ${fmt.int(b.detail.employees)} · ${format(b.value)}` }));
  const toggle = (key: 'kanwil' | 'directorate' | 'category' | 'unit', code: string) => update({ [key]: view[key] === code ? null : code });
  const selectedMonth = view.from && view.to && monthRange(view.from.slice(0, 7)).to === view.to && view.from.endsWith('-01') ? view.from.slice(0, 7) : null;
  const describe = (title: string, items: string[]) => `${title}: ${items.join(', ')}`;
  // The table view of a completion chart answers "how many still": employees, signed, still needed for 100 % and for the target.
  const share = fmt.pct(frame.target, (frame.target * 100) % 1 ? 1 : 0);
  const completionColumns = [t('employees'), t('signed'), t('neededTo100Col'), t('neededTargetCol', { share })];
  const completionChart = (rows: GroupRow[], key: 'kanwil' | 'directorate', title: string) => {
    const bars = completionBars(rows, (g) => names.short(g.code));
    const withCells = toHBars(bars, pct).map((h, i) => {
      const g = bars[i].detail;
      return { ...h, cells: [fmt.int(g.employees), fmt.int(g.signed), fmt.int(neededFor(g.employees, g.signed, 1)), fmt.int(neededFor(g.employees, g.signed, frame.target))] };
    });
    return (
      <HorizontalBars bars={withCells} columns={completionColumns} valueHeader={t('completion')} format={pct} colour={completionColour} domainMax={1} reference={1}
        selected={charts.view[key]} onSelect={(code) => toggle(key, code)} emptyText={t('noData')}
        description={describe(title, bars.map((b) => `${b.label} ${pct(b.value)}`))} />
    );
  };
  const hasGroup = Boolean(view.kanwil || view.directorate || view.unit);
  // While the next figures load, the trend keeps the last ones (dimmed) instead of leaving the page.
  const employees = shown(kpis)?.employees ?? null;
  const dayRows = shown(days);
  const trendNow = useMemo(() => (dayRows && employees !== null ? cumulativeCompletion(dayRows, employees) : null), [dayRows, employees]);
  // The KPIs are drawn at once; on a click the charts follow in a render React may interrupt, so a
  // click's first answer on screen never waits for them. One object while its parts are the same
  // (use-metric.ts keeps each state's identity), so that a re-render for another reason does not
  // start that deferred render over.
  const now = useMemo(() => ({ view, byKanwil, byDirectorate, byUnit, days, categories, months, trend: trendNow }),
    [view, byKanwil, byDirectorate, byUnit, days, categories, months, trendNow]);
  const deferred = useDeferredValue(now);
  // On the first draw the KPIs come on screen alone, the charts in an ordinary render right after
  // that paint, and the units table (below the charts, the longest render of the three) last. Not in
  // the deferred render: while the engine starts, the page's updates came every 100–250 ms and started
  // that long render over each time, so the charts waited for the engine. The trend's code (fetched at
  // start, lazy.tsx) is read from the KPIs' commit on; the bar charts do not wait for it (reading it
  // takes a few hundred ms on a small machine), and the trend's panel draws itself when it comes. The
  // units table waits for it too, so that the trend is not held back behind the table's render.
  // The engine's start waits while this happens (engine-hold.ts): both would share the same cores.
  const [stage, setStage] = useState<'kpis' | 'charts' | 'table'>('kpis');
  useLayoutEffect(() => {
    let live = true;
    const release = holdEngineStart();
    const code = chartsSettled();
    void afterPaint()
      .then(() => { if (live) setStage('charts'); })
      .then(() => Promise.all([afterPaint(), code]))
      .then(afterPaint)
      .then(() => {
        release();
        if (live) setStage('table');
      });
    return () => {
      live = false;
      release();
    };
  }, []);
  const charts = stage !== 'kpis' ? deferred : { ...now, ...NOT_DRAWN };
  const unitState = stage === 'table' ? charts.byUnit : WAITING;
  const busy = anyLoading(kpis, byKanwil, byDirectorate, byUnit, days, categories, months) || charts !== now || stage !== 'table'; // charts, the trend's code or the table not there yet

  // Once the page is drawn, the views one click away are worked out ahead (app/prefetch.ts).
  useEffect(() => (busy ? undefined : prefetchAhead(client, overviewPrefetch(f, frame.registry, frame.compare))),
    [busy, client, f, frame.registry, frame.compare]);

  return (
    <div className="overview" data-testid="overview" data-busy={busy}>
      <PrintHeader props={props} frame={frame} />
      <FrameHeader props={props} frame={frame}>
        {hasGroup ? <button type="button" onClick={() => update({ page: 'detail' })} data-testid="open-detail">{t('openDetail')}</button> : null}
        <button type="button" onClick={() => window.print()} data-testid="print">{t('print')}</button>
      </FrameHeader>
      <div id="figures" tabIndex={-1} className="figures-anchor" />
      <KpiSlot props={props} frame={frame} />
      <p className="muted hint">{t('clickHint')}</p>
      <div className="grid">
        <Panel title={t('byKanwil')} png="penyelesaian-kanwil.png" subtitle={t('lowestFirst')}>
          <Slot state={charts.byKanwil}>{(rows) => (
            <>
              {completionChart(rows, 'kanwil', t('byKanwil'))}
              <UnmatchedNote group={unmatchedBucket(rows)} cases={groupCases(rows, counts).get('UNMATCHED')} counts={counts} onFix={() => update({ page: 'data' })} />
            </>
          )}</Slot>
        </Panel>
        <div className="stack">
          <Panel title={t('byDirectorate')} png="penyelesaian-eselon1.png" subtitle={t('lowestFirst')}>
            <Slot state={charts.byDirectorate}>{(rows) => completionChart(rows, 'directorate', t('byDirectorate'))}</Slot>
          </Panel>
          <Panel title={t('trend')} png="penyelesaian-kumulatif.png">
            <Slot state={charts.trend === null && charts.days.status !== 'error' ? { status: 'loading', last: null } : charts.days}>{() => (
              <CumulativeChart points={charts.trend ?? []} formatPct={pct} formatDay={fmt.day} formatInt={fmt.int} emptyText={t('noData')}
                deadline={charts.view.deadline} deadlineLabel={charts.view.deadline ? `${t('deadlineLabel')} ${fmt.day(charts.view.deadline)}` : undefined}
                description={describe(t('trend'), charts.trend && charts.trend.length ? [`${fmt.day(f.asOf)} ${pct(charts.trend[charts.trend.length - 1].completion)}`] : [])} />
            )}</Slot>
          </Panel>
        </div>
        <div className="stack">
          <Panel title={t('incidentsByCategory')} png="kasus-per-jenis.png">
            <Slot state={charts.categories}>{(rows) => {
              const shownCounts = counts.list(rows.map((c) => c.count));
              return (
                <HorizontalBars
                  bars={rows.map((c, i) => ({ code: c.category, label: CATEGORY_SHORT[c.category]?.[lang] ?? c.category, value: shownCounts[i].value, text: counts.text(shownCounts[i]), tooltip: labelOf(CATEGORIES, c.category, lang) }))}
                  format={fmt.int} colour={() => PALETTE.purple} labelWidth={170} emptyText={t('noData')}
                  selected={charts.view.category} onSelect={(code) => toggle('category', code)}
                  description={describe(t('incidentsByCategory'), rows.map((c, i) => `${labelOf(CATEGORIES, c.category, lang)} ${counts.text(shownCounts[i])}`))} />
              );
            }}</Slot>
          </Panel>
          <Panel title={t('incidentsByMonth')} png="kasus-per-bulan.png">
            <Slot state={charts.months}>{(rows) => {
              const columns = monthColumns(rows, counts, fmt.month, t('openCases'));
              return (
                <MonthColumns columns={columns} openLabel={t('openCases')} closedLabel={t('closedCases')} unsplitLabel={t('casesUnsplit')}
                  emptyText={t('noData')} selected={selectedMonth}
                  onSelect={(month) => update(selectedMonth === month ? { from: null, to: null } : monthRange(month))}
                  description={describe(t('incidentsByMonth'), columns.map((m, i) => `${m.label} ${m.text ?? fmt.int(rows[i].count)}`))} />
              );
            }}</Slot>
          </Panel>
        </div>
        <Panel title={t('incidentsPer1000')} png="kasus-per-1000.png" noPrint>
          <Slot state={charts.byKanwil}>{(rows) => {
            // A rate of a withheld count would give the count away (rate × staff / 1,000): its count is shown instead.
            const cases = groupCases(rows, counts);
            const bars = ratePer1000Bars(rows, (g) => names.short(g.code)).map((b) => {
              const cell = cases.get(b.code)!.incidents;
              return cell.withheld ? { ...b, value: 0, text: t('withheldCases', { n: counts.text(cell) }) } : { ...b, text: fmt.decimal(b.value, 1) };
            });
            return (
              <HorizontalBars bars={toHBars(bars, (v) => fmt.decimal(v, 1)).map((h, i) => ({ ...h, text: bars[i].text }))} format={(v) => fmt.decimal(v, 1)} colour={() => PALETTE.orange}
                selected={charts.view.kanwil} onSelect={(code) => toggle('kanwil', code)} emptyText={t('noData')}
                description={describe(t('incidentsPer1000'), bars.map((b) => `${b.label} ${b.text}`))} />
            );
          }}</Slot>
        </Panel>
        <Panel title={t('unitsTable')} wide noPrint>
          <Slot state={unitState}>{(rows) => (
            <UnitsTable rows={withheldUnitRows(unitRows(rows, frame.registry, names.short), counts)} text={tableText.units} formatInt={fmt.int} formatPct={fmt.pct} sort={charts.view.sort}
              onSort={(sort) => update({ sort })} selected={charts.view.unit} onRowClick={(code) => toggle('unit', code)}
              downloadLabel={t('downloadCsv')}
              onDownload={(list) => downloadText('unit.csv', toCsv(
                [t('code'), t('unit'), t('type'), t('kanwil'), t('directorate'), t('employees'), t('signed'), t('notYet'), t('completion'), t('incidents'), t('openIncidents')],
                list.map((r) => [r.code, r.name, r.type, r.kanwil, r.directorate, r.employees, r.signed, r.notSigned, r.completion, r.incidentsText ?? r.incidents, r.openText ?? r.openIncidents]),
              ))} />
          )}</Slot>
        </Panel>
      </div>
    </div>
  );
}

/** Rows whose unit matches no registry unit: shown apart from the ranking, with what to do about them. */
function UnmatchedNote({ group, cases, counts, onFix }: { group: GroupRow | null; cases: CaseCells | undefined; counts: Counts; onFix(): void }) {
  const { t, fmt } = useI18n();
  if (!group) return null;
  const incidents = cases ? counts.text(cases.incidents) : fmt.int(group.incidents);
  return (
    <p className="unmatched-note no-print" data-testid="unmatched-note" data-employees={group.employees} data-incidents={cases?.incidents.withheld ? incidents : group.incidents}>
      <strong>{t('UNMATCHED')}</strong> ({t('outsideRanking')}): {t('unmatchedCounts', { employees: fmt.int(group.employees), signed: fmt.int(group.signed), incidents })}{' '}
      {t('unmatchedWhy')}{' '}
      <button type="button" className="link" onClick={onFix} data-testid="fix-unmatched">{t('unmatchedFix')}</button>
    </p>
  );
}

