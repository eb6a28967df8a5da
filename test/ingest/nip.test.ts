import { describe, expect, it } from 'vitest';
import { cleanNip } from '../../src/ingest/nip';

const NIP = '198609262015051001';

describe('cleanNip (contract 2, NIP)', () => {
  it.each([
    ['198609262015051001'],
    ['19860926 201505 1 001'],
    ["'198609262015051001"],
    ['"198609262015051001"'],
    ["'19860926 201505 1 001"],
    ['  198609262015051001  '],
  ])('%j → 198609262015051001', (raw) => {
    expect(cleanNip(raw)).toEqual({ ok: true, nip: NIP, suspect: false });
  });

  it.each([['1,98609E+17'], ['1.98609E+17'], ['1.98609e+17'], ["'1,98609E+17"]])(
    '%j is rejected as nip_scientific_notation',
    (raw) => {
      expect(cleanNip(raw)).toEqual({ ok: false, reason: 'nip_scientific_notation' });
    },
  );

  it.each([
    ['19860926201505100'], // 17 digits
    ['1986092620150510011'], // 19 digits
    ['19860926201505100A'], // a letter
    ['NIP198609262015051'],
    ['19860926-201505-1-001'], // only spaces are stripped
    ['abc'],
  ])('%j is rejected as nip_invalid', (raw) => {
    expect(cleanNip(raw)).toEqual({ ok: false, reason: 'nip_invalid' });
  });

  it('keeps a NIP ending in 000 but marks it suspect', () => {
    expect(cleanNip('198609262015051000')).toEqual({ ok: true, nip: '198609262015051000', suspect: true });
    expect(cleanNip('19860926 201505 1 000')).toEqual({ ok: true, nip: '198609262015051000', suspect: true });
  });

  it('an empty value is a missing required value', () => {
    expect(cleanNip('')).toEqual({ ok: false, reason: 'required_missing' });
    expect(cleanNip('   ')).toEqual({ ok: false, reason: 'required_missing' });
  });
});
