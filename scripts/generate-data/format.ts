// Hand-written formatting: CSV lines, calendar days and times. Nothing here depends on the
// locale or the time zone (days are counted in UTC and only ever formatted by hand).

export type Delim = ',' | ';';

/** Quotes a field only when it holds the delimiter, a quote or a line break. */
export function csvField(value: string, delim: Delim): string {
  if (value.includes(delim) || value.includes('"') || value.includes('\n') || value.includes('\r')) {
    return '"' + value.replace(/"/g, '""') + '"';
  }
  return value;
}

export interface CsvStyle {
  delim: Delim;
  eol: '\n' | '\r\n';
  bom: boolean;
}

export function csvText(header: readonly string[], rows: readonly (readonly string[])[], style: CsvStyle): string {
  const lines: string[] = [header.map((f) => csvField(f, style.delim)).join(style.delim)];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`row has ${row.length} fields, header ${header.length}`);
    lines.push(row.map((f) => csvField(f, style.delim)).join(style.delim));
  }
  return (style.bom ? '\uFEFF' : '') + lines.join(style.eol) + style.eol;
}

export function pad(n: number, width = 2): string {
  let s = String(n);
  while (s.length < width) s = '0' + s;
  return s;
}

// ---- calendar days: integer count of days since 1970-01-01 ----

const MS_PER_DAY = 86_400_000;

export function dayOf(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function ymdOf(day: number): Ymd {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

export function daysInMonth(y: number, m: number): number {
  return dayOf(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayOf(y, m, 1);
}

/** The next Monday–Friday on or after `day`. */
export function nextWeekday(day: number): number {
  let d = day;
  while (isWeekend(d)) d++;
  return d;
}

export const MONTHS_ID = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

export const MONTHS_ID_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des'] as const;

/** `04/11/2023` */
export function ddmmyyyy(day: number): string {
  const { y, m, d } = ymdOf(day);
  return `${pad(d)}/${pad(m)}/${y}`;
}

/** `4 November 2023` or `4 Nov 2023` (Indonesian month names). */
export function longDateId(day: number, short: boolean): string {
  const { y, m, d } = ymdOf(day);
  return `${d} ${short ? MONTHS_ID_SHORT[m - 1] : MONTHS_ID[m - 1]} ${y}`;
}

/** Google Sheets (id-ID) timestamp: `4/2/2023 9:05:01`. `seconds` counts from midnight. */
export function sheetsTimestamp(day: number, seconds: number): string {
  const { y, m, d } = ymdOf(day);
  const h = Math.floor(seconds / 3600);
  const mi = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${d}/${m}/${y} ${h}:${pad(mi)}:${pad(s)}`;
}

/** ISO `yyyy-mm-dd`, for logs and checks only. */
export function isoDay(day: number): string {
  const { y, m, d } = ymdOf(day);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Key used to detect clashes between unit codes, names and aliases: letters and digits only. */
export function strictKey(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
