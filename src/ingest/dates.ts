// Date reading of DATA-CONTRACT.md section 2. Times are local wall-clock times; a day is the calendar day written.
export interface ParsedDate {
  readonly day: string; // YYYY-MM-DD
  readonly time: string; // HH:MM:SS
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ['januari', 'january', 'jan']],
  [2, ['februari', 'pebruari', 'february', 'feb', 'peb']],
  [3, ['maret', 'march', 'mar']],
  [4, ['april', 'apr']],
  [5, ['mei', 'may']],
  [6, ['juni', 'june', 'jun']],
  [7, ['juli', 'july', 'jul']],
  [8, ['agustus', 'august', 'agt', 'agu', 'ags', 'aug']],
  [9, ['september', 'sept', 'sep']],
  [10, ['oktober', 'october', 'okt', 'oct']],
  [11, ['november', 'nopember', 'nov', 'nop']],
  [12, ['desember', 'december', 'des', 'dec']],
];
for (const [n, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = n;

// A 24-hour time, or a 12-hour one with AM/PM in any case (Excel on English settings).
const TIME = String.raw`(\d{1,2})(?<sep>[:.])(\d{2})(?:\k<sep>(\d{2}))?(?:\s*([ap])\.?m\.?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$`, 'i');
const SLASH = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T,]+${TIME})?$`, 'i');
const DASH = new RegExp(String.raw`^(\d{1,2})-(\d{1,2})-(\d{4})(?:[ T,]+${TIME})?$`, 'i');
// 15 Februari 2023, 15 Feb 2023, 15-Feb-2023, 15-Feb-23 (a two-digit year means 20yy).
const NAMED = new RegExp(String.raw`^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4}|\d{2})(?:[ T,]+${TIME})?$`, 'i');

const TWO = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const pad = (n: number, width = 2): string => (width === 2 && n < 100 ? TWO[n] : String(n).padStart(width, '0'));

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

function build(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): ParsedDate | null {
  // Year 0000 is no calendar year (the engine would read it as 1 BC).
  if (y < 1 || m < 1 || m > 12 || d < 1 || hh > 23 || mm > 59 || ss > 59) return null;
  const daysInMonth = m === 2 && leap(y) ? 29 : DAYS_IN_MONTH[m - 1];
  if (d > daysInMonth) return null;
  return { day: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, time: `${pad(hh)}:${pad(mm)}:${pad(ss)}` };
}

// The last quick read of a slash date (module scratch: no array per row).
let qa = 0;
let qb = 0;
let qy = 0;
let qh = 0;
let qm = 0;
let qs = 0;

const digit = (v: string, i: number): number => {
  const c = v.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

// Where the quick read is in its text (module scratch, as above).
let at = 0;

/** 1 to `max` digits at `at` as a number (moving past them), or -1 when there is no digit. */
function digits(v: string, max: number): number {
  let n = digit(v, at);
  if (n < 0) return -1;
  at++;
  for (let k = 1; k < max; k++) {
    const c = digit(v, at);
    if (c < 0) break;
    n = n * 10 + c;
    at++;
  }
  return n;
}

/**
 * The shapes almost every export writes, read by hand: d/m/yyyy, optionally with a space and h:mm or
 * h:mm:ss. A subset of SLASH with the same groups, so it reads exactly as the regular expression
 * would; false for anything else (which then goes to the regular expression).
 */
function quickSlash(v: string): boolean {
  // A row's date is asked about three times (month-first hint, reading, slash check): read once.
  if (v === lastRead) return lastOk;
  lastRead = v;
  lastOk = readSlash(v);
  return lastOk;
}

let lastRead: string | null = null;
let lastOk = false;

function readSlash(v: string): boolean {
  at = 0;
  const a = digits(v, 2);
  if (a < 0 || v.charCodeAt(at++) !== 47) return false;
  const b = digits(v, 2);
  if (b < 0 || v.charCodeAt(at++) !== 47) return false;
  const start = at;
  const y = digits(v, 4);
  if (at - start !== 4) return false;
  let h = 0;
  let mi = 0;
  let se = 0;
  if (at !== v.length) {
    if (v.charCodeAt(at++) !== 32) return false;
    h = digits(v, 2);
    if (h < 0 || v.charCodeAt(at++) !== 58) return false;
    const m0 = digit(v, at);
    const m1 = digit(v, at + 1);
    if (m0 < 0 || m1 < 0) return false;
    mi = m0 * 10 + m1;
    at += 2;
    if (at !== v.length) {
      if (v.charCodeAt(at++) !== 58) return false;
      const s0 = digit(v, at);
      const s1 = digit(v, at + 1);
      if (s0 < 0 || s1 < 0 || at + 2 !== v.length) return false;
      se = s0 * 10 + s1;
    }
  }
  qa = a;
  qb = b;
  qy = y;
  qh = h;
  qm = mi;
  qs = se;
  return true;
}

const num = (s: string | undefined): number => (s === undefined ? 0 : Number(s));

/** The 24-hour hour of a time; 12 AM is 00, 12 PM is 12; an hour outside 1–12 with AM/PM is not a time. */
function hour(raw: string | undefined, half: string | undefined): number {
  const h = num(raw);
  if (half === undefined) return h;
  if (h < 1 || h > 12) return 99;
  return (h % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
}

/** True when a slash date has its second part above 12: the column is then month-first. */
export function isMonthFirstHint(raw: string): boolean {
  const value = raw.trim();
  if (quickSlash(value)) return qb > 12 && qa <= 12;
  const m = SLASH.exec(value);
  return m !== null && Number(m[2]) > 12 && Number(m[1]) <= 12;
}

export function parseDate(raw: string, monthFirst = false): ParsedDate | null {
  const value = raw.trim();
  if (value === '') return null;
  // A slash date cannot be an ISO one (four digits, then a hyphen).
  if (quickSlash(value)) return monthFirst ? build(qy, qa, qb, qh, qm, qs) : build(qy, qb, qa, qh, qm, qs);
  let m = ISO.exec(value);
  if (m) return build(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6]));
  m = SLASH.exec(value);
  if (m) {
    const [a, b] = [num(m[1]), num(m[2])];
    const [d, mo] = monthFirst ? [b, a] : [a, b];
    return build(num(m[3]), mo, d, hour(m[4], m[8]), num(m[6]), num(m[7]));
  }
  m = DASH.exec(value);
  if (m) return build(num(m[3]), num(m[2]), num(m[1]), hour(m[4], m[8]), num(m[6]), num(m[7]));
  m = NAMED.exec(value);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    if (!month) return null;
    const year = m[3].length === 2 ? 2000 + num(m[3]) : num(m[3]);
    return build(year, month, num(m[1]), hour(m[4], m[8]), num(m[6]), num(m[7]));
  }
  return null;
}

/** A slash date: its reading depends on the column's day-first / month-first order. */
export const isSlashDate = (raw: string): boolean => {
  const value = raw.trim();
  return quickSlash(value) || SLASH.test(value);
};
