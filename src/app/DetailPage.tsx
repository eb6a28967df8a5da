import { useState } from 'react';
import { CumulativeChart } from '../components/charts/CumulativeChart';
import { DataTable, type Column } from '../components/table/DataTable';
import { Panel } from '../components/ui/Panel';
import { toCsv } from '../export/csv';
import { useI18n } from '../i18n/language';
import { caseList, type CaseRow } from '../metrics/cases';
import { completionByGroup } from '../metrics/groups';
import { totals } from '../metrics/totals';
import { signersByDay } from '../metrics/trend';
import { unsignedEmployees, type UnsignedEmployee } from '../metrics/unsigned';
import { CATEGORIES, STATUSES, labelOf } from '../schema/codes';
import { maskNip } from '../view-models/leadership';
import { cumulativeCompletion, unitRows, type UnitRow } from '../view-models/overview';
import { downloadText } from './download';
import { FrameHeader, Loading, useFrame, type PageProps } from './frame';
import { KpiRow } from './KpiRow';
import { current, useQuery } from './use-query';

const today = () => new Date().toISOString().slice(0, 10);

/** One Kanwil, directorate or unit: its figures, units, trend, cases and the staff not yet signed. */
export function DetailPage(props: PageProps) {
  const { snap, view } = props;
  const { t, fmt, lang } = useI18n();
  const [reveal, setReveal] = useState(false);
  const frame = useFrame(props);
  const db = snap.db!;
  const basis = snap.info!.basis;
  const data = current(useQuery(async () => {
    if (!frame) return null;
    const f = frame.filters;
    return {
      totals: await totals(db, basis, f),
      units: await completionByGroup(db, 'unit', basis, f),
      days: await signersByDay(db, f),
      cases: await caseList(db, f, today()),
      unsigned: basis === 'roster' ? await unsignedEmployees(db, f) : [],
    };
  }, [frame?.filters, snap.version]));
  if (!frame || !data) return <Loading />;

  const groupCode = view.unit ?? view.kanwil ?? view.directorate;
  if (!groupCode) {
    return (
      <div className="overview" data-testid="detail">
        <FrameHeader props={props} frame={frame} />
        <p className="notice">{t('detailPick')}</p>
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
    { id: 'incidents', header: t('incidents'), value: (r) => r.incidents, numeric: true },
    { id: 'open', header: t('openIncidents'), value: (r) => r.openIncidents, numeric: true },
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
    { id: 'age', header: t('daysSince'), value: (r) => r.ageDays, numeric: true },
  ];
  const downloadUnsigned = () => downloadText(`belum-tanda-tangan-${groupCode}.csv`, toCsv(
    [t('nip'), t('name'), t('position'), t('employmentType'), t('code'), t('unit')],
    data.unsigned.map((r) => [nipText(r.nip), r.name, r.positionType, r.employmentType, r.unitCode, r.unitName]),
  ));
  return (
    <div className="overview" data-testid="detail">
      <FrameHeader props={props} frame={frame} />
      <h2 className="page-title">{t('detailTitle', { name })}</h2>
      <KpiRow totals={data.totals} basisRoster={basis === 'roster'} />
      <div className="grid">
        <Panel title={t('unitsOfGroup')}>
          <DataTable rows={unitRows(data.units, frame.registry, frame.names.short)} columns={unitsTable} pageSize={10}
            initialSort={[{ id: 'completion', desc: false }]} caption={t('unitsOfGroup')} />
        </Panel>
        <Panel title={t('trend')} png="penyelesaian-kumulatif.png">
          <CumulativeChart points={cumulativeCompletion(data.days, data.totals.employees)} formatPct={(f) => fmt.pct(f)} formatDay={fmt.day}
            formatInt={fmt.int} emptyText={t('noData')} deadline={view.deadline} deadlineLabel={t('deadlineLabel')}
            description={`${t('trend')}: ${fmt.pct(data.totals.completion)}`} />
        </Panel>
        {basis === 'roster' ? (
          <Panel title={t('unsignedTitle')} wide>
            <div className="table-tools">
              <strong data-testid="unsigned-count" data-value={data.unsigned.length}>{t('unsignedCount', { n: fmt.int(data.unsigned.length) })}</strong>
              <span>
                <button type="button" onClick={() => setReveal(!reveal)} aria-pressed={reveal} data-testid="reveal-nip">{reveal ? t('hideNip') : t('revealNip')}</button>{' '}
                <button type="button" onClick={downloadUnsigned} data-testid="download-unsigned">{t('downloadCsv')}</button>
              </span>
            </div>
            <DataTable rows={data.unsigned} columns={unsignedColumns} testId="unsigned-table" caption={t('unsignedTitle')} />
          </Panel>
        ) : null}
        <Panel title={t('casesTitle')} wide>
          <DataTable rows={data.cases} columns={caseColumns} pageSize={10} testId="detail-cases" caption={t('casesTitle')} />
        </Panel>
      </div>
    </div>
  );
}
