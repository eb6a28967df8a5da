import { KpiCard } from '../components/ui/KpiCard';
import { useI18n } from '../i18n/language';
import type { Totals } from '../metrics/totals';

export function KpiRow({ totals: tt, basisRoster }: { totals: Totals; basisRoster: boolean }) {
  const { t, fmt } = useI18n();
  const openShare = tt.incidents > 0 ? fmt.decimal((100 * tt.openIncidents) / tt.incidents, 0) : '0';
  return (
    <div className="kpis">
      <KpiCard name="completion" value={tt.completion ?? 0} label={t('kpiCompletion')} display={fmt.pct(tt.completion)}
        sub={t('ofEmployees', { n: fmt.int(tt.employees) })} tone={tt.completion !== null && tt.completion >= 0.999 ? 'good' : 'default'} />
      <KpiCard name="signed" value={tt.signed} label={t('kpiSigned')} display={fmt.int(tt.signed)} sub={`${fmt.int(tt.signed)} / ${fmt.int(tt.employees)}`} />
      <KpiCard name="employees" value={tt.employees} label={basisRoster ? t('kpiEmployees') : t('kpiEmployeesHeadcount')} display={fmt.int(tt.employees)} />
      <KpiCard name="unmatched-signers" value={tt.unmatchedSigners} label={t('kpiUnmatched')} display={fmt.int(tt.unmatchedSigners)} sub={t('notCounted')} />
      <KpiCard name="incidents" value={tt.incidents} label={t('kpiIncidents')} display={fmt.int(tt.incidents)} />
      <KpiCard name="open-incidents" value={tt.openIncidents} label={t('kpiOpen')} display={fmt.int(tt.openIncidents)}
        sub={t('openShare', { n: openShare })} tone={tt.openIncidents > 0 ? 'warn' : 'good'} />
    </div>
  );
}
