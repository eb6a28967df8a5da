import { describe, expect, it } from 'vitest';
import { isMonthFirstHint, isSlashDate, parseDate } from '../../src/ingest/dates';

const read = (raw: string, monthFirst = false): string | null => {
  const d = parseDate(raw, monthFirst);
  return d === null ? null : `${d.day} ${d.time}`;
};

describe('parseDate: ISO 8601', () => {
  it.each([
    ['2023-02-15', '2023-02-15 00:00:00'],
    ['2023-02-15T16:28:05', '2023-02-15 16:28:05'],
    ['2023-02-15 16:28:05', '2023-02-15 16:28:05'],
    ['2023-02-15T16:28', '2023-02-15 16:28:00'],
    ['2023-02-15 16:28', '2023-02-15 16:28:00'],
    ['2023-02-15T16:28:05Z', '2023-02-15 16:28:05'],
    ['2023-02-15T16:28:05+07:00', '2023-02-15 16:28:05'],
    // the written day is kept, whatever the zone (no conversion to UTC)
    ['2023-02-15T00:30:00+07:00', '2023-02-15 00:30:00'],
    ['2023-02-15T23:30:00-05:00', '2023-02-15 23:30:00'],
    ['2023-02-15 23:30Z', '2023-02-15 23:30:00'],
  ])('%s → %s', (raw, expected) => {
    expect(read(raw)).toBe(expected);
  });
});

describe('parseDate: dd/mm/yyyy and dd-mm-yyyy', () => {
  it.each([
    ['15/02/2023', '2023-02-15 00:00:00'],
    ['15/02/2023 16:28', '2023-02-15 16:28:00'],
    ['15/02/2023 16:28:05', '2023-02-15 16:28:05'],
    ['15/02/2023 16.28', '2023-02-15 16:28:00'],
    ['15/02/2023 16.28.05', '2023-02-15 16:28:05'],
    ['4/2/2023 9:05:01', '2023-02-04 09:05:01'],
    ['4/2/2023', '2023-02-04 00:00:00'],
    ['04/11/2023', '2023-11-04 00:00:00'],
    ['15-02-2023', '2023-02-15 00:00:00'],
    ['15-02-2023 16:28:05', '2023-02-15 16:28:05'],
    ['15-02-2023 16.28', '2023-02-15 16:28:00'],
    ['4-2-2023 9.05.01', '2023-02-04 09:05:01'],
  ])('%s → %s', (raw, expected) => {
    expect(read(raw)).toBe(expected);
  });
});

describe('parseDate: month names (Indonesian and English)', () => {
  it.each([
    ['15 Februari 2023', '2023-02-15'],
    ['15 Feb 2023', '2023-02-15'],
    ['15 Pebruari 2023', '2023-02-15'],
    ['15 February 2023', '2023-02-15'],
    ['15 februari 2023', '2023-02-15'],
    ['15 FEB 2023', '2023-02-15'],
    ['17 Agt 2023', '2023-08-17'],
    ['17 Agustus 2023', '2023-08-17'],
    ['17 August 2023', '2023-08-17'],
    ['17 Aug 2023', '2023-08-17'],
    ['9 Mei 2023', '2023-05-09'],
    ['9 May 2023', '2023-05-09'],
    ['3 Oktober 2023', '2023-10-03'],
    ['3 October 2023', '2023-10-03'],
    ['24 Desember 2023', '2023-12-24'],
    ['24 December 2023', '2023-12-24'],
    ['1 Januari 2024', '2024-01-01'],
    ['30 Juni 2023', '2023-06-30'],
    ['31 Juli 2023', '2023-07-31'],
    ['1 Maret 2023', '2023-03-01'],
  ])('%s → %s', (raw, day) => {
    expect(parseDate(raw)).toEqual({ day, time: '00:00:00' });
  });
});

describe('parseDate: unreadable values give null', () => {
  it.each([
    ['31/02/2023'], // no 31 February
    ['29/02/2023'], // 2023 is not a leap year
    ['31-04-2023'],
    ['2023-02-30'],
    ['2023-13-01'],
    ['32 Januari 2023'],
    ['15 Foo 2023'],
    ['15/02/2023 25:00'],
    ['15/02/2023 10:61'],
    ['kemarin'],
    ['not a date'],
    [''],
    ['   '],
  ])('%j → null', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(read('29/02/2024')).toBe('2024-02-29 00:00:00');
  });
});

describe('month-first slash dates', () => {
  it('detects a slash value whose second part is above 12', () => {
    expect(isMonthFirstHint('2/15/2023 10:00:00')).toBe(true);
    expect(isMonthFirstHint('12/31/2023')).toBe(true);
    expect(isMonthFirstHint('4/2/2023')).toBe(false);
    expect(isMonthFirstHint('15/2/2023')).toBe(false);
    expect(isMonthFirstHint('2023-02-15')).toBe(false);
  });

  it('reads slash dates month-first when asked', () => {
    expect(read('4/2/2023', true)).toBe('2023-04-02 00:00:00');
    expect(read('2/15/2023 10:00:00', true)).toBe('2023-02-15 10:00:00');
    expect(read('4/2/2023 9:05:01', true)).toBe('2023-04-02 09:05:01');
  });

  it('month-first does not change ISO, dash or named dates', () => {
    expect(read('2023-02-04', true)).toBe('2023-02-04 00:00:00');
    expect(read('04-02-2023', true)).toBe('2023-02-04 00:00:00');
    expect(read('4 Feb 2023', true)).toBe('2023-02-04 00:00:00');
  });
});

describe('12-hour times and named months with dashes (contract section 2)', () => {
  it.each([
    ['10/17/2022 8:03:42 PM', true, '2022-10-17 20:03:42'],
    ['10/17/2022 12:05:00 AM', true, '2022-10-17 00:05:00'],
    ['10/17/2022 12:05:00 PM', true, '2022-10-17 12:05:00'],
    ['10/17/2022 11:59:59 pm', true, '2022-10-17 23:59:59'],
    ['10/17/2022 1:00 am', true, '2022-10-17 01:00:00'],
    ['4/2/2023 9:05:01 Pm', false, '2023-02-04 21:05:01'],
    ['04-02-2023 7.30 AM', false, '2023-02-04 07:30:00'],
    ['15-Feb-2023', false, '2023-02-15 00:00:00'],
    ['15-Feb-23', false, '2023-02-15 00:00:00'],
    ['15-feb-23 4:05 PM', false, '2023-02-15 16:05:00'],
    ['15 Feb 2023', false, '2023-02-15 00:00:00'],
    ['1 Agt 24', false, '2024-08-01 00:00:00'],
    ['15-Pebruari-2023', false, '2023-02-15 00:00:00'],
  ] as const)('%s (month-first %s) → %s', (raw, monthFirst, expected) => {
    expect(read(raw, monthFirst)).toBe(expected);
  });

  it.each(['10/17/2022 13:00:00 PM', '10/17/2022 0:05 AM', '15-Feb-023', '15-Feb-2', '0000-01-01', '01/01/0000'])('%j → null', (raw) => {
    expect(parseDate(raw, true)).toBeNull();
  });

  it('an AM/PM value with its second part above 12 makes the column month-first', () => {
    expect(isMonthFirstHint('10/17/2022 8:03:42 PM')).toBe(true);
    expect(isMonthFirstHint('10/12/2022 8:03:42 PM')).toBe(false);
  });
});

// The slash reading as it was, by regular expression alone: the hand-read shapes must agree with it.
const TIME = String.raw`(\d{1,2})(?<sep>[:.])(\d{2})(?:\k<sep>(\d{2}))?(?:\s*([ap])\.?m\.?)?`;
const SLASH = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T,]+${TIME})?$`, 'i');
function slashByRegex(raw: string, monthFirst: boolean): string | null {
  const m = SLASH.exec(raw.trim());
  if (!m) return null;
  const n = (x: string | undefined) => (x === undefined ? 0 : Number(x));
  let h = n(m[4]);
  if (m[8] !== undefined) h = h < 1 || h > 12 ? 99 : (h % 12) + (m[8].toLowerCase() === 'p' ? 12 : 0);
  const [d, mo] = monthFirst ? [n(m[2]), n(m[1])] : [n(m[1]), n(m[2])];
  const y = n(m[3]);
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || h > 23 || n(m[6]) > 59 || n(m[7]) > 59) return null;
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  const p = (x: number, w = 2) => String(x).padStart(w, '0');
  return `${p(y, 4)}-${p(mo)}-${p(d)} ${p(h)}:${p(n(m[6]))}:${p(n(m[7]))}`;
}

describe('slash dates read by hand and by the regular expression agree', () => {
  it('on 20,000 strings made of date pieces, both orders', () => {
    let state = 12345;
    const rand = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    const pieces = ['0', '1', '2', '9', '12', '13', '29', '30', '31', '00', '/', '/', '/', ' ', ' ', ':', ':', '.', 'T', ',', '2023', '2024', '1900', '0000', '2100', '123', 'pm', 'AM', 'a.m.', '-', 'x'];
    const shaped = () => `${[1, 9, 12, 13, 29, 31, 0][rand(7)]}/${[1, 2, 12, 13, 0, 31][rand(6)]}/${['2023', '2024', '1900', '2000', '0001', '202'][rand(6)]}`
      + ['', ` ${rand(30)}:${String(rand(70)).padStart(rand(2) + 1, '0')}`, ` ${rand(25)}:${String(rand(61)).padStart(2, '0')}:${String(rand(61)).padStart(2, '0')}`, ' 7:05 pm', 'T08:00', ' 8.05.09', '  8:05', ' 8:05:'][rand(8)];
    for (let k = 0; k < 20_000; k++) {
      const raw = k % 2 === 0 ? shaped() : Array.from({ length: 1 + rand(9) }, () => pieces[rand(pieces.length)]).join('');
      for (const monthFirst of [false, true]) {
        const regex = slashByRegex(raw, monthFirst);
        const read = parseDate(raw, monthFirst);
        // Strings that are no slash date are left to the other shapes; only slash answers are compared.
        if (SLASH.test(raw.trim())) expect(read === null ? null : `${read.day} ${read.time}`, raw).toBe(regex);
      }
      const m = SLASH.exec(raw.trim());
      expect(isMonthFirstHint(raw), raw).toBe(m !== null && Number(m[2]) > 12 && Number(m[1]) <= 12);
      expect(isSlashDate(raw), raw).toBe(m !== null);
    }
  });
});
