import { describe, expect, it } from 'vitest';
import type { TableRow } from '../../src/schema/tables';
import { buildUnitLookup } from '../../src/ingest/unit-lookup';
import { unitKey } from '../../src/ingest/unit-key';

// units table rows: unit_code, unit_name, unit_type, kanwil_code, directorate_code, province, aliases, headcount, src_file, src_line
const unit = (code: string, name: string, aliases: string | null): TableRow =>
  [code, name, 'upt', 'KW-SUMSEL', 'DITJENPAS', null, aliases, null, 'units.csv', '2'];

const REGISTRY: TableRow[] = [
  unit('LAPAS-PLG-1', 'Lembaga Pemasyarakatan Kelas I Palembang', 'Lapas Palembang|Lapas Plg'),
  // its alias spells the code of the unit above: the code wins
  unit('KW-SUMSEL', 'Kanwil Sumsel', 'Lapas-Plg-1|Kanwil Sumatera Selatan'),
  // its name is an alias of the first unit: the name wins
  unit('RUTAN-PLG', 'Lapas Palembang', null),
  // its code is the name of another unit: the code wins
  unit('SETJEN', 'Sekretariat Jenderal', null),
  unit('X-9', 'Setjen', 'Sekjen'),
];

describe('buildUnitLookup: code, then name, then alias', () => {
  const lookup = new Map(buildUnitLookup(REGISTRY));
  const resolve = (value: string) => lookup.get(unitKey(value)) ?? null;

  it.each([
    ['LAPAS-PLG-1', 'LAPAS-PLG-1'],
    ['lapas-plg-1', 'LAPAS-PLG-1'], // code, case-folded
    ['Lembaga Pemasyarakatan Kelas I, Palembang.', 'LAPAS-PLG-1'], // name
    ['  LEMBAGA  PEMASYARAKATAN KELAS I PALEMBANG ', 'LAPAS-PLG-1'],
    ['Lapas Plg', 'LAPAS-PLG-1'], // alias
    ['Lapas Palembang', 'RUTAN-PLG'], // name of RUTAN-PLG beats alias of LAPAS-PLG-1
    ['kw sumsel', 'KW-SUMSEL'],
    ['Kanwil Sumsel', 'KW-SUMSEL'],
    ['Kanwil Sumatera Selatan', 'KW-SUMSEL'],
    ['setjen', 'SETJEN'], // code of SETJEN beats name of X-9
    ['Sekjen', 'X-9'],
  ])('%j → %s', (value, code) => {
    expect(resolve(value)).toBe(code);
  });

  it('an unknown unit has no match', () => {
    expect(resolve('Lapas Bandung')).toBeNull();
    expect(resolve('')).toBeNull();
  });
});
