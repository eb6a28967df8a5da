import type { GroupRow } from '../metrics/groups';
import type { DailySigners } from '../metrics/trend';
import type { UnitInfo } from '../metrics/units';

// Pure shaping of metric rows for charts and tables.
export interface Bar {
  readonly code: string;
  readonly label: string;
  readonly value: number;
  readonly detail: GroupRow;
}

// Rows whose unit matched no registry unit: not a group to rank among the Kanwil or directorates.
const UNMATCHED = 'UNMATCHED';

/** The unmatched bucket of a grouping, when it holds staff, signers or cases; shown apart from the ranking. */
export function unmatchedBucket(groups: readonly GroupRow[]): GroupRow | null {
  const g = groups.find((r) => r.code === UNMATCHED);
  return g && (g.employees > 0 || g.signed > 0 || g.incidents > 0) ? g : null;
}

/** Completion bars, lowest first (who lags is on top); groups without employees and the unmatched bucket are left out. */
export function completionBars(groups: readonly GroupRow[], label: (g: GroupRow) => string): Bar[] {
  return groups
    .filter((g) => g.completion !== null && g.code !== UNMATCHED)
    .map((g) => ({ code: g.code, label: label(g), value: g.completion!, detail: g }))
    .sort((a, b) => a.value - b.value || a.label.localeCompare(b.label));
}

/** Incidents per 1,000 active staff, highest first; groups without employees and the unmatched bucket are left out. */
export function ratePer1000Bars(groups: readonly GroupRow[], label: (g: GroupRow) => string): Bar[] {
  return groups
    .filter((g) => g.employees > 0 && g.code !== UNMATCHED)
    .map((g) => ({ code: g.code, label: label(g), value: (1000 * g.incidents) / g.employees, detail: g }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

export interface TrendPoint {
  readonly time: number; // ms since epoch, UTC midnight of the day
  readonly day: string;
  readonly signed: number;
  readonly completion: number;
}

/** Cumulative completion per signing day; the series starts at zero the day before the first signature. */
export function cumulativeCompletion(days: readonly DailySigners[], employees: number): TrendPoint[] {
  if (days.length === 0 || employees <= 0) return [];
  const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
  const first = toTime(days[0].day) - 86_400_000;
  const points: TrendPoint[] = [{ time: first, day: new Date(first).toISOString().slice(0, 10), signed: 0, completion: 0 }];
  let total = 0;
  for (const d of days) {
    total += d.signers;
    points.push({ time: toTime(d.day), day: d.day, signed: total, completion: total / employees });
  }
  return points;
}

export interface UnitRow {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly kanwil: string;
  readonly directorate: string;
  readonly employees: number;
  readonly signed: number;
  readonly notSigned: number;
  readonly completion: number | null;
  readonly incidents: number;
  readonly openIncidents: number;
  readonly incidentsText?: string; // shown instead of the number when the count is withheld ("<5")
  readonly openText?: string;
}

/** One row per registry unit with data (plus the unmatched bucket), for the units table. */
export function unitRows(groups: readonly GroupRow[], registry: readonly UnitInfo[], groupName: (code: string) => string): UnitRow[] {
  const byCode = new Map(registry.map((u) => [u.code, u]));
  return groups.map((g) => {
    const unit = byCode.get(g.code);
    return {
      code: g.code, name: unit?.name ?? groupName(g.code), type: unit?.type ?? '',
      kanwil: unit ? groupName(unit.kanwil) : '', directorate: unit ? groupName(unit.directorate) : '',
      employees: g.employees, signed: g.signed, notSigned: Math.max(0, g.employees - g.signed),
      completion: g.completion, incidents: g.incidents, openIncidents: g.openIncidents,
    };
  });
}
