import { DataTable, type Column } from '../components/table/DataTable';
import { Panel } from '../components/ui/Panel';
import { useI18n } from '../i18n/language';
import { openCasesByUnit, type OpenByUnit } from '../metrics/cases';
import { completionByGroup } from '../metrics/groups';
import { unitsBehind, type BehindRow } from '../view-models/leadership';
import { FrameHeader, Loading, useFrame, type PageProps } from './frame';
import { current, useQuery } from './use-query';

const today = () => new Date().toISOString().slice(0, 10);

/** Who needs a push: units furthest from 100 % and units with the most and oldest open cases. */
export function BehindPage(props: PageProps) {
  const { snap, update } = props;
  const { t, fmt } = useI18n();
  const frame = useFrame(props);
  const db = snap.db!;
  const data = current(useQuery(async () => {
    if (!frame) return null;
    return {
      behind: unitsBehind(await completionByGroup(db, 'unit', snap.info!.basis, frame.filters), 25),
      open: (await openCasesByUnit(db, frame.filters, today())).slice(0, 25),
    };
  }, [frame?.filters, snap.version]));
  if (!frame || !data) return <Loading />;
  const behindColumns: Column<BehindRow>[] = [
    { id: 'unit', header: t('unit'), value: (r) => frame.names.full(r.code) },
    { id: 'kanwil', header: t('kanwil'), value: (r) => frame.names.short(frame.registry.find((u) => u.code === r.code)?.kanwil ?? '') },
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
    <div className="overview" data-testid="behind">
      <FrameHeader props={props} frame={frame} />
      <div className="grid">
        <Panel title={t('behindTitle')} wide>
          <DataTable rows={data.behind} columns={behindColumns} pageSize={25} testId="behind-table" caption={t('behindTitle')} />
          <ul className="quick-links">
            {data.behind.slice(0, 5).map((r) => (
              <li key={r.code}><button type="button" className="link" onClick={() => update({ page: 'detail', unit: r.code })}>{t('openDetail')}: {frame.names.short(r.code)}</button></li>
            ))}
          </ul>
        </Panel>
        <Panel title={t('openCasesTitle')} wide>
          <DataTable rows={data.open} columns={openColumns} pageSize={25} testId="open-cases-table" caption={t('openCasesTitle')} />
        </Panel>
      </div>
    </div>
  );
}
