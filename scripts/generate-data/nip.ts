// NIP numbers: 18 digits = birth date yyyymmdd + appointment yyyymm + gender (1/2) + serial.

import { daysInMonth, pad } from './format';
import type { Gender } from './names';
import type { PositionType } from './positions';
import type { Rng } from './random';

export type EmploymentStatus = 'PNS' | 'CPNS' | 'PPPK';

const MONTH_WEIGHTS = [3, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1.5];

/** Appointment-year weights for rank-and-file PNS (big intakes 2017–2020, moratorium 2015–16). */
function pnsYearWeight(y: number): number {
  if (y < 2001) return 0.8;
  if (y <= 2010) return y === 2009 || y === 2010 ? 3 : 2;
  if (y <= 2014) return 1.5;
  if (y <= 2016) return 0.3;
  const recent: Record<number, number> = { 2017: 5, 2018: 4, 2019: 5, 2020: 4, 2021: 3, 2022: 1.5 };
  return recent[y] ?? 0;
}

const PNS_YEARS: number[] = [];
const PNS_WEIGHTS: number[] = [];
for (let y = 1985; y <= 2022; y++) {
  PNS_YEARS.push(y);
  PNS_WEIGHTS.push(pnsYearWeight(y));
}

function appointmentYear(status: EmploymentStatus, type: PositionType, rng: Rng): number {
  if (status !== 'PNS') return rng.chance(0.35) ? 2022 : 2023;
  switch (type) {
    case 'JPT': return rng.int(1986, 2000);
    case 'ADMINISTRATOR': return rng.int(1988, 2008);
    case 'PENGAWAS': return rng.int(1990, 2014);
    default: return PNS_YEARS[rng.weightedIndex(PNS_WEIGHTS)];
  }
}

function ageAtAppointment(status: EmploymentStatus, rng: Rng): number {
  if (status === 'PPPK') return rng.int(22, 48);
  const r = rng.next();
  if (r < 0.7) return rng.int(20, 26);
  if (r < 0.95) return rng.int(27, 32);
  return rng.int(33, 35);
}

/** Draws the parts of a NIP; the caller checks uniqueness. */
export function drawNip(gender: Gender, status: EmploymentStatus, type: PositionType, rng: Rng): string {
  const apptYear = appointmentYear(status, type, rng);
  let birthYear = apptYear - ageAtAppointment(status, rng);
  // birth 1963–2001, appointment at 19 or later; rank-and-file staff born before 1966 have retired.
  const minBirth = type === 'PELAKSANA' ? 1966 : 1963;
  birthYear = Math.max(minBirth, Math.min(2001, apptYear - 19, birthYear));
  const birthMonth = rng.int(1, 12);
  const birthDay = rng.int(1, daysInMonth(birthYear, birthMonth));
  const apptMonth = 1 + rng.weightedIndex(MONTH_WEIGHTS);
  const serialU = rng.next();
  const serial = 1 + Math.floor(998.999 * serialU * serialU * serialU);
  return `${birthYear}${pad(birthMonth)}${pad(birthDay)}${apptYear}${pad(apptMonth)}${gender === 'M' ? 1 : 2}${pad(serial, 3)}`;
}

/** `19860926 201505 1 001` */
export function spacedNip(nip: string): string {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

/** What a spreadsheet shows after turning the NIP into a number: `1,98609E+17` (or with a dot). */
export function scientificNip(nip: string, decimalComma: boolean): string {
  const digits = Number(nip.slice(0, 7));
  const rounded = Math.round(digits / 10); // 6 significant digits
  const s = String(rounded);
  if (s.length !== 6) throw new Error(`unexpected rounding of ${nip}`);
  return `${s[0]}${decimalComma ? ',' : '.'}${s.slice(1)}E+17`;
}

/** A NIP with one digit dropped (17) or one digit repeated (19). */
export function wrongLengthNip(nip: string, rng: Rng): string {
  const at = rng.int(8, 16);
  return rng.chance(0.5) ? nip.slice(0, at) + nip.slice(at + 1) : nip.slice(0, at) + nip[at] + nip.slice(at);
}
