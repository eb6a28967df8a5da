import { describe, expect, it } from 'vitest';
import { reportFor } from './load-fixture';

// test/fixtures/headcount: the registry and signatures of `small`, without a roster.
describe('report without a roster (headcount basis)', async () => {
  const { report } = await reportFor('headcount');
  const kanwil = (code: string) => report.by_kanwil.find((g) => g.code === code);

  it('uses the registry headcount and places signers by their own unit', () => {
    expect(report.basis).toBe('headcount');
    // headcount 3+0+2+4+1 = 10; signers placed: Andi, Budi, Citra (Setjen), Dewi (Kanwil Sumsel),
    // Fajar, the outsider (Lapas Palembang); Joko's "Lapas Plg" matches no unit.
    expect(report.totals).toMatchObject({ employees: 10, signed: 6, completion: 0.6, unmatched_signers: 1, duplicate_signatures: 1 });
  });

  it('groups signers and headcount by Kanwil', () => {
    expect(kanwil('PUSAT')).toMatchObject({ employees: 3, signed: 3, completion: 1 });
    expect(kanwil('KW-SUMSEL')).toMatchObject({ employees: 6, signed: 3, completion: 0.5 });
    expect(kanwil('KW-BALI')).toMatchObject({ employees: 1, signed: 0, completion: 0 });
    // Joko's "Lapas Plg" places him nowhere: he is an unmatched signer, in no group's numerator.
    expect(kanwil('UNMATCHED')).toBeUndefined();
    expect(report.by_kanwil.reduce((n, g) => n + g.signed, 0)).toBe(report.totals.signed);
  });
});
