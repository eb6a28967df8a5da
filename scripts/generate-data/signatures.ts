// The Google Forms export of the pledge sign-up form: who signed, when, and the typing
// habits and mistakes of a real export.

import { sheetsTimestamp } from './format';
import { personName, type Gender } from './names';
import { scientificNip, spacedNip } from './nip';
import { positionTitle, positionTypeFor } from './positions';
import { PROVINCES } from './provinces';
import { Rng, WeightedSampler } from './random';
import type { Unit } from './registry';
import { freshNip, type Employee, type Roster } from './roster';
import { buildTimeline, LAST_DAY, signingMoment, type Moment, type Timeline } from './timeline';
import type { UnitTexts } from './unit-text';

export const PLEDGE_TEXT = 'Saya menyatakan bersedia menjaga netralitas ASN dalam Pemilu 2024';
export const SIGNATURE_BAD = {
  outsiders: 250,
  duplicates: 600,
  scientific: 7,
  nonNumeric: ['-', 'belum ada', '19870512'],
  badTimestamps: ['', '#VALUE!'],
} as const;

/** Kanwil whose every unit reached 100 %. */
const FULL = ['SUMUT', 'BANTEN', 'SUMSEL', 'BALI', 'DIY', 'SUMBAR', 'JAMBI', 'BENGKULU', 'BABEL', 'KALSEL', 'GORONTALO', 'NTB'];
/** Kanwil far behind. */
const BEHIND = ['PAPUA', 'MALUT', 'SULBAR', 'PABAR'];
const CENTRAL_FULL = ['SETJEN', 'ITJEN'];

export interface Submission {
  person: Signer;
  moment: Moment;
  /** Order of creation, the tie-breaker for equal timestamps. */
  seq: number;
  nipText: string;
  timestampText: string;
}

interface Signer {
  /** `roster`: an employee; `outsider`: not in the roster; `no_nip`: has no NIP at all. */
  kind: 'roster' | 'outsider' | 'no_nip';
  /** An employee whose roster NIP was damaged (they still type their correct NIP). */
  rosterDamaged: boolean;
  nip: string;
  name: string;
  unit: Unit;
  position: string;
  /** Rendered once so that a repeated submission carries the same data. */
  nipText: string;
  unitText: string;
  nameText: string;
}

export interface Signatures {
  rows: Submission[];
  completionRate: Map<string, number>;
  /** The ceremony day of each unit (other campaigns signed at the same ceremonies). */
  timeline: Timeline;
}

function completionRates(units: readonly Unit[], rng: Rng): Map<string, number> {
  const province = new Map<string, number>();
  for (const p of PROVINCES) {
    const code = `KW-${p.code}`;
    if (FULL.includes(p.code)) province.set(code, 1);
    else if (BEHIND.includes(p.code)) province.set(code, rng.range(0.3, 0.6));
    else province.set(code, rng.range(0.75, 0.97));
  }
  const rates = new Map<string, number>();
  for (const u of units) {
    if (u.type === 'eselon1') {
      rates.set(u.code, CENTRAL_FULL.includes(u.code) ? 1 : rng.range(0.85, 0.99));
      continue;
    }
    const p = province.get(u.kanwilCode) as number;
    if (p === 1) rates.set(u.code, 1);
    else if (u.type === 'kanwil') rates.set(u.code, Math.min(0.99, p + 0.05));
    else rates.set(u.code, Math.min(0.995, Math.max(0.25, p + rng.range(-0.07, 0.07))));
  }
  return rates;
}

export function nipText(nip: string, rng: Rng): string {
  const r = rng.next();
  if (r < 0.06) return spacedNip(nip);
  if (r < 0.1) return "'" + nip;
  return nip;
}

export function nameText(name: string, rng: Rng): string {
  const r = rng.next();
  if (r < 0.06) return name.toUpperCase();
  if (r < 0.14 && name.includes(', ')) return name.slice(0, name.indexOf(', ')); // typed without titles
  return name;
}

const FORM_MIX = { code: 0.02, alias: 0.17, variant: 0.3 };

function signerOf(e: Employee, texts: UnitTexts, rng: Rng): Signer {
  return {
    kind: 'roster', rosterDamaged: e.nipStyle === 'scientific' || e.nipStyle === 'wrong_length',
    nip: e.nip, name: e.name, unit: e.unit, position: e.position,
    nipText: nipText(e.nip, rng), nameText: nameText(e.name, rng), unitText: texts.write(e.unit, 'form', FORM_MIX, rng),
  };
}

/** Staff who signed but are not in the roster (new staff, secondments): valid NIPs, official unit names. */
function outsider(unit: Unit, used: Set<string>, rng: Rng): Signer {
  const gender: Gender = rng.chance(0.6) ? 'M' : 'F';
  const type = positionTypeFor(unit, rng);
  const nip = freshNip(gender, rng.chance(0.6) ? 'CPNS' : 'PNS', type, used, rng);
  const name = personName(gender, unit.provinceSpec, false, rng);
  return {
    kind: 'outsider', rosterDamaged: false,
    nip, name, unit, position: positionTitle(unit, type, 99, rng), nipText: nipText(nip, rng), nameText: name, unitText: unit.name };
}

export function buildSignatures(units: readonly Unit[], roster: Roster, texts: UnitTexts, seed: number): Signatures {
  const rng = Rng.stream(seed, 'signatures');
  const rates = completionRates(units, rng);
  const full = new Set(FULL.map((c) => `KW-${c}`));
  const timeline = buildTimeline(units, full, rng);

  // Who signs: a share of each unit's active staff; leavers rarely; people whose roster NIP
  // was damaged always (with their correct NIP).
  const byUnit = new Map<string, Employee[]>();
  for (const e of roster.employees) {
    const list = byUnit.get(e.unit.code) ?? [];
    list.push(e);
    byUnit.set(e.unit.code, list);
  }
  const signers: Signer[] = [];
  for (const u of units) {
    const staff = byUnit.get(u.code) ?? [];
    const active = staff.filter((e) => e.active);
    const quota = Math.round((rates.get(u.code) as number) * active.length);
    const chosen = new Set(rng.shuffle(active).slice(0, quota));
    for (const e of staff) {
      const damaged = e.nipStyle === 'scientific' || e.nipStyle === 'wrong_length';
      const signs = e.active ? chosen.has(e) || damaged : rng.chance(0.2);
      if (signs) signers.push(signerOf(e, texts, rng));
    }
  }
  const sizes = units.map((u) => roster.planned.get(u.code) ?? 0);
  const unitSampler = new WeightedSampler(units, sizes);
  for (let i = 0; i < SIGNATURE_BAD.outsiders; i++) signers.push(outsider(unitSampler.sample(rng), roster.usedNips, rng));

  let seq = 0;
  const submit = (person: Signer, moment: Moment): Submission => ({
    person, moment, seq: seq++, nipText: person.nipText, timestampText: sheetsTimestamp(moment.day, moment.second),
  });
  const moment = (u: Unit): Moment =>
    signingMoment(timeline.ceremony.get(u.code) as number, timeline.decemberPush.has(u.code), rng);

  const rows: Submission[] = signers.map((s) => submit(s, moment(s.unit)));

  // People without a usable NIP (non-civil-servant staff) who filled in the form anyway.
  for (const bad of SIGNATURE_BAD.nonNumeric) {
    const unit = unitSampler.sample(rng);
    const gender: Gender = rng.chance(0.5) ? 'M' : 'F';
    const name = personName(gender, unit.provinceSpec, false, rng);
    const person: Signer = {
      kind: 'no_nip', rosterDamaged: false, nip: '', name, unit, position: 'Pramubakti', nipText: bad, nameText: name, unitText: unit.name };
    rows.push(submit(person, moment(unit)));
  }

  // Damage a few rows: NIPs pasted from a spreadsheet, unreadable timestamps. Only in units
  // below 100 %, so the units that completed stay at exactly 100 %.
  const clean = rng.shuffle(rows.filter((r) => r.person.kind === 'roster' && !r.person.rosterDamaged && (rates.get(r.person.unit.code) as number) < 1));
  clean.slice(0, SIGNATURE_BAD.scientific).forEach((r, i) => {
    r.nipText = scientificNip(r.person.nip, i % 2 === 0);
  });
  clean.slice(SIGNATURE_BAD.scientific, SIGNATURE_BAD.scientific + SIGNATURE_BAD.badTimestamps.length).forEach((r, i) => {
    r.timestampText = SIGNATURE_BAD.badTimestamps[i];
  });

  // The same person submitting again 1–20 days later, with the same answers.
  const again = clean.slice(SIGNATURE_BAD.scientific + SIGNATURE_BAD.badTimestamps.length).filter((r) => r.moment.day < LAST_DAY);
  for (const r of again.slice(0, SIGNATURE_BAD.duplicates)) {
    const delay = rng.int(1, Math.min(20, LAST_DAY - r.moment.day));
    const copy = submit(r.person, { day: r.moment.day + delay, second: rng.int(7 * 3600, 21 * 3600) });
    copy.nipText = r.nipText;
    rows.push(copy);
  }

  rows.sort((a, b) => a.moment.day - b.moment.day || a.moment.second - b.moment.second || a.seq - b.seq);
  return { rows, completionRate: rates, timeline };
}

export function signatureRecord(s: Submission): string[] {
  const p = s.person;
  return [s.timestampText, p.nameText, s.nipText, p.unitText, p.unit.kanwilShort, p.position, PLEDGE_TEXT];
}
