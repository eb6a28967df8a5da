import { describe, expect, it } from 'vitest';
import type { Kind } from '../../src/schema/columns';
import { detectKind, headerKey, isExactHeader, mapHeaders, matchHeaders, missingRequired } from '../../src/ingest/headers';

// The aliases of DATA-CONTRACT.md section 1, copied from the contract (not from src/schema).
const NIP = ['nip', 'nip baru', 'nomor induk pegawai', 'ni pppk'];
const NAME = ['name', 'nama', 'nama lengkap', 'nama pegawai'];
const UNIT = ['unit', 'unit_code', 'unit kerja', 'satuan kerja', 'satker', 'kode unit'];
const CONTRACT: Record<Kind, Record<string, string[]>> = {
  units: {
    unit_code: ['unit_code', 'kode unit', 'kode satker', 'kode'],
    unit_name: ['unit_name', 'nama unit', 'unit kerja', 'satuan kerja', 'satker'],
    unit_type: ['unit_type', 'jenis unit', 'tipe'],
    kanwil_code: ['kanwil_code', 'kode kanwil', 'kanwil'],
    directorate_code: ['directorate_code', 'kode eselon1', 'direktorat', 'eselon i'],
    province: ['province', 'provinsi'],
    aliases: ['aliases', 'alias', 'nama lain'],
    headcount: ['headcount', 'jumlah pegawai'],
  },
  employees: {
    nip: NIP, name: NAME, unit: UNIT,
    employment_type: ['employment_type', 'status kepegawaian', 'jenis pegawai'],
    position_type: ['position_type', 'jenis jabatan'],
    active: ['active', 'aktif'],
  },
  signatures: {
    nip: NIP,
    signed_at: ['signed_at', 'timestamp', 'stempel waktu', 'tanggal', 'waktu', 'tanggal tanda tangan', 'signed on'],
    name: NAME, unit: UNIT,
    campaign: ['campaign', 'kampanye', 'pemilu', 'agenda'],
    channel: ['channel', 'media', 'cara'],
  },
  incidents: {
    case_id: ['case_id', 'nomor kasus', 'no kasus', 'id'],
    reported_at: ['reported_at', 'tanggal lapor', 'tanggal laporan', 'dilaporkan'],
    unit: UNIT, nip: NIP,
    category: ['category', 'jenis pelanggaran', 'kategori'],
    source: ['source', 'sumber'],
    status: ['status', 'status kasus', 'tahap'],
    sanction: ['sanction', 'sanksi', 'jenis sanksi'],
    decided_at: ['decided_at', 'tanggal putusan'],
    election: ['election', 'pemilihan'],
  },
};

/** The same header as a user might write it: as is, upper case with underscores, title case with dots. */
const variants = (alias: string): string[] => [
  alias,
  `  ${alias.toUpperCase().replace(/[ _]/g, '_')}  `,
  alias.split(/[ _]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('.'),
];

describe('headerKey', () => {
  it.each([
    ['Nama_Lengkap', 'nama lengkap'],
    ['NIP  Baru', 'nip baru'],
    ['stempel.waktu', 'stempel waktu'],
    ['  Kode-Unit  ', 'kode unit'],
    ['Tanggal__Tanda -- Tangan', 'tanggal tanda tangan'],
    ['\uFEFFNIP', 'nip'],
  ])('%j → %j', (raw, key) => {
    expect(headerKey(raw)).toBe(key);
  });
});

describe('mapHeaders: every alias of the contract', () => {
  for (const kind of Object.keys(CONTRACT) as Kind[]) {
    for (const [column, aliases] of Object.entries(CONTRACT[kind])) {
      for (const alias of aliases) {
        it(`${kind}: ${JSON.stringify(variants(alias))} → ${column}`, () => {
          for (const header of variants(alias)) expect(mapHeaders(kind, ['Keterangan', header])).toEqual({ [column]: 1 });
        });
      }
    }
  }

  it('maps a whole Indonesian roster header', () => {
    expect(mapHeaders('employees', ['No', 'NIP Baru', 'Nama_Lengkap', 'Satuan Kerja', 'Jenis Pegawai', 'Jenis Jabatan', 'Aktif'])).toEqual({
      nip: 1, name: 2, unit: 3, employment_type: 4, position_type: 5, active: 6,
    });
  });

  it('in a units file `unit_code` is the code column even next to `kode unit`-like headers', () => {
    expect(mapHeaders('units', ['unit_name', 'unit_code', 'unit_type'])).toEqual({ unit_name: 0, unit_code: 1, unit_type: 2 });
  });
});

describe('missingRequired', () => {
  it('lists the required columns that have no header', () => {
    expect(missingRequired('employees', mapHeaders('employees', ['NIP', 'Nama']))).toEqual(['unit']);
    expect(missingRequired('signatures', mapHeaders('signatures', ['Nama', 'Unit']))).toEqual(['nip', 'signed_at']);
    expect(missingRequired('units', mapHeaders('units', ['kode', 'nama unit', 'tipe']))).toEqual([]);
    expect(missingRequired('incidents', mapHeaders('incidents', ['NIP', 'Unit Kerja']))).toEqual(['reported_at', 'category']);
  });
});

describe('detectKind', () => {
  it.each([
    ['units', ['unit_code', 'unit_name', 'unit_type', 'kanwil_code', 'directorate_code', 'province', 'aliases', 'headcount']],
    ['units', ['Kode Satker', 'Nama Unit', 'Jenis Unit', 'Kode Kanwil', 'Kode Eselon1', 'Provinsi', 'Nama Lain', 'Jumlah Pegawai']],
    ['employees', ['NIP', 'Nama', 'Unit Kerja', 'Status Kepegawaian', 'Jenis Jabatan', 'Aktif']],
    ['employees', ['nip', 'name', 'unit']],
    ['signatures', ['Timestamp', 'NIP', 'Nama Lengkap', 'Unit Kerja']], // Google Forms, English locale
    ['signatures', ['Stempel waktu', 'NIP', 'Nama', 'Satuan Kerja']], // Google Forms, Indonesian locale
    ['signatures', ['Stempel waktu', 'Alamat email', 'NIP', 'Nama']],
    ['signatures', ['nip', 'signed_at']],
    ['incidents', ['Nomor Kasus', 'Tanggal Lapor', 'Unit Kerja', 'NIP', 'Jenis Pelanggaran', 'Sumber', 'Status Kasus', 'Sanksi']],
    ['incidents', ['reported_at', 'unit', 'category']],
  ] as [Kind, string[]][])('%s ← %j', (kind, headers) => {
    expect(detectKind(headers)).toBe(kind);
  });

  it('is null when no kind has its required columns', () => {
    expect(detectKind(['foo', 'bar', 'baz'])).toBeNull();
    expect(detectKind(['Nama', 'Unit Kerja'])).toBeNull();
    expect(detectKind(['Daftar Pegawai Kanwil Sumsel'])).toBeNull();
  });
});

describe('question-text headers are guesses (contract section 1)', () => {
  it('a Google Forms export: aliases as whole words among others', () => {
    const headers = ['Timestamp', 'NIP (18 digit)', 'Nama lengkap (beserta gelar)', 'Unit kerja Anda saat ini'];
    expect(matchHeaders('signatures', headers)).toEqual({ mapping: { signed_at: 0, nip: 1, name: 2, unit: 3 }, guessed: ['nip', 'name', 'unit'] });
    expect(detectKind(headers)).toBe('signatures');
  });

  it('exact matches come first: a guess never takes a column that has an exact header', () => {
    expect(matchHeaders('employees', ['NIP (18 digit)', 'NIP', 'Unit'])).toEqual({ mapping: { nip: 1, unit: 2 }, guessed: [] });
  });

  it('of two headers that could be guessed for one column, the shorter wins', () => {
    const m = matchHeaders('employees', ['NIP pegawai yang mengisi formulir ini', 'NIP (18 digit)', 'Satker']);
    expect(m.mapping.nip).toBe(1);
    expect(m.guessed).toEqual(['nip']);
  });

  it('whole words only: "Nippon" is no NIP, "Unitas" no unit', () => {
    expect(matchHeaders('employees', ['Nippon', 'Unitas', 'Tanggal'])).toEqual({ mapping: {}, guessed: [] });
  });

  it('a header that holds two columns\' aliases goes to the longer alias', () => {
    const m = matchHeaders('employees', ['NIP', 'Nama unit kerja', 'Nama lengkap sesuai SK']);
    expect(m.mapping).toEqual({ nip: 0, unit: 1, name: 2 });
    expect(m.guessed).toEqual(['name', 'unit']);
  });

  it('mapHeaders gives the same mapping, guesses included; isExactHeader tells them apart', () => {
    expect(mapHeaders('employees', ['NIP (18 digit)', 'Unit kerja Anda saat ini'])).toEqual({ nip: 0, unit: 1 });
    expect(isExactHeader('employees', 'nip', 'NIP Baru')).toBe(true);
    expect(isExactHeader('employees', 'nip', 'NIP (18 digit)')).toBe(false);
  });
});
