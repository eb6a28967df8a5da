import { HorizontalBars } from '../components/charts/HorizontalBars';
import { MonthColumns } from '../components/charts/MonthColumns';
import { PALETTE } from '../components/charts/palette';
import { DataTable, type Column } from '../components/table/DataTable';
import { Panel } from '../components/ui/Panel';
import { toCsv } from '../export/csv';
import { useI18n } from '../i18n/language';
import type { StringKey } from '../i18n/strings';
import { caseList, openCaseAges, type CaseRow } from '../metrics/cases';
import { incidentsByCategory, incidentsByMonth, incidentsBySource, incidentsByStatus } from '../metrics/incidents';
import { CATEGORIES, CATEGORY_SHORT, SANCTIONS, SOURCES, STATUSES, labelOf } from '../schema/codes';
import { ageing } from '../view-models/leadership';
import { downloadText } from './download';
import { FrameGate, FrameHeader, useFrame, type Frame, type PageProps } from './frame';
import { hasPeople } from './dataset';
import { NeedsUpload } from './needs-upload';
import { anyLoading, Slot } from './slot';
import { useMetric } from './use-metric';

/** Cases by category, status, source and month, their ageing, and the case list. */
export function IncidentsPage(props: PageProps) {
  const { frame, state } = useFrame(props);
  return <FrameGate state={state} frame={frame}>{(f) => <Incidents props={props} frame={f} />}</FrameGate>;
}

function Incidents({ props, frame }: { props: PageProps; frame: Frame }) {
  const { client, update } = props;
  const view = frame.view;
  const { t, fmt, lang } = useI18n();
  const f = frame.filters;
  const categories = useMetric(client, incidentsByCategory, { ...f, category: null });
  const statuses = useMetric(client, incidentsByStatus, { ...f, status: null });
  const sources = useMetric(client, incidentsBySource, { ...f, source: null });
  const months = useMetric(client, incidentsByMonth, f);
  // The published aggregate form has no case list: not asked for (it would be empty, not unknown).
  const people = hasPeople(props.snap);
  const cases = useMetric(client, caseList, people ? f : null);
  const ages = useMetric(client, openCaseAges, f);
  const toggle = (key: 'category' | 'status' | 'source', code: string) => update({ [key]: view[key] === code ? null : code });
  const caseColumns: Column<CaseRow>[] = [
    { id: 'id', header: t('caseId'), value: (r) => r.caseId },
    { id: 'reported', header: t('reportedOn'), value: (r) => r.reportedOn, render: (r) => fmt.day(r.reportedOn) },
    { id: 'unit', header: t('unit'), value: (r) => r.unitName },
    { id: 'category', header: t('category'), value: (r) => labelOf(CATEGORIES, r.category, lang) },
    { id: 'source', header: t('source'), value: (r) => (r.source ? labelOf(SOURCES, r.source, lang) : '–') },
    { id: 'status', header: t('status'), value: (r) => labelOf(STATUSES, r.status, lang) },
    { id: 'sanction', header: t('sanction'), value: (r) => (r.sanction ? labelOf(SANCTIONS, r.sanction, lang) : '–') },
    { id: 'open', header: t('openOnAsOf'), value: (r) => (r.isOpen ? t('yes') : t('no')) },
    { id: 'age', header: t('caseAge'), value: (r) => r.ageDays, render: (r) => (r.ageDays === null ? '–' : fmt.int(r.ageDays)), numeric: true },
  ];
  const download = (list: readonly CaseRow[]) => downloadText('kasus.csv', toCsv(
    [t('caseId'), t('reportedOn'), t('code'), t('unit'), t('category'), t('source'), t('status'), t('openOnAsOf'), t('sanction'), t('decidedOn'), t('caseAge')],
    list.map((r) => [r.caseId, r.reportedOn, r.unitCode, r.unitName, r.category, r.source, r.status, r.isOpen ? t('yes') : t('no'), r.sanction, r.decidedOn, r.ageDays]),
  ));
  return (
    <div className="overview" data-testid="incidents" data-busy={anyLoading(categories, statuses, sources, months, cases, ages)}>
      <FrameHeader props={props} frame={frame} />
      <div className="grid">
        <Panel title={t('incidentsByCategory')} png="kasus-per-jenis.png">
          <Slot state={categories}>{(rows) => (
            <HorizontalBars bars={rows.map((c) => ({ code: c.category, label: CATEGORY_SHORT[c.category]?.[lang] ?? c.category, value: c.count, tooltip: labelOf(CATEGORIES, c.category, lang) }))}
              format={fmt.int} colour={() => PALETTE.purple} labelWidth={170} emptyText={t('noData')} selected={view.category}
              onSelect={(code) => toggle('category', code)} description={`${t('incidentsByCategory')}: ${rows.map((c) => `${c.category} ${c.count}`).join(', ')}`} />
          )}</Slot>
        </Panel>
        <div className="stack">
          <Panel title={t('byStatus')} png="kasus-per-status.png">
            <Slot state={statuses}>{(rows) => (
              <HorizontalBars bars={rows.map((s) => ({ code: s.code, label: labelOf(STATUSES, s.code, lang), value: s.count, tooltip: labelOf(STATUSES, s.code, lang) }))}
                format={fmt.int} colour={() => PALETTE.blue} labelWidth={140} emptyText={t('noData')} selected={view.status}
                onSelect={(code) => toggle('status', code)} description={`${t('byStatus')}: ${rows.map((s) => `${s.code} ${s.count}`).join(', ')}`} />
            )}</Slot>
          </Panel>
          <Panel title={t('bySource')} png="kasus-per-sumber.png">
            <Slot state={sources}>{(rows) => (
              <HorizontalBars bars={rows.map((s) => ({ code: s.code, label: s.code ? labelOf(SOURCES, s.code, lang) : t('noSource'), value: s.count, tooltip: s.code }))}
                format={fmt.int} colour={() => PALETTE.green} labelWidth={170} emptyText={t('noData')} selected={view.source}
                onSelect={(code) => code && toggle('source', code)} description={`${t('bySource')}: ${rows.map((s) => `${s.code || '–'} ${s.count}`).join(', ')}`} />
            )}</Slot>
          </Panel>
        </div>
        <Panel title={t('incidentsByMonth')} png="kasus-per-bulan.png">
          <Slot state={months}>{(rows) => (
            <MonthColumns columns={rows.map((m) => ({ month: m.month, label: fmt.month(m.month), open: m.open, closed: m.count - m.open }))}
              openLabel={t('openCases')} closedLabel={t('closedCases')} emptyText={t('noData')}
              description={`${t('incidentsByMonth')}: ${rows.map((m) => `${m.month} ${m.count}`).join(', ')}`} />
          )}</Slot>
        </Panel>
        <Panel title={t('ageing')} png="umur-kasus.png" subtitle={t('caseAgeHint')}>
          <Slot state={ages}>{(list) => {
            const ages = ageing(list);
            return (
              <HorizontalBars bars={ages.map((n, i) => ({ code: String(i), label: t(`ageBucket_${i}` as StringKey), value: n, tooltip: t(`ageBucket_${i}` as StringKey) }))}
                format={fmt.int} colour={() => PALETTE.vermillion} labelWidth={130} emptyText={t('noData')}
                description={`${t('ageing')}: ${ages.join(', ')}`} />
            );
          }}</Slot>
        </Panel>
        <Panel title={t('casesTitle')} wide>
          {!people ? (
            <NeedsUpload text={t('needsUploadCases')} onGo={() => update({ page: 'data' })} testId="cases-need-upload" />
          ) : <Slot state={cases}>{(list) => (
            <>
              <div className="table-tools"><span className="muted" data-testid="case-count" data-value={list.length}>{fmt.int(list.length)} {t('cases')}</span>
                <button type="button" onClick={() => download(list)} data-testid="download-cases">{t('downloadCsv')}</button></div>
              <DataTable rows={list} columns={caseColumns} testId="case-list" caption={t('casesTitle')} />
            </>
          )}</Slot>}
        </Panel>
      </div>
    </div>
  );
}
