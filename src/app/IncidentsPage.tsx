import { HorizontalBars } from '../components/charts/HorizontalBars';
import { MonthColumns } from '../components/charts/MonthColumns';
import { PALETTE } from '../components/charts/palette';
import { DataTable, type Column } from '../components/table/DataTable';
import { Panel } from '../components/ui/Panel';
import { toCsv } from '../export/csv';
import { useI18n } from '../i18n/language';
import type { StringKey } from '../i18n/strings';
import { caseList, type CaseRow } from '../metrics/cases';
import { incidentsBy, incidentsByCategory, incidentsByMonth } from '../metrics/incidents';
import { CATEGORIES, CATEGORY_SHORT, SANCTIONS, SOURCES, STATUSES, labelOf } from '../schema/codes';
import { ageing } from '../view-models/leadership';
import { downloadText } from './download';
import { FrameHeader, Loading, useFrame, type PageProps } from './frame';
import { current, useQuery } from './use-query';

const today = () => new Date().toISOString().slice(0, 10);

/** Cases by category, status, source and month, their ageing, and the case list. */
export function IncidentsPage(props: PageProps) {
  const { snap, view, update } = props;
  const { t, fmt, lang } = useI18n();
  const frame = useFrame(props);
  const db = snap.db!;
  const data = current(useQuery(async () => {
    if (!frame) return null;
    const f = frame.filters;
    return {
      categories: await incidentsByCategory(db, { ...f, category: null }),
      statuses: await incidentsBy(db, 'status', { ...f, status: null }),
      sources: await incidentsBy(db, 'source', { ...f, source: null }),
      months: await incidentsByMonth(db, f),
      cases: await caseList(db, f, today()),
    };
  }, [frame?.filters, snap.version]));
  if (!frame || !data) return <Loading />;
  const toggle = (key: 'category' | 'status' | 'source', code: string) => update({ [key]: view[key] === code ? null : code });
  const ages = ageing(data.cases);
  const caseColumns: Column<CaseRow>[] = [
    { id: 'id', header: t('caseId'), value: (r) => r.caseId },
    { id: 'reported', header: t('reportedOn'), value: (r) => r.reportedOn, render: (r) => fmt.day(r.reportedOn) },
    { id: 'unit', header: t('unit'), value: (r) => r.unitName },
    { id: 'category', header: t('category'), value: (r) => labelOf(CATEGORIES, r.category, lang) },
    { id: 'source', header: t('source'), value: (r) => (r.source ? labelOf(SOURCES, r.source, lang) : '–') },
    { id: 'status', header: t('status'), value: (r) => labelOf(STATUSES, r.status, lang) },
    { id: 'sanction', header: t('sanction'), value: (r) => (r.sanction ? labelOf(SANCTIONS, r.sanction, lang) : '–') },
    { id: 'age', header: t('daysSince'), value: (r) => r.ageDays, numeric: true },
  ];
  const download = () => downloadText('kasus.csv', toCsv(
    [t('caseId'), t('reportedOn'), t('code'), t('unit'), t('category'), t('source'), t('status'), t('sanction'), t('decidedOn'), t('daysSince')],
    data.cases.map((r) => [r.caseId, r.reportedOn, r.unitCode, r.unitName, r.category, r.source, r.status, r.sanction, r.decidedOn, r.ageDays]),
  ));
  return (
    <div className="overview" data-testid="incidents">
      <FrameHeader props={props} frame={frame} />
      <div className="grid">
        <Panel title={t('incidentsByCategory')} png="kasus-per-jenis.png">
          <HorizontalBars bars={data.categories.map((c) => ({ code: c.category, label: CATEGORY_SHORT[c.category]?.[lang] ?? c.category, value: c.count, tooltip: labelOf(CATEGORIES, c.category, lang) }))}
            format={fmt.int} colour={() => PALETTE.purple} labelWidth={170} emptyText={t('noData')} selected={view.category}
            onSelect={(code) => toggle('category', code)} description={`${t('incidentsByCategory')}: ${data.categories.map((c) => `${c.category} ${c.count}`).join(', ')}`} />
        </Panel>
        <div className="stack">
          <Panel title={t('byStatus')} png="kasus-per-status.png">
            <HorizontalBars bars={data.statuses.map((s) => ({ code: s.code, label: labelOf(STATUSES, s.code, lang), value: s.count, tooltip: labelOf(STATUSES, s.code, lang) }))}
              format={fmt.int} colour={() => PALETTE.blue} labelWidth={140} emptyText={t('noData')} selected={view.status}
              onSelect={(code) => toggle('status', code)} description={`${t('byStatus')}: ${data.statuses.map((s) => `${s.code} ${s.count}`).join(', ')}`} />
          </Panel>
          <Panel title={t('bySource')} png="kasus-per-sumber.png">
            <HorizontalBars bars={data.sources.map((s) => ({ code: s.code, label: s.code ? labelOf(SOURCES, s.code, lang) : t('noSource'), value: s.count, tooltip: s.code }))}
              format={fmt.int} colour={() => PALETTE.green} labelWidth={170} emptyText={t('noData')} selected={view.source}
              onSelect={(code) => code && toggle('source', code)} description={`${t('bySource')}: ${data.sources.map((s) => `${s.code || '–'} ${s.count}`).join(', ')}`} />
          </Panel>
        </div>
        <Panel title={t('incidentsByMonth')} png="kasus-per-bulan.png">
          <MonthColumns columns={data.months.map((m) => ({ month: m.month, label: fmt.month(m.month), open: m.open, closed: m.count - m.open }))}
            openLabel={t('openCases')} closedLabel={t('closedCases')} emptyText={t('noData')}
            description={`${t('incidentsByMonth')}: ${data.months.map((m) => `${m.month} ${m.count}`).join(', ')}`} />
        </Panel>
        <Panel title={t('ageing')} png="umur-kasus.png">
          <HorizontalBars bars={ages.map((n, i) => ({ code: String(i), label: t(`ageBucket_${i}` as StringKey), value: n, tooltip: t(`ageBucket_${i}` as StringKey) }))}
            format={fmt.int} colour={() => PALETTE.vermillion} labelWidth={130} emptyText={t('noData')}
            description={`${t('ageing')}: ${ages.join(', ')}`} />
        </Panel>
        <Panel title={t('casesTitle')} wide>
          <div className="table-tools"><span className="muted">{fmt.int(data.cases.length)} {t('cases')}</span>
            <button type="button" onClick={download} data-testid="download-cases">{t('downloadCsv')}</button></div>
          <DataTable rows={data.cases} columns={caseColumns} testId="case-list" caption={t('casesTitle')} />
        </Panel>
      </div>
    </div>
  );
}
