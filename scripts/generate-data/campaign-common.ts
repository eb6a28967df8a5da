// Helpers shared by the later pledge campaigns (Pilkada 2024, Zona Integritas 2023): the same
// roster signs again, so these pick people from the roster and look up their Pemilu 2024 signature.

import type { Rng } from './random';
import type { Unit } from './registry';
import type { Employee, Roster } from './roster';
import type { Signatures } from './signatures';

/** The roster's employees (everyone once) per unit code, in roster order. */
export function staffByUnit(roster: Roster): Map<string, Employee[]> {
  const byUnit = new Map<string, Employee[]>();
  for (const e of roster.employees) {
    const list = byUnit.get(e.unit.code);
    if (list) list.push(e);
    else byUnit.set(e.unit.code, [e]);
  }
  return byUnit;
}

/** NIP → day of the person's first Pemilu 2024 submission (roster people only). */
export function pemiluDays(pemilu: Signatures): Map<string, number> {
  const days = new Map<string, number>();
  for (const r of pemilu.rows) {
    if (r.person.kind !== 'roster') continue;
    const before = days.get(r.person.nip);
    if (before === undefined || r.moment.day < before) days.set(r.person.nip, r.moment.day);
  }
  return days;
}

/**
 * `n` items drawn without replacement, each with probability proportional to its weight
 * (Efraimidis–Spirakis keys); returned in their original order.
 */
export function weightedSample<T>(items: readonly T[], weight: (item: T) => number, n: number, rng: Rng): T[] {
  if (n <= 0) return [];
  if (n >= items.length) return items.slice();
  const keyed = items.map((item, i) => ({ i, key: Math.pow(rng.next(), 1 / weight(item)) }));
  keyed.sort((a, b) => b.key - a.key || a.i - b.i);
  return keyed.slice(0, n).sort((a, b) => a.i - b.i).map((k) => items[k.i]);
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** Kanwil code suffixes (`SUMUT` for `KW-SUMUT`) → the province's units, Kanwil first. */
export function unitsByKanwil(units: readonly Unit[]): Map<string, Unit[]> {
  const out = new Map<string, Unit[]>();
  for (const u of units) {
    if (u.type === 'eselon1') continue;
    const list = out.get(u.kanwilCode);
    if (list) list.push(u);
    else out.set(u.kanwilCode, [u]);
  }
  return out;
}
