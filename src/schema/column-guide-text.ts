// The upload help's wording, in Indonesian and English: what each file and column means and the
// rules every file follows (DATA-CONTRACT.md sections 1–3). column-guide.ts puts it together with
// the names, required flags and aliases of COLUMNS.
import {
  CATEGORIES, CHANNELS, EMPLOYMENT_TYPES, POSITION_TYPES, SANCTIONS, SOURCES, STATUSES, UNIT_TYPES, type CodeEntry,
} from './codes';
import { DEFAULT_CAMPAIGN, type Kind } from './columns';

export interface KindText {
  title: string;
  purpose: string;
}

/** The explanation of one column; name, required flag and aliases come from COLUMNS. */
export interface ColumnText {
  readonly id: string;
  readonly en: string;
  readonly example: string;
  readonly codes?: readonly CodeEntry[];
}

// Shared wording of the cleaning rules used by several columns.
const NIP_RULES = {
  id: 'NIP 18 digit (PNS atau PPPK), disimpan sebagai teks. Spasi dihapus (19860926 201505 1 001 dibaca 198609262015051001), '
    + 'begitu pula apostrof di depan (penanda teks Excel) dan tanda kutip yang mengapit. Notasi ilmiah seperti 1,98609E+17 '
    + 'ditolak (nip_scientific_notation) karena lembar kerja sudah merusak digit terakhirnya: format kolom sebagai Teks sebelum '
    + 'menyimpan. Nilai lain yang bukan 18 digit ditolak (nip_invalid). NIP yang berakhiran 000 tetap dimuat tetapi ditandai '
    + 'mencurigakan (biasanya terpotong oleh lembar kerja).',
  en: '18-digit civil-servant number (PNS or PPPK), kept as text. Spaces are removed (19860926 201505 1 001 reads as '
    + '198609262015051001), as are a leading apostrophe (Excel\'s text marker) and surrounding quotes. E-notation such as '
    + '1,98609E+17 is rejected (nip_scientific_notation) because the spreadsheet has already destroyed the last digits: format '
    + 'the column as Text before saving. Any other value that is not 18 digits is rejected (nip_invalid). A NIP ending in 000 '
    + 'is loaded but flagged as suspect (typical of spreadsheet truncation).',
};

const DATE_FORMATS = {
  id: 'Format yang diterima: ISO (2023-02-15, 2023-02-15 16:28:05), dd/mm/yyyy atau dd-mm-yyyy dengan jam HH:MM[:SS] atau '
    + 'HH.MM[.SS] opsional (4/2/2023 9:05:01), jam 12 jam dengan AM/PM (10/17/2022 8:03:42 PM; 12:05 AM = 00.05), dan '
    + '15 Februari 2023 / 15 Feb 2023 / 15-Feb-2023 / 15-Feb-23 (nama bulan Indonesia atau Inggris, termasuk Agt dan Pebruari; '
    + 'tahun dua digit berarti 20yy). Sel tanggal di buku kerja Excel dibaca sebagai tanggalnya. Tanggal bergaris miring dibaca hari dulu, kecuali ada nilai di kolom itu yang bagian keduanya di atas '
    + '12: seluruh kolom lalu dibaca bulan dulu (ekspor Google Forms berbahasa Inggris). Tanggal yang tidak terbaca menolak '
    + 'barisnya (date_invalid).',
  en: 'Accepted formats: ISO (2023-02-15, 2023-02-15 16:28:05), dd/mm/yyyy or dd-mm-yyyy with an optional time HH:MM[:SS] or '
    + 'HH.MM[.SS] (4/2/2023 9:05:01), a 12-hour time with AM/PM (10/17/2022 8:03:42 PM; 12:05 AM = 00:05), and 15 Februari '
    + '2023 / 15 Feb 2023 / 15-Feb-2023 / 15-Feb-23 (Indonesian or English month names, incl. Agt and Pebruari; a two-digit '
    + 'year means 20yy). A date cell of an Excel workbook is read as its date. Slash dates are read day-first, unless a value in that column has its second part above 12: the whole column '
    + 'is then read month-first (an English-locale Google Forms export). A date that cannot be read rejects the row '
    + '(date_invalid).',
};

const CODE_RULE = {
  id: 'Huruf besar/kecil bebas; spasi, tanda hubung dan garis bawah dianggap sama; label Indonesia atau Inggris dari kode '
    + 'juga diterima secara utuh (tanpa tebakan ejaan lain).',
  en: 'Any case; spaces, hyphens and underscores are equivalent; the Indonesian or English label of a code is also accepted, '
    + 'as a whole (other spellings are not guessed).',
};

const UNIT_VALUE = {
  id: 'Kode, nama resmi atau alias unit dari registri unit (dibandingkan tanpa membedakan huruf besar/kecil, tanda baca dan '
    + 'spasi ganda). Nilai yang tidak cocok tetap dihitung dalam kelompok "tidak cocok" dan dicantumkan di laporan validasi '
    + 'beserta jumlah barisnya, agar registri dapat dilengkapi.',
  en: 'Code, official name or alias of a unit in the unit registry (compared ignoring case, punctuation and repeated '
    + 'spaces). A value that matches no unit keeps the row in an "unmatched" bucket and is listed in the validation report '
    + 'with its row count, so the registry can be completed.',
};

/** Every column's name in the interface languages (the mapping panel and the guide show these). */
export const COLUMN_LABELS: Readonly<Record<string, { readonly id: string; readonly en: string }>> = {
  unit_code: { id: 'Kode unit', en: 'Unit code' },
  unit_name: { id: 'Nama unit', en: 'Unit name' },
  unit_type: { id: 'Jenis unit', en: 'Unit type' },
  kanwil_code: { id: 'Kode Kanwil', en: 'Kanwil code' },
  directorate_code: { id: 'Kode unit Eselon I', en: 'Eselon I unit code' },
  province: { id: 'Provinsi', en: 'Province' },
  aliases: { id: 'Nama lain (alias)', en: 'Other names (aliases)' },
  headcount: { id: 'Jumlah pegawai', en: 'Headcount' },
  nip: { id: 'NIP', en: 'NIP' },
  name: { id: 'Nama', en: 'Name' },
  unit: { id: 'Unit kerja', en: 'Unit' },
  employment_type: { id: 'Status kepegawaian', en: 'Employment type' },
  position_type: { id: 'Jenis jabatan', en: 'Position type' },
  active: { id: 'Masih aktif', en: 'Active' },
  signed_at: { id: 'Waktu tanda tangan', en: 'Signed at' },
  campaign: { id: 'Kampanye', en: 'Campaign' },
  channel: { id: 'Cara tanda tangan', en: 'Signing channel' },
  case_id: { id: 'Nomor kasus', en: 'Case number' },
  reported_at: { id: 'Tanggal lapor', en: 'Reported on' },
  category: { id: 'Jenis pelanggaran', en: 'Violation category' },
  source: { id: 'Sumber laporan', en: 'Report source' },
  status: { id: 'Status kasus', en: 'Case status' },
  sanction: { id: 'Sanksi', en: 'Sanction' },
  decided_at: { id: 'Tanggal putusan', en: 'Decided on' },
  election: { id: 'Pemilihan', en: 'Election' },
};


const NAME_TEXT = {
  id: 'Nama pegawai, hanya untuk tampilan; tidak dipakai untuk mencocokkan data.',
  en: 'Employee name, for display only; not used to match records.',
};

export const TEXT: Record<Kind, { id: KindText; en: KindText; columns: Record<string, ColumnText> }> = {
  units: {
    id: {
      title: 'Registri unit',
      purpose: 'Daftar unit kerja (Kanwil, unit Eselon I, UPT) yang menentukan masuk ke Kanwil dan direktorat mana setiap pegawai, '
        + 'tanda tangan dan kasus dihitung.',
    },
    en: {
      title: 'Unit registry',
      purpose: 'The list of units (Kanwil, Eselon I units, UPTs) that decides under which Kanwil and directorate each employee, '
        + 'signature and case is counted.',
    },
    columns: {
      unit_code: {
        id: 'Kode unik unit, dirujuk oleh kolom kode Kanwil / Eselon I dan oleh kolom unit di file lain. Kode yang muncul lagi '
          + '(tanpa membedakan huruf besar/kecil) ditolak (duplicate_unit_code); baris pertama yang dipakai. Kode PUSAT, KANWIL '
          + 'dan UNMATCHED dicadangkan untuk kelompok dasbor: barisnya ditolak (unit_code_reserved).',
        en: 'Unique unit code, referred to by the Kanwil / Eselon I code columns and by the unit column of the other files. A '
          + 'code that appears again (ignoring case) is rejected (duplicate_unit_code); the first row is kept. The codes PUSAT, '
          + 'KANWIL and UNMATCHED are reserved for the dashboard\'s buckets: such a row is rejected (unit_code_reserved).',
        example: 'LAPAS-PLG-1',
      },
      unit_name: {
        id: 'Nama resmi unit. Nilai unit di file lain dicocokkan dengan kode, lalu nama ini, lalu alias.',
        en: 'Official name of the unit. Unit values in the other files are matched by code, then by this name, then by alias.',
        example: 'Lembaga Pemasyarakatan Kelas I Palembang',
      },
      unit_type: {
        id: 'Jenis unit: kanwil (kantor wilayah itu sendiri), eselon1 (unit Eselon I pusat: Setjen, Itjen, Ditjen, Badan) atau '
          + 'upt (Lapas, Rutan, LPKA, Bapas, Rupbasan, Kantor Imigrasi, Rudenim, …). ' + CODE_RULE.id
          + ' Nilai lain menolak baris (unit_type_invalid).',
        en: 'Unit type: kanwil (the regional office itself), eselon1 (a central Eselon I unit: Setjen, Itjen, a Ditjen, a Badan) '
          + 'or upt (Lapas, Rutan, LPKA, Bapas, Rupbasan, immigration office, Rudenim, …). ' + CODE_RULE.en
          + ' Any other value rejects the row (unit_type_invalid).',
        example: 'upt',
        codes: UNIT_TYPES,
      },
      kanwil_code: {
        id: 'Kode Kanwil tempat unit bernaung: wajib untuk baris upt (kosong = baris ditolak). Baris kanwil otomatis menunjuk '
          + 'dirinya sendiri; untuk baris eselon1 diabaikan (unit pusat masuk kelompok "Pusat").',
        en: 'Code of the Kanwil the unit falls under: required for upt rows (empty = row rejected). A kanwil row always names '
          + 'itself; ignored for eselon1 rows (central units fall in the "Pusat" bucket).',
        example: 'KW-SUMSEL',
      },
      directorate_code: {
        id: 'Kode unit Eselon I yang membawahi unit: wajib untuk baris upt (kosong = baris ditolak). Baris eselon1 otomatis '
          + 'menunjuk dirinya sendiri; untuk baris kanwil diabaikan (pegawai kantor wilayah masuk kelompok "Kantor Wilayah").',
        en: 'Code of the Eselon I unit the unit answers to: required for upt rows (empty = row rejected). An eselon1 row always '
          + 'names itself; ignored for kanwil rows (regional-office staff fall in the "Kantor Wilayah" bucket).',
        example: 'DITJENPAS',
      },
      province: {
        id: 'Nama provinsi, untuk tampilan.',
        en: 'Province name, for display.',
        example: 'Sumatera Selatan',
      },
      aliases: {
        id: 'Nama lain unit yang muncul di ekspor (mis. singkatan), dipisahkan dengan |. Dipakai untuk mencocokkan nilai unit '
          + 'di file lain.',
        en: 'Other names of the unit seen in exports (e.g. abbreviations), separated by |. Used to match unit values in the '
          + 'other files.',
        example: 'Lapas Palembang|Lapas Kelas I Palembang',
      },
      headcount: {
        id: 'Jumlah pegawai, bilangan bulat 0 sampai 10.000.000 (pemisah ribuan 1.234 atau 1,234 boleh). Hanya dipakai bila '
          + 'roster pegawai tidak dimuat; nilai lain menolak baris (headcount_invalid).',
        en: 'Staff count, a whole number from 0 to 10,000,000 (thousands separators 1.234 or 1,234 allowed). Used only when '
          + 'no employee roster is loaded; any other value rejects the row (headcount_invalid).',
        example: '420',
      },
    },
  },
  employees: {
    id: {
      title: 'Roster pegawai',
      purpose: 'Daftar ASN per unit yang menjadi penyebut: persentase penandatanganan dihitung terhadap pegawai aktif di roster ini.',
    },
    en: {
      title: 'Employee roster',
      purpose: 'The list of civil servants per unit that is the denominator: completion is computed against the active '
        + 'employees of this roster.',
    },
    columns: {
      nip: {
        id: NIP_RULES.id + ' NIP yang muncul dua kali di roster: baris pertama dipakai, baris berikutnya ditolak (duplicate_nip).',
        en: NIP_RULES.en + ' A NIP listed twice in the roster keeps its first row; the later one is rejected (duplicate_nip).',
        example: '198609262015051001',
      },
      name: { ...NAME_TEXT, example: 'Andi Pratama' },
      unit: {
        id: 'Unit kerja pegawai. ' + UNIT_VALUE.id,
        en: 'The employee\'s unit. ' + UNIT_VALUE.en,
        example: 'LAPAS-PLG-1',
      },
      employment_type: {
        id: 'Status kepegawaian: PNS, CPNS atau PPPK. ' + CODE_RULE.id + ' Nilai yang tidak dikenal dikosongkan dengan peringatan.',
        en: 'Employment type: PNS, CPNS or PPPK. ' + CODE_RULE.en + ' An unknown value is left empty with a warning.',
        example: 'PNS',
        codes: EMPLOYMENT_TYPES,
      },
      position_type: {
        id: 'Jenis jabatan. ' + CODE_RULE.id + ' Nilai yang tidak dikenal dikosongkan dengan peringatan.',
        en: 'Position type. ' + CODE_RULE.en + ' An unknown value is left empty with a warning.',
        example: 'FUNGSIONAL',
        codes: POSITION_TYPES,
      },
      active: {
        id: 'Masih aktif? false, tidak, 0, n atau no (huruf besar/kecil bebas) menandai pegawai yang sudah keluar, yang tidak '
          + 'dihitung dalam roster aktif; nilai lain atau kosong berarti aktif.',
        en: 'Still active? false, tidak, 0, n or no (any case) marks a leaver, who is not counted in the active roster; any '
          + 'other value, or none, means active.',
        example: 'ya',
      },
    },
  },
  signatures: {
    id: {
      title: 'Tanda tangan ikrar',
      purpose: 'Siapa menandatangani ikrar netralitas dan kapan, misalnya ekspor Google Forms atau rekap daftar hadir apel.',
    },
    en: {
      title: 'Pledge signatures',
      purpose: 'Who signed the neutrality pledge and when, e.g. a Google Forms export or a roll-call attendance summary.',
    },
    columns: {
      nip: {
        id: NIP_RULES.id + ' NIP yang sama menandatangani kampanye yang sama dua kali dihitung sekali (waktu paling awal); '
          + 'baris tambahan tetap dimuat dan dihitung sebagai duplikat.',
        en: NIP_RULES.en + ' The same NIP signing the same campaign twice counts once (earliest time); the extra rows are kept '
          + 'and counted as duplicates.',
        example: '198609262015051001',
      },
      signed_at: {
        id: 'Waktu penandatanganan (jam dinding setempat; harinya adalah tanggal yang tertulis). ' + DATE_FORMATS.id,
        en: 'When the pledge was signed (local wall-clock time; the day is the calendar day written). ' + DATE_FORMATS.en,
        example: '15/02/2023 09:05:01',
      },
      name: { ...NAME_TEXT, example: 'Andi Pratama' },
      unit: {
        id: 'Unit kerja penanda tangan, hanya dipakai untuk menempatkan penanda tangan yang tidak ada di roster (atau bila '
          + 'roster tidak dimuat). ' + UNIT_VALUE.id,
        en: 'The signer\'s unit, used only to place signers missing from the roster (or when no roster is loaded). '
          + UNIT_VALUE.en,
        example: 'Lapas Palembang',
      },
      campaign: {
        id: `Kampanye ikrar; kosong = ${DEFAULT_CAMPAIGN}. Ditulis ulang dengan huruf besar, dan spasi atau tanda hubung menjadi `
          + `garis bawah: "Pemilu 2024" menjadi PEMILU_2024, kampanye yang berbeda dari ${DEFAULT_CAMPAIGN}, jadi tulis kodenya `
          + 'persis sama di semua file.',
        en: `Pledge campaign; empty = ${DEFAULT_CAMPAIGN}. Upper-cased, with spaces or hyphens turned into underscores: `
          + `"Pemilu 2024" becomes PEMILU_2024, a different campaign from ${DEFAULT_CAMPAIGN}, so write the code exactly the `
          + 'same in every file.',
        example: DEFAULT_CAMPAIGN,
      },
      channel: {
        id: 'Cara penandatanganan. ' + CODE_RULE.id + ' Nilai yang tidak dikenal dikosongkan dengan peringatan.',
        en: 'How the pledge was signed. ' + CODE_RULE.en + ' An unknown value is left empty with a warning.',
        example: 'FORM',
        codes: CHANNELS,
      },
    },
  },
  incidents: {
    id: {
      title: 'Register kasus',
      purpose: 'Kasus dugaan pelanggaran netralitas oleh pegawai, dari laporan sampai putusan dan sanksinya.',
    },
    en: {
      title: 'Incident register',
      purpose: 'Cases of suspected neutrality violations by employees, from report to decision and sanction.',
    },
    columns: {
      case_id: {
        id: 'Nomor kasus yang unik; bila kosong dipakai "<nama file>:<baris>". Nomor yang muncul lagi menggantikan baris '
          + 'sebelumnya (ekspor yang dikirim ulang dengan status terbaru).',
        en: 'Unique case number; when empty, "<file name>:<line>" is used. A number that appears again replaces the earlier '
          + 'row (exports re-sent with an updated status).',
        example: 'KS-2023-017',
      },
      reported_at: {
        id: 'Tanggal kasus dilaporkan; jam, bila ada, diabaikan. ' + DATE_FORMATS.id,
        en: 'Date the case was reported; a time, if any, is ignored. ' + DATE_FORMATS.en,
        example: '14/11/2023',
      },
      unit: {
        id: 'Unit kerja pegawai pada saat kejadian. ' + UNIT_VALUE.id,
        en: 'The employee\'s unit at the time. ' + UNIT_VALUE.en,
        example: 'LAPAS-PLG-1',
      },
      nip: {
        id: 'NIP pegawai yang dilaporkan, bila diketahui; boleh kosong, tetapi bila diisi harus valid. ' + NIP_RULES.id,
        en: 'NIP of the reported employee, when known; may be empty, but when filled it must be valid. ' + NIP_RULES.en,
        example: '198609262015051001',
      },
      category: {
        id: 'Jenis pelanggaran (daftar kode 3.1). ' + CODE_RULE.id + ' Kosong = baris ditolak; nilai yang tidak dikenal menjadi '
          + 'LAINNYA dengan peringatan.',
        en: 'Violation category (code list 3.1). ' + CODE_RULE.en + ' Empty = row rejected; an unknown value becomes LAINNYA '
          + 'with a warning.',
        example: 'MEDSOS_KAMPANYE',
        codes: CATEGORIES,
      },
      source: {
        id: 'Asal laporan. ' + CODE_RULE.id + ' Nilai yang tidak dikenal dikosongkan dengan peringatan.',
        en: 'Where the report came from. ' + CODE_RULE.en + ' An unknown value is left empty with a warning.',
        example: 'BAWASLU',
        codes: SOURCES,
      },
      status: {
        id: 'Tahap kasus (daftar kode 3.2); DILAPORKAN, DITERUSKAN, KLARIFIKASI dan TERBUKTI dihitung sebagai kasus terbuka. '
          + CODE_RULE.id + ' Kosong = DILAPORKAN; nilai yang tidak dikenal menjadi DILAPORKAN dengan peringatan.',
        en: 'Case status (code list 3.2); DILAPORKAN, DITERUSKAN, KLARIFIKASI and TERBUKTI count as open cases. '
          + CODE_RULE.en + ' Empty = DILAPORKAN; an unknown value becomes DILAPORKAN with a warning.',
        example: 'KLARIFIKASI',
        codes: STATUSES,
      },
      sanction: {
        id: 'Sanksi yang dijatuhkan (PP 42/2004, PP 94/2021). ' + CODE_RULE.id
          + ' Nilai yang tidak dikenal dikosongkan dengan peringatan.',
        en: 'Sanction imposed (PP 42/2004, PP 94/2021). ' + CODE_RULE.en + ' An unknown value is left empty with a warning.',
        example: 'MORAL',
        codes: SANCTIONS,
      },
      decided_at: {
        id: 'Tanggal putusan, bila sudah ada; bila diisi tetapi tidak terbaca, baris ditolak. ' + DATE_FORMATS.id,
        en: 'Date of the decision, when there is one; a filled value that cannot be read rejects the row. ' + DATE_FORMATS.en,
        example: '22/12/2023',
      },
      election: {
        id: 'Pemilihan yang terkait, mis. PEMILU2024 atau PILKADA2024; ditulis ulang dengan huruf besar, spasi dan tanda hubung '
          + 'menjadi garis bawah.',
        en: 'The election concerned, e.g. PEMILU2024 or PILKADA2024; upper-cased, with spaces and hyphens turned into '
          + 'underscores.',
        example: 'PEMILU2024',
      },
    },
  },
};

/** Rules that apply to every file, shown above the per-kind guide. */
export const GUIDE_FILE_NOTES: { readonly id: readonly string[]; readonly en: readonly string[] } = {
  id: [
    'Jenis file dikenali dari nama kolomnya. Nama kolom dicocokkan tanpa membedakan huruf besar/kecil; spasi, garis bawah, '
      + 'tanda hubung dan titik dianggap sama. Kolom tambahan yang tidak dikenal tetap ditampilkan tetapi tidak dihitung.',
    'Judul berbentuk pertanyaan (Google Forms), mis. "NIP (18 digit)" atau "Unit kerja Anda saat ini", dipetakan sebagai '
      + 'tebakan bila memuat nama kolom sebagai kata utuh: periksa tebakan itu sebelum memuat.',
    'Berkas teks berpengodean UTF-8 (dengan atau tanpa BOM), Windows-1252 atau UTF-16 dengan BOM ("Unicode Text" dari Excel); '
      + 'pemisah koma, titik koma, tab atau garis tegak dikenali otomatis. Buku kerja Excel (.xlsx): lembar pertama dibaca '
      + 'kecuali Anda memilih lembar lain; nilai sel dibaca seperti yang tampil, dan NIP yang disimpan sebagai angka ditolak '
      + '(digit setelah digit ke-15 sudah hilang).',
    'Sel lebih dari 10.000 karakter menolak barisnya (cell_too_long).',
    'Tidak ada data yang hilang diam-diam: setiap baris dimuat atau ditolak dengan nomor baris dan alasannya, dan baris yang '
      + 'ditolak dapat diunduh.',
  ],
  en: [
    'A file\'s kind is detected from its column names. Column names are matched ignoring case; spaces, underscores, hyphens '
      + 'and dots are equivalent. Unknown extra columns are kept for display but not counted.',
    'Question-style headers (Google Forms) such as "NIP (18 digits)" or "Unit kerja Anda saat ini" are mapped as guesses '
      + 'when they hold a column name as whole words: check the guesses before loading.',
    'Text files in UTF-8 (with or without BOM), Windows-1252 or UTF-16 with a BOM (Excel\'s "Unicode Text"); comma, '
      + 'semicolon, tab or pipe delimiters are detected. Excel workbooks (.xlsx): the first sheet is read unless you choose '
      + 'another; cells are read as shown, and a NIP stored as a number is rejected (its digits past the 15th are lost).',
    'A cell over 10,000 characters rejects its row (cell_too_long).',
    'Nothing is lost silently: every row is loaded or rejected with its line number and reason, and the rejected rows can '
      + 'be downloaded.',
  ],
};
