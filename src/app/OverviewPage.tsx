import { useMemo, useState } from 'react';
import { HorizontalBars, type HBar } from '../components/charts/HorizontalBars';
import { CumulativeChart } from '../components/charts/CumulativeChart';
import { MonthColumns } from '../components/charts/MonthColumns';
import { completionColour, PALETTE } from '../components/charts/palette';
import { FilesPanel } from '../components/data/FilesPanel';
import { KpiCard } from '../components/ui/KpiCard';
import { Panel } from '../components/ui/Panel';
import { UnitsTable } from '../components/table/UnitsTable';
import { useI18n } from '../i18n/language';
import { CATEGORIES, CATEGORY_SHORT, labelOf } from '../schema/codes';
import { completionBars, cumulativeCompletion, ratePer1000Bars, unitRows, type Bar } from '../view-models/overview';
import type { DatasetSnapshot } from './dataset';
import { useGroupNames } from './group-names';
import { useOverview } from './use-overview';
import { fileSummaries } from './file-summaries';
import { useTableText } from './table-text';

export function OverviewPage({ snap, onCampaign }: { snap: DatasetSnapshot; onCampaign(campaign: string): void }) {
  const { t, fmt, lang } = useI18n();
  const dataset = { db: snap.db!, info: snap.info!, files: snap.files, synthetic: snap.synthetic && snap.source === 'published' };
  const campaign = snap.campaign;
  const [asOf, setAsOf] = useState<string | null>(null);
  const state = useOverview(dataset.db, dataset.info, campaign, asOf, snap.version);
  const data = state.status === 'ready' ? state.data : null;
  const names = useGroupNames(data?.registry ?? []);
  const tableText = useTableText();

  const toHBars = (bars: Bar[], format: (v: number) => string): HBar[] =>
    bars.map((b) => ({ code: b.code, label: b.label, value: b.value, tooltip: `${names.full(b.code)} · ${fmt.int(b.detail.signed)} / ${fmt.int(b.detail.employees)} · ${format(b.value)}` }));

  const view = useMemo(() => {
    if (!data) return null;
    return {
      kanwil: completionBars(data.byKanwil, (g) => names.short(g.code)),
      directorate: completionBars(data.byDirectorate, (g) => names.short(g.code)),
      per1000: ratePer1000Bars(data.byKanwil, (g) => names.short(g.code)),
      trend: cumulativeCompletion(data.days, data.totals.employees),
      units: unitRows(data.byUnit, data.registry, names.short),
    };
  }, [data, names]);

  if (state.status === 'error') return <div className="status-screen error" role="alert"><p>{state.message}</p></div>;
  if (!data || !view) return <div className="status-screen" role="status"><div className="spinner" aria-hidden="true" /><p>{t('querying')}</p></div>;

  const tt = data.totals;
  const basisRoster = dataset.info.basis === 'roster';
  const pct = (f: number) => fmt.pct(f);
  const openShare = tt.incidents > 0 ? fmt.decimal((100 * tt.openIncidents) / tt.incidents, 0) : '0';

  return (
    <div className="overview" data-testid="overview">
      {dataset.synthetic ? <div className="notice" role="note" data-testid="synthetic-notice">{t('syntheticBanner')}</div> : null}
      <div className="filters">
        <label>
          <span>{t('campaign')}</span>
          <select value={campaign} onChange={(e) => { onCampaign(e.target.value); setAsOf(null); }}>
            {(dataset.info.campaigns.length ? dataset.info.campaigns : [campaign]).map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label>
          <span>{t('asOf')}</span>
          <input type="date" value={data.asOf} min={dataset.info.firstSignatureDay ?? undefined}
            onChange={(e) => setAsOf(e.target.value || null)} />
        </label>
        <span className="basis">{basisRoster ? t('basisRoster') : t('basisHeadcount')} · {fmt.day(data.asOf)}</span>
      </div>

      <div className="kpis">
        <KpiCard name="completion" value={tt.completion ?? 0} label={t('kpiCompletion')} display={fmt.pct(tt.completion)}
          sub={t('ofEmployees', { n: fmt.int(tt.employees) })} tone={tt.completion !== null && tt.completion >= 0.999 ? 'good' : 'default'} />
        <KpiCard name="signed" value={tt.signed} label={t('kpiSigned')} display={fmt.int(tt.signed)}
          sub={`${fmt.int(tt.signed)} / ${fmt.int(tt.employees)}`} />
        <KpiCard name="employees" value={tt.employees} label={basisRoster ? t('kpiEmployees') : t('kpiEmployeesHeadcount')} display={fmt.int(tt.employees)} />
        <KpiCard name="unmatched-signers" value={tt.unmatchedSigners} label={t('kpiUnmatched')} display={fmt.int(tt.unmatchedSigners)} sub={t('notCounted')} />
        <KpiCard name="incidents" value={tt.incidents} label={t('kpiIncidents')} display={fmt.int(tt.incidents)} />
        <KpiCard name="open-incidents" value={tt.openIncidents} label={t('kpiOpen')} display={fmt.int(tt.openIncidents)}
          sub={t('openShare', { n: openShare })} tone={tt.openIncidents > 0 ? 'warn' : 'good'} />
      </div>

      <div className="grid">
        <Panel title={t('byKanwil')} subtitle={t('lowestFirst')}>
          <HorizontalBars bars={toHBars(view.kanwil, pct)} format={pct} colour={completionColour} domainMax={1} reference={1}
            emptyText={t('noData')} description={`${t('byKanwil')}: ${view.kanwil.map((b) => `${b.label} ${pct(b.value)}`).join(', ')}`} />
        </Panel>
        <div className="stack">
          <Panel title={t('byDirectorate')} subtitle={t('lowestFirst')}>
            <HorizontalBars bars={toHBars(view.directorate, pct)} format={pct} colour={completionColour} domainMax={1} reference={1}
              emptyText={t('noData')} description={`${t('byDirectorate')}: ${view.directorate.map((b) => `${b.label} ${pct(b.value)}`).join(', ')}`} />
          </Panel>
          <Panel title={t('trend')}>
            <CumulativeChart points={view.trend} formatPct={pct} formatDay={fmt.day} formatInt={fmt.int} emptyText={t('noData')}
              description={`${t('trend')}: ${view.trend.length > 0 ? pct(view.trend[view.trend.length - 1].completion) : ''}`} />
          </Panel>
        </div>
        <Panel title={t('incidentsByCategory')}>
          <HorizontalBars
            bars={data.categories.map((c) => ({ code: c.category, label: CATEGORY_SHORT[c.category]?.[lang] ?? c.category, value: c.count, tooltip: labelOf(CATEGORIES, c.category, lang) }))}
            format={fmt.int} colour={() => PALETTE.purple} labelWidth={170} emptyText={t('noData')}
            description={`${t('incidentsByCategory')}: ${data.categories.map((c) => `${labelOf(CATEGORIES, c.category, lang)} ${c.count}`).join(', ')}`} />
        </Panel>
        <Panel title={t('incidentsByMonth')}>
          <MonthColumns columns={data.months.map((m) => ({ month: m.month, label: fmt.month(m.month), open: m.open, closed: m.count - m.open }))}
            openLabel={t('openCases')} closedLabel={t('closedCases')} emptyText={t('noData')}
            description={`${t('incidentsByMonth')}: ${data.months.map((m) => `${m.month} ${m.count}`).join(', ')}`} />
        </Panel>
        <Panel title={t('incidentsPer1000')}>
          <HorizontalBars bars={toHBars(view.per1000, (v) => fmt.decimal(v, 1))} format={(v) => fmt.decimal(v, 1)} colour={() => PALETTE.orange}
            emptyText={t('noData')} description={`${t('incidentsPer1000')}: ${view.per1000.map((b) => `${b.label} ${fmt.decimal(b.value, 1)}`).join(', ')}`} />
        </Panel>
        <Panel title={t('dataFiles')}>
          <FilesPanel files={fileSummaries(dataset.files, t)} unmatched={data.unmatched} text={tableText.files} formatInt={fmt.int} />
        </Panel>
        <Panel title={t('unitsTable')} wide>
          <UnitsTable rows={view.units} text={tableText.units} formatInt={fmt.int} formatPct={fmt.pct} />
        </Panel>
      </div>
    </div>
  );
}
