import { useMemo } from 'react';
import type { MonthColumn } from '../components/charts/MonthColumns';
import type { UnitRow } from '../view-models/overview';
import { useI18n } from '../i18n/language';
import { discloseList, discloseOne, discloseWithOpen, undisclosed, type Shown } from '../view-models/disclosure';
import { hasPeople, type DatasetSnapshot } from './dataset';

/** How case counts are shown: withheld when small in the published aggregate form (view-models/disclosure.ts). */
export interface Counts {
  readonly withhold: boolean;
  one(n: number): Shown;
  list(values: readonly number[]): Shown[];
  withOpen(counts: readonly number[], open: readonly number[]): { counts: Shown[]; open: Shown[] };
  text(s: Shown): string;
}

export const WITHHELD_TEXT = { lt5: '<5', hidden: '•' } as const;

export function useCounts(snap: Pick<DatasetSnapshot, 'source' | 'form'>): Counts {
  const { fmt } = useI18n();
  const withhold = !hasPeople(snap);
  return useMemo(() => ({
    withhold,
    one: (n) => (withhold ? discloseOne(n) : { value: n, withheld: null }),
    list: (values) => (withhold ? discloseList(values) : undisclosed(values)),
    withOpen: (counts, open) => (withhold ? discloseWithOpen(counts, open) : { counts: undisclosed(counts), open: undisclosed(open) }),
    text: (s) => (s.withheld ? WITHHELD_TEXT[s.withheld] : fmt.int(s.value)),
  }), [withhold, fmt]);
}

interface MonthCount { readonly month: string; readonly count: number; readonly open: number }

/** Cases per month split into open and closed; a month whose split would show a withheld count is drawn whole. */
export function monthColumns(rows: readonly MonthCount[], counts: Counts, label: (month: string) => string, openLabel: string): MonthColumn[] {
  const { counts: c, open: o } = counts.withOpen(rows.map((m) => m.count), rows.map((m) => m.open));
  return rows.map((m, i) => {
    const base = { month: m.month, label: label(m.month) };
    if (!c[i].withheld && !o[i].withheld) return { ...base, open: m.open, closed: m.count - m.open };
    const text = c[i].withheld ? counts.text(c[i]) : `${counts.text(c[i])} (${openLabel} ${counts.text(o[i])})`;
    return { ...base, open: 0, closed: 0, unsplit: c[i].value, text, ...(c[i].withheld ? { mark: counts.text(c[i]) } : {}) };
  });
}

export interface CaseCells { readonly incidents: Shown; readonly open: Shown }

/** The cases and open cases of each group of one grouping (a table's two columns), by group code. */
export function groupCases(rows: readonly { code: string; incidents: number; openIncidents: number }[], counts: Counts): Map<string, CaseCells> {
  const { counts: c, open: o } = counts.withOpen(rows.map((r) => r.incidents), rows.map((r) => r.openIncidents));
  return new Map(rows.map((r, i) => [r.code, { incidents: c[i], open: o[i] }]));
}

/** Units table rows with their withheld case counts (value 0, so that sorting gives nothing away). */
export function withheldUnitRows(rows: UnitRow[], counts: Counts): UnitRow[] {
  if (!counts.withhold) return rows;
  const cases = groupCases(rows, counts);
  return rows.map((r) => {
    const c = cases.get(r.code)!;
    return {
      ...r, incidents: c.incidents.value, openIncidents: c.open.value,
      ...(c.incidents.withheld ? { incidentsText: counts.text(c.incidents) } : {}), ...(c.open.withheld ? { openText: counts.text(c.open) } : {}),
    };
  });
}
