import { useState } from 'react';
import { CumulativeChart, useChartsReady } from '../components/charts/lazy';
import { DataTable, type Column } from '../components/table/DataTable';
import { Panel } from '../components/ui/Panel';
import { unsignedCsv } from '../export/people-csv';
import { useI18n } from '../i18n/language';
import { caseList, type CaseRow } from '../metrics/cases';
import { completionByUnit } from '../metrics/groups';
import { totals } from '../metrics/totals';
import { signersByDay } from '../metrics/trend';
import { unsignedEmployees, type UnsignedEmployee } from '../metrics/unsigned';
import { CATEGORIES, STATUSES, labelOf } from '../schema/codes';
import { maskNip } from '../view-models/leadership';
import { cumulativeCompletion, unitRows, type UnitRow } from '../view-models/overview';
import { downloadText } from './download';
import { FrameGate, FrameHeader, useFrame, type Frame, type PageProps } from './frame';
import { PrintHeader } from './PrintHeader';
import { PrintRows } from './print-rows';
import { hasPeople } from './dataset';
import { useCounts, withheldUnitRows } from './counts';
import { KpiSlot } from './kpi-slot';
import { NeedsUpload } from './needs-upload';
import { anyLoading, Slot } from './slot';
import { useMetric } from './use-metric';

// On paper (one A4 landscape page, print.css): the units furthest behind and the newest cases, as
// many as fit under the header, KPIs and trend; the personal list of staff not yet signed is left out.
const UNITS_ON_PAPER = 16;
const CASES_ON_PAPER = 10;
const PRINT_TREND = { width: 340, height: 250 };
const behindFirst = (rows: readonly UnitRow[]) => [...rows].sort((a, b) => (a.completion ?? 2) - (b.completion ?? 2) || b.notSigned - a.notSigned);

/** One Kanwil, directorate or unit: its figures, units, trend, cases and the staff not yet signed. */
export function DetailPage(props: PageProps) {
  const { frame, state } = useFrame(props);
  return <FrameGate state={state} frame={frame}>{(f) => <Detail props={props} frame={f} />}</FrameGate>;
}

function Detail({ props, frame }: { props: PageProps; frame: Frame }) {
  const { snap, client } = props;
  const view = frame.view;
  const { t, fmt, lang } = useI18n();
  const chartsReady = useChartsReady();
  const counts = useCounts(props.snap);
  const [reveal, setReveal] = useState(false);
  const basis = snap.info!.basis;
  const groupCode = view.unit ?? view.kanwil ?? view.directorate;
  const f = groupCode ? frame.filters : null;
  const kpis = useMetric(client, totals, f);
  const units = useMetric(client, completionByUnit, f);
  const days = useMetric(client, signersByDay, f);
  // The published aggregate form has no people: the list of staff not yet signed needs an upload.
  const people = hasPeople(snap);
  const unsigned = useMetric(client, unsignedEmployees, basis === 'roster' && people ? f : null);
  const cases = useMetric(client, caseList, people ? f : null);

  if (!groupCode) {
    return (
      <div className="overview" data-testid="detail" data-busy={false}>
        <FrameHeader props={props} frame={frame} />
        <p className="notice" data-testid="detail-pick">{t('detailPick')}</p>
      </div>
    );
  }
  const name = [view.kanwil, view.directorate, view.unit].filter(Boolean).map((c) => frame.names.full(c!)).join(' · ');
  const nipText = (nip: string) => (reveal ? nip : maskNip(nip));
  const unitsTable: Column<UnitRow>[] = [
    { id: 'name', header: t('unit'), value: (r) => r.name },
    { id: 'employees', header: t('employees'), value: (r) => r.employees, render: (r) => fmt.int(r.employees), numeric: true },
    { id: 'signed', header: t('signed'), value: (r) => r.signed, render: (r) => fmt.int(r.signed), numeric: true },
    { id: 'notSigned', header: t('notYet'), value: (r) => r.notSigned, render: (r) => fmt.int(r.notSigned), numeric: true },
    { id: 'completion', header: t('completion'), value: (r) => r.completion, render: (r) => fmt.pct(r.completion), numeric: true },
    { id: 'incidents', header: t('incidents'), value: (r) => r.incidents, render: (r) => r.incidentsText ?? fmt.int(r.incidents), numeric: true },
    { id: 'open', header: t('openIncidents'), value: (r) => r.openIncidents, render: (r) => r.openText ?? fmt.int(r.openIncidents), numeric: true },
  ];
  const unsignedColumns: Column<UnsignedEmployee>[] = [
    { id: 'name', header: t('name'), value: (r) => r.name },
    { id: 'position', header: t('position'), value: (r) => r.positionType },
    { id: 'unit', header: t('unit'), value: (r) => r.unitName },
    { id: 'nip', header: t('nip'), value: (r) => r.nip, render: (r) => nipText(r.nip) },
  ];
  const caseColumns: Column<CaseRow>[] = [
    { id: 'id', header: t('caseId'), value: (r) => r.caseId },
    { id: 'reported', header: t('reportedOn'), value: (r) => r.reportedOn, render: (r) => fmt.day(r.reportedOn) },
    { id: 'unit', header: t('unit'), value: (r) => r.unitName },
    { id: 'category', header: t('category'), value: (r) => labelOf(CATEGORIES, r.category, lang) },
    { id: 'status', header: t('status'), value: (r) => labelOf(STATUSES, r.status, lang) },
    { id: 'age', header: t('caseAge'), value: (r) => r.ageDays, render: (r) => (r.ageDays === null ? '–' : fmt.int(r.ageDays)), numeric: true },
  ];
  const downloadUnsigned = (list: readonly UnsignedEmployee[]) => downloadText(`belum-tanda-tangan-${groupCode}.csv`, unsignedCsv(list, lang, nipText));
  return (
    <div className="overview" data-testid="detail" data-busy={anyLoading(kpis, units, days, cases, unsigned) || !chartsReady}>
      <PrintHeader props={props} frame={frame} />
      <FrameHeader props={props} frame={frame} />
      <h2 className="page-title">{t('detailTitle', { name })}</h2>
      <div id="figures" tabIndex={-1} className="figures-anchor" />
      <KpiSlot props={props} frame={frame} />
      <div className="grid detail-grid">
        <Panel title={t('unitsOfGroup')}>
          <Slot state={units}>{(rows) => (
            <>
              <div className="screen-only">
                <DataTable rows={withheldUnitRows(unitRows(rows, frame.registry, frame.names.short), counts)} columns={unitsTable} pageSize={10}
                  initialSort={[{ id: 'completion', desc: false }]} caption={t('unitsOfGroup')} testId="detail-units" />
              </div>
              <PrintRows rows={behindFirst(withheldUnitRows(unitRows(rows, frame.registry, frame.names.short), counts))} columns={unitsTable} limit={UNITS_ON_PAPER}
                caption={t('printUnitsBehind')} more={(n) => t('printMoreUnits', { n: fmt.int(n) })} testId="print-units" grow="name" />
            </>
          )}</Slot>
        </Panel>
        <Panel title={t('trend')} png="penyelesaian-kumulatif.png">
          <Slot state={days}>{(rows) => (
            <CumulativeChart points={kpis.status === 'ready' ? cumulativeCompletion(rows, kpis.data.employees) : []} formatPct={(v) => fmt.pct(v)} formatDay={fmt.day}
              formatInt={fmt.int} emptyText={t('noData')} deadline={view.deadline} deadlineLabel={view.deadline ? `${t('deadlineLabel')} ${fmt.day(view.deadline)}` : undefined} printSize={PRINT_TREND}
              description={`${t('trend')}: ${kpis.status === 'ready' ? fmt.pct(kpis.data.completion) : ''}`} />
          )}</Slot>
        </Panel>
        {basis === 'roster' && !people ? (
          <Panel title={t('unsignedTitle')} wide noPrint>
            <NeedsUpload text={t('needsUploadUnsigned')} onGo={() => props.update({ page: 'data' })} testId="unsigned-need-upload" />
          </Panel>
        ) : null}
        {basis === 'roster' && people ? (
          <Panel title={t('unsignedTitle')} wide noPrint>
            <Slot state={unsigned}>{(list) => (
              <>
                <div className="table-tools">
                  <strong data-testid="unsigned-count" data-value={list.length}>{t('unsignedCount', { n: fmt.int(list.length) })}</strong>
                  <span>
                    <button type="button" onClick={() => setReveal(!reveal)} aria-pressed={reveal} data-testid="reveal-nip">{reveal ? t('hideNip') : t('revealNip')}</button>{' '}
                    <button type="button" onClick={() => downloadUnsigned(list)} data-testid="download-unsigned">{t('downloadCsv')}</button>
                  </span>
                </div>
                <DataTable rows={list} columns={unsignedColumns} testId="unsigned-table" caption={t('unsignedTitle')} />
              </>
            )}</Slot>
          </Panel>
        ) : null}
        <Panel title={t('casesTitle')} wide noPrint={!people}>
          {!people ? <NeedsUpload text={t('needsUploadCases')} onGo={() => props.update({ page: 'data' })} testId="detail-cases-need-upload" /> : <Slot state={cases}>{(list) => (
            <>
              <div className="screen-only"><DataTable rows={list} columns={caseColumns} pageSize={10} testId="detail-cases" caption={t('casesTitle')} /></div>
              <PrintRows rows={list} columns={caseColumns} limit={CASES_ON_PAPER} caption={t('printCasesNewest')}
                more={(n) => t('printMoreCases', { n: fmt.int(n) })} testId="print-cases" grow="unit" />
            </>
          )}</Slot>}
        </Panel>
      </div>
    </div>
  );
}
