import { describe, expect, it } from 'vitest';
import { registryCsv, type RegistryUnit } from '../../src/export/registry-csv';

const HEADER = 'unit_code;unit_name;unit_type;kanwil_code;directorate_code;province;aliases;headcount\r\n';

const SETJEN: RegistryUnit = {
  code: 'SETJEN', name: 'Sekretariat Jenderal', type: 'eselon1', kanwilCode: null, directorateCode: 'SETJEN',
  province: 'DKI Jakarta', aliases: ['Setjen'], headcount: 2144,
};
const KW_SUMSEL: RegistryUnit = {
  code: 'KW-SUMSEL', name: 'Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan', type: 'kanwil',
  kanwilCode: 'KW-SUMSEL', directorateCode: null, province: 'Sumatera Selatan',
  aliases: ['Kanwil Kemenkumham Sumsel', 'Kanwil Sumsel'], headcount: null,
};
const LAPAS_PLG: RegistryUnit = {
  code: 'LAPAS-PLG-1', name: 'Lembaga Pemasyarakatan Kelas I Palembang', type: 'upt', kanwilCode: 'KW-SUMSEL',
  directorateCode: 'DITJENPAS', province: null, aliases: [], headcount: 367,
};

describe('registryCsv', () => {
  it('writes the registry in the contract column names, with a BOM', () => {
    expect(registryCsv([SETJEN, KW_SUMSEL, LAPAS_PLG], {})).toBe(
      '\uFEFF' + HEADER +
        'SETJEN;Sekretariat Jenderal;eselon1;;SETJEN;DKI Jakarta;Setjen;2144\r\n' +
        'KW-SUMSEL;Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan;kanwil;KW-SUMSEL;;Sumatera Selatan;Kanwil Kemenkumham Sumsel|Kanwil Sumsel;\r\n' +
        'LAPAS-PLG-1;Lembaga Pemasyarakatan Kelas I Palembang;upt;KW-SUMSEL;DITJENPAS;;;367\r\n',
    );
  });

  it('adds the extra aliases after the unit\'s own, sorted, without repeats or unknown codes', () => {
    const extra = {
      'Setjen Kemenkumham RI': 'SETJEN',
      'Sekretariat Jenderal Kemenkumham': 'SETJEN',
      ' SETJEN ': 'SETJEN', // the same as the own alias `Setjen` once trimmed and case-folded
      'Lapas Plg': 'LAPAS-PLG-1',
      'lapas plg ': 'LAPAS-PLG-1', // a repeat of `Lapas Plg`
      'Kanwil Kemenkumham Jawa Timur': 'KW-JATIM', // not in this registry: left out
    };
    expect(registryCsv([SETJEN, KW_SUMSEL, LAPAS_PLG], extra)).toBe(
      '\uFEFF' + HEADER +
        'SETJEN;Sekretariat Jenderal;eselon1;;SETJEN;DKI Jakarta;Setjen|Sekretariat Jenderal Kemenkumham|Setjen Kemenkumham RI;2144\r\n' +
        'KW-SUMSEL;Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan;kanwil;KW-SUMSEL;;Sumatera Selatan;Kanwil Kemenkumham Sumsel|Kanwil Sumsel;\r\n' +
        // `lapas plg ` sorts before `Lapas Plg` by folded text, then by code point: `L` < `l`
        'LAPAS-PLG-1;Lembaga Pemasyarakatan Kelas I Palembang;upt;KW-SUMSEL;DITJENPAS;;Lapas Plg;367\r\n',
    );
  });

  it('drops blank and repeated own aliases, and writes an alias holding | with a space', () => {
    const unit: RegistryUnit = { ...LAPAS_PLG, aliases: ['Lapas Palembang', ' ', 'LAPAS PALEMBANG', 'Lapas, Kelas I'] };
    expect(registryCsv([unit], { 'LP Plg|Palembang': 'LAPAS-PLG-1', '=cmd': 'LAPAS-PLG-1' })).toBe(
      '\uFEFF' + HEADER +
        `LAPAS-PLG-1;Lembaga Pemasyarakatan Kelas I Palembang;upt;KW-SUMSEL;DITJENPAS;;Lapas Palembang|Lapas, Kelas I|=cmd|LP Plg Palembang;367\r\n`,
    );
  });

  it('escapes a formula only at the start of the aliases cell', () => {
    const unit: RegistryUnit = { ...LAPAS_PLG, aliases: [] };
    expect(registryCsv([unit], { '=cmd': 'LAPAS-PLG-1', 'LP Plg': 'LAPAS-PLG-1' }).split('\r\n')[1]).toBe(
      "LAPAS-PLG-1;Lembaga Pemasyarakatan Kelas I Palembang;upt;KW-SUMSEL;DITJENPAS;;'=cmd|LP Plg;367",
    );
  });

  it('keeps the registry order and writes only the header for an empty registry', () => {
    expect(registryCsv([LAPAS_PLG, SETJEN], {}).split('\r\n').map((l) => l.split(';')[0])).toEqual(['\uFEFFunit_code', 'LAPAS-PLG-1', 'SETJEN', '']);
    expect(registryCsv([], { x: 'SETJEN' })).toBe('\uFEFF' + HEADER);
  });
});

describe('registryCsv read back by the app', () => {
  it('loads as a units file with the same codes, names and aliases', async () => {
    const { ingestBytes } = await import('../../src/ingest/ingest-file');
    const text = registryCsv([SETJEN, KW_SUMSEL, LAPAS_PLG], { 'Lapas Plg; lama': 'LAPAS-PLG-1' });
    const result = ingestBytes('registri.csv', new TextEncoder().encode(text));
    expect(result.problem).toBeNull();
    expect(result.kind).toBe('units');
    expect(result.delimiter).toBe(';');
    expect(result.rows.map((r) => [r[0], r[1], r[6], r[7]])).toEqual([
      ['SETJEN', 'Sekretariat Jenderal', 'Setjen', '2144'],
      ['KW-SUMSEL', 'Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan', 'Kanwil Kemenkumham Sumsel|Kanwil Sumsel', null],
      ['LAPAS-PLG-1', 'Lembaga Pemasyarakatan Kelas I Palembang', 'Lapas Plg; lama', '367'],
    ]);
  });
});
