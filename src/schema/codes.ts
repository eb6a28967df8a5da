// Code lists of DATA-CONTRACT.md section 3 and the short code sets of section 1.
export interface CodeEntry {
  readonly code: string;
  readonly id: string;
  readonly en: string;
}

const e = (code: string, id: string, en: string): CodeEntry => ({ code, id, en });

export const CATEGORIES: readonly CodeEntry[] = [
  e('MEDSOS_KAMPANYE', 'kampanye melalui media sosial', 'campaigning on social media'),
  e('MEDSOS_INTERAKSI', 'posting / like / share / komentar / mengikuti akun pemenangan', 'posting, liking, sharing or following campaign accounts'),
  e('FOTO_BERPIHAK', 'foto bersama calon / simbol / atribut', 'partisan photo with candidate, symbol or attribute'),
  e('SPANDUK', 'memasang spanduk / baliho', 'putting up banners'),
  e('HADIR_DEKLARASI', 'menghadiri deklarasi / kampanye', 'attending a declaration or campaign'),
  e('IKUT_KAMPANYE', 'ikut kegiatan kampanye / sosialisasi', 'taking part in a campaign event'),
  e('KAMPANYE_PASANGAN', 'kampanye pasangan (suami/istri) tanpa cuti', 'campaigning for a spouse without leave'),
  e('PENDEKATAN_PARPOL', 'pendekatan ke partai politik', 'approaching a political party'),
  e('ANGGOTA_PARPOL', 'anggota / pengurus partai politik', 'party member or official'),
  e('KEGIATAN_BERPIHAK', 'pertemuan / ajakan / pemberian barang', 'partisan meetings, appeals or gifts'),
  e('TIM_PEMENANGAN', 'tim ahli / tim pemenangan', 'serving on a campaign team'),
  e('DUKUNGAN_KTP', 'dukungan KTP calon perseorangan', 'ID-card support for an independent candidate'),
  e('KEPUTUSAN_BERPIHAK', 'keputusan yang menguntungkan calon', 'official decision favouring a candidate'),
  e('FASILITAS_NEGARA', 'menggunakan fasilitas negara / jabatan', 'using state facilities or office'),
  e('HOAKS_UJARAN_KEBENCIAN', 'menyebarkan hoaks / ujaran kebencian', 'spreading hoaxes or hate speech'),
  e('POLITIK_UANG', 'politik uang / menerima pemberian', 'money politics or accepting gifts'),
  e('LAINNYA', 'lainnya', 'other'),
];

export const STATUSES: readonly CodeEntry[] = [
  e('DILAPORKAN', 'dilaporkan', 'reported'),
  e('DITERUSKAN', 'diteruskan', 'forwarded'),
  e('KLARIFIKASI', 'klarifikasi', 'under examination'),
  e('TERBUKTI', 'terbukti', 'proven'),
  e('TIDAK_TERBUKTI', 'tidak terbukti', 'not proven'),
  e('DIHENTIKAN', 'dihentikan', 'stopped'),
  e('SANKSI_DIJATUHKAN', 'sanksi dijatuhkan', 'sanction imposed'),
  e('SELESAI', 'selesai', 'closed'),
];
export const OPEN_STATUSES: readonly string[] = ['DILAPORKAN', 'DITERUSKAN', 'KLARIFIKASI', 'TERBUKTI'];

export const SANCTIONS: readonly CodeEntry[] = [
  e('MORAL', 'sanksi moral', 'moral sanction'),
  e('RINGAN', 'hukuman disiplin ringan', 'light disciplinary penalty'),
  e('SEDANG', 'hukuman disiplin sedang', 'moderate disciplinary penalty'),
  e('BERAT', 'hukuman disiplin berat', 'severe disciplinary penalty'),
  e('PTDH', 'pemberhentian tidak dengan hormat', 'dishonourable dismissal'),
];

export const SOURCES: readonly CodeEntry[] = [
  e('BAWASLU', 'Bawaslu', 'election supervisory body'),
  e('MASYARAKAT', 'pengaduan masyarakat', 'public complaint'),
  e('ATASAN', 'atasan', 'supervisor'),
  e('ITJEN', 'Inspektorat Jenderal', 'Inspectorate General'),
  e('KASN', 'Komisi Aparatur Sipil Negara', 'Civil Service Commission'),
  e('MEDIA', 'media', 'media'),
];

export const CHANNELS: readonly CodeEntry[] = [
  e('FORM', 'formulir daring', 'online form'),
  e('KERTAS', 'kertas', 'paper'),
  e('APEL', 'apel', 'roll-call assembly'),
];

export const UNIT_TYPES: readonly CodeEntry[] = [
  e('kanwil', 'kantor wilayah', 'regional office'),
  e('eselon1', 'unit eselon i', 'eselon i unit'),
  e('upt', 'unit pelaksana teknis', 'technical unit'),
];

export const EMPLOYMENT_TYPES: readonly CodeEntry[] = [
  e('PNS', 'pegawai negeri sipil', 'civil servant'),
  e('CPNS', 'calon pegawai negeri sipil', 'civil servant candidate'),
  e('PPPK', 'pegawai pemerintah dengan perjanjian kerja', 'contract government employee'),
];

export const POSITION_TYPES: readonly CodeEntry[] = [
  e('JPT', 'jabatan pimpinan tinggi', 'senior executive'),
  e('ADMINISTRATOR', 'administrator', 'administrator'),
  e('PENGAWAS', 'pengawas', 'supervisor'),
  e('FUNGSIONAL', 'fungsional', 'functional'),
  e('PELAKSANA', 'pelaksana', 'executive staff'),
];

export function labelOf(list: readonly CodeEntry[], code: string, lang: 'id' | 'en'): string {
  const entry = list.find((c) => c.code === code);
  return entry ? entry[lang] : code;
}

/** Short category names for chart axes; the full label goes in tooltips and tables. */
export const CATEGORY_SHORT: Readonly<Record<string, { id: string; en: string }>> = {
  MEDSOS_KAMPANYE: { id: 'Kampanye di medsos', en: 'Social-media campaigning' },
  MEDSOS_INTERAKSI: { id: 'Like/share akun calon', en: 'Liking/sharing campaigns' },
  FOTO_BERPIHAK: { id: 'Foto berpihak', en: 'Partisan photo' },
  SPANDUK: { id: 'Spanduk / baliho', en: 'Banners' },
  HADIR_DEKLARASI: { id: 'Hadir deklarasi', en: 'Attending declaration' },
  IKUT_KAMPANYE: { id: 'Ikut kampanye', en: 'Campaign event' },
  KAMPANYE_PASANGAN: { id: 'Kampanye pasangan', en: 'Spouse campaigning' },
  PENDEKATAN_PARPOL: { id: 'Pendekatan parpol', en: 'Approaching a party' },
  ANGGOTA_PARPOL: { id: 'Anggota parpol', en: 'Party member' },
  KEGIATAN_BERPIHAK: { id: 'Kegiatan berpihak', en: 'Partisan activity' },
  TIM_PEMENANGAN: { id: 'Tim pemenangan', en: 'Campaign team' },
  DUKUNGAN_KTP: { id: 'Dukungan KTP', en: 'ID-card support' },
  KEPUTUSAN_BERPIHAK: { id: 'Keputusan berpihak', en: 'Partisan decision' },
  FASILITAS_NEGARA: { id: 'Fasilitas negara', en: 'State facilities' },
  HOAKS_UJARAN_KEBENCIAN: { id: 'Hoaks / ujaran kebencian', en: 'Hoaxes / hate speech' },
  POLITIK_UANG: { id: 'Politik uang', en: 'Money politics' },
  LAINNYA: { id: 'Lainnya', en: 'Other' },
};
