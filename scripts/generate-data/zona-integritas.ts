// The Zona Integritas commitment ("penandatanganan komitmen bersama pembangunan Zona
// Integritas", 2022–2023): signed at the same ceremonies as the Pemilu 2024 pledge, on paper or on
// the roll-call attendance list, and typed afterwards into one register, unit by unit (semicolons,
// dates without time, each unit's clerk writing the unit, the names and the dates in their own way).
//
// Coverage is lower than for the pledge (55–90 % per unit) and differs by unit: immigration
// offices and the regional office staff more, corrections units less; some Kanwil complete for
// Pemilu are low here and some Kanwil behind for Pemilu did better on paper than on the form.

import { dayOf, ddmmyyyy, longDateId, nextWeekday, pad, ymdOf } from './format';
import { clamp, pemiluDays, staffByUnit, weightedSample } from './campaign-common';
import { personName, type Gender } from './names';
import { scientificNip, wrongLengthNip } from './nip';
import { positionTypeFor } from './positions';
import { Rng, WeightedSampler } from './random';
import type { Unit } from './registry';
import { freshNip, type Employee, type Roster } from './roster';
import type { Signatures } from './signatures';
import type { TextMix, UnitTexts } from './unit-text';

export const ZI_CAMPAIGN = 'ZI2023';
export const ZI_LAST_DAY = dayOf(2023, 12, 31);

export const ZI_BAD = {
  outsiders: 60,
  duplicates: 80,
  scientific: 2,
  wrongLength: 3,
  badDates: ['31/09/2023', '15 Febuari 2023'],
} as const;

/** Kanwil known for their integrity-zone work, and Kanwil far behind. */
const KANWIL: Record<string, number> = {
  JATIM: 0.88, DIY: 0.88, JABAR: 0.86, BALI: 0.86, SULSEL: 0.85, KALSEL: 0.84,
  SUMUT: 0.6, JAMBI: 0.58, NTB: 0.61, NTT: 0.6, MALUKU: 0.6, MALUT: 0.58, PAPUA: 0.62, PABAR: 0.6,
};
const CENTRAL: Record<string, number> = {
  SETJEN: 0.8, ITJEN: 0.9, DITJENPP: 0.66, DITJENAHU: 0.84, DITJENPAS: 0.6, DITJENIM: 0.78,
  DJKI: 0.88, DITJENHAM: 0.62, BPHN: 0.72, BSK: 0.56, BPSDM: 0.7,
};

function shift(u: Unit): number {
  if (u.type === 'kanwil') return 0.05;
  if (u.eselon1Code === 'DITJENIM') return 0.05;
  if (u.eselon1Code === 'DITJENPAS') return u.kind === 'bapas' ? 0 : -0.04;
  return 0;
}

function completionRates(units: readonly Unit[], rng: Rng): Map<string, number> {
  const kanwil = new Map<string, number>();
  for (const u of units) if (u.type === 'kanwil') kanwil.set(u.code, KANWIL[u.code.slice(3)] ?? rng.range(0.58, 0.74));
  const rates = new Map<string, number>();
  for (const u of units) {
    if (u.type === 'eselon1') {
      const r = CENTRAL[u.code];
      if (r === undefined) throw new Error(`no ZI rate for ${u.code}`);
      rates.set(u.code, r);
    } else {
      rates.set(u.code, clamp((kanwil.get(u.kanwilCode) as number) + shift(u) + rng.range(-0.05, 0.05), 0.55, 0.9));
    }
  }
  return rates;
}

/** How a unit's clerk typed the register. */
interface Clerk {
  unitText: string;
  date: 'slash' | 'dash' | 'long';
  upper: boolean;
  titles: boolean;
  /** The list most of the unit signed: the paper sheet or the roll-call attendance list. */
  channel: 'Kertas' | 'Apel';
}

const REGISTER_UNIT: TextMix = { code: 0.7, alias: 0.25, variant: 0 };
const ODD_UNIT: TextMix = { code: 0.1, alias: 0.5, variant: 0 };

function clerkOf(u: Unit, texts: UnitTexts, rng: Rng): Clerk {
  const r = rng.next();
  return {
    unitText: texts.write(u, 'roster', REGISTER_UNIT, rng),
    date: r < 0.8 ? 'slash' : r < 0.88 ? 'dash' : 'long',
    upper: rng.chance(0.25),
    titles: rng.chance(0.25),
    channel: rng.chance(0.5) ? 'Apel' : 'Kertas',
  };
}

function dateText(day: number, clerk: Clerk): string {
  if (clerk.date === 'slash') return ddmmyyyy(day);
  if (clerk.date === 'long') return longDateId(day, false);
  const { y, m, d } = ymdOf(day);
  return `${pad(d)}-${pad(m)}-${y}`;
}

function nameText(name: string, clerk: Clerk): string {
  const plain = clerk.titles || !name.includes(', ') ? name : name.slice(0, name.indexOf(', '));
  return clerk.upper ? plain.toUpperCase() : plain;
}

/** `day` (at most `last`), moved to the next weekday when that is still on or before `last`. */
function workday(day: number, last: number): number {
  const d = Math.min(day, last);
  const w = nextWeekday(d);
  return w <= last ? w : d;
}

interface Entry {
  unit: Unit;
  /** Position of the unit in the registry: the register is typed unit by unit. */
  unitIndex: number;
  day: number;
  seq: number;
  kind: 'roster' | 'outsider';
  rosterDamaged: boolean;
  nip: string;
  name: string;
  dateText: string;
  nipText: string;
  unitText: string;
  channel: string;
}

export interface ZonaIntegritas {
  header: string[];
  rows: string[][];
  completionRate: Map<string, number>;
}

export const ZI_HEADER = ['Tanggal', 'NIP', 'Nama', 'Unit Kerja', 'Kampanye', 'Media'];

export function buildZonaIntegritas(units: readonly Unit[], roster: Roster, pemilu: Signatures, texts: UnitTexts, seed: number): ZonaIntegritas {
  const rng = Rng.stream(seed, 'zi');
  const rates = completionRates(units, rng);
  const clerks = new Map(units.map((u) => [u.code, clerkOf(u, texts, rng)]));
  const signedPemilu = pemiluDays(pemilu);
  const ceremony = pemilu.timeline.ceremony;

  let seq = 0;
  const entries: Entry[] = [];
  const add = (u: Unit, unitIndex: number, person: Pick<Entry, 'kind' | 'rosterDamaged' | 'nip' | 'name'>, day: number, onCeremony: boolean): void => {
    const clerk = clerks.get(u.code) as Clerk;
    const other = clerk.channel === 'Apel' ? 'Kertas' : 'Apel';
    // Built field by field: a spread followed by an overridden field is slow in V8.
    entries.push({
      kind: person.kind, rosterDamaged: person.rosterDamaged, nip: person.nip, unit: u, unitIndex, day, seq: seq++,
      dateText: dateText(day, clerk), nipText: person.nip, name: nameText(person.name, clerk),
      unitText: rng.chance(0.03) ? texts.write(u, 'form', ODD_UNIT, rng) : clerk.unitText,
      // Who signed later signed a sheet passed round the office.
      channel: onCeremony ? (rng.chance(0.9) ? clerk.channel : other) : rng.chance(0.85) ? 'Kertas' : 'Apel',
    });
  };

  // The day: mostly the day of the person's Pemilu signature (the same ceremony); else the next
  // roll call; people who never signed for Pemilu on the unit's ceremony day or soon after.
  const dayFor = (u: Unit, nip: string): { day: number; onCeremony: boolean } => {
    const pemiluDay = signedPemilu.get(nip);
    const unitDay = ceremony.get(u.code) as number;
    if (pemiluDay !== undefined) {
      if (rng.chance(0.86)) return { day: pemiluDay, onCeremony: true };
      return { day: workday(pemiluDay + rng.int(1, 8), ZI_LAST_DAY), onCeremony: false };
    }
    if (rng.chance(0.65)) return { day: unitDay, onCeremony: true };
    const later = unitDay + 1 + Math.min(45, Math.floor(-Math.log(1 - rng.next()) * 10));
    return { day: workday(later, ZI_LAST_DAY), onCeremony: false };
  };

  // Who signs: a share of each unit's active staff, nearly all of them among those who signed the
  // pledge; staff who left since signed when they were still there.
  const byUnit = staffByUnit(roster);
  units.forEach((u, unitIndex) => {
    const staff = byUnit.get(u.code) ?? [];
    const rate = rates.get(u.code) as number;
    const active = staff.filter((e) => e.active);
    const weight = (e: Employee): number => (signedPemilu.has(e.nip) ? 1 : 0.12);
    const chosen = new Set(weightedSample(active, weight, Math.round(rate * active.length), rng));
    for (const e of staff) {
      const signs = e.active ? chosen.has(e) : signedPemilu.has(e.nip) && rng.chance(rate);
      if (!signs) continue;
      const { day, onCeremony } = dayFor(u, e.nip);
      add(u, unitIndex, { kind: 'roster', rosterDamaged: e.nipStyle === 'scientific' || e.nipStyle === 'wrong_length', nip: e.nip, name: e.name }, day, onCeremony);
    }
  });

  // People on the 2023 lists who are not in the roster.
  const used = new Set(roster.usedNips);
  for (const r of pemilu.rows) used.add(r.person.nip);
  const unitIndex = new Map(units.map((u, i) => [u.code, i]));
  const unitSampler = new WeightedSampler(units, units.map((u) => roster.planned.get(u.code) ?? 0));
  for (let i = 0; i < ZI_BAD.outsiders; i++) {
    const u = unitSampler.sample(rng);
    const gender: Gender = rng.chance(0.55) ? 'M' : 'F';
    const nip = freshNip(gender, 'PNS', positionTypeFor(u, rng), used, rng);
    const day = ceremony.get(u.code) as number;
    add(u, unitIndex.get(u.code) as number, { kind: 'outsider', rosterDamaged: false, nip, name: personName(gender, u.provinceSpec, false, rng) }, day, true);
  }

  // Typing mistakes: NIPs pasted from a spreadsheet or mistyped, impossible dates.
  const clean = rng.shuffle(entries.filter((e) => e.kind === 'roster' && !e.rosterDamaged));
  const damaged = clean.slice(0, ZI_BAD.scientific + ZI_BAD.wrongLength + ZI_BAD.badDates.length);
  damaged.forEach((e, i) => {
    if (i < ZI_BAD.scientific) e.nipText = scientificNip(e.nip, true);
    else if (i < ZI_BAD.scientific + ZI_BAD.wrongLength) e.nipText = wrongLengthNip(e.nip, rng);
    else e.dateText = ZI_BAD.badDates[i - ZI_BAD.scientific - ZI_BAD.wrongLength];
  });
  const next = damaged.length;

  // The same person typed twice: on the paper sheet and on the roll-call list, or from two pages.
  for (const e of clean.slice(next, next + ZI_BAD.duplicates)) {
    const later = rng.chance(0.5) ? e.day : workday(e.day + rng.int(1, 10), ZI_LAST_DAY);
    entries.push({ ...e, seq: seq++, day: later, dateText: dateText(later, clerks.get(e.unit.code) as Clerk), channel: e.channel === 'Apel' ? 'Kertas' : 'Apel' });
  }

  entries.sort((a, b) => a.unitIndex - b.unitIndex || a.day - b.day || a.seq - b.seq);
  return {
    header: ZI_HEADER,
    rows: entries.map((e) => [e.dateText, e.nipText, e.name, e.unitText, ZI_CAMPAIGN, e.channel]),
    completionRate: rates,
  };
}
