import { useState } from 'react';
import { CampaignMatrixTable, type MatrixRow } from '../components/table/CampaignMatrixTable';
import { Panel } from '../components/ui/Panel';
import { useI18n } from '../i18n/language';
import { completionByCampaign, type CampaignComparisonParams } from '../metrics/campaigns';
import { campaignMatrix, type CampaignColumn, type CampaignGroup } from '../view-models/campaigns';
import { FrameGate, FrameHeader, useFrame, type Frame, type PageProps } from './frame';
import { anyLoading, Slot } from './slot';
import { useMetric } from './use-metric';

/** Every campaign side by side, per Kanwil and per Eselon I unit, on one screen. */
export function CampaignsPage(props: PageProps) {
  const { frame, state } = useFrame(props);
  return <FrameGate state={state} frame={frame}>{(f) => <Campaigns props={props} frame={f} />}</FrameGate>;
}

type Dimension = CampaignComparisonParams['dimension'];

function Campaigns({ props, frame }: { props: PageProps; frame: Frame }) {
  const { client, update, snap } = props;
  const { t, fmt } = useI18n();
  const f = frame.filters;
  // Unit filters apply; each campaign is counted as of its own last day unless the view names one day.
  const params = (dimension: Dimension): CampaignComparisonParams => ({
    dimension, asOf: frame.view.asOf, kanwil: f.kanwil, directorate: f.directorate, unitType: f.unitType, unit: f.unit,
  });
  const byKanwil = useMetric(client, completionByCampaign, params('kanwil'));
  const byDirectorate = useMetric(client, completionByCampaign, params('directorate'));
  const [sortBy, setSortBy] = useState<Record<Dimension, string | null>>({ kanwil: null, directorate: null });
  const one = (snap.info?.campaigns.length ?? 0) < 2;

  const cell = (c: { signed: number; completion: number | null } | undefined, employees: number) => ({
    value: c?.completion ?? null, text: fmt.pct(c?.completion ?? null), signed: c?.signed ?? 0,
    title: `${fmt.int(c?.signed ?? 0)} / ${fmt.int(employees)}`,
  });
  const matrix = (dimension: Dimension, title: string) => (
    <Slot state={dimension === 'kanwil' ? byKanwil : byDirectorate}>{(rows) => {
      const m = campaignMatrix(rows, sortBy[dimension]);
      const toRow = (g: CampaignGroup, label: string): MatrixRow => ({
        code: g.code, label, employees: fmt.int(g.employees), lowest: g.lowest ?? '–',
        cells: m.columns.map((c) => cell(g.cells[c.campaign], g.employees)),
      });
      const employees = m.columns[0]?.employees ?? 0;
      const total: MatrixRow = {
        code: 'TOTAL', label: t('campaignsTotal'), employees: fmt.int(employees), lowest: '',
        cells: m.columns.map((c: CampaignColumn) => cell({ signed: c.signed, completion: c.completion }, c.employees)),
      };
      return (
        <>
          <CampaignMatrixTable caption={title} testId={`campaigns-${dimension}`} groupHeader={dimension === 'kanwil' ? t('kanwil') : t('directorate')}
            employeesHeader={t('employees')} lowestHeader={t('lowestCampaign')} sortBy={sortBy[dimension]}
            columns={m.columns.map((c) => ({ key: c.campaign, label: c.campaign, sub: t('campaignAsOf', { day: fmt.day(c.asOf) }), current: c.campaign === f.campaign }))}
            total={total} rows={m.groups.map((g) => toRow(g, frame.names.short(g.code)))}
            onSort={(key) => setSortBy({ ...sortBy, [dimension]: key })}
            onOpen={(code) => update({ page: 'detail', kanwil: null, directorate: null, unit: null, [dimension]: code })} />
          {m.unmatched ? (
            <p className="muted small-text" data-testid={`campaigns-${dimension}-unmatched`}>
              {t('UNMATCHED')} ({t('outsideRanking')}): {m.columns.map((c) => `${c.campaign} ${fmt.pct(m.unmatched!.cells[c.campaign]?.completion ?? null)}`).join(' · ')}
              {' '}({fmt.int(m.unmatched.employees)} {t('employees').toLowerCase()})
            </p>
          ) : null}
        </>
      );
    }}</Slot>
  );
  return (
    <div className="overview" data-testid="campaigns" data-busy={anyLoading(byKanwil, byDirectorate)}>
      <FrameHeader props={props} frame={frame} />
      <p className="muted hint">{frame.view.asOf ? t('campaignsAsOfOne', { day: fmt.day(frame.view.asOf) }) : t('campaignsAsOfOwn')}</p>
      {one ? <p className="notice" data-testid="campaigns-one">{t('campaignsOne')}</p> : null}
      <div className="grid campaigns-grid">
        <Panel title={t('campaignsByKanwil')}>{matrix('kanwil', t('campaignsByKanwil'))}</Panel>
        <Panel title={t('campaignsByDirectorate')}>{matrix('directorate', t('campaignsByDirectorate'))}</Panel>
      </div>
    </div>
  );
}
