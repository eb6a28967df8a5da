import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/ingest-file';
import { expectBalanced, rejectSummary, rowsOf } from './helpers';

const csv = (...lines: string[]) => lines.join('\n') + '\n';

describe('employees: NIP cleaning, active flag and rejects', () => {
  const r = ingestText('pegawai.csv', csv(
    'NIP;Nama;Unit Kerja;Aktif', //                         1
    '19860926 201505 1 001;Andi;Setjen;Ya', //               2 loaded
    "'198609262015051002;Budi;Setjen;tidak", //             3 loaded, leaver
    '"""198609262015051003""";Citra;Setjen;', //            4 loaded (quotes around the value)
    '1,98609E+17;Dewi;Setjen;Ya', //                        5 nip_scientific_notation
    '1.98609E+17;Eka;Setjen;Ya', //                         6 nip_scientific_notation
    '19860926201505100;Fajar;Setjen;Ya', //                 7 17 digits
    '1986092620150510011;Gita;Setjen;Ya', //                8 19 digits
    '19860926201505100X;Hadi;Setjen;Ya', //                 9 letter
    '198609262015051000;Indra;Setjen;N', //                 10 loaded, suspect, leaver
    '198609262015051004;Joko;;Ya', //                       11 unit missing
    ';Kiki;Setjen;Ya', //                                   12 nip missing
  ));

  it('reads the header and the kind', () => {
    expect(r.problem).toBeNull();
    expect(r.kind).toBe('employees');
    expect(r.delimiter).toBe(';');
    expect(r.headerLine).toBe(1);
    expect(r.mapping).toEqual({ nip: 0, name: 1, unit: 2, active: 3 });
  });

  it('loads the clean rows in TABLES order', () => {
    expect(rowsOf(r)).toEqual([
      { nip: '198609262015051001', name: 'Andi', unit_value: 'Setjen', unit_key: 'setjen', employment_type: null, position_type: null, active: 'true', src_file: 'pegawai.csv', src_line: '2' },
      { nip: '198609262015051002', name: 'Budi', unit_value: 'Setjen', unit_key: 'setjen', employment_type: null, position_type: null, active: 'false', src_file: 'pegawai.csv', src_line: '3' },
      { nip: '198609262015051003', name: 'Citra', unit_value: 'Setjen', unit_key: 'setjen', employment_type: null, position_type: null, active: 'true', src_file: 'pegawai.csv', src_line: '4' },
      { nip: '198609262015051000', name: 'Indra', unit_value: 'Setjen', unit_key: 'setjen', employment_type: null, position_type: null, active: 'false', src_file: 'pegawai.csv', src_line: '10' },
    ]);
  });

  it('rejects the others with their physical line and reason', () => {
    expect(rejectSummary(r)).toEqual([
      { line: 5, reason: 'nip_scientific_notation', column: 'nip' },
      { line: 6, reason: 'nip_scientific_notation', column: 'nip' },
      { line: 7, reason: 'nip_invalid', column: 'nip' },
      { line: 8, reason: 'nip_invalid', column: 'nip' },
      { line: 9, reason: 'nip_invalid', column: 'nip' },
      { line: 11, reason: 'required_missing', column: 'unit' },
      { line: 12, reason: 'required_missing', column: 'nip' },
    ]);
    expect(r.rejects[0].value).toBe('1,98609E+17');
    expect(r.rejects[0].fields).toEqual(['1,98609E+17', 'Dewi', 'Setjen', 'Ya']);
  });

  it('counts the suspect NIP and balances', () => {
    expect(r.suspectNips).toEqual([{ line: 10, nip: '198609262015051000' }]);
    expect(r.rowsRead).toBe(11);
    expectBalanced(r);
  });

  it('reads active false/tidak/0/n/no in any case as false, anything else as true', () => {
    const values = ['FALSE', 'Tidak', '0', 'n', 'No', 'ya', '', 'aktif', '1', 'TRUE'];
    const text = csv('nip,unit,aktif', ...values.map((v, i) => `19860926201505${String(1001 + i)},Setjen,${v}`));
    const a = ingestText('a.csv', text);
    expect(a.rows.map((row) => row[6])).toEqual(['false', 'false', 'false', 'false', 'false', 'true', 'true', 'true', 'true', 'true']);
    expectBalanced(a);
  });

  it('reads employment and position types by code or label', () => {
    const a = ingestText('a.csv', csv('NIP,Satker,Jenis Pegawai,Jenis Jabatan', '198609262015051001,Setjen,pppk,Fungsional'));
    expect(rowsOf(a)[0]).toMatchObject({ employment_type: 'PPPK', position_type: 'FUNGSIONAL' });
    expectBalanced(a);
  });
});

describe('line numbers, blank lines and quoting', () => {
  it.each([['\n'], ['\r\n'], ['\r']])('with line ending %j', (eol) => {
    const text = [
      'NIP,Nama,Unit', //                                             1
      '198609262015051001,"Andi', 'Setiawan",Setjen', //              2-3
      'bad,Budi,Setjen', //                                           4 rejected
      '', //                                                          5 empty: skipped
      '   ', //                                                       6 white space: skipped
      '198609262015051002,"Citra, S.H.","Lapas ""Merah"" Plg"', //    7
      'bad2,Dewi,Setjen', //                                          8 rejected
    ].join(eol) + eol;
    const r = ingestText('p.csv', text);
    expect(r.rowsRead).toBe(4);
    expect(r.loaded).toBe(2);
    expect(rejectSummary(r)).toEqual([
      { line: 4, reason: 'nip_invalid', column: 'nip' },
      { line: 8, reason: 'nip_invalid', column: 'nip' },
    ]);
    // Every line break, inside quoted fields too, is read as LF (files mixing CRLF and LF parse right).
    expect(rowsOf(r).map((x) => [x.name, x.unit_value, x.src_line])).toEqual([
      ['Andi\nSetiawan', 'Setjen', '2'],
      ['Citra, S.H.', 'Lapas "Merah" Plg', '7'],
    ]);
    expectBalanced(r);
  });

  it.each([[';'], ['\t'], ['|']])('with delimiter %j and the delimiter inside quoted fields', (d) => {
    const text = csv(
      ['NIP', 'Nama', 'Unit Kerja'].join(d),
      ['198609262015051001', `"Andi${d} S.H."`, 'Setjen'].join(d),
      ['x', 'Budi', 'Setjen'].join(d),
    );
    const r = ingestText('p.txt', text);
    expect(r.delimiter).toBe(d);
    expect(r.rows.map((row) => row[1])).toEqual([`Andi${d} S.H.`]);
    expect(rejectSummary(r)).toEqual([{ line: 3, reason: 'nip_invalid', column: 'nip' }]);
    expectBalanced(r);
  });

  it('skips a white-space-only line of a tab file that holds tabs', () => {
    const r = ingestText('p.tsv', 'NIP\tNama\tUnit\n198609262015051001\tAndi\tSetjen\n\t\t\n \t \n198609262015051002\tBudi\tSetjen\n');
    expect(r.rowsRead).toBe(2);
    expect(r.loaded).toBe(2);
    expect(r.rejects).toEqual([]);
  });
});

describe('header search and file problems', () => {
  it('skips a title row before the header', () => {
    const r = ingestText('p.csv', csv('Daftar Pegawai Kanwil Sumsel per 1 Januari 2023', '', 'NIP,Nama,Unit Kerja', '198609262015051001,Andi,Setjen', 'x,Budi,Setjen'));
    expect(r.problem).toBeNull();
    expect(r.kind).toBe('employees');
    expect(r.headerLine).toBe(3);
    expect(r.headers).toEqual(['NIP', 'Nama', 'Unit Kerja']);
    expect(r.rowsRead).toBe(2);
    expect(rejectSummary(r)).toEqual([{ line: 5, reason: 'nip_invalid', column: 'nip' }]);
    expectBalanced(r);
  });

  it('a file with no recognisable header is kind_unknown and reads no rows', () => {
    const r = ingestText('x.csv', csv('foo,bar,baz', '1,2,3'));
    expect(r.problem).toBe('kind_unknown');
    expect(r.kind).toBeNull();
    expect(r.rowsRead).toBe(0);
    expectBalanced(r);
  });

  it('a user kind override with a missing required column is missing_columns', () => {
    const r = ingestText('x.csv', csv('Timestamp,NIP,Nama,Unit Kerja', '15/02/2023 10:00:00,198609262015051001,Andi,Setjen'), { kind: 'incidents' });
    expect(r.problem).toBe('missing_columns');
    expect(r.kind).toBe('incidents');
    expect(r.missingColumns).toEqual(['reported_at', 'category']);
    expect(r.rowsRead).toBe(0);
    expectBalanced(r);
  });

  it('a user kind override that fits reads the file as that kind', () => {
    // nip + unit + tanggal would be detected as signatures; the user says it is a roster
    const r = ingestText('x.csv', csv('NIP,Unit,Tanggal', '198609262015051001,Setjen,kemarin'), { kind: 'employees' });
    expect(r.problem).toBeNull();
    expect(r.kind).toBe('employees');
    expect(r.loaded).toBe(1);
    expectBalanced(r);
  });

  it.each([[''], ['  \n\t\n\r\n   ']])('an empty or white-space text %j is a problem, not a kind', (text) => {
    const r = ingestText('x.csv', text);
    expect(r.problem).toBe('empty');
    expect(r.kind).toBeNull();
    expect(r.rowsRead).toBe(0);
    expectBalanced(r);
  });

  it('a header-only file reads zero rows', () => {
    const r = ingestText('x.csv', 'nip,unit\n');
    expect(r.problem).toBeNull();
    expect(r.kind).toBe('employees');
    expect(r.rowsRead).toBe(0);
    expectBalanced(r);
  });

  it('accepts header spellings with underscores, dots and space runs', () => {
    const r = ingestText('g.csv', csv('stempel.waktu,NIP  Baru,Nama_Lengkap,Satuan-Kerja', '15/02/2023 16.28.05,198609262015051001,Andi,Setjen'));
    expect(r.kind).toBe('signatures');
    expect(r.mapping).toEqual({ signed_at: 0, nip: 1, name: 2, unit: 3 });
    expect(r.rows[0][1]).toBe('2023-02-15 16:28:05');
    expectBalanced(r);
  });
});

describe('signatures: dates, month-first column, campaign and channel', () => {
  it('loads a Google Forms export (Indonesian) in TABLES order', () => {
    const r = ingestText('ttd.csv', csv(
      'Stempel waktu,NIP,Nama,Unit Kerja,Media',
      "15/02/2023 16:28:05,'198609262015051001,Andi,Lapas Palembang,kertas",
      '15/02/2023 16:30:00,198609262015051002,Budi,,',
    ));
    expect(r.kind).toBe('signatures');
    expect(rowsOf(r)).toEqual([
      { nip: '198609262015051001', signed_at: '2023-02-15 16:28:05', name: 'Andi', unit_value: 'Lapas Palembang', unit_key: 'lapas palembang', campaign: 'PEMILU2024', channel: 'KERTAS', src_file: 'ttd.csv', src_line: '2' },
      { nip: '198609262015051002', signed_at: '2023-02-15 16:30:00', name: 'Budi', unit_value: null, unit_key: null, campaign: 'PEMILU2024', channel: null, src_file: 'ttd.csv', src_line: '3' },
    ]);
    expectBalanced(r);
  });

  it('one value with its second part above 12 makes the whole column month-first', () => {
    const r = ingestText('forms.csv', csv(
      'Timestamp,NIP,Nama',
      '4/2/2023 9:05:01,198609262015051001,Andi',
      '2/15/2023 10:00:00,198609262015051002,Budi',
      '12/1/2023 8:00:00,198609262015051003,Citra',
      '13/2/2023 8:00:00,198609262015051004,Dewi', // month 13 in a month-first column
    ));
    expect(r.monthFirst).toEqual({ signed_at: true });
    expect(r.rows.map((row) => row[1])).toEqual(['2023-04-02 09:05:01', '2023-02-15 10:00:00', '2023-12-01 08:00:00']);
    expect(rejectSummary(r)).toEqual([{ line: 5, reason: 'date_invalid', column: 'signed_at' }]);
    expectBalanced(r);
  });

  it('without such a value slash dates are day-first', () => {
    const r = ingestText('forms.csv', csv(
      'Timestamp,NIP,Nama',
      '4/2/2023 9:05:01,198609262015051001,Andi',
      '12/1/2023 8:00:00,198609262015051003,Citra',
      '13/2/2023 8:00:00,198609262015051004,Dewi',
    ));
    expect(r.monthFirst).toEqual({ signed_at: false });
    expect(r.rows.map((row) => row[1])).toEqual(['2023-02-04 09:05:01', '2023-01-12 08:00:00', '2023-02-13 08:00:00']);
    expectBalanced(r);
  });

  it('rejects unreadable and missing dates, keeps a given campaign', () => {
    const r = ingestText('ttd.csv', csv(
      'NIP,Tanggal Tanda Tangan,Kampanye',
      '198609262015051001,31/02/2023,', //               2 date_invalid
      '198609262015051002,,', //                         3 required_missing
      '198609262015051003,kemarin,', //                  4 date_invalid
      '198609262015051004,15 Pebruari 2023,', //         5
      '198609262015051005,17 Agt 2023 08.15,PILKADA2024', // 6
      '198609262015051006,2023-02-15T23:30:00+07:00,', // 7 the written day is kept
    ));
    expect(rejectSummary(r)).toEqual([
      { line: 2, reason: 'date_invalid', column: 'signed_at' },
      { line: 3, reason: 'required_missing', column: 'signed_at' },
      { line: 4, reason: 'date_invalid', column: 'signed_at' },
    ]);
    expect(rowsOf(r).map((x) => [x.signed_at, x.campaign])).toEqual([
      ['2023-02-15 00:00:00', 'PEMILU2024'],
      ['2023-08-17 08:15:00', 'PILKADA2024'],
      ['2023-02-15 23:30:00', 'PEMILU2024'],
    ]);
    expectBalanced(r);
  });
});

describe('incidents: codes, defaults and generated case ids', () => {
  const r = ingestText('kasus.tsv', [
    'Nomor Kasus\tTanggal Lapor\tUnit Kerja\tNIP\tJenis Pelanggaran\tStatus Kasus\tSanksi\tTanggal Putusan', // 1
    'INS-1\t04/11/2023\tLapas Palembang\t\tmemasang spanduk / baliho\tSanksi-Dijatuhkan\tmoral\t20/12/2023', //   2
    '\t15 Desember 2023\tSetjen\t198609262015051001\tputting up banners\tsanksi dijatuhkan\t\t', //              3 no case id
    'INS-3\t2024-01-10\tKanwil Bali\t\tNyanyi lagu partai\tentah\t\t', //                                          4 unknown codes
    'INS-4\t2024-01-11\tKanwil Bali\t\t\t\t\t', //                                                                 5 no category
    'INS-5\t\tKanwil Bali\t\tSPANDUK\t\t\t', //                                                                    6 no date
    'INS-6\t2024-01-12\t\t\tSPANDUK\t\t\t', //                                                                     7 no unit
    'INS-7\t31/02/2024\tSetjen\t\tSPANDUK\t\t\t', //                                                               8 bad date
    'INS-8\t2024-01-12\tSetjen\t1,98609E+17\tSPANDUK\t\t\t', //                                                    9 bad nip
    'INS-9\t2024-01-12\tSetjen\t\tSPANDUK\tselesai\t\t', //                                                        10
  ].join('\r\n'));

  it('is detected as incidents with tab delimiter', () => {
    expect(r.kind).toBe('incidents');
    expect(r.delimiter).toBe('\t');
  });

  it('loads rows with codes from Indonesian and English labels', () => {
    expect(rowsOf(r)).toEqual([
      { case_id: 'INS-1', reported_on: '2023-11-04', unit_value: 'Lapas Palembang', unit_key: 'lapas palembang', nip: null, category: 'SPANDUK', source: null, status: 'SANKSI_DIJATUHKAN', sanction: 'MORAL', decided_on: '2023-12-20', election: null, src_file: 'kasus.tsv', src_line: '2' },
      { case_id: 'kasus.tsv:3', reported_on: '2023-12-15', unit_value: 'Setjen', unit_key: 'setjen', nip: '198609262015051001', category: 'SPANDUK', source: null, status: 'SANKSI_DIJATUHKAN', sanction: null, decided_on: null, election: null, src_file: 'kasus.tsv', src_line: '3' },
      { case_id: 'INS-3', reported_on: '2024-01-10', unit_value: 'Kanwil Bali', unit_key: 'kanwil bali', nip: null, category: 'LAINNYA', source: null, status: 'DILAPORKAN', sanction: null, decided_on: null, election: null, src_file: 'kasus.tsv', src_line: '4' },
      { case_id: 'INS-9', reported_on: '2024-01-12', unit_value: 'Setjen', unit_key: 'setjen', nip: null, category: 'SPANDUK', source: null, status: 'SELESAI', sanction: null, decided_on: null, election: null, src_file: 'kasus.tsv', src_line: '10' },
    ]);
  });

  it('warns about the unknown category and status', () => {
    expect(r.warnings.map((w) => ({ line: w.line, column: w.column, value: w.value }))).toEqual([
      { line: 4, column: 'category', value: 'Nyanyi lagu partai' },
      { line: 4, column: 'status', value: 'entah' },
    ]);
  });

  it('rejects rows missing a required value or with an unreadable date or NIP', () => {
    expect(rejectSummary(r)).toEqual([
      { line: 5, reason: 'required_missing', column: 'category' },
      { line: 6, reason: 'required_missing', column: 'reported_at' },
      { line: 7, reason: 'required_missing', column: 'unit' },
      { line: 8, reason: 'date_invalid', column: 'reported_at' },
      { line: 9, reason: 'nip_scientific_notation', column: 'nip' },
    ]);
    expect(r.rowsRead).toBe(9);
    expectBalanced(r);
  });

  it('status defaults to DILAPORKAN without a warning', () => {
    const a = ingestText('k.csv', csv('tanggal lapor,unit,kategori', '2024-01-12,Setjen,other'));
    expect(rowsOf(a)[0]).toMatchObject({ case_id: 'k.csv:2', category: 'LAINNYA', status: 'DILAPORKAN' });
    expect(a.warnings).toEqual([]);
    expectBalanced(a);
  });
});

describe('units registry', () => {
  const r = ingestText('units.csv', csv(
    'unit_code,unit_name,unit_type,kanwil_code,directorate_code,province,aliases,headcount',
    'KW-SUMSEL,Kanwil Sumsel,kanwil,,,Sumatera Selatan,Kanwil Sumatera Selatan,120', //           2
    'DITJENPAS,Ditjen Pemasyarakatan,eselon1,,,DKI Jakarta,Ditjenpas,', //                         3
    'LAPAS-PLG-1,Lapas Palembang,upt,KW-SUMSEL,DITJENPAS,Sumatera Selatan,Lapas Plg|LP Plg,250', // 4
    'RUTAN-PLG,Rutan Palembang,upt,,DITJENPAS,,,', //                                              5 no kanwil
    'LPKA-PLG,LPKA Palembang,upt,KW-SUMSEL,,,,', //                                                6 no directorate
    'KEC-1,Kantor Kecamatan,kecamatan,,,,,', //                                                    7 unknown type
    'SETJEN,Sekretariat Jenderal,ESELON1,,,,,', //                                                  8
  ));

  it('a kanwil names itself as kanwil, an eselon1 unit names itself as directorate', () => {
    expect(r.kind).toBe('units');
    expect(rowsOf(r)).toEqual([
      { unit_code: 'KW-SUMSEL', unit_name: 'Kanwil Sumsel', unit_type: 'kanwil', kanwil_code: 'KW-SUMSEL', directorate_code: null, province: 'Sumatera Selatan', aliases: 'Kanwil Sumatera Selatan', headcount: '120', src_file: 'units.csv', src_line: '2' },
      { unit_code: 'DITJENPAS', unit_name: 'Ditjen Pemasyarakatan', unit_type: 'eselon1', kanwil_code: null, directorate_code: 'DITJENPAS', province: 'DKI Jakarta', aliases: 'Ditjenpas', headcount: null, src_file: 'units.csv', src_line: '3' },
      { unit_code: 'LAPAS-PLG-1', unit_name: 'Lapas Palembang', unit_type: 'upt', kanwil_code: 'KW-SUMSEL', directorate_code: 'DITJENPAS', province: 'Sumatera Selatan', aliases: 'Lapas Plg|LP Plg', headcount: '250', src_file: 'units.csv', src_line: '4' },
      { unit_code: 'SETJEN', unit_name: 'Sekretariat Jenderal', unit_type: 'eselon1', kanwil_code: null, directorate_code: 'SETJEN', province: null, aliases: null, headcount: null, src_file: 'units.csv', src_line: '8' },
    ]);
  });

  it('rejects an upt without kanwil or directorate and an unknown unit type', () => {
    expect(rejectSummary(r)).toEqual([
      { line: 5, reason: 'required_missing', column: 'kanwil_code' },
      { line: 6, reason: 'required_missing', column: 'directorate_code' },
      { line: 7, reason: 'unit_type_invalid', column: 'unit_type' },
    ]);
    expect(r.rejects[2].value).toBe('kecamatan');
    expectBalanced(r);
  });

  it('reads an Indonesian registry header', () => {
    const a = ingestText('satker.csv', csv(
      'Kode Satker;Nama Unit;Jenis Unit;Kode Kanwil;Kode Eselon1;Provinsi;Nama Lain;Jumlah Pegawai',
      'LAPAS-PLG-1;Lapas Palembang;upt;KW-SUMSEL;DITJENPAS;Sumatera Selatan;;1.250',
    ));
    expect(a.kind).toBe('units');
    expect(rowsOf(a)[0]).toMatchObject({ unit_code: 'LAPAS-PLG-1', kanwil_code: 'KW-SUMSEL', directorate_code: 'DITJENPAS', headcount: '1250' });
    expectBalanced(a);
  });
});
