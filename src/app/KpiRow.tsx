import { KpiCard } from '../components/ui/KpiCard';
import { useI18n } from '../i18n/language';
import type { Totals } from '../metrics/totals';
import { deadlinePace, kpiChange, neededFor } from '../view-models/answers';
import { WITHHELD_TEXT, type Counts } from './counts';

interface KpiRowProps {
  readonly totals: Totals;
  readonly before: Totals | null; // the same figures on the comparison day, when known
  readonly basisRoster: boolean;
  readonly asOf: string;
  readonly compare: string;
  readonly deadline: string | null;
  readonly target: number; // 0–1
  readonly counts: Counts; // case counts: withheld when small (published aggregate form)
}

/** The headline figures, each with its change since the comparison day; what is still needed and at what pace. */
export function KpiRow({ totals: tt, before, basisRoster, asOf, compare, deadline, target, counts }: KpiRowProps) {
  const { t, fmt } = useI18n();
  const incidents = counts.one(tt.incidents);
  const open = counts.one(tt.openIncidents);
  // The open share of a withheld count (or of cases beside a withheld open count) would give it away.
  const openShare = incidents.withheld || open.withheld ? WITHHELD_TEXT.hidden
    : tt.incidents > 0 ? fmt.decimal((100 * tt.openIncidents) / tt.incidents, 0) : '0';
  const since = fmt.day(compare);
  const change = before ? kpiChange(tt, before, compare, asOf) : null;
  const signedNumber = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${fmt.int(Math.abs(n))}`;
  const count = (n: number | undefined, moreIsBetter: boolean | null) => (n === undefined ? undefined
    : { value: n, text: t('changeCount', { v: signedNumber(n), day: since }), better: n === 0 || moreIsBetter === null ? null : (n > 0) === moreIsBetter });
  // A case count's change: withheld when it, or the count it started from, is small.
  const caseChange = (n: number | undefined, now: number) => {
    if (n === undefined || !counts.withhold) return count(n, false);
    if (counts.one(Math.abs(n)).withheld || counts.one(now - n).withheld) {
      return { value: null, text: t('changeCount', { v: WITHHELD_TEXT.hidden, day: since }), better: null };
    }
    return count(n, false);
  };
  const points = change?.completion ?? null;
  const share = fmt.pct(target, target * 100 % 1 ? 1 : 0);
  const needed = neededFor(tt.employees, tt.signed, target);
  const pace = deadlinePace(tt, target, asOf, deadline);
  const paceNote = pace.kind === 'perDay' ? t('perDayToDeadline', { n: fmt.int(pace.perDay), day: fmt.day(deadline!) })
    : pace.kind === 'passed' ? t('deadlinePassed', { day: fmt.day(deadline!) })
      : pace.kind === 'met' ? t('targetMet', { share }) : undefined;
  return (
    <div className="kpis">
      <KpiCard name="completion" value={tt.completion ?? 0} label={t('kpiCompletion')} display={fmt.pct(tt.completion)}
        sub={basisRoster ? t('ofEmployees', { n: fmt.int(tt.employees) }) : `${t('kpiEmployeesHeadcount')}: ${fmt.int(tt.employees)}`}
        subValue={{ name: 'employees', value: tt.employees }}
        change={change ? { value: points, text: points === null ? '–' : t('changePoints', { v: `${points > 0 ? '+' : points < 0 ? '−' : '±'}${fmt.decimal(Math.abs(points) * 100, 1)}`, day: since }), better: points === null || points === 0 ? null : points > 0 } : undefined}
        tone={tt.completion !== null && tt.completion >= 0.999 ? 'good' : 'default'} />
      <KpiCard name="signed" value={tt.signed} label={t('kpiSigned')} display={fmt.int(tt.signed)} sub={`${fmt.int(tt.signed)} / ${fmt.int(tt.employees)}`}
        change={count(change?.signed, true)}
        note={change?.signedPerDay !== null && change?.signedPerDay !== undefined ? t('paceSince', { n: fmt.decimal(change.signedPerDay, change.signedPerDay < 10 ? 1 : 0), day: since }) : undefined}
        noteValue={change?.signedPerDay ?? null} />
      <KpiCard name="needed" value={needed} label={t('kpiNeeded')} display={fmt.int(needed)} sub={t('neededTarget', { share })}
        subValue={{ name: 'needed-100', value: neededFor(tt.employees, tt.signed, 1) }}
        note={[t('neededTo100', { n: fmt.int(neededFor(tt.employees, tt.signed, 1)) }), paceNote].filter(Boolean).join(' · ')}
        noteValue={pace.kind === 'perDay' ? pace.perDay : pace.kind === 'none' ? null : pace.kind}
        tone={needed === 0 ? 'good' : pace.kind === 'passed' ? 'bad' : 'default'} />
      <KpiCard name="unmatched-signers" value={tt.unmatchedSigners} label={t('kpiUnmatched')} display={fmt.int(tt.unmatchedSigners)} sub={t('notCounted')} />
      <KpiCard name="incidents" value={incidents.withheld ? counts.text(incidents) : tt.incidents} label={t('kpiIncidents')} display={counts.text(incidents)}
        change={caseChange(change?.incidents, tt.incidents)} />
      <KpiCard name="open-incidents" value={open.withheld ? counts.text(open) : tt.openIncidents} label={t('kpiOpen')} display={counts.text(open)}
        sub={t('openShare', { n: openShare })} change={caseChange(change?.openIncidents, tt.openIncidents)} tone={tt.openIncidents > 0 ? 'warn' : 'good'} />
    </div>
  );
}
