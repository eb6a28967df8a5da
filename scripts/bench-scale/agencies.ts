// The structure of a national export (scripts/generate-national.ts): AGENCIES agencies of very
// different sizes, each an eselon1-type unit with its own regional offices (unit_type kanwil, one per
// province it covers) and technical units (upt, each under one of the agency's regional offices and
// answering to the agency). Codes are unique and none is reserved (PUSAT, KANWIL, UNMATCHED).

export const AGENCIES = Number(process.env.NATIONAL_AGENCIES ?? 620);

const PROVINCES = ['Aceh', 'Sumatera Utara', 'Sumatera Barat', 'Riau', 'Kepulauan Riau', 'Jambi', 'Bengkulu', 'Sumatera Selatan',
  'Kepulauan Bangka Belitung', 'Lampung', 'Banten', 'DKI Jakarta', 'Jawa Barat', 'Jawa Tengah', 'DI Yogyakarta', 'Jawa Timur', 'Bali',
  'Nusa Tenggara Barat', 'Nusa Tenggara Timur', 'Kalimantan Barat', 'Kalimantan Tengah', 'Kalimantan Selatan', 'Kalimantan Timur',
  'Kalimantan Utara', 'Sulawesi Utara', 'Gorontalo', 'Sulawesi Tengah', 'Sulawesi Barat', 'Sulawesi Selatan', 'Sulawesi Tenggara',
  'Maluku', 'Maluku Utara', 'Papua', 'Papua Barat', 'Papua Barat Daya', 'Papua Tengah', 'Papua Pegunungan', 'Papua Selatan'];
const KINDS = ['Kementerian', 'Badan', 'Lembaga', 'Komisi', 'Otorita', 'Pusat', 'Dewan'];
const TOPICS = ['Pertanian', 'Kelautan dan Perikanan', 'Kesehatan', 'Pendidikan', 'Perhubungan', 'Keuangan', 'Agama', 'Sosial',
  'Lingkungan Hidup', 'Kehutanan', 'Energi', 'Pekerjaan Umum', 'Perumahan', 'Perdagangan', 'Perindustrian', 'Pariwisata',
  'Ketenagakerjaan', 'Koperasi', 'Statistik', 'Meteorologi', 'Pertanahan', 'Kependudukan', 'Pangan', 'Obat dan Makanan',
  'Pengawasan Keuangan', 'Kearsipan', 'Perpustakaan', 'Kepegawaian', 'Siber dan Sandi', 'Penanggulangan Bencana', 'Pencarian dan Pertolongan',
  'Narkotika', 'Riset dan Inovasi', 'Standardisasi', 'Tenaga Nuklir', 'Geospasial', 'Pemuda dan Olahraga', 'Desa', 'Transmigrasi', 'Komunikasi'];
const UPT_KINDS = ['Balai', 'Balai Besar', 'Loka', 'Kantor', 'Stasiun', 'Pos'];

export interface NationalUnit {
  readonly code: string;
  readonly name: string;
  readonly type: 'eselon1' | 'kanwil' | 'upt';
  readonly kanwil: string;
  readonly directorate: string;
  readonly province: string;
  readonly alias: string;
  readonly weight: number; // its share of the national staff, before scaling
}

const roman = (n: number) => ['', ' II', ' III', ' IV', ' V', ' VI', ' VII', ' VIII', ' IX', ' X'][n] ?? ` ${n + 1}`;

/** The agencies and all their units; `rand` is the generator's seeded random source. */
export function nationalAgencies(rand: () => number): { agencies: number; units: NationalUnit[] } {
  // Sizes fall off like a long tail (a few ministries of hundreds of thousands, many agencies of a
  // thousand or two), in shuffled order.
  const sizes = Array.from({ length: AGENCIES }, (_, r) => 1 / (r + 5) ** 1.1);
  for (let i = sizes.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [sizes[i], sizes[j]] = [sizes[j], sizes[i]];
  }
  const total = sizes.reduce((n, s) => n + s, 0);
  const units: NationalUnit[] = [];
  sizes.forEach((size, a) => {
    const share = size / total;
    const code = `AG${String(a + 1).padStart(3, '0')}`;
    const name = `${KINDS[a % KINDS.length]} ${TOPICS[Math.floor(a / KINDS.length) % TOPICS.length]}${roman(Math.floor(a / (KINDS.length * TOPICS.length)))}`;
    const offices = Math.max(1, Math.min(PROVINCES.length, Math.round(share * 700)));
    const upts = Math.max(1, Math.min(300, Math.round(share * 6000)));
    const first = Math.floor(rand() * PROVINCES.length);
    units.push({ code, name, type: 'eselon1', kanwil: '', directorate: code, province: 'DKI Jakarta', alias: code.toLowerCase(), weight: size * 0.1 });
    const kanwils: NationalUnit[] = [];
    for (let k = 0; k < offices; k++) {
      const province = PROVINCES[(first + k) % PROVINCES.length];
      const office: NationalUnit = { code: `${code}-KW${String(k + 1).padStart(2, '0')}`, name: `Kantor Wilayah ${name} Provinsi ${province}`,
        type: 'kanwil', kanwil: '', directorate: '', province, alias: '', weight: (size * 0.2) / offices };
      kanwils.push({ ...office, kanwil: office.code });
    }
    units.push(...kanwils);
    for (let u = 0; u < upts; u++) {
      const office = kanwils[u % kanwils.length];
      units.push({ code: `${code}-UPT${String(u + 1).padStart(3, '0')}`, name: `${UPT_KINDS[u % UPT_KINDS.length]} ${name} ${office.province} ${u + 1}`,
        type: 'upt', kanwil: office.code, directorate: code, province: office.province, alias: '', weight: (size * 0.7) / upts });
    }
  });
  return { agencies: AGENCIES, units };
}
