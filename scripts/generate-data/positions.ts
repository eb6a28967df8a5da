// Position types (Jenis Jabatan) and position titles (Jabatan, as people type them into the
// pledge form), by kind of unit.

import type { Rng } from './random';
import type { Unit, UnitKind } from './registry';

export type PositionType = 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS' | 'FUNGSIONAL' | 'PELAKSANA';

type Family = 'central' | 'kanwil' | 'pas' | 'bapas' | 'im' | 'ahu';

function family(kind: UnitKind): Family {
  switch (kind) {
    case 'eselon1': return 'central';
    case 'kanwil': return 'kanwil';
    case 'bapas': return 'bapas';
    case 'kanim': case 'rudenim': return 'im';
    case 'bhp': return 'ahu';
    default: return 'pas';
  }
}

const LEVELS_AHLI = ['Ahli Pertama', 'Ahli Pertama', 'Ahli Muda', 'Ahli Muda', 'Ahli Madya'];
const LEVELS_TERAMPIL = ['Terampil', 'Mahir', 'Penyelia'];

const FUNGSIONAL: Record<Family, readonly string[]> = {
  central: ['Analis Hukum', 'Perancang Peraturan Perundang-undangan', 'Pranata Komputer', 'Analis SDM Aparatur', 'Analis Kebijakan', 'Arsiparis', 'Pranata Hubungan Masyarakat', 'Analis Anggaran', 'Auditor', 'Pemeriksa Merek', 'Pemeriksa Paten', 'Widyaiswara', 'Penyuluh Hukum', 'Peneliti'],
  kanwil: ['Penyuluh Hukum', 'Perancang Peraturan Perundang-undangan', 'Analis Hukum', 'Pranata Komputer', 'Analis SDM Aparatur', 'Arsiparis', 'Analis Keimigrasian', 'Analis Pemasyarakatan'],
  pas: ['Analis Pemasyarakatan', 'Perawat', 'Dokter', 'Pranata Komputer', 'Penjaga Tahanan', 'Pembina Keamanan Pemasyarakatan', 'Asisten Pembimbing Kemasyarakatan'],
  bapas: ['Pembimbing Kemasyarakatan', 'Asisten Pembimbing Kemasyarakatan', 'Pranata Komputer'],
  im: ['Analis Keimigrasian', 'Pemeriksa Keimigrasian', 'Pranata Komputer', 'Arsiparis'],
  ahu: ['Analis Hukum', 'Arsiparis', 'Pranata Komputer'],
};

/** Functional posts that come in skilled (Terampil) grades rather than expert (Ahli) ones. */
const TERAMPIL_ONLY = new Set(['Penjaga Tahanan', 'Pembina Keamanan Pemasyarakatan', 'Asisten Pembimbing Kemasyarakatan', 'Arsiparis']);

const PELAKSANA: Record<Family, readonly string[]> = {
  central: ['Pengadministrasi Umum', 'Pengolah Data', 'Pengadministrasi Keuangan', 'Pengelola Barang Milik Negara', 'Pengadministrasi Perkantoran', 'Operator Layanan Operasional', 'Pengelola Layanan Kehumasan', 'Pengadministrasi Kepegawaian'],
  kanwil: ['Pengadministrasi Umum', 'Pengolah Data', 'Pengadministrasi Keuangan', 'Pengelola Barang Milik Negara', 'Pengadministrasi Perkantoran', 'Pengadministrasi Kepegawaian', 'Pengelola Layanan Hukum'],
  pas: ['Penjaga Tahanan', 'Penjaga Tahanan', 'Penjaga Tahanan', 'Petugas Pengamanan', 'Pengadministrasi Umum', 'Pengelola Data Narapidana', 'Pengadministrasi Registrasi', 'Pengelola Barang Milik Negara', 'Pengadministrasi Perkantoran', 'Petugas Dapur'],
  bapas: ['Pengadministrasi Umum', 'Pengolah Data Klien Pemasyarakatan', 'Pengadministrasi Perkantoran'],
  im: ['Pengadministrasi Keimigrasian', 'Pengolah Data Keimigrasian', 'Pengelola Layanan Paspor', 'Pengadministrasi Umum', 'Petugas Pemeriksa Keimigrasian'],
  ahu: ['Pengadministrasi Umum', 'Pengolah Data Harta Peninggalan', 'Pengadministrasi Perkantoran'],
};

const PENGAWAS: Record<Family, readonly string[]> = {
  central: ['Kepala Subbagian Tata Usaha', 'Kepala Subbagian Kepegawaian', 'Kepala Subbagian Keuangan', 'Kepala Subbagian Rumah Tangga', 'Kepala Subbagian Program'],
  kanwil: ['Kepala Subbagian Umum', 'Kepala Subbagian Kepegawaian', 'Kepala Subbagian Keuangan', 'Kepala Subbidang Pelayanan Hukum', 'Kepala Subbidang Pembinaan'],
  pas: ['Kepala Seksi Pembinaan', 'Kepala Seksi Kegiatan Kerja', 'Kepala Sub Seksi Registrasi', 'Kepala Sub Seksi Perawatan', 'Kepala Subbagian Umum', 'Kepala Sub Seksi Pelayanan Tahanan', 'Kepala Regu Pengamanan'],
  bapas: ['Kepala Subbagian Umum', 'Kepala Seksi Bimbingan Klien Dewasa', 'Kepala Seksi Bimbingan Klien Anak'],
  im: ['Kepala Seksi Lalu Lintas Keimigrasian', 'Kepala Seksi Inteldakim', 'Kepala Seksi Izin Tinggal', 'Kepala Subbagian Umum', 'Kepala Seksi Teknologi Informasi Keimigrasian'],
  ahu: ['Kepala Seksi Harta Peninggalan', 'Kepala Subbagian Tata Usaha'],
};

const ADMINISTRATOR: Record<Family, readonly string[]> = {
  central: ['Kepala Bagian Umum', 'Kepala Bagian Program dan Pelaporan', 'Kepala Bagian Kepegawaian', 'Kepala Bagian Keuangan', 'Kepala Bagian Tata Usaha'],
  kanwil: ['Kepala Bagian Program dan Humas', 'Kepala Bagian Umum', 'Kepala Bidang Pelayanan Hukum', 'Kepala Bidang Hak Asasi Manusia', 'Kepala Bidang Pembinaan, Bimbingan dan Teknologi Informasi', 'Kepala Bidang Perizinan dan Informasi Keimigrasian'],
  pas: ['Kepala Bidang Pembinaan Narapidana', 'Kepala Bidang Kegiatan Kerja', 'Kepala Bagian Tata Usaha', 'Kepala Kesatuan Pengamanan'],
  bapas: ['Kepala Bagian Tata Usaha'],
  im: ['Kepala Bidang Lalu Lintas Keimigrasian', 'Kepala Bidang Inteldakim', 'Kepala Bagian Tata Usaha'],
  ahu: ['Kepala Bagian Tata Usaha'],
};

const ESELON1_TOP: Record<string, string> = {
  SETJEN: 'Sekretaris Jenderal', ITJEN: 'Inspektur Jenderal', BPHN: 'Kepala Badan Pembinaan Hukum Nasional',
  BSK: 'Kepala Badan Strategi Kebijakan Hukum dan HAM', BPSDM: 'Kepala Badan Pengembangan Sumber Daya Manusia Hukum dan HAM',
};

const CENTRAL_JPT = ['Direktur', 'Kepala Biro', 'Sekretaris Direktorat Jenderal', 'Inspektur Wilayah', 'Kepala Pusat'];
const KANWIL_JPT = ['Kepala Divisi Administrasi', 'Kepala Divisi Pemasyarakatan', 'Kepala Divisi Keimigrasian', 'Kepala Divisi Pelayanan Hukum dan HAM'];

const HEAD_OF: Partial<Record<UnitKind, string>> = {
  lapas: 'Kepala Lembaga Pemasyarakatan', lapas_narkotika: 'Kepala Lembaga Pemasyarakatan', lapas_perempuan: 'Kepala Lembaga Pemasyarakatan',
  rutan: 'Kepala Rumah Tahanan Negara', lpka: 'Kepala LPKA', bapas: 'Kepala Balai Pemasyarakatan', rupbasan: 'Kepala Rupbasan',
  kanim: 'Kepala Kantor Imigrasi', rudenim: 'Kepala Rumah Detensi Imigrasi', bhp: 'Ketua Balai Harta Peninggalan',
};

/** How many JPT posts a unit has: a few at each Eselon I unit, the head and four division heads at a Kanwil. */
export function jptCount(unit: Unit, rng: Rng): number {
  if (unit.type === 'eselon1') return unit.code === 'SETJEN' ? rng.int(10, 14) : rng.int(5, 8);
  if (unit.type === 'kanwil') return 5;
  return 0;
}

export function positionTypeFor(unit: Unit, rng: Rng): PositionType {
  const f = family(unit.kind);
  const pAdmin = f === 'central' ? 0.04 : f === 'kanwil' ? 0.05 : 0.02;
  const pPengawas = f === 'central' ? 0.09 : f === 'kanwil' ? 0.1 : 0.07;
  const pFungsional = f === 'central' ? 0.42 : f === 'kanwil' ? 0.38 : f === 'bapas' ? 0.55 : f === 'im' ? 0.4 : 0.22;
  const r = rng.next();
  if (r < pAdmin) return 'ADMINISTRATOR';
  if (r < pAdmin + pPengawas) return 'PENGAWAS';
  if (r < pAdmin + pPengawas + pFungsional) return 'FUNGSIONAL';
  return 'PELAKSANA';
}

/**
 * The position title. `rank` is the position of the person among the unit's JPT (0 = the head)
 * or, for a UPT, 0 for its head (an ADMINISTRATOR or PENGAWAS).
 */
export function positionTitle(unit: Unit, type: PositionType, rank: number, rng: Rng): string {
  const f = family(unit.kind);
  switch (type) {
    case 'JPT':
      if (unit.type === 'kanwil') return rank === 0 ? 'Kepala Kantor Wilayah' : KANWIL_JPT[(rank - 1) % KANWIL_JPT.length];
      if (rank === 0) return ESELON1_TOP[unit.code] ?? `Direktur Jenderal ${unit.name.replace('Direktorat Jenderal ', '')}`;
      return rng.pick(CENTRAL_JPT);
    case 'ADMINISTRATOR':
    case 'PENGAWAS':
      if (rank === 0 && HEAD_OF[unit.kind]) return HEAD_OF[unit.kind] as string;
      return rng.pick(type === 'ADMINISTRATOR' ? ADMINISTRATOR[f] : PENGAWAS[f]);
    case 'FUNGSIONAL': {
      const post = rng.pick(FUNGSIONAL[f]);
      if (post === 'Dokter' || post === 'Perawat') return `${post} ${rng.chance(0.5) ? 'Ahli Pertama' : 'Terampil'}`;
      return `${post} ${rng.pick(TERAMPIL_ONLY.has(post) ? LEVELS_TERAMPIL : LEVELS_AHLI)}`;
    }
    case 'PELAKSANA':
      return rng.pick(PELAKSANA[f]);
  }
}
