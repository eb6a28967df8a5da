import { describe, expect, it } from 'vitest';
import { priorFor, readingGroups } from '../../src/app/reading-groups';
import type { Kind } from '../../src/schema/columns';

const file = (kind: Kind | null, size: number) => ({ kind, file: { size } });

describe('reading groups', () => {
  it('keeps every kind whole in one group and reads the two largest kinds side by side', () => {
    const files = [file('units', 10), file('employees', 500), file('signatures', 400), file('employees', 100), file('incidents', 5), file(null, 1)];
    const groups = readingGroups(files, 2);
    expect(groups).toEqual([[1, 3], [0, 2, 4, 5]]);
    for (const kind of ['units', 'employees', 'signatures', 'incidents'] as const) {
      expect(groups.filter((g) => g.some((i) => files[i].kind === kind))).toHaveLength(1);
    }
  });

  it('gives one group on one core, or for one kind, with the upload order kept', () => {
    expect(readingGroups([file('signatures', 3), file('units', 1), file('signatures', 2)], 1)).toEqual([[0, 1, 2]]);
    expect(readingGroups([file('signatures', 3), file('signatures', 2)], 4)).toEqual([[0, 1]]);
    expect(readingGroups([file(null, 3)], 4)).toEqual([[0]]);
  });

  it('passes each group only the loaded keys of its own kinds', () => {
    const prior = { employees: new Map([['198001012005011001', { file: 'a.csv', line: 2 }]]), signatures: new Set(['PEMILU2024|1']) };
    expect(priorFor(prior, ['employees', null])).toEqual({ employees: prior.employees, units: undefined, signatures: undefined, incidents: undefined });
  });
});
