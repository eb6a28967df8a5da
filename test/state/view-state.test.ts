import { describe, expect, it } from 'vitest';
import { addDays, parseDay } from '../../src/state/day';
import { changeView, DEFAULT_VIEW, parseField, parseView, serializeView, type ViewState } from '../../src/state/view-state';

const view = (change: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...change });
const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe('parseDay', () => {
  it('accepts real days and returns them unchanged', () => {
    expect(parseDay('2023-01-31')).toBe('2023-01-31');
    expect(parseDay('2023-12-31')).toBe('2023-12-31');
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
    expect(parseDay('2000-02-29')).toBe('2000-02-29'); // divisible by 400: leap
  });

  it.each(['2023-02-29', '2023-02-31', '2024-02-30', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '2023-01-32', '1900-02-29'])(
    'refuses the impossible day %s', (text) => expect(parseDay(text)).toBeNull());

  it.each(['20235-01-01', '2023-2-3', '23-01-01', '2023/01/01', '2023-01-01T00:00', '', ' ', ' 2023-01-01', '2023-01-01 ', 'yesterday'])(
    'refuses the malformed text %j', (text) => expect(parseDay(text)).toBeNull());

  it('keeps years within 1900–2100', () => {
    expect(parseDay('1900-01-01')).toBe('1900-01-01');
    expect(parseDay('2100-12-31')).toBe('2100-12-31');
    expect(parseDay('1899-12-31')).toBeNull();
    expect(parseDay('2101-01-01')).toBeNull();
    expect(parseDay('0000-01-01')).toBeNull();
  });
});

describe('addDays', () => {
  it('moves across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-06-15', 0)).toBe('2023-06-15');
    expect(addDays('2023-01-01', 365)).toBe('2024-01-01');
  });
});

describe('parseView: days', () => {
  it.each(['2023-02-31', '2023-13-01', '2023-00-10', '2024-02-30', '20235-01-01', '2023-2-3', '2023-02-29', '1899-12-31', '2101-01-01'])(
    'drops asof=%s with a day note', (value) => {
      const { view: v, ignored } = parseView(query({ asof: value }));
      expect(v.asOf).toBeNull();
      expect(ignored).toEqual([{ param: 'asof', value, reason: 'day' }]);
    });

  it('applies the same rule to every day field', () => {
    const { view: v, ignored } = parseView(query({ deadline: '2023-02-31', from: '2023-13-01', to: '2024-02-30' }));
    expect([v.deadline, v.from, v.to]).toEqual([null, null, null]);
    expect(ignored.map((i) => [i.param, i.reason])).toEqual([['deadline', 'day'], ['from', 'day'], ['to', 'day']]);
  });

  it('accepts the leap day 2024-02-29 and trims surrounding space', () => {
    expect(parseView('?asof=2024-02-29')).toEqual({ view: view({ asOf: '2024-02-29' }), ignored: [] });
    expect(parseView(query({ asof: ' 2024-02-29 ' })).view.asOf).toBe('2024-02-29');
  });

  // An empty or blank value means "not set" (it is also how a control clears a field), so it leaves
  // the default without a note rather than being reported as ignored.
  it.each(['', ' ', '\t  '])('treats the blank value %j as unset, without a note', (value) => {
    expect(parseView(query({ asof: value, deadline: value }))).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  it('drops a period whose start is after its end, both ends, with a period note', () => {
    const { view: v, ignored } = parseView('?from=2023-05-01&to=2023-04-30');
    expect([v.from, v.to]).toEqual([null, null]);
    expect(ignored).toEqual([{ param: 'from…to', value: '2023-05-01…2023-04-30', reason: 'period' }]);
    expect(parseView('?from=2023-05-01&to=2023-05-01').view).toEqual(view({ from: '2023-05-01', to: '2023-05-01' }));
  });

  it('ignores four bad parameters at once and falls back to the defaults', () => {
    const { view: v, ignored } = parseView('?asof=2023-02-31&from=2023-13-01&sort=__proto__&deadline=2023-13-45');
    expect(v).toEqual(DEFAULT_VIEW);
    expect(ignored).toHaveLength(4);
    expect(ignored).toEqual(expect.arrayContaining([
      { param: 'asof', value: '2023-02-31', reason: 'day' },
      { param: 'from', value: '2023-13-01', reason: 'day' },
      { param: 'sort', value: '__proto__', reason: 'sort' },
      { param: 'deadline', value: '2023-13-45', reason: 'day' },
    ]));
  });
});

describe('parseView: codes, sorts, pages and free text', () => {
  it.each([['category', 'NOPE'], ['status', 'maybe'], ['type', 'x'], ['source', 'x'], ['category', '__proto__'], ['status', 'constructor']])(
    'drops %s=%s with a code note', (param, value) => {
      const { view: v, ignored } = parseView(query({ [param]: value }));
      expect(v).toEqual(DEFAULT_VIEW);
      expect(ignored).toEqual([{ param, value, reason: 'code' }]);
    });

  it('matches codes without regard to case and keeps the canonical spelling', () => {
    const { view: v, ignored } = parseView('?status=OPEN&category=spanduk&type=KANWIL&source=bawaslu');
    expect(ignored).toEqual([]);
    expect([v.status, v.category, v.unitType, v.source]).toEqual(['open', 'SPANDUK', 'kanwil', 'BAWASLU']);
    expect(parseView('?status=dilaporkan').view.status).toBe('DILAPORKAN');
    expect(parseView('?status=Closed').view.status).toBe('closed');
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', '-__proto__', '--completion', 'completion desc', 'Completion'])(
    'drops sort=%s with a sort note', (value) => {
      const { view: v, ignored } = parseView(query({ sort: value }));
      expect(v.sort).toBeNull();
      expect(ignored).toEqual([{ param: 'sort', value, reason: 'sort' }]);
    });

  it.each(['completion', '-completion', 'name', '-openIncidents'])('keeps sort=%s', (value) => {
    expect(parseView(query({ sort: value }))).toEqual({ view: view({ sort: value }), ignored: [] });
  });

  it.each(['__proto__', 'nope', 'constructor', 'OVERVIEW'])('drops page=%s and stays on the overview', (value) => {
    const { view: v, ignored } = parseView(query({ page: value }));
    expect(v.page).toBe('overview');
    expect(ignored).toEqual([{ param: 'page', value, reason: 'page' }]);
  });

  it('keeps a known page', () => {
    expect(parseView('?page=behind')).toEqual({ view: view({ page: 'behind' }), ignored: [] });
  });

  it.each(['<script>alert(1)</script>', 'KW"01', 'a;DROP TABLE x', 'x'.repeat(101), 'line\nbreak'])(
    'drops the free-text value %j with a tooLong note', (value) => {
      const { view: v, ignored } = parseView(query({ kanwil: value }));
      expect(v.kanwil).toBeNull();
      expect(ignored).toHaveLength(1);
      expect(ignored[0]).toMatchObject({ param: 'kanwil', reason: 'tooLong' });
    });

  it('clips a long ignored value to 40 characters in the note', () => {
    const { ignored } = parseView(query({ unit: 'x'.repeat(101) }));
    expect(ignored[0].value).toBe(`${'x'.repeat(40)}…`);
  });

  it('keeps free text of up to 100 letters, digits and common punctuation', () => {
    const name = "Kanwil Jawa Barat (I) & Co's/Unit_1.2";
    expect(parseView(query({ kanwil: name, unit: 'u'.repeat(100), campaign: 'PEMILU-2024' })).view)
      .toEqual(view({ kanwil: name, unit: 'u'.repeat(100), campaign: 'PEMILU-2024' }));
    expect(parseField('directorate', 'Direktorat Jenderal Pemasyarakatan')).toEqual({ value: 'Direktorat Jenderal Pemasyarakatan' });
  });
});

describe('serializeView', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
    expect(serializeView(parseView('?page=overview').view)).toBe('');
  });

  const valid = [
    '?page=detail&kanwil=KW01&unit=UPT-7',
    '?asof=2024-02-29&deadline=2024-03-15&from=2024-01-01&to=2024-02-29',
    '?category=SPANDUK&status=open&source=BAWASLU&type=upt&sort=-completion',
    `?campaign=PILKADA&${new URLSearchParams({ kanwil: "Jawa Barat (I) & Co's" })}`,
  ];
  it.each(valid)('round-trips %s', (search) => {
    const parsed = parseView(search);
    expect(parsed.ignored).toEqual([]);
    const written = serializeView(parsed.view);
    expect(parseView(written)).toEqual(parsed);
    expect(serializeView(parseView(written).view)).toBe(written);
    expect(new Set(new URLSearchParams(written).keys())).toEqual(new Set(new URLSearchParams(search).keys()));
  });

  it('writes canonical codes, and only the fields that are set', () => {
    expect(serializeView(parseView('?status=OPEN&category=spanduk&asof=2023-02-31').view)).toBe('?category=SPANDUK&status=open');
  });
});

describe('changeView', () => {
  const base = view({ deadline: '2024-03-15', status: 'open', from: '2024-01-01', to: '2024-02-01' });

  it('keeps the previous value when a typed day is impossible, and lists it', () => {
    const { view: v, ignored } = changeView(base, { deadline: '20235-01-01' });
    expect(v).toEqual(base);
    expect(ignored).toEqual([{ param: 'deadline', value: '20235-01-01', reason: 'day' }]);
    expect(changeView(base, { asOf: '2023-02-29' }).ignored).toEqual([{ param: 'asof', value: '2023-02-29', reason: 'day' }]);
  });

  it('applies valid values through the same parsing (trimmed, canonical codes)', () => {
    const { view: v, ignored } = changeView(base, { deadline: ' 2024-02-29 ', status: 'DILAPORKAN', category: 'spanduk', sort: '-completion' });
    expect(ignored).toEqual([]);
    expect(v).toEqual({ ...base, deadline: '2024-02-29', status: 'DILAPORKAN', category: 'SPANDUK', sort: '-completion' });
  });

  it('refuses unknown codes, sorts and unsafe text, keeping what was there', () => {
    const { view: v, ignored } = changeView(base, { status: 'maybe', sort: '__proto__', kanwil: '<script>' });
    expect(v).toEqual(base);
    expect(ignored.map((i) => i.reason)).toEqual(['code', 'sort', 'tooLong']);
  });

  it('clears a field given null or an empty value', () => {
    expect(changeView(base, { deadline: null, status: '' })).toEqual({ view: { ...base, deadline: null, status: null }, ignored: [] });
  });

  it('changes the page only to a known one, and ignores unknown keys', () => {
    expect(changeView(base, { page: 'incidents' }).view.page).toBe('incidents');
    expect(changeView(base, { page: '__proto__' as ViewState['page'] }).view).toEqual(base);
    expect(changeView(base, JSON.parse('{"__proto__":"x","bogus":"y"}') as Partial<ViewState>).view).toEqual(base);
  });

  it('drops both ends when a typed start falls after the end', () => {
    const { view: v, ignored } = changeView(base, { from: '2024-03-01' });
    expect([v.from, v.to]).toEqual([null, null]);
    expect(ignored).toEqual([{ param: 'from…to', value: '2024-03-01…2024-02-01', reason: 'period' }]);
  });
});
