import { DataTable, type Column } from '../components/table/DataTable';
import { Panel } from '../components/ui/Panel';
import { useI18n } from '../i18n/language';
import { openCasesByUnit, type OpenByUnit } from '../metrics/cases';
import { completionByUnit } from '../metrics/groups';
import { unitsBehind, type BehindRow } from '../view-models/leadership';
import { FrameGate, FrameHeader, useFrame, type Frame, type PageProps } from './frame';
import { anyLoading, Slot } from './slot';
import { useMetric } from './use-metric';

/** Who needs a push: units furthest from 100 % and units with the most and oldest open cases. */
export function BehindPage(props: PageProps) {
  const { frame, state } = useFrame(props);
  return <FrameGate state={state} frame={frame}>{(f) => <Behind props={props} frame={f} />}</FrameGate>;
}

function Behind({ props, frame }: { props: PageProps; frame: Frame }) {
  const { client, update } = props;
  const { t, fmt } = useI18n();
  const units = useMetric(client, completionByUnit, frame.filters);
  const open = useMetric(client, openCasesByUnit, frame.filters);
  const kanwilOf = new Map(frame.registry.map((u) => [u.code, u.kanwil]));
  const behindColumns: Column<BehindRow>[] = [
    { id: 'unit', header: t('unit'), value: (r) => frame.names.full(r.code) },
    { id: 'kanwil', header: t('kanwil'), value: (r) => frame.names.short(kanwilOf.get(r.code) ?? '') },
    { id: 'completion', header: t('completion'), value: (r) => r.completion, render: (r) => fmt.pct(r.completion), numeric: true },
    { id: 'signed', header: t('signed'), value: (r) => r.signed, render: (r) => `${fmt.int(r.signed)} / ${fmt.int(r.employees)}`, numeric: true },
    { id: 'needed', header: t('stillNeeded'), value: (r) => r.needed, render: (r) => fmt.int(r.needed), numeric: true },
  ];
  const openColumns: Column<OpenByUnit>[] = [
    { id: 'unit', header: t('unit'), value: (r) => r.unitName },
    { id: 'open', header: t('kpiOpen'), value: (r) => r.open, numeric: true },
    { id: 'oldest', header: t('oldestCase'), value: (r) => r.oldestDays, render: (r) => fmt.int(r.oldestDays), numeric: true },
  ];
  return (
    <div className="overview" data-testid="behind" data-busy={anyLoading(units, open)}>
      <FrameHeader props={props} frame={frame} />
      <div className="grid">
        <Panel title={t('behindTitle')} wide>
          <Slot state={units}>{(rows) => {
            const behind = unitsBehind(rows, 25);
            return (
              <>
                <DataTable rows={behind} columns={behindColumns} pageSize={25} testId="behind-table" caption={t('behindTitle')} />
                <ul className="quick-links">
                  {behind.slice(0, 5).map((r) => (
                    <li key={r.code}><button type="button" className="link" onClick={() => update({ page: 'detail', unit: r.code })}>{t('openDetail')}: {frame.names.short(r.code)}</button></li>
                  ))}
                </ul>
              </>
            );
          }}</Slot>
        </Panel>
        <Panel title={t('openCasesTitle')} wide>
          <Slot state={open}>{(rows) => <DataTable rows={rows.slice(0, 25)} columns={openColumns} pageSize={25} testId="open-cases-table" caption={t('openCasesTitle')} />}</Slot>
        </Panel>
      </div>
    </div>
  );
}
