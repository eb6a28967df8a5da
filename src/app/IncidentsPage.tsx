import { HorizontalBars } from '../components/charts/HorizontalBars';
import { MonthColumns } from '../components/charts/MonthColumns';
import { PALETTE } from '../components/charts/palette';
import { DataTable, type Column } from '../components/table/DataTable';
import { Panel } from '../components/ui/Panel';
import { casesCsv } from '../export/people-csv';
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
import { monthColumns, useCounts } from './counts';
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
  const counts = useCounts(props.snap);
  // Each list of counts, withheld where small (published aggregate form): the bars and what is read aloud.
  const listed = <T,>(rows: readonly T[], count: (r: T) => number) => {
    const shownCounts = counts.list(rows.map(count));
    return { value: (i: number) => shownCounts[i].value, text: (i: number) => counts.text(shownCounts[i]) };
  };
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
  const download = (list: readonly CaseRow[]) => downloadText('kasus.csv', casesCsv(list, lang));
  return (
    <div className="overview" data-testid="incidents" data-busy={anyLoading(categories, statuses, sources, months, cases, ages)}>
      <FrameHeader props={props} frame={frame} />
      {counts.withhold ? <p className="muted hint" data-testid="withheld-note">{t('withheldNote')}</p> : null}
      <div className="grid">
        <Panel title={t('incidentsByCategory')} png="kasus-per-jenis.png">
          <Slot state={categories}>{(rows) => {
            const n = listed(rows, (c) => c.count);
            return (
              <HorizontalBars bars={rows.map((c, i) => ({ code: c.category, label: CATEGORY_SHORT[c.category]?.[lang] ?? c.category, value: n.value(i), text: n.text(i), tooltip: labelOf(CATEGORIES, c.category, lang) }))}
                format={fmt.int} colour={() => PALETTE.purple} labelWidth={170} emptyText={t('noData')} selected={view.category}
                onSelect={(code) => toggle('category', code)} description={`${t('incidentsByCategory')}: ${rows.map((c, i) => `${c.category} ${n.text(i)}`).join(', ')}`} />
            );
          }}</Slot>
        </Panel>
        <div className="stack">
          <Panel title={t('byStatus')} png="kasus-per-status.png">
            <Slot state={statuses}>{(rows) => {
              const n = listed(rows, (s) => s.count);
              return (
                <HorizontalBars bars={rows.map((s, i) => ({ code: s.code, label: labelOf(STATUSES, s.code, lang), value: n.value(i), text: n.text(i), tooltip: labelOf(STATUSES, s.code, lang) }))}
                  format={fmt.int} colour={() => PALETTE.blue} labelWidth={140} emptyText={t('noData')} selected={view.status}
                  onSelect={(code) => toggle('status', code)} description={`${t('byStatus')}: ${rows.map((s, i) => `${s.code} ${n.text(i)}`).join(', ')}`} />
              );
            }}</Slot>
          </Panel>
          <Panel title={t('bySource')} png="kasus-per-sumber.png">
            <Slot state={sources}>{(rows) => {
              const n = listed(rows, (s) => s.count);
              return (
                <HorizontalBars bars={rows.map((s, i) => ({ code: s.code, label: s.code ? labelOf(SOURCES, s.code, lang) : t('noSource'), value: n.value(i), text: n.text(i), tooltip: s.code }))}
                  format={fmt.int} colour={() => PALETTE.green} labelWidth={170} emptyText={t('noData')} selected={view.source}
                  onSelect={(code) => code && toggle('source', code)} description={`${t('bySource')}: ${rows.map((s, i) => `${s.code || '–'} ${n.text(i)}`).join(', ')}`} />
              );
            }}</Slot>
          </Panel>
        </div>
        <Panel title={t('incidentsByMonth')} png="kasus-per-bulan.png">
          <Slot state={months}>{(rows) => {
            const columns = monthColumns(rows, counts, fmt.month, t('openCases'));
            return (
              <MonthColumns columns={columns} openLabel={t('openCases')} closedLabel={t('closedCases')} unsplitLabel={t('casesUnsplit')} emptyText={t('noData')}
                description={`${t('incidentsByMonth')}: ${rows.map((m, i) => `${m.month} ${columns[i].text ?? fmt.int(m.count)}`).join(', ')}`} />
            );
          }}</Slot>
        </Panel>
        <Panel title={t('ageing')} png="umur-kasus.png" subtitle={t('caseAgeHint')}>
          <Slot state={ages}>{(list) => {
            const ages = ageing(list);
            const n = listed(ages, (a) => a);
            return (
              <HorizontalBars bars={ages.map((_a, i) => ({ code: String(i), label: t(`ageBucket_${i}` as StringKey), value: n.value(i), text: n.text(i), tooltip: t(`ageBucket_${i}` as StringKey) }))}
                format={fmt.int} colour={() => PALETTE.vermillion} labelWidth={130} emptyText={t('noData')}
                description={`${t('ageing')}: ${ages.map((_a, i) => n.text(i)).join(', ')}`} />
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
