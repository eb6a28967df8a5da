import { describe, expect, it } from 'vitest';
import { NipTable } from '../../src/ingest/nip-table';
import { seededRandom } from '../../scripts/large-export';

const nipOf = (rand: () => number) => Array.from({ length: 18 }, () => Math.floor(rand() * 10)).join('');

describe('NipTable', () => {
  it('answers as a Map does through adds, overwrites, deletes and growth', () => {
    const rand = seededRandom(7);
    const table = new NipTable();
    const reference = new Map<string, number>();
    // A small pool of keys: many repeats, deletes of present and absent keys, runs of collisions.
    const pool = Array.from({ length: 3000 }, () => nipOf(rand));
    pool.push('000000000000000000', '999999999999999999', '123', 'abcdefghijklmnopqr', '12345678901234567x', '');
    for (let step = 0; step < 60_000; step++) {
      const key = pool[Math.floor(rand() * pool.length)];
      const action = rand();
      if (action < 0.55) {
        const value = Math.floor(rand() * 2 ** 40);
        table.set(key, value);
        reference.set(key, value);
      } else if (action < 0.8) {
        expect(table.delete(key)).toBe(reference.delete(key));
      } else {
        expect(table.get(key)).toBe(reference.get(key));
        expect(table.has(key)).toBe(reference.has(key));
      }
    }
    expect(table.size).toBe(reference.size);
    for (const key of pool) expect(table.get(key)).toBe(reference.get(key));
    expect(new Map(table.entries())).toEqual(reference);
  });

  it('adds a key once, as a set does', () => {
    const table = new NipTable();
    expect(table.add('196001012000011000', 5)).toBe(true);
    expect(table.add('196001012000011000', 9)).toBe(false);
    expect(table.get('196001012000011000')).toBe(5);
    expect(table.add('12', 1)).toBe(true);
    expect(table.add('12', 2)).toBe(false);
    expect(table.get('12')).toBe(1);
    expect(table.add('196001012000011001')).toBe(true);
    expect(table.size).toBe(3);
  });

  it('as a set, keeps keys without values and still deletes', () => {
    const set = new NipTable(false);
    const reference = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const key = `19600101200001${String((i * 37) % 3001).padStart(4, '0')}`;
      if (i % 3 === 2) expect(set.delete(key)).toBe(reference.delete(key));
      else expect(set.add(key, 123)).toBe(!reference.has(key) && !!reference.add(key));
    }
    expect(set.size).toBe(reference.size);
    expect([...set.entries()].map(([k, v]) => [k, v]).sort()).toEqual([...reference].map((k) => [k, 0]).sort());
  });

  it('keeps every one of a million distinct NIPs apart, with their values', () => {
    const table = new NipTable();
    for (let i = 0; i < 1_000_000; i++) table.set(`1960010120000${String(i).padStart(5, '0')}`, i * 2 ** 32 + 7);
    expect(table.size).toBe(1_000_000);
    for (const i of [0, 1, 99_999, 500_000, 999_999]) expect(table.get(`1960010120000${String(i).padStart(5, '0')}`)).toBe(i * 2 ** 32 + 7);
    expect(table.get('196001012000100000')).toBeUndefined();
  });
});
