// When each unit held its pledge ceremony, and when each signer submitted the form.

import { dayOf, isWeekend, nextWeekday } from './format';
import type { Rng } from './random';
import type { Unit } from './registry';

export const FIRST_DAY = dayOf(2022, 10, 17);
export const LAST_DAY = dayOf(2023, 12, 31);

/** Fixed dates from public reports; everything else is spread over March–November 2023. */
const KNOWN_WAVES: Record<string, number> = {
  'KW-SUMUT': dayOf(2022, 10, 17),
  'KW-BANTEN': dayOf(2022, 10, 17),
  SETJEN: dayOf(2023, 1, 30),
  'KW-SUMSEL': dayOf(2023, 2, 15),
};
/** Corrections units of Kanwil Jateng signed in the final push of December 2023. */
const JATENG_PAS_DAY = dayOf(2023, 12, 19);

export interface Timeline {
  /** Ceremony day of a unit. */
  ceremony: Map<string, number>;
  /** Units whose late signers may be caught by the December 2023 push. */
  decemberPush: Set<string>;
}

/** A wave per Kanwil (its UPTs follow within days) and per central unit. */
export function buildTimeline(units: readonly Unit[], fullProvinces: ReadonlySet<string>, rng: Rng): Timeline {
  const groups = units.filter((u) => u.type !== 'upt').map((u) => u.code);
  const open = rng.shuffle(groups.filter((c) => KNOWN_WAVES[c] === undefined));
  const start = dayOf(2023, 3, 6);
  const span = dayOf(2023, 11, 24) - start;
  const groupDay = new Map<string, number>(Object.entries(KNOWN_WAVES));
  open.forEach((code, i) => {
    const raw = start + Math.floor((i * span) / open.length) + rng.int(0, 3);
    groupDay.set(code, nextWeekday(raw));
  });

  const ceremony = new Map<string, number>();
  const decemberPush = new Set<string>();
  for (const u of units) {
    if (u.type !== 'upt') {
      ceremony.set(u.code, groupDay.get(u.code) as number);
      continue;
    }
    const base = groupDay.get(u.kanwilCode) as number;
    const isPas = u.eselon1Code === 'DITJENPAS';
    if (u.kanwilCode === 'KW-JATENG' && isPas) {
      ceremony.set(u.code, JATENG_PAS_DAY);
      continue;
    }
    ceremony.set(u.code, rng.chance(0.55) ? base : nextWeekday(base + rng.int(1, 12)));
    if (isPas && !fullProvinces.has(u.kanwilCode)) decemberPush.add(u.code);
  }
  return { ceremony, decemberPush };
}

const HOUR = 3600;

/** Seconds after midnight for a ceremony-day signature: mostly right after the morning assembly. */
export function ceremonySecond(rng: Rng): number {
  if (rng.chance(0.75)) {
    // 08:00–11:59, peaking around 09:00.
    const u = (rng.next() + rng.next()) / 2;
    return 8 * HOUR + Math.floor(u * 4 * HOUR);
  }
  return rng.int(13 * HOUR, 16 * HOUR + 3599);
}

/** Seconds after midnight for any other day: working hours, some evenings. */
export function ordinarySecond(rng: Rng): number {
  if (rng.chance(0.09)) return rng.int(17 * HOUR, 22 * HOUR + 3599);
  const u = (rng.next() + rng.next() + rng.next()) / 3;
  return 7 * HOUR + Math.floor(u * 10 * HOUR);
}

export interface Moment {
  day: number;
  second: number;
}

/** A signer's submission time, given the unit's ceremony day. */
export function signingMoment(ceremonyDay: number, december: boolean, rng: Rng): Moment {
  const r = rng.next();
  if (r < 0.6) return { day: ceremonyDay, second: ceremonySecond(rng) };
  let day: number;
  if (r < 0.82) {
    day = ceremonyDay + [1, 1, 1, 2, 2, 3, 3, 4][rng.int(0, 7)];
  } else if (december && rng.chance(0.35)) {
    day = dayOf(2023, 12, rng.int(4, 15));
  } else {
    day = ceremonyDay + 5 + Math.min(90, Math.floor(-Math.log(1 - rng.next()) * 18));
  }
  if (day < ceremonyDay) day = ceremonyDay + rng.int(1, 4);
  if (day > LAST_DAY) day = rng.int(ceremonyDay, LAST_DAY);
  if (isWeekend(day) && rng.chance(0.7)) {
    const monday = nextWeekday(day);
    day = monday <= LAST_DAY ? monday : day;
  }
  return { day, second: ordinarySecond(rng) };
}
