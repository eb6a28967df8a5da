// Example files, one per kind, that analysts can download, fill in and upload (DATA-CONTRACT.md
// sections 1–3). Headers are Indonesian names the ingest accepts (the aliases of COLUMNS); the four
// files describe the same units and people so they load together without unmatched values.
// Comma-separated, CRLF line ends, UTF-8 with a BOM so Excel opens the text correctly.
import type { Kind } from './columns';

export interface TemplateFile {
  readonly fileName: string;
  readonly text: string;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(field).join(',')).join(CRLF) + CRLF;
}

const UNITS: readonly (readonly string[])[] = [
  ['kode_unit', 'nama_unit', 'jenis_unit', 'kode_kanwil', 'kode_eselon1', 'provinsi', 'alias', 'jumlah_pegawai'],
  ['SETJEN', 'Sekretariat Jenderal', 'eselon1', '', 'SETJEN', 'DKI Jakarta', 'Setjen|Sekjen', '1450'],
  ['DITJENPAS', 'Direktorat Jenderal Pemasyarakatan', 'eselon1', '', 'DITJENPAS', 'DKI Jakarta', 'Ditjenpas|Ditjen PAS', '640'],
  ['DITJENIM', 'Direktorat Jenderal Imigrasi', 'eselon1', '', 'DITJENIM', 'DKI Jakarta', 'Ditjenim|Ditjen Imigrasi', '910'],
  ['KW-SUMSEL', 'Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan', 'kanwil', 'KW-SUMSEL', '', 'Sumatera Selatan',
    'Kanwil Kemenkumham Sumsel|Kanwil Sumsel', '310'],
  ['LAPAS-PLG-1', 'Lembaga Pemasyarakatan Kelas I Palembang', 'upt', 'KW-SUMSEL', 'DITJENPAS', 'Sumatera Selatan',
    'Lapas Palembang|Lapas Kelas I Palembang', '420'],
  ['KANIM-PLG-1', 'Kantor Imigrasi Kelas I TPI Palembang', 'upt', 'KW-SUMSEL', 'DITJENIM', 'Sumatera Selatan',
    'Kanim Palembang|Imigrasi Palembang', '150'],
];

const EMPLOYEES: readonly (readonly string[])[] = [
  ['NIP', 'Nama Lengkap', 'Unit Kerja', 'Status Kepegawaian', 'Jenis Jabatan', 'Aktif'],
  ['199203142019032012', 'Siti Rahmawati', 'SETJEN', 'PNS', 'FUNGSIONAL', 'ya'],
  ['197001121995031001', 'Ahmad Fauzi, S.H., M.H.', 'Direktorat Jenderal Pemasyarakatan', 'PNS', 'JPT', 'ya'],
  ['197805172005011002', 'Budi Santoso', 'LAPAS-PLG-1', 'PNS', 'PENGAWAS', 'ya'],
  ['199811052023212015', 'Dewi Lestari', 'Lapas Palembang', 'PPPK', 'PELAKSANA', 'ya'],
  ['200001202022121003', 'Rizky Ramadhan', 'KANIM-PLG-1', 'CPNS', 'PELAKSANA', 'ya'],
  ['196504121990031004', 'Hendra Gunawan', 'KW-SUMSEL', 'PNS', 'ADMINISTRATOR', 'tidak'],
];

// A Google Forms export: the time stamp comes first, day-first dates as on Indonesian settings.
const SIGNATURES: readonly (readonly string[])[] = [
  ['Stempel waktu', 'NIP', 'Nama Lengkap', 'Unit Kerja', 'Kampanye', 'Media'],
  ['30/01/2023 8:15:42', '199203142019032012', 'Siti Rahmawati', 'Sekretariat Jenderal', 'PEMILU2024', 'FORM'],
  ['15/02/2023 9:05:01', '197805172005011002', 'Budi Santoso', 'Lapas Palembang', 'PEMILU2024', 'APEL'],
  ['15/02/2023 9:07:33', '199811052023212015', 'Dewi Lestari', 'LAPAS-PLG-1', 'PEMILU2024', 'APEL'],
  ['15/02/2023 10:21:09', '196504121990031004', 'Hendra Gunawan', 'Kanwil Sumsel', 'PEMILU2024', 'KERTAS'],
  ['16/02/2023 14:02:55', '200001202022121003', 'Rizky Ramadhan', 'Kanim Palembang', 'PEMILU2024', 'FORM'],
];

const INCIDENTS: readonly (readonly string[])[] = [
  ['Nomor Kasus', 'Tanggal Lapor', 'Unit Kerja', 'NIP', 'Jenis Pelanggaran', 'Sumber', 'Status Kasus', 'Sanksi',
    'Tanggal Putusan', 'Pemilihan'],
  ['KS-2023-001', '14/11/2023', 'LAPAS-PLG-1', '197805172005011002', 'MEDSOS_INTERAKSI', 'BAWASLU', 'SANKSI_DIJATUHKAN',
    'MORAL', '22/12/2023', 'PEMILU2024'],
  ['KS-2023-002', '05/12/2023', 'KANIM-PLG-1', '', 'FOTO_BERPIHAK', 'MASYARAKAT', 'KLARIFIKASI', '', '', 'PEMILU2024'],
  ['KS-2024-001', '09/01/2024', 'Kanim Palembang', '200001202022121003', 'HADIR_DEKLARASI', 'ATASAN', 'TIDAK_TERBUKTI', '',
    '30/01/2024', 'PEMILU2024'],
  ['KS-2024-002', '07/10/2024', 'SETJEN', '199203142019032012', 'MEDSOS_KAMPANYE', 'ITJEN', 'DILAPORKAN', '', '',
    'PILKADA2024'],
];

export const TEMPLATE_FILES: Record<Kind, TemplateFile> = {
  units: { fileName: 'template-registri-unit.csv', text: csv(UNITS) },
  employees: { fileName: 'template-roster-pegawai.csv', text: csv(EMPLOYEES) },
  signatures: { fileName: 'template-tanda-tangan-ikrar.csv', text: csv(SIGNATURES) },
  incidents: { fileName: 'template-register-kasus.csv', text: csv(INCIDENTS) },
};
