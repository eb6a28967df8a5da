// The neutrality incident register kept by Itjen: a few hundred synthetic cases, rising toward
// the February 2024 election and again before the November 2024 Pilkada.

import { daysInMonth, dayOf, ddmmyyyy, isWeekend, longDateId, nextWeekday, ymdOf } from './format';
import { Rng, WeightedSampler } from './random';
import type { Unit } from './registry';
import type { Employee, Roster } from './roster';
import type { UnitTexts } from './unit-text';

export const INCIDENT_BAD = { resent: 6, unmatchedUnits: 3 } as const;

/** Statuses are as of the last report day. */
const AS_OF = dayOf(2024, 9, 30);
const PILKADA_FROM = dayOf(2024, 4, 15);

/** Cases per month (relative): Mar 2023 … Sep 2024. */
const MONTHS: readonly [number, number, number][] = [
  [2023, 3, 3], [2023, 4, 4], [2023, 5, 5], [2023, 6, 6], [2023, 7, 8], [2023, 8, 10], [2023, 9, 13],
  [2023, 10, 18], [2023, 11, 30], [2023, 12, 38], [2024, 1, 44], [2024, 2, 40], [2024, 3, 14],
  [2024, 4, 6], [2024, 5, 4], [2024, 6, 4], [2024, 7, 7], [2024, 8, 12], [2024, 9, 15],
];

/** Code list 3.1 with its Indonesian labels and the share of each category. */
const CATEGORIES: readonly [code: string, label: string, weight: number][] = [
  ['MEDSOS_KAMPANYE', 'kampanye melalui media sosial', 18],
  ['MEDSOS_INTERAKSI', 'posting / like / share / komentar / mengikuti akun pemenangan', 12],
  ['FOTO_BERPIHAK', 'foto bersama calon / simbol / atribut', 13],
  ['SPANDUK', 'memasang spanduk / baliho', 3],
  ['HADIR_DEKLARASI', 'menghadiri deklarasi / kampanye', 11],
  ['IKUT_KAMPANYE', 'ikut kegiatan kampanye / sosialisasi', 6],
  ['KAMPANYE_PASANGAN', 'kampanye pasangan (suami/istri) tanpa cuti', 2],
  ['PENDEKATAN_PARPOL', 'pendekatan ke partai politik', 6],
  ['ANGGOTA_PARPOL', 'anggota / pengurus partai politik', 1.5],
  ['KEGIATAN_BERPIHAK', 'pertemuan / ajakan / pemberian barang', 7],
  ['TIM_PEMENANGAN', 'tim ahli / tim pemenangan', 1.5],
  ['DUKUNGAN_KTP', 'dukungan KTP calon perseorangan', 2],
  ['KEPUTUSAN_BERPIHAK', 'keputusan yang menguntungkan calon', 1],
  ['FASILITAS_NEGARA', 'menggunakan fasilitas negara / jabatan', 3],
  ['HOAKS_UJARAN_KEBENCIAN', 'menyebarkan hoaks / ujaran kebencian', 3],
  ['POLITIK_UANG', 'politik uang / menerima pemberian', 2],
  ['LAINNYA', 'lainnya', 2],
];

const SOURCES = { BAWASLU: 45, MASYARAKAT: 25, ATASAN: 15, ITJEN: 8, MEDIA: 5, KASN: 2 };
const CLOSED = { SANKSI_DIJATUHKAN: 45, TIDAK_TERBUKTI: 30, DIHENTIKAN: 10, SELESAI: 15 };
const OPEN_RECENT = { DILAPORKAN: 35, DITERUSKAN: 25, KLARIFIKASI: 25, TERBUKTI: 15 };
const OPEN_OLD = { DITERUSKAN: 15, KLARIFIKASI: 40, TERBUKTI: 45 };
const SANCTIONS = { MORAL: 50, RINGAN: 25, SEDANG: 15, BERAT: 8, PTDH: 2 };

interface Case {
  id: string;
  reported: number;
  reportedText: string;
  unitText: string;
  nip: string;
  categoryText: string;
  source: string;
  status: string;
  sanction: string;
  decided: number | null;
  election: string;
}

interface IncidentRow {
  record: string[];
  sortDay: number;
  seq: number;
}

export interface Incidents {
  rows: string[][];
  cases: number;
  open: number;
}

function reportDays(n: number, rng: Rng): number[] {
  const sampler = new WeightedSampler(MONTHS, MONTHS.map((m) => m[2]));
  const days: number[] = [];
  for (let i = 0; i < n; i++) {
    const [y, m] = sampler.sample(rng);
    let day = dayOf(y, m, rng.int(1, daysInMonth(y, m)));
    if (isWeekend(day) && rng.chance(0.8)) day = nextWeekday(day);
    days.push(Math.min(day, AS_OF));
  }
  return days.sort((a, b) => a - b);
}

function pickEmployee(staff: readonly Employee[] | undefined, rng: Rng): Employee | null {
  if (!staff || staff.length === 0) return null;
  for (let tries = 0; tries < 20; tries++) {
    const e = rng.pick(staff);
    if (e.nipStyle !== 'scientific' && e.nipStyle !== 'wrong_length' && e.positionType !== 'JPT') return e;
  }
  return null;
}

function statusFor(age: number, rng: Rng): string {
  const pOpen = age < 14 ? 1 : age < 90 ? 0.85 : age < 180 ? 0.4 : age < 365 ? 0.15 : 0.1;
  if (rng.chance(pOpen)) return rng.weighted(age < 120 ? OPEN_RECENT : OPEN_OLD);
  return rng.weighted(CLOSED);
}

function makeCase(day: number, unit: Unit, staff: readonly Employee[] | undefined, rng: Rng): Omit<Case, 'id'> {
  const [code, label] = CATEGORIES[rng.weightedIndex(CATEGORIES.map((c) => c[2]))];
  const age = AS_OF - day;
  const status = statusFor(age, rng);
  const closed = status in CLOSED;
  const employee = rng.chance(0.7) ? pickEmployee(staff, rng) : null;
  return {
    reported: day,
    reportedText: rng.chance(0.85) ? ddmmyyyy(day) : longDateId(day, rng.chance(0.5)),
    unitText: rng.chance(0.1) ? unit.code : unit.name,
    nip: employee ? employee.nip : '',
    categoryText: rng.chance(0.8) ? code : label,
    source: rng.weighted(SOURCES),
    status,
    sanction: status === 'SANKSI_DIJATUHKAN' ? rng.weighted(SANCTIONS) : '',
    decided: closed ? day + rng.int(14, Math.min(120, age)) : null,
    election: day < PILKADA_FROM ? 'PEMILU2024' : 'PILKADA2024',
  };
}

function record(c: Case): string[] {
  return [
    c.id, c.reportedText, c.unitText, c.nip, c.categoryText, c.source, c.status, c.sanction,
    c.decided === null ? '' : ddmmyyyy(c.decided), c.election,
  ];
}

export function buildIncidents(units: readonly Unit[], roster: Roster, texts: UnitTexts, seed: number): Incidents {
  const rng = Rng.stream(seed, 'incidents');
  const staffOf = new Map<string, Employee[]>();
  for (const e of roster.employees) {
    if (!e.active) continue;
    const list = staffOf.get(e.unit.code) ?? [];
    list.push(e);
    staffOf.set(e.unit.code, list);
  }
  const unitSampler = new WeightedSampler(units, units.map((u) => roster.planned.get(u.code) ?? 0));

  const days = reportDays(rng.int(285, 320), rng);
  const perYear = new Map<number, number>();
  const cases: Case[] = days.map((day) => {
    const unit = unitSampler.sample(rng);
    const y = ymdOf(day).y;
    const n = (perYear.get(y) ?? 0) + 1;
    perYear.set(y, n);
    return { id: `INS/${y}/${String(n).padStart(4, '0')}`, ...makeCase(day, unit, staffOf.get(unit.code), rng) };
  });

  // A few cases name a unit the way nobody else writes it.
  const variantUnits = units.filter((u) => texts.hasVariant(u, 'form'));
  for (const c of rng.shuffle(cases).slice(0, INCIDENT_BAD.unmatchedUnits)) {
    c.unitText = texts.variant(rng.pick(variantUnits), 'form', rng);
    c.nip = '';
  }

  const rows: IncidentRow[] = [];
  let seq = 0;
  // Re-sent cases: the first row shows an earlier stage; the later row (at the decision date) the outcome.
  const closed = rng.shuffle(cases.filter((c) => c.decided !== null));
  const resent = [
    ...closed.filter((c) => c.status === 'SANKSI_DIJATUHKAN').slice(0, 4),
    ...closed.filter((c) => c.status === 'TIDAK_TERBUKTI').slice(0, INCIDENT_BAD.resent - 4),
  ];
  for (const c of cases) {
    if (resent.includes(c)) {
      const earlier: Case = { ...c, status: c.status === 'SANKSI_DIJATUHKAN' ? rng.pick(['KLARIFIKASI', 'TERBUKTI']) : 'KLARIFIKASI', sanction: '', decided: null };
      rows.push({ record: record(earlier), sortDay: c.reported, seq: seq++ });
      rows.push({ record: record(c), sortDay: c.decided as number, seq: seq++ });
    } else {
      rows.push({ record: record(c), sortDay: c.reported, seq: seq++ });
    }
  }
  rows.sort((a, b) => a.sortDay - b.sortDay || a.seq - b.seq);
  const open = cases.filter((c) => c.decided === null).length;
  return { rows: rows.map((r) => r.record), cases: cases.length, open };
}
