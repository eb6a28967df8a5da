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

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function build(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): ParsedDate | null {
  // Year 0000 is no calendar year (the engine would read it as 1 BC).
  if (y < 1 || m < 1 || m > 12 || d < 1 || hh > 23 || mm > 59 || ss > 59) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return { day: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, time: `${pad(hh)}:${pad(mm)}:${pad(ss)}` };
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
  const m = SLASH.exec(raw.trim());
  return m !== null && Number(m[2]) > 12 && Number(m[1]) <= 12;
}

export function parseDate(raw: string, monthFirst = false): ParsedDate | null {
  const value = raw.trim();
  if (value === '') return null;
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
export const isSlashDate = (raw: string): boolean => SLASH.test(raw.trim());
