import { describe, expect, it } from 'vitest';
import { formatter } from '../../src/i18n/format';

// The page's numbers and days are written out by hand (no Intl on the way to the first figures);
// they must read exactly as Intl writes them in id-ID and en-GB.
const LOCALES = { id: 'id-ID', en: 'en-GB' } as const;

function numbers(): number[] {
  const list = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.05, 0.15, 0.25, 0.35, 1.005, 999.95, 999.949, 1000, 1234.5, 12345.678, 70014, 1e6, 1234567.891, -1234567.891, 0.999, 0.9995, 0.8857, 1 / 3, 2 / 3, 88.55, 88.65, 1e15, 123456789012.5, -1e-9, 1e-7, 9.995, 0.995, 99.95, 999999.5];
  let seed = 7;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
  for (let i = 0; i < 2000; i++) list.push((random() - 0.3) * 10 ** Math.floor(random() * 9), Math.round(random() * 100000) / 1000);
  return list;
}

describe('numbers as Intl writes them', () => {
  for (const [lang, locale] of Object.entries(LOCALES) as ['id' | 'en', string][]) {
    it(`${locale}: whole numbers, decimals and percentages`, () => {
      const fmt = formatter(lang);
      const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
      for (const n of numbers()) {
        expect(fmt.int(n)).toBe(int.format(n));
        for (const digits of [0, 1, 2]) {
          const d = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
          expect(fmt.decimal(n, digits)).toBe(d.format(n));
          expect(fmt.pct(n / 100, digits)).toBe(`${d.format((n / 100) * 100)} %`);
        }
      }
      expect(fmt.pct(null)).toBe('–');
      expect(fmt.int(Number.NaN)).toBe(int.format(Number.NaN));
      expect(fmt.int(Number.POSITIVE_INFINITY)).toBe(int.format(Number.POSITIVE_INFINITY));
      expect(fmt.int(Number.NEGATIVE_INFINITY)).toBe(int.format(Number.NEGATIVE_INFINITY));
      expect(fmt.int(1e22)).toBe(int.format(1e22));
    });

    it(`${locale}: every day of 2023 and 2024, and months`, () => {
      const fmt = formatter(lang);
      const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
      const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
      for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2024, 11, 31); t += 86_400_000) {
        const iso = new Date(t).toISOString().slice(0, 10);
        expect(fmt.day(iso)).toBe(day.format(new Date(t)));
        expect(fmt.month(iso.slice(0, 7))).toBe(month.format(new Date(t)));
      }
    });
  }

  it('a text that is not a day is shown as written, never an error', () => {
    const fmt = formatter('id');
    expect(fmt.day('2024-13-01')).toBe('2024-13-01');
    expect(fmt.day('kemarin')).toBe('kemarin');
    expect(fmt.month('2024-00')).toBe('2024-00');
  });
});
