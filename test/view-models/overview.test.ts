import { describe, expect, it } from 'vitest';
import type { GroupRow } from '../../src/metrics/groups';
import type { UnitInfo } from '../../src/metrics/units';
import { completionBars, cumulativeCompletion, ratePer1000Bars, unitRows } from '../../src/view-models/overview';

const group = (code: string, employees: number, signed: number, incidents = 0, openIncidents = 0): GroupRow => ({
  code, name: code === 'UNMATCHED' ? null : `Name ${code}`, employees, signed,
  completion: employees > 0 ? signed / employees : null, incidents, openIncidents,
});
const byName = (g: GroupRow) => g.name ?? g.code;
const codes = (bars: { code: string }[]) => bars.map((b) => b.code);

describe('completionBars', () => {
  it('is empty for no groups', () => {
    expect(completionBars([], byName)).toEqual([]);
  });

  it('makes one bar for one group, with its label and detail', () => {
    const g = group('KW1', 200, 50);
    expect(completionBars([g], byName)).toEqual([{ code: 'KW1', label: 'Name KW1', value: 0.25, detail: g }]);
  });

  it('leaves out groups without employees', () => {
    const bars = completionBars([group('EMPTY', 0, 0), group('KW1', 10, 5), group('UNMATCHED', 0, 3)], byName);
    expect(codes(bars)).toEqual(['KW1']);
  });

  it('puts the lowest first, ties in label order', () => {
    const bars = completionBars([group('C', 10, 10), group('B', 10, 5), group('A', 4, 2), group('D', 10, 0)], byName);
    expect(codes(bars)).toEqual(['D', 'A', 'B', 'C']);
    expect(bars.map((b) => b.value)).toEqual([0, 0.5, 0.5, 1]);
  });

  it('keeps an over-complete group (signers above employees) as it is, last', () => {
    expect(completionBars([group('OVER', 10, 12), group('A', 10, 9)], byName).map((b) => b.value)).toEqual([0.9, 1.2]);
  });
});

describe('ratePer1000Bars', () => {
  it('is empty for no groups', () => {
    expect(ratePer1000Bars([], byName)).toEqual([]);
  });

  it('gives incidents per 1,000 employees, highest first, ties in label order', () => {
    const bars = ratePer1000Bars([group('A', 2000, 0, 1), group('C', 500, 0, 3), group('B', 1000, 0, 6), group('D', 100, 0, 0)], byName);
    expect(codes(bars)).toEqual(['B', 'C', 'A', 'D']);
    expect(bars.map((b) => b.value)).toEqual([6, 6, 0.5, 0]);
  });

  it('leaves out groups without employees, even with incidents', () => {
    expect(codes(ratePer1000Bars([group('UNMATCHED', 0, 0, 4), group('A', 10, 0, 1)], byName))).toEqual(['A']);
  });

  it('makes one bar for one unit', () => {
    const g = group('U1', 250, 10, 1);
    expect(ratePer1000Bars([g], byName)).toEqual([{ code: 'U1', label: 'Name U1', value: 4, detail: g }]);
  });
});

describe('cumulativeCompletion', () => {
  const t = (day: string) => Date.parse(`${day}T00:00:00Z`);

  it('is empty without days or without employees', () => {
    expect(cumulativeCompletion([], 100)).toEqual([]);
    expect(cumulativeCompletion([{ day: '2024-01-10', signers: 5 }], 0)).toEqual([]);
  });

  it('starts at zero the day before the first signing day', () => {
    expect(cumulativeCompletion([{ day: '2024-01-10', signers: 25 }], 100)).toEqual([
      { time: t('2024-01-09'), day: '2024-01-09', signed: 0, completion: 0 },
      { time: t('2024-01-10'), day: '2024-01-10', signed: 25, completion: 0.25 },
    ]);
  });

  it('crosses month, year and leap-day boundaries for the starting point', () => {
    expect(cumulativeCompletion([{ day: '2024-03-01', signers: 1 }], 1)[0].day).toBe('2024-02-29');
    expect(cumulativeCompletion([{ day: '2024-01-01', signers: 1 }], 1)[0].day).toBe('2023-12-31');
  });

  it('stays flat across days without signatures (no points there, no rise before the next day)', () => {
    const points = cumulativeCompletion([
      { day: '2024-01-01', signers: 10 },
      { day: '2024-01-05', signers: 0 },
      { day: '2024-01-20', signers: 30 },
    ], 80);
    expect(points.map((p) => p.day)).toEqual(['2023-12-31', '2024-01-01', '2024-01-05', '2024-01-20']);
    expect(points.map((p) => p.signed)).toEqual([0, 10, 10, 40]);
    expect(points.map((p) => p.completion)).toEqual([0, 0.125, 0.125, 0.5]);
    expect(points.map((p) => p.time)).toEqual(points.map((p) => t(p.day)));
  });
});

describe('unitRows', () => {
  const registry: UnitInfo[] = [
    { code: 'U1', name: 'Lapas Kelas I', type: 'upt', kanwil: 'KW-JABAR', directorate: 'DITJENPAS', province: 'Jawa Barat', shortName: 'Lapas I' },
    { code: 'HQ', name: 'Sekretariat Jenderal', type: 'eselon1', kanwil: 'PUSAT', directorate: 'SETJEN', province: null, shortName: 'Setjen' },
  ];
  const names: Record<string, string> = { 'KW-JABAR': 'Kanwil Jawa Barat', DITJENPAS: 'Ditjen PAS', PUSAT: 'Pusat', UNMATCHED: 'Not matched' };
  const groupName = (code: string) => names[code] ?? code;

  it('is empty for no groups', () => {
    expect(unitRows([], registry, groupName)).toEqual([]);
  });

  it('takes name and type from the registry and names its groups', () => {
    expect(unitRows([group('U1', 40, 30, 2, 1)], registry, groupName)).toEqual([{
      code: 'U1', name: 'Lapas Kelas I', type: 'upt', kanwil: 'Kanwil Jawa Barat', directorate: 'Ditjen PAS',
      employees: 40, signed: 30, notSigned: 10, completion: 0.75, incidents: 2, openIncidents: 1,
    }]);
  });

  it('gives the UNMATCHED bucket its bucket name and no type, Kanwil or directorate', () => {
    const [row] = unitRows([group('UNMATCHED', 0, 7, 3, 2)], registry, groupName);
    expect(row).toEqual({
      code: 'UNMATCHED', name: 'Not matched', type: '', kanwil: '', directorate: '',
      employees: 0, signed: 7, notSigned: 0, completion: null, incidents: 3, openIncidents: 2,
    });
  });

  it('keeps a unit without employees, with completion null', () => {
    const [row] = unitRows([group('HQ', 0, 0)], registry, groupName);
    expect(row).toMatchObject({ name: 'Sekretariat Jenderal', kanwil: 'Pusat', directorate: 'SETJEN', completion: null, notSigned: 0 });
  });

  it('never counts a negative number not signed, and keeps the order of the groups', () => {
    const rows = unitRows([group('U1', 5, 9), group('UNMATCHED', 0, 1), group('HQ', 3, 0)], registry, groupName);
    expect(rows.map((r) => [r.code, r.notSigned])).toEqual([['U1', 0], ['UNMATCHED', 0], ['HQ', 3]]);
  });
});

describe('the unmatched bucket apart from the ranking', () => {
  it('is never a bar, even with staff, and is returned on its own when it holds anything', async () => {
    const { completionBars: bars, ratePer1000Bars: per1000, unmatchedBucket } = await import('../../src/view-models/overview');
    const rows = [group('KW1', 10, 5), group('UNMATCHED', 4, 1, 2)];
    expect(bars(rows, (g) => g.code).map((b) => b.code)).toEqual(['KW1']);
    expect(per1000(rows, (g) => g.code).map((b) => b.code)).toEqual(['KW1']);
    expect(unmatchedBucket(rows)).toMatchObject({ code: 'UNMATCHED', employees: 4, signed: 1, incidents: 2 });
    expect(unmatchedBucket([group('KW1', 10, 5), group('UNMATCHED', 0, 0, 0)])).toBeNull();
    expect(unmatchedBucket([group('KW1', 10, 5)])).toBeNull();
  });
});
