import { useMemo } from 'react';
import { CumulativeChart } from '../components/charts/CumulativeChart';
import { HorizontalBars, type HBar } from '../components/charts/HorizontalBars';
import { MonthColumns } from '../components/charts/MonthColumns';
import { completionColour, PALETTE } from '../components/charts/palette';
import { UnitsTable } from '../components/table/UnitsTable';
import { Panel } from '../components/ui/Panel';
import { toCsv } from '../export/csv';
import { useI18n } from '../i18n/language';
import { CATEGORIES, CATEGORY_SHORT, labelOf } from '../schema/codes';
import { completionBars, cumulativeCompletion, ratePer1000Bars, unitRows, type Bar } from '../view-models/overview';
import { downloadText } from './download';
import { FrameHeader, Loading, useFrame, type PageProps } from './frame';
import { KpiRow } from './KpiRow';
import { PrintHeader } from './PrintHeader';
import { useTableText } from './table-text';
import { queryOverview } from './overview-query';
import { current, useQuery } from './use-query';

const monthRange = (month: string): { from: string; to: string } => {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
};

export function OverviewPage(props: PageProps) {
  const { snap, view, update } = props;
  const { t, fmt, lang } = useI18n();
  const frame = useFrame(props);
  const state = useQuery(async () => (frame ? queryOverview(snap.db!, snap.info!, frame.filters) : null), [frame?.filters, snap.version]);
  const data = current(state);
  const tableText = useTableText();
  const names = frame?.names;

  const view$ = useMemo(() => {
    if (!data || !names) return null;
    return {
      kanwil: completionBars(data.byKanwil, (g) => names.short(g.code)),
      directorate: completionBars(data.byDirectorate, (g) => names.short(g.code)),
      per1000: ratePer1000Bars(data.byKanwil, (g) => names.short(g.code)),
      trend: cumulativeCompletion(data.days, data.totals.employees),
      units: unitRows(data.byUnit, data.registry, names.short),
    };
  }, [data, names]);

  if (state.status === 'error') return <div className="status-screen error" role="alert"><p>{state.message}</p></div>;
  if (!frame || !data || !view$ || !names) return <Loading />;

  const pct = (f: number) => fmt.pct(f);
  const toHBars = (bars: Bar[], format: (v: number) => string): HBar[] =>
    bars.map((b) => ({ code: b.code, label: b.label, value: b.value, tooltip: `${names.full(b.code)} · ${fmt.int(b.detail.signed)} / ${fmt.int(b.detail.employees)} · ${format(b.value)}` }));
  const toggle = (key: 'kanwil' | 'directorate' | 'category' | 'unit', code: string) => update({ [key]: view[key] === code ? null : code });
  const selectedMonth = view.from && view.to && monthRange(view.from.slice(0, 7)).to === view.to && view.from.endsWith('-01') ? view.from.slice(0, 7) : null;
  const describe = (title: string, items: string[]) => `${title}: ${items.join(', ')}`;
  const hasGroup = Boolean(view.kanwil || view.directorate || view.unit);

  return (
    <div className="overview" data-testid="overview">
      <PrintHeader props={props} frame={frame} />
      <FrameHeader props={props} frame={frame}>
        {hasGroup ? <button type="button" onClick={() => update({ page: 'detail' })} data-testid="open-detail">{t('openDetail')}</button> : null}
        <button type="button" onClick={() => window.print()} data-testid="print">{t('print')}</button>
      </FrameHeader>
      <KpiRow totals={data.totals} basisRoster={snap.info!.basis === 'roster'} />
      <p className="muted hint">{t('clickHint')}</p>
      <div className="grid">
        <Panel title={t('byKanwil')} png="penyelesaian-kanwil.png" subtitle={t('lowestFirst')}>
          <HorizontalBars bars={toHBars(view$.kanwil, pct)} format={pct} colour={completionColour} domainMax={1} reference={1}
            selected={view.kanwil} onSelect={(code) => toggle('kanwil', code)} emptyText={t('noData')}
            description={describe(t('byKanwil'), view$.kanwil.map((b) => `${b.label} ${pct(b.value)}`))} />
        </Panel>
        <div className="stack">
          <Panel title={t('byDirectorate')} png="penyelesaian-eselon1.png" subtitle={t('lowestFirst')}>
            <HorizontalBars bars={toHBars(view$.directorate, pct)} format={pct} colour={completionColour} domainMax={1} reference={1}
              selected={view.directorate} onSelect={(code) => toggle('directorate', code)} emptyText={t('noData')}
              description={describe(t('byDirectorate'), view$.directorate.map((b) => `${b.label} ${pct(b.value)}`))} />
          </Panel>
          <Panel title={t('trend')} png="penyelesaian-kumulatif.png">
            <CumulativeChart points={view$.trend} formatPct={pct} formatDay={fmt.day} formatInt={fmt.int} emptyText={t('noData')}
              deadline={view.deadline} deadlineLabel={view.deadline ? `${t('deadlineLabel')} ${fmt.day(view.deadline)}` : undefined}
              description={describe(t('trend'), view$.trend.length ? [`${fmt.day(data.filters.asOf)} ${pct(view$.trend[view$.trend.length - 1].completion)}`] : [])} />
          </Panel>
        </div>
        <div className="stack">
          <Panel title={t('incidentsByCategory')} png="kasus-per-jenis.png">
            <HorizontalBars
              bars={data.categories.map((c) => ({ code: c.category, label: CATEGORY_SHORT[c.category]?.[lang] ?? c.category, value: c.count, tooltip: labelOf(CATEGORIES, c.category, lang) }))}
              format={fmt.int} colour={() => PALETTE.purple} labelWidth={170} emptyText={t('noData')}
              selected={view.category} onSelect={(code) => toggle('category', code)}
              description={describe(t('incidentsByCategory'), data.categories.map((c) => `${labelOf(CATEGORIES, c.category, lang)} ${c.count}`))} />
          </Panel>
          <Panel title={t('incidentsByMonth')} png="kasus-per-bulan.png">
            <MonthColumns columns={data.months.map((m) => ({ month: m.month, label: fmt.month(m.month), open: m.open, closed: m.count - m.open }))}
              openLabel={t('openCases')} closedLabel={t('closedCases')} emptyText={t('noData')} selected={selectedMonth}
              onSelect={(month) => update(selectedMonth === month ? { from: null, to: null } : monthRange(month))}
              description={describe(t('incidentsByMonth'), data.months.map((m) => `${fmt.month(m.month)} ${m.count}`))} />
          </Panel>
        </div>
        <Panel title={t('incidentsPer1000')} png="kasus-per-1000.png" noPrint>
          <HorizontalBars bars={toHBars(view$.per1000, (v) => fmt.decimal(v, 1))} format={(v) => fmt.decimal(v, 1)} colour={() => PALETTE.orange}
            selected={view.kanwil} onSelect={(code) => toggle('kanwil', code)} emptyText={t('noData')}
            description={describe(t('incidentsPer1000'), view$.per1000.map((b) => `${b.label} ${fmt.decimal(b.value, 1)}`))} />
        </Panel>
        <Panel title={t('unitsTable')} wide noPrint>
          <UnitsTable rows={view$.units} text={tableText.units} formatInt={fmt.int} formatPct={fmt.pct} sort={view.sort}
            onSort={(sort) => update({ sort })} selected={view.unit} onRowClick={(code) => toggle('unit', code)}
            downloadLabel={t('downloadCsv')}
            onDownload={(rows) => downloadText('unit.csv', toCsv(
              [t('code'), t('unit'), t('type'), t('kanwil'), t('directorate'), t('employees'), t('signed'), t('notYet'), t('completion'), t('incidents'), t('openIncidents')],
              rows.map((r) => [r.code, r.name, r.type, r.kanwil, r.directorate, r.employees, r.signed, r.notSigned, r.completion, r.incidents, r.openIncidents]),
            ))} />
        </Panel>
      </div>
    </div>
  );
}
