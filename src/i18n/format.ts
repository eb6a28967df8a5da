import type { Lang } from './strings';

// Numbers and dates in id-ID (Indonesian) or en-GB (English) formats.
const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

export interface Formatter {
  int(n: number): string;
  pct(fraction: number | null, digits?: number): string;
  decimal(n: number, digits?: number): string;
  day(isoDay: string): string;
  month(isoMonth: string): string;
}

export function formatter(lang: Lang): Formatter {
  const locale = LOCALE[lang];
  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const dayFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthFmt = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  // Building an Intl.NumberFormat costs far more than formatting: one per number of digits.
  const fixed = new Map<number, Intl.NumberFormat>();
  const digitsFmt = (digits: number) => {
    let f = fixed.get(digits);
    if (!f) fixed.set(digits, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
    return f;
  };
  return {
    int: (n) => int.format(n),
    pct: (f, digits = 1) => (f === null ? '–' : `${digitsFmt(digits).format(f * 100)} %`),
    decimal: (n, digits = 1) => digitsFmt(digits).format(n),
    day: (d) => dayFmt.format(new Date(`${d}T00:00:00Z`)),
    month: (m) => monthFmt.format(new Date(`${m}-01T00:00:00Z`)),
  };
}
