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

// Written out rather than through Intl: the first Intl.NumberFormat a page builds loads the locale's
// data, 40–150 ms on the main thread right before the first figures are drawn. These two locales'
// rules are short, and the output is the same (test/i18n/format.test.ts compares it with Intl's for
// each language, numbers and days alike).
const SEPARATORS: Record<Lang, { readonly group: string; readonly decimal: string }> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};
const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};

/**
 * `n` with exactly `digits` decimals, grouped by thousands. Rounded as Intl rounds: the shortest
 * decimal that reads back as `n` (0.15, not 0.1499…), half away from zero.
 */
function fixed(lang: Lang, n: number, digits: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n < 0 ? '-∞' : '∞';
  const abs = Math.abs(n);
  if (abs >= 1e21) return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  const shortest = abs < 1e-6 ? '0' : String(abs); // below 1e-6 it would be written with an exponent, and rounds to 0
  const [whole, fraction = ''] = shortest.split('.');
  let kept = whole + fraction.slice(0, digits).padEnd(digits, '0');
  if (fraction.length > digits && fraction.charCodeAt(digits) >= 53 /* '5' */) kept = increment(kept);
  const wholePart = kept.slice(0, kept.length - digits) || '0';
  const { group, decimal } = SEPARATORS[lang];
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return `${sign}${wholePart.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${digits ? `${decimal}${kept.slice(-digits)}` : ''}`;
}

/** A string of digits plus one ("0999" → "1000", "99" → "100"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') { out[i] = String(Number(out[i]) + 1); return out.join(''); }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

export function formatter(lang: Lang): Formatter {
  const months = MONTHS[lang];
  return {
    int: (n) => fixed(lang, n, 0),
    pct: (f, digits = 1) => (f === null ? '–' : `${fixed(lang, f * 100, digits)} %`),
    decimal: (n, digits = 1) => fixed(lang, n, digits),
    day: (d) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
      return m && months[Number(m[2]) - 1] ? `${Number(m[3])} ${months[Number(m[2]) - 1]} ${Number(m[1])}` : d;
    },
    month: (ym) => {
      const m = /^(\d{4})-(\d{2})$/.exec(ym);
      return m && months[Number(m[2]) - 1] ? `${months[Number(m[2]) - 1]} ${Number(m[1])}` : ym;
    },
  };
}
