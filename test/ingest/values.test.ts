import { describe, expect, it } from 'vitest';
import { campaignCode, parseActive, parseCount } from '../../src/ingest/values';
import { unitKey } from '../../src/ingest/unit-key';

describe('parseActive', () => {
  it.each([['false'], ['FALSE'], ['False'], ['tidak'], ['Tidak'], ['TIDAK'], ['0'], ['n'], ['N'], ['no'], ['No'], ['NO'], [' tidak ']])(
    '%j → false (a leaver)',
    (v) => expect(parseActive(v)).toBe(false),
  );
  it.each([[''], ['  '], ['true'], ['ya'], ['Y'], ['1'], ['aktif'], ['yes'], ['nonaktif']])('%j → true', (v) => {
    expect(parseActive(v)).toBe(true);
  });
});

describe('campaignCode', () => {
  it('defaults to PEMILU2024', () => {
    expect(campaignCode('')).toBe('PEMILU2024');
    expect(campaignCode('   ')).toBe('PEMILU2024');
  });
  it('keeps a given campaign, upper-cased', () => {
    expect(campaignCode('PILKADA2024')).toBe('PILKADA2024');
    expect(campaignCode('pemilu2024')).toBe('PEMILU2024');
  });
});

describe('parseCount', () => {
  it('reads whole numbers with id-ID or en thousands separators', () => {
    expect(parseCount('250')).toBe(250);
    expect(parseCount('1.250')).toBe(1250);
    expect(parseCount('1,250')).toBe(1250);
    expect(parseCount('')).toBeNull();
    expect(parseCount('dua ratus')).toBeNull();
    expect(parseCount('-5')).toBeNull();
  });
});

describe('unitKey', () => {
  // "removing punctuation" may mean deleting it or turning it into a space; only cases both readings agree on.
  it('case-folds, removes punctuation and folds white space', () => {
    expect(unitKey('KW-SUMSEL')).toBe(unitKey('kw-sumsel'));
    expect(unitKey('  Lapas  Kelas I, Palembang. ')).toBe('lapas kelas i palembang');
    expect(unitKey('Lapas Kelas I Palembang')).toBe(unitKey('LAPAS KELAS I - PALEMBANG'));
    expect(unitKey('Lapas Kelas I Palembang')).not.toBe(unitKey('Lapas Kelas II Palembang'));
  });
});
