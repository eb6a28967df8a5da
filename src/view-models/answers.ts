import type { GroupRow } from '../metrics/groups';
import type { Totals } from '../metrics/totals';

// Pure answers to the questions leaders ask: how many signatures are still needed, how much changed
// since a comparison day, and what pace meets the deadline.

/** Signatures still needed for `employees` staff to reach `share` (0–1) when `signed` have signed. */
export function neededFor(employees: number, signed: number, share: number): number {
  // 0.95 × 70014 is 66513.3: a share is met only by a whole signature more. The epsilon keeps
  // 0.95 × 20 = 19.000000000000004 at 19.
  return Math.max(0, Math.ceil(share * employees - 1e-9) - signed);
}

export interface KpiChange {
  readonly completion: number | null; // fraction points (0.023 = +2.3 percentage points); null without a rate on both days
  readonly signed: number;
  readonly incidents: number;
  readonly openIncidents: number;
  readonly signedPerDay: number | null; // new signers per day between the two days
}

const DAY_MS = 86_400_000;
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The change of the headline figures from the comparison day to the as-of day. */
export function kpiChange(now: Totals, before: Totals, compareDay: string, asOf: string): KpiChange {
  const days = daysBetween(compareDay, asOf);
  return {
    completion: now.completion !== null && before.completion !== null ? now.completion - before.completion : null,
    signed: now.signed - before.signed,
    incidents: now.incidents - before.incidents,
    openIncidents: now.openIncidents - before.openIncidents,
    signedPerDay: days > 0 ? (now.signed - before.signed) / days : null,
  };
}

export type DeadlinePace =
  | { readonly kind: 'none' } // no deadline chosen
  | { readonly kind: 'met' } // the target share is reached
  | { readonly kind: 'passed'; readonly needed: number } // the deadline is on or before the as-of day
  | { readonly kind: 'perDay'; readonly needed: number; readonly days: number; readonly perDay: number };

/** Signatures per day needed from the day after the as-of day through the deadline to reach the target. */
export function deadlinePace(t: Pick<Totals, 'employees' | 'signed'>, share: number, asOf: string, deadline: string | null): DeadlinePace {
  if (deadline === null) return { kind: 'none' };
  const needed = neededFor(t.employees, t.signed, share);
  if (needed === 0) return { kind: 'met' };
  const days = daysBetween(asOf, deadline);
  if (days <= 0) return { kind: 'passed', needed };
  return { kind: 'perDay', needed, days, perDay: Math.ceil(needed / days) };
}

export interface GroupBehind {
  readonly code: string;
  readonly employees: number;
  readonly signed: number;
  readonly completion: number;
  readonly needed: number; // to 100 %
  readonly neededTarget: number; // to the target share
}

/**
 * Groups (Kanwil, Eselon I units or units) furthest behind first: lowest completion, then more
 * signatures still needed. Groups without staff and the unmatched bucket are not ranked.
 */
export function groupsBehind(groups: readonly GroupRow[], share: number): GroupBehind[] {
  return groups
    .filter((g) => g.completion !== null && g.code !== 'UNMATCHED')
    .map((g) => ({
      code: g.code, employees: g.employees, signed: g.signed, completion: g.completion!,
      needed: neededFor(g.employees, g.signed, 1), neededTarget: neededFor(g.employees, g.signed, share),
    }))
    .sort((a, b) => a.completion - b.completion || b.needed - a.needed || a.code.localeCompare(b.code));
}
