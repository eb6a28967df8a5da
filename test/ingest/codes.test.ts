import { describe, expect, it } from 'vitest';
import { matchCode } from '../../src/ingest/codes';
import {
  CATEGORIES, CHANNELS, EMPLOYMENT_TYPES, POSITION_TYPES, SANCTIONS, SOURCES, STATUSES, UNIT_TYPES,
} from '../../src/schema/codes';

// Code list 3.1 of DATA-CONTRACT.md, copied from the contract.
const CONTRACT_CATEGORIES: [string, string, string][] = [
  ['MEDSOS_KAMPANYE', 'kampanye melalui media sosial', 'campaigning on social media'],
  ['MEDSOS_INTERAKSI', 'posting / like / share / komentar / mengikuti akun pemenangan', 'posting, liking, sharing or following campaign accounts'],
  ['FOTO_BERPIHAK', 'foto bersama calon / simbol / atribut', 'partisan photo with candidate, symbol or attribute'],
  ['SPANDUK', 'memasang spanduk / baliho', 'putting up banners'],
  ['HADIR_DEKLARASI', 'menghadiri deklarasi / kampanye', 'attending a declaration or campaign'],
  ['IKUT_KAMPANYE', 'ikut kegiatan kampanye / sosialisasi', 'taking part in a campaign event'],
  ['KAMPANYE_PASANGAN', 'kampanye pasangan (suami/istri) tanpa cuti', 'campaigning for a spouse without leave'],
  ['PENDEKATAN_PARPOL', 'pendekatan ke partai politik', 'approaching a political party'],
  ['ANGGOTA_PARPOL', 'anggota / pengurus partai politik', 'party member or official'],
  ['KEGIATAN_BERPIHAK', 'pertemuan / ajakan / pemberian barang', 'partisan meetings, appeals or gifts'],
  ['TIM_PEMENANGAN', 'tim ahli / tim pemenangan', 'serving on a campaign team'],
  ['DUKUNGAN_KTP', 'dukungan KTP calon perseorangan', 'ID-card support for an independent candidate'],
  ['KEPUTUSAN_BERPIHAK', 'keputusan yang menguntungkan calon', 'official decision favouring a candidate'],
  ['FASILITAS_NEGARA', 'menggunakan fasilitas negara / jabatan', 'using state facilities or office'],
  ['HOAKS_UJARAN_KEBENCIAN', 'menyebarkan hoaks / ujaran kebencian', 'spreading hoaxes or hate speech'],
  ['POLITIK_UANG', 'politik uang / menerima pemberian', 'money politics or accepting gifts'],
  ['LAINNYA', 'lainnya', 'other'],
];

describe('matchCode: categories (3.1)', () => {
  it.each(CONTRACT_CATEGORIES)('%s from its code, Indonesian label and English gloss', (code, id, en) => {
    expect(matchCode(CATEGORIES, code)).toBe(code);
    expect(matchCode(CATEGORIES, code.toLowerCase().replace(/_/g, ' '))).toBe(code);
    expect(matchCode(CATEGORIES, id)).toBe(code);
    expect(matchCode(CATEGORIES, id.toUpperCase())).toBe(code);
    expect(matchCode(CATEGORIES, en)).toBe(code);
    expect(matchCode(CATEGORIES, `  ${en.toUpperCase()} `)).toBe(code);
  });

  it('spaces, hyphens and underscores are equivalent', () => {
    expect(matchCode(CATEGORIES, 'Medsos-Kampanye')).toBe('MEDSOS_KAMPANYE');
    expect(matchCode(CATEGORIES, 'politik_uang_/_menerima_pemberian')).toBe('POLITIK_UANG');
    expect(matchCode(CATEGORIES, 'memasang  spanduk / baliho')).toBe('SPANDUK');
  });

  it('does no fuzzy guessing: part of a label or another spelling is unknown', () => {
    expect(matchCode(CATEGORIES, 'spanduk baliho')).toBeNull();
    expect(matchCode(CATEGORIES, 'banners')).toBeNull();
    expect(matchCode(CATEGORIES, 'memasang spanduk')).toBeNull();
    expect(matchCode(CATEGORIES, 'Nyanyi lagu partai')).toBeNull();
  });
});

describe('matchCode: status (3.2)', () => {
  it.each([
    ['DILAPORKAN', 'reported'], ['DITERUSKAN', 'forwarded'], ['KLARIFIKASI', 'under examination'],
    ['TERBUKTI', 'proven'], ['TIDAK_TERBUKTI', 'not proven'], ['DIHENTIKAN', 'stopped'],
    ['SANKSI_DIJATUHKAN', 'sanction imposed'], ['SELESAI', 'closed'],
  ])('%s ← its code and %j', (code, en) => {
    expect(matchCode(STATUSES, code)).toBe(code);
    expect(matchCode(STATUSES, en)).toBe(code);
    expect(matchCode(STATUSES, en.toUpperCase())).toBe(code);
  });

  it.each([['Sanksi-Dijatuhkan'], ['sanksi dijatuhkan'], ['SANKSI_DIJATUHKAN'], ['sanksi_dijatuhkan'], [' Sanksi  Dijatuhkan ']])(
    '%j → SANKSI_DIJATUHKAN',
    (raw) => expect(matchCode(STATUSES, raw)).toBe('SANKSI_DIJATUHKAN'),
  );

  it('tidak terbukti is not terbukti', () => {
    expect(matchCode(STATUSES, 'Tidak-Terbukti')).toBe('TIDAK_TERBUKTI');
    expect(matchCode(STATUSES, 'terbukti')).toBe('TERBUKTI');
  });
});

describe('matchCode: the short code sets of section 1', () => {
  it('sources', () => {
    for (const c of ['BAWASLU', 'MASYARAKAT', 'ATASAN', 'ITJEN', 'KASN', 'MEDIA']) expect(matchCode(SOURCES, c.toLowerCase())).toBe(c);
    expect(matchCode(SOURCES, 'public complaint')).toBe('MASYARAKAT');
    expect(matchCode(SOURCES, 'Supervisor')).toBe('ATASAN');
  });

  it('channels', () => {
    for (const c of ['FORM', 'KERTAS', 'APEL']) expect(matchCode(CHANNELS, c.toLowerCase())).toBe(c);
    expect(matchCode(CHANNELS, 'paper')).toBe('KERTAS');
    expect(matchCode(CHANNELS, 'Roll-call assembly')).toBe('APEL');
    expect(matchCode(CHANNELS, 'roll call assembly')).toBe('APEL');
  });

  it('sanctions', () => {
    for (const c of ['MORAL', 'RINGAN', 'SEDANG', 'BERAT', 'PTDH']) expect(matchCode(SANCTIONS, c.toLowerCase())).toBe(c);
    expect(matchCode(SANCTIONS, 'dipecat')).toBeNull();
  });

  it('unit types', () => {
    expect(matchCode(UNIT_TYPES, 'KANWIL')).toBe('kanwil');
    expect(matchCode(UNIT_TYPES, 'Eselon1')).toBe('eselon1');
    expect(matchCode(UNIT_TYPES, 'UPT')).toBe('upt');
    expect(matchCode(UNIT_TYPES, 'kecamatan')).toBeNull();
  });

  it('employment and position types', () => {
    for (const c of ['PNS', 'CPNS', 'PPPK']) expect(matchCode(EMPLOYMENT_TYPES, c.toLowerCase())).toBe(c);
    for (const c of ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA']) expect(matchCode(POSITION_TYPES, ` ${c.toLowerCase()}`)).toBe(c);
    expect(matchCode(EMPLOYMENT_TYPES, 'honorer')).toBeNull();
  });
});
