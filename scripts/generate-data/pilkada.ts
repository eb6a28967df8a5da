// The neutrality pledge for the simultaneous regional elections (Pilkada serentak, voting on
// 27 Nov 2024): signed by the same roster, office by office, from August to November 2024, on a
// Google Form whose export was opened and re-saved in Excel on Indonesian settings (semicolons,
// `dd/mm/yyyy h:mm` without seconds).
//
// Coverage differs from Pemilu 2024 on purpose, so that leaders comparing the campaigns side by
// side see something: several Kanwil that reached 100 % for Pemilu lag for Pilkada and several that
// lagged reach 100 %; immigration and corrections units lag after the ministry's split in October
// 2024 (they ran their own, later ceremonies).

import { dayOf, isWeekend, nextWeekday, pad, ymdOf } from './format';
import { clamp, pemiluDays, staffByUnit, weightedSample } from './campaign-common';
import { personName, type Gender } from './names';
import { scientificNip } from './nip';
import { positionTypeFor } from './positions';
import { Rng, WeightedSampler } from './random';
import type { Unit } from './registry';
import { freshNip, type Employee, type Roster } from './roster';
import { nameText, nipText, type Signatures } from './signatures';
import { ceremonySecond, ordinarySecond, type Moment } from './timeline';
import type { TextMix, UnitTexts } from './unit-text';

export const PILKADA_CAMPAIGN = 'PILKADA2024';
export const PILKADA_FIRST_DAY = dayOf(2024, 8, 5);
/** Voting day; the last signatures come the day before. */
export const PILKADA_VOTING_DAY = dayOf(2024, 11, 27);
export const PILKADA_LAST_DAY = PILKADA_VOTING_DAY - 1;
/** The push before voting day. */
const PUSH_FROM = dayOf(2024, 11, 18);
/** Latest first ceremony of a Kanwil. */
const LAST_WAVE = dayOf(2024, 10, 18);
/** The ministry's split (Kementerian Imigrasi dan Pemasyarakatan took over these directorates). */
const SPLIT_DAY = dayOf(2024, 10, 21);
const AFTER_SPLIT = ['DITJENIM', 'DITJENPAS'];

export const PILKADA_BAD = {
  outsiders: 120,
  duplicates: 300,
  scientific: 2,
  nonNumeric: ['-', '1987051220'],
  badTimestamps: ['#VALUE!'],
} as const;

/** Kanwil whose every unit reached 100 % (MALUT, SULBAR, SULSEL, JATENG and KALTIM lagged for Pemilu 2024). */
const FULL = ['SULSEL', 'JATENG', 'KALTIM', 'SULBAR', 'MALUT', 'SUMSEL', 'GORONTALO'];
/** Kanwil behind for Pilkada (SUMUT, BANTEN, BALI, NTB and BABEL were at 100 % for Pemilu 2024). */
const LAGGING: Record<string, number> = { SUMUT: 0.64, BANTEN: 0.69, BALI: 0.72, NTB: 0.66, BABEL: 0.75, DKI: 0.6 };
/** Central units. */
const CENTRAL: Record<string, number> = {
  SETJEN: 0.94, ITJEN: 1, DITJENPP: 0.97, DITJENAHU: 1, DITJENPAS: 0.71, DITJENIM: 0.64,
  DJKI: 0.99, DITJENHAM: 0.9, BPHN: 0.83, BSK: 1, BPSDM: 0.88,
};

/** Immigration offices and, less so, corrections units lag (the October 2024 split). */
function uptShift(u: Unit): number {
  if (u.eselon1Code === 'DITJENIM') return -0.12;
  if (u.eselon1Code === 'DITJENPAS') return u.kind === 'bapas' ? 0.02 : -0.03;
  return 0;
}

function completionRates(units: readonly Unit[], rng: Rng): Map<string, number> {
  const kanwil = new Map<string, number>();
  for (const u of units) {
    if (u.type !== 'kanwil') continue;
    const short = u.code.slice(3);
    kanwil.set(u.code, FULL.includes(short) ? 1 : LAGGING[short] ?? rng.range(0.77, 0.93));
  }
  const rates = new Map<string, number>();
  for (const u of units) {
    if (u.type === 'eselon1') {
      const r = CENTRAL[u.code];
      if (r === undefined) throw new Error(`no Pilkada rate for ${u.code}`);
      rates.set(u.code, r);
      continue;
    }
    const p = kanwil.get(u.kanwilCode) as number;
    if (p === 1) rates.set(u.code, 1);
    else if (u.type === 'kanwil') rates.set(u.code, Math.min(0.99, p + 0.06));
    else rates.set(u.code, clamp(p + uptShift(u) + rng.range(-0.06, 0.06), 0.3, 0.995));
  }
  return rates;
}

interface PilkadaTimeline {
  /** Ceremony day of each unit. */
  ceremony: Map<string, number>;
}

/**
 * A few big ceremony days per Kanwil (its UPTs on one of them), the Kanwil further ahead
 * starting earlier; central units in August and September.
 */
function buildTimeline(units: readonly Unit[], rates: Map<string, number>, rng: Rng): PilkadaTimeline {
  const kanwil = units.filter((u) => u.type === 'kanwil');
  const order = kanwil
    .map((u) => ({ u, key: (rates.get(u.code) as number) + rng.range(-0.06, 0.06) }))
    .sort((a, b) => b.key - a.key || (a.u.code < b.u.code ? -1 : 1));
  const span = LAST_WAVE - PILKADA_FIRST_DAY;
  const waves = new Map<string, number[]>();
  order.forEach(({ u }, i) => {
    const first = nextWeekday(PILKADA_FIRST_DAY + Math.floor((i * span) / order.length) + rng.int(0, 3));
    const days = [first];
    const more = rng.chance(0.5) ? 2 : 1;
    for (let k = 0; k < more; k++) days.push(nextWeekday(days[days.length - 1] + rng.int(7, 20)));
    waves.set(u.code, days.filter((d) => d < PUSH_FROM));
  });

  const ceremony = new Map<string, number>();
  for (const u of units) {
    let day: number;
    if (u.type === 'eselon1') day = nextWeekday(dayOf(2024, 8, 12) + rng.int(0, 45));
    else {
      const days = waves.get(u.kanwilCode) as number[];
      day = u.type === 'kanwil' || days.length === 1 || rng.chance(0.5) ? days[0] : rng.pick(days.slice(1));
    }
    // Many immigration and corrections offices held their own ceremony after the split.
    if (AFTER_SPLIT.includes(u.eselon1Code) && rng.chance(u.eselon1Code === 'DITJENIM' ? 0.6 : 0.3)) {
      day = Math.max(day, nextWeekday(SPLIT_DAY + rng.int(1, 16)));
    }
    ceremony.set(u.code, day);
  }
  return { ceremony };
}

/** A signer's submission time: mostly the ceremony day, a trickle after, a push before voting day. */
function signingMoment(ceremonyDay: number, rng: Rng): Moment {
  const r = rng.next();
  if (r < 0.62) return { day: ceremonyDay, second: ceremonySecond(rng) };
  let day: number;
  if (r < 0.82) day = ceremonyDay + [1, 1, 1, 2, 2, 3, 4][rng.int(0, 6)];
  else if (rng.chance(0.45)) day = rng.int(PUSH_FROM, PILKADA_LAST_DAY);
  else day = ceremonyDay + 5 + Math.min(60, Math.floor(-Math.log(1 - rng.next()) * 14));
  if (day < ceremonyDay) day = ceremonyDay + rng.int(1, 4);
  if (day > PILKADA_LAST_DAY) day = rng.int(Math.min(ceremonyDay, PILKADA_LAST_DAY), PILKADA_LAST_DAY);
  if (isWeekend(day) && rng.chance(0.7)) {
    const monday = nextWeekday(day);
    if (monday <= PILKADA_LAST_DAY) day = monday;
  }
  return { day, second: ordinarySecond(rng) };
}

/** Excel (id-ID) re-saving a Google Forms timestamp: `27/08/2024 8:03` (the seconds are lost). */
export function excelTimestamp(day: number, seconds: number): string {
  const { y, m, d } = ymdOf(day);
  return `${pad(d)}/${pad(m)}/${y} ${Math.floor(seconds / 3600)}:${pad(Math.floor((seconds % 3600) / 60))}`;
}

interface Person {
  kind: 'roster' | 'outsider' | 'no_nip';
  rosterDamaged: boolean;
  nip: string;
  unit: Unit;
  nipText: string;
  nameText: string;
  unitText: string;
}

interface Row {
  person: Person;
  moment: Moment;
  seq: number;
  nipText: string;
  timestampText: string;
}

export interface Pilkada {
  header: string[];
  rows: string[][];
  completionRate: Map<string, number>;
}

export const PILKADA_HEADER = ['Stempel waktu', 'Nama Lengkap', 'NIP', 'Unit Kerja', 'Kampanye'];

/** How people typed their unit in a free-text question (no home-made variants: see buildPilkada). */
const FREE_TEXT: TextMix = { code: 0.02, alias: 0.4, variant: 0 };

/** A drop-down question lists each unit once, by its short name (`Lapas Baturaja`, `Kanim Medan`). */
function dropDownLabel(u: Unit): string {
  return u.aliases.reduce((best, a) => (a.length < best.length ? a : best), u.name);
}

export function buildPilkada(units: readonly Unit[], roster: Roster, pemilu: Signatures, texts: UnitTexts, seed: number): Pilkada {
  const rng = Rng.stream(seed, 'pilkada');
  const rates = completionRates(units, rng);
  const timeline = buildTimeline(units, rates, Rng.stream(seed, 'pilkada-timeline'));
  const signedPemilu = pemiluDays(pemilu);

  // Unit labels: a drop-down form gives each unit one label; free text varies by person.
  const dropDown = new Set(units.filter((u) => u.type === 'kanwil' && rng.chance(0.65)).map((u) => u.code));
  const label = new Map(units.map((u) => [u.code, dropDownLabel(u)]));
  const unitText = (u: Unit): string => (u.type !== 'eselon1' && dropDown.has(u.kanwilCode) ? label.get(u.code) as string : texts.write(u, 'form', FREE_TEXT, rng));

  // Who signs: a share of each unit's active staff, people who signed for Pemilu more likely.
  const byUnit = staffByUnit(roster);
  const people: Person[] = [];
  for (const u of units) {
    const active = (byUnit.get(u.code) ?? []).filter((e) => e.active);
    const quota = Math.round((rates.get(u.code) as number) * active.length);
    const weight = (e: Employee): number => (signedPemilu.has(e.nip) ? 1 : 0.5);
    for (const e of weightedSample(active, weight, quota, rng)) {
      people.push({
        kind: 'roster', rosterDamaged: e.nipStyle === 'scientific' || e.nipStyle === 'wrong_length',
        nip: e.nip, unit: u, nipText: nipText(e.nip, rng), nameText: nameText(e.name, rng), unitText: unitText(u),
      });
    }
  }

  // Staff not (yet) in the roster: new appointees and secondments, with valid NIPs.
  const used = new Set(roster.usedNips);
  for (const r of pemilu.rows) used.add(r.person.nip);
  const unitSampler = new WeightedSampler(units, units.map((u) => roster.planned.get(u.code) ?? 0));
  for (let i = 0; i < PILKADA_BAD.outsiders; i++) {
    const unit = unitSampler.sample(rng);
    const gender: Gender = rng.chance(0.55) ? 'M' : 'F';
    const nip = freshNip(gender, rng.chance(0.7) ? 'CPNS' : 'PNS', positionTypeFor(unit, rng), used, rng);
    people.push({
      kind: 'outsider', rosterDamaged: false, nip, unit,
      nipText: nipText(nip, rng), nameText: personName(gender, unit.provinceSpec, false, rng), unitText: unit.name,
    });
  }

  let seq = 0;
  const submit = (person: Person, moment: Moment): Row => ({
    person, moment, seq: seq++, nipText: person.nipText, timestampText: excelTimestamp(moment.day, moment.second),
  });
  const moment = (u: Unit): Moment => signingMoment(timeline.ceremony.get(u.code) as number, rng);
  const rows = people.map((p) => submit(p, moment(p.unit)));

  // Non-civil-servant staff who filled in the form with what they had.
  for (const bad of PILKADA_BAD.nonNumeric) {
    const unit = unitSampler.sample(rng);
    const gender: Gender = rng.chance(0.5) ? 'M' : 'F';
    const person: Person = {
      kind: 'no_nip', rosterDamaged: false, nip: '', unit, nipText: bad,
      nameText: personName(gender, unit.provinceSpec, false, rng), unitText: unit.name };
    rows.push(submit(person, moment(unit)));
  }

  // Damage a few rows, only in units below 100 % (the complete ones stay at exactly 100 %).
  const clean = rng.shuffle(rows.filter((r) => r.person.kind === 'roster' && !r.person.rosterDamaged && (rates.get(r.person.unit.code) as number) < 1));
  let next = 0;
  for (let i = 0; i < PILKADA_BAD.scientific; i++, next++) clean[next].nipText = scientificNip(clean[next].person.nip, i % 2 === 0);
  for (const bad of PILKADA_BAD.badTimestamps) clean[next++].timestampText = bad;

  // The same person submitting again 1–14 days later (before voting day), with the same answers.
  const again = clean.slice(next).filter((r) => r.moment.day < PILKADA_LAST_DAY).slice(0, PILKADA_BAD.duplicates);
  for (const r of again) {
    const delay = rng.int(1, Math.min(14, PILKADA_LAST_DAY - r.moment.day));
    const copy = submit(r.person, { day: r.moment.day + delay, second: rng.int(7 * 3600, 21 * 3600) });
    copy.nipText = r.nipText;
    rows.push(copy);
  }

  rows.sort((a, b) => a.moment.day - b.moment.day || a.moment.second - b.moment.second || a.seq - b.seq);
  return {
    header: PILKADA_HEADER,
    rows: rows.map((r) => [r.timestampText, r.person.nameText, r.nipText, r.person.unitText, PILKADA_CAMPAIGN]),
    completionRate: rates,
  };
}
