import { describe, expect, it } from 'vitest';
import { sameData } from '../../src/components/memo-data';

describe('figures compared by content', () => {
  it('equal content is the same, in any object identity', () => {
    expect(sameData([{ code: 'A', value: 1, cells: ['1', '2'] }], [{ code: 'A', value: 1, cells: ['1', '2'] }])).toBe(true);
    expect(sameData({ a: { b: [1, 2, { c: null }] } }, { a: { b: [1, 2, { c: null }] } })).toBe(true);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
    expect(sameData(new Date(5), new Date(5))).toBe(true);
  });

  it('any difference is seen: a value, a length, a key, a kind', () => {
    expect(sameData([{ code: 'A', value: 1 }], [{ code: 'A', value: 2 }])).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData({ 0: 1 }, [1])).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData('1', 1)).toBe(false);
    expect(sameData(new Date(5), new Date(6))).toBe(false);
    expect(sameData({ text: '<5' }, { text: undefined })).toBe(false);
  });
});
