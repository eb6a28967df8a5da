// The employee roster: staff plan per unit, people with NIPs, and the deliberate defects of a
// real HR export (NIPs destroyed by a spreadsheet, wrong lengths, a few people listed twice).

import { personName, type Gender } from './names';
import { drawNip, scientificNip, spacedNip, wrongLengthNip, type EmploymentStatus } from './nip';
import { jptCount, positionTitle, positionTypeFor, type PositionType } from './positions';
import { Rng } from './random';
import type { Unit } from './registry';
import type { UnitTexts } from './unit-text';

export const ROSTER_TARGET = 70_000;
export const ROSTER_BAD = { scientific: 12, wrongLength: 5, duplicates: 4, suspect000: 30 } as const;

export type NipStyle = 'plain' | 'spaced' | 'apostrophe' | 'scientific' | 'wrong_length' | 'suspect';

export interface Employee {
  /** The true 18-digit NIP (what the person types into the pledge form). */
  nip: string;
  name: string;
  gender: Gender;
  unit: Unit;
  status: EmploymentStatus;
  positionType: PositionType;
  position: string;
  active: boolean;
  nipStyle: NipStyle;
  /** The NIP as written in the roster. */
  rosterNip: string;
}

export interface RosterRow {
  employee: Employee;
  unit: Unit;
  unitText: string;
}

export interface Roster {
  /** Everyone once, in file order. */
  employees: Employee[];
  /** File rows: everyone plus the people listed a second time. */
  rows: RosterRow[];
  /** Planned staff per unit code (rows written for the unit, before duplicates). */
  planned: Map<string, number>;
  /** Every NIP in use (true NIPs and roster NIPs), so new people get fresh numbers. */
  usedNips: Set<string>;
}

// ---- staff plan ----

function rawUptStaff(unit: Unit, rng: Rng): number {
  const ranges: Record<string, [number, number]> = {
    'lapas:I': [300, 520], 'lapas:IIA': [140, 240], 'lapas:IIB': [70, 140], 'lapas:III': [40, 75],
    'lapas_narkotika:IIA': [150, 230], 'lapas_perempuan:IIA': [80, 140], 'lapas_perempuan:III': [40, 70],
    'rutan:I': [220, 380], 'rutan:IIA': [110, 180], 'rutan:IIB': [50, 105],
    'lpka:I': [80, 120], 'lpka:II': [55, 90], 'bapas:I': [60, 95], 'bapas:II': [42, 70],
    'rupbasan:I': [48, 62], 'rupbasan:II': [41, 56],
    'kanim:1TPI': [200, 440], 'kanim:1NTPI': [120, 200], 'kanim:2TPI': [70, 130], 'kanim:2NTPI': [45, 90],
    'rudenim:': [40, 80], 'bhp:': [40, 70],
  };
  const range = ranges[`${unit.kind}:${unit.cls}`];
  if (!range) throw new Error(`no staff range for ${unit.code} (${unit.kind} ${unit.cls})`);
  return rng.int(range[0], range[1]);
}

function kanwilStaff(unit: Unit, rng: Rng): number {
  if (unit.size === 'L') return rng.int(205, 250);
  if (unit.size === 'M') return rng.int(155, 205);
  return rng.int(120, 160);
}

/** Staff per unit; UPT sizes are scaled so the whole roster is close to ROSTER_TARGET. */
export function planStaff(units: readonly Unit[], rng: Rng): Map<string, number> {
  const plan = new Map<string, number>();
  const raw = new Map<string, number>();
  let fixed = 0;
  for (const u of units) {
    if (u.type === 'eselon1') plan.set(u.code, Math.round(u.baseStaff * rng.range(0.95, 1.05)));
    else if (u.type === 'kanwil') plan.set(u.code, kanwilStaff(u, rng));
    else raw.set(u.code, rawUptStaff(u, rng));
    fixed += plan.get(u.code) ?? 0;
  }
  // Scale UPTs to the remaining budget, keeping each within 30–400; a few passes settle the clamping.
  let factor = 1;
  for (let pass = 0; pass < 6; pass++) {
    let sum = 0;
    for (const v of raw.values()) sum += Math.min(400, Math.max(30, Math.round(v * factor)));
    factor *= (ROSTER_TARGET - fixed) / sum;
  }
  for (const u of units) {
    const r = raw.get(u.code);
    if (r !== undefined) plan.set(u.code, Math.min(400, Math.max(30, Math.round(r * factor))));
  }
  return plan;
}

// ---- people ----

const POSITION_ORDER: Record<PositionType, number> = { JPT: 0, ADMINISTRATOR: 1, PENGAWAS: 2, FUNGSIONAL: 3, PELAKSANA: 4 };

function maleShare(unit: Unit): number {
  if (unit.eselon1Code === 'DITJENPAS' && unit.type === 'upt') return unit.kind === 'lapas_perempuan' ? 0.25 : 0.74;
  return 0.56;
}

/** UPT heads: ADMINISTRATOR for the larger classes, PENGAWAS for the small ones. */
function headType(unit: Unit): PositionType {
  return ['I', 'IIA', '1TPI', '1NTPI'].includes(unit.cls) ? 'ADMINISTRATOR' : 'PENGAWAS';
}

function statusFor(type: PositionType, rng: Rng): EmploymentStatus {
  if (type === 'JPT' || type === 'ADMINISTRATOR' || type === 'PENGAWAS') return 'PNS';
  const r = rng.next();
  if (r < 0.058) return 'CPNS';
  if (r < 0.058 + 0.08) return 'PPPK';
  return 'PNS';
}

export function freshNip(gender: Gender, status: EmploymentStatus, type: PositionType, used: Set<string>, rng: Rng): string {
  for (;;) {
    const nip = drawNip(gender, status, type, rng);
    if (!used.has(nip) && !nip.endsWith('000')) {
      used.add(nip);
      return nip;
    }
  }
}

function makeEmployee(unit: Unit, type: PositionType, rank: number, used: Set<string>, rng: Rng): Employee {
  const gender: Gender = rng.chance(maleShare(unit)) ? 'M' : 'F';
  const status = statusFor(type, rng);
  const nip = freshNip(gender, status, type, used, rng);
  const senior = type === 'JPT' || (type === 'ADMINISTRATOR' && rng.chance(0.5));
  return {
    nip, gender, unit, status, positionType: type,
    name: personName(gender, unit.provinceSpec, senior, rng),
    position: positionTitle(unit, type, rank, rng),
    active: type === 'JPT' || rank === 0 ? true : !rng.chance(0.015),
    nipStyle: 'plain',
    rosterNip: nip,
  };
}

function unitStaff(unit: Unit, n: number, used: Set<string>, rng: Rng): Employee[] {
  const staff: Employee[] = [];
  const jpt = jptCount(unit, rng);
  for (let i = 0; i < jpt; i++) staff.push(makeEmployee(unit, 'JPT', i, used, rng));
  if (unit.type === 'upt') staff.push(makeEmployee(unit, headType(unit), 0, used, rng));
  while (staff.length < n) staff.push(makeEmployee(unit, positionTypeFor(unit, rng), staff.length, used, rng));
  // HR exports list a unit by position type, then by NIP (seniority).
  return staff.sort((a, b) => POSITION_ORDER[a.positionType] - POSITION_ORDER[b.positionType] || (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0));
}

// ---- defects ----

function isOrdinary(e: Employee): boolean {
  return e.active && e.status === 'PNS' && e.positionType !== 'JPT' && e.nipStyle === 'plain';
}

/** Picks `n` distinct ordinary employees, spread over the roster. */
function pickOrdinary(employees: readonly Employee[], n: number, rng: Rng): Employee[] {
  const out: Employee[] = [];
  while (out.length < n) {
    const e = employees[rng.int(0, employees.length - 1)];
    if (isOrdinary(e) && !out.includes(e)) out.push(e);
  }
  return out;
}

function applyNipDefects(employees: Employee[], used: Set<string>, rng: Rng): void {
  for (const [i, e] of pickOrdinary(employees, ROSTER_BAD.scientific, rng).entries()) {
    e.nipStyle = 'scientific';
    e.rosterNip = scientificNip(e.nip, i % 4 !== 3); // mostly `1,98609E+17`, a few `1.98609E+17`
  }
  for (const e of pickOrdinary(employees, ROSTER_BAD.wrongLength, rng)) {
    e.nipStyle = 'wrong_length';
    e.rosterNip = wrongLengthNip(e.nip, rng);
  }
  let suspects = 0;
  while (suspects < ROSTER_BAD.suspect000) {
    const [e] = pickOrdinary(employees, 1, rng);
    const truncated = e.nip.slice(0, 15) + '000';
    if (used.has(truncated)) continue;
    used.add(truncated);
    e.nip = truncated;
    e.rosterNip = truncated;
    e.nipStyle = 'suspect';
    suspects++;
  }
  for (const e of employees) {
    if (e.nipStyle !== 'plain') continue;
    const r = rng.next();
    if (r < 0.02) {
      e.nipStyle = 'spaced';
      e.rosterNip = spacedNip(e.nip);
    } else if (r < 0.03) {
      e.nipStyle = 'apostrophe';
      e.rosterNip = "'" + e.nip;
    }
  }
}

export function buildRoster(units: readonly Unit[], texts: UnitTexts, seed: number): Roster {
  const rng = Rng.stream(seed, 'roster');
  const planned = planStaff(units, Rng.stream(seed, 'plan'));
  const used = new Set<string>();
  const byUnit = new Map<string, Employee[]>();
  const employees: Employee[] = [];
  for (const u of units) {
    const staff = unitStaff(u, planned.get(u.code) ?? 0, used, rng);
    byUnit.set(u.code, staff);
    employees.push(...staff);
  }
  applyNipDefects(employees, used, rng);

  // A few people appear again under another (later) unit, e.g. after a transfer.
  const extra = new Map<string, Employee[]>();
  const unitIndex = new Map(units.map((u, i) => [u.code, i]));
  const twice = pickOrdinary(employees.slice(0, Math.floor(employees.length * 0.6)), ROSTER_BAD.duplicates, rng);
  for (const e of twice) {
    const from = unitIndex.get(e.unit.code) ?? 0;
    const target = units[rng.int(from + 1, units.length - 1)];
    const list = extra.get(target.code) ?? [];
    list.push(e);
    extra.set(target.code, list);
  }

  const rows: RosterRow[] = [];
  const mix = { code: 0.03, alias: 0.03, variant: 0.22 };
  for (const u of units) {
    for (const e of byUnit.get(u.code) ?? []) rows.push({ employee: e, unit: u, unitText: texts.write(u, 'roster', mix, rng) });
    for (const e of extra.get(u.code) ?? []) rows.push({ employee: e, unit: u, unitText: u.name });
  }
  return { employees, rows, planned, usedNips: used };
}
