// Indonesian personal names: a general (Javanese / Malay / Muslim / Christian) pool plus regional
// pools (Sundanese, Batak, Minang, Bugis-Makassar, Balinese, Minahasa, Maluku, NTT, Papua).
// ~150 given names and ~130 family / second names in all.

import type { Rng } from './random';
import type { ProvinceSpec } from './provinces';

export type Gender = 'M' | 'F';

interface Pool {
  male: readonly string[];
  female: readonly string[];
  /** Second names for men (or family names for both when `family` is set). */
  lastMale: readonly string[];
  lastFemale: readonly string[];
  /** True when the last name is a family/clan name shared by men and women. */
  family: boolean;
}

const words = (s: string): string[] => s.split(',').map((w) => w.trim());

const GENERAL: Pool = {
  male: words('Agus,Budi,Joko,Slamet,Bambang,Eko,Hadi,Heru,Iwan,Rudi,Dedi,Hendra,Ahmad,Muhammad,Rizky,Fajar,Dimas,Arif,Yudi,Sigit,Teguh,Wahyu,Bayu,Aditya,Reza,Irfan,Fauzi,Hasan,Ilham,Imam,Rahmat,Ridwan,Sugeng,Suparman,Sutrisno,Triyono,Yusuf,Zainal,Dwi,Tri,Galih,Dani,Anton,Yohanes,Stefanus,Antonius,Fransiskus,Andreas'),
  female: words('Sri,Siti,Dewi,Ani,Rina,Nurul,Fitri,Indah,Ratna,Yuni,Wulan,Ayu,Dian,Novi,Rika,Putri,Nadia,Anisa,Aisyah,Fatimah,Rahma,Maya,Mega,Diah,Endah,Tuti,Ika,Lia,Eka,Desi,Nia,Ratih,Santi,Yanti,Tiara,Citra,Intan,Margaretha,Theresia,Veronika'),
  lastMale: words('Santoso,Prasetyo,Wibowo,Saputra,Setiawan,Hidayat,Kurniawan,Nugroho,Pratama,Susanto,Gunawan,Hartono,Purnomo,Wijaya,Firmansyah,Ramadhan,Hakim,Maulana,Syahputra,Rahman,Sulistyo,Wicaksono,Utomo,Suryadi,Hermawan,Kusuma,Hidayatullah,Prabowo,Setiadi,Darmawan'),
  lastFemale: words('Lestari,Wahyuni,Rahayu,Handayani,Puspitasari,Susanti,Anggraini,Kusumawati,Pratiwi,Safitri,Utami,Wulandari,Maharani,Purnamasari,Fitriani,Yuliana,Permatasari,Nuraini,Rahmawati,Setyaningsih,Hasanah,Kurniasih,Sulastri,Mulyani'),
  family: false,
};

const REGIONAL: Record<NonNullable<ProvinceSpec['names']>, Pool> = {
  sunda: {
    male: words('Asep,Ujang,Cecep,Dadang,Yayan,Endang,Ade,Dede,Ajat,Iyan'),
    female: words('Elis,Euis,Neneng,Enung,Imas,Yeni,Lilis,Cucu'),
    lastMale: words('Permana,Sudrajat,Mulyana,Suherman,Sopandi,Hidayat,Sutisna,Saepudin,Kusnadi,Ruhiyat'),
    lastFemale: words('Nurhayati,Kurniasih,Rosmiati,Komalasari,Sumiati,Yulianti'),
    family: false,
  },
  batak: {
    male: words('Hotman,Parlindungan,Maruli,Togar,Ronald,Daniel,Samuel,Martua,Jonner,Poltak'),
    female: words('Rosmawati,Lamria,Debora,Maria,Elisabeth,Lasma,Tiurma,Helena'),
    lastMale: words('Siregar,Nasution,Lubis,Harahap,Simanjuntak,Sinaga,Hutapea,Pardede,Manurung,Simatupang,Sitompul,Situmorang,Pasaribu,Panjaitan,Hutagalung,Sihombing,Tambunan,Ginting,Tarigan,Sembiring'),
    lastFemale: [],
    family: true,
  },
  minang: {
    male: words('Afdal,Yulizar,Syafrizal,Zulkifli,Irwan,Hendri,Fadli,Rizal,Yasril,Efendi'),
    female: words('Yusnimar,Desmawati,Nofriyanti,Yuliarni,Rosnelly,Fitria'),
    lastMale: words('Chaniago,Piliang,Koto,Syahrial,Putra,Anwar,Marzuki'),
    lastFemale: words('Yenti,Marlina,Yusra,Novita'),
    family: false,
  },
  bugis: {
    male: words('Syamsul,Abdul,Hasanuddin,Arifin,Nurdin,Amiruddin,Baharuddin,Syamsuddin,Asri,Mustari'),
    female: words('Nurhayati,Hasnah,Sitti,Hamsiah,Nurjannah,Rosdiana,Hasmawati,Nurlina'),
    lastMale: words('Mappasessu,Pawelloi,Mattalatta,Rasyid,Paewai,Makkulau,Lolo,Tahir,Jufri,Ramli'),
    lastFemale: words('Amir,Nur,Hamid,Rauf'),
    family: false,
  },
  bali: {
    male: words('I Made,I Wayan,I Nyoman,I Ketut,I Putu,I Gede,I Komang,I Kadek'),
    female: words('Ni Luh,Ni Made,Ni Wayan,Ni Putu,Ni Ketut,Ni Nyoman,Ni Kadek'),
    lastMale: words('Sudarsana,Suartana,Wirawan,Budiarta,Suarjana,Mahendra,Adnyana,Sukerta,Ariawan,Sumerta,Astawa,Widiana'),
    lastFemale: words('Sukasih,Suciani,Ariani,Darmayanti,Sutariani,Ayu Lestari,Sriasih,Widiastuti'),
    family: false,
  },
  minahasa: {
    male: words('Jeffry,Steven,Frangky,Jhony,Hendrik,Rommy,Alfred,Roy'),
    female: words('Meiske,Vivi,Grace,Novita,Olvie,Stella,Jeane'),
    lastMale: words('Wowor,Lumentut,Rondonuwu,Mandagi,Pangemanan,Tumbelaka,Supit,Kalangi,Sumampouw,Tambayong'),
    lastFemale: [],
    family: true,
  },
  maluku: {
    male: words('Semuel,Johanis,Ismail,Hamid,Abdullah,Yakob,Marthen'),
    female: words('Yohana,Salma,Fransina,Nona,Martha,Hadijah'),
    lastMale: words('Latuconsina,Tuasikal,Matulessy,Pattiasina,Sahetapy,Leiwakabessy,Ohorella,Tuhumury,Pelupessy,Ternate'),
    lastFemale: [],
    family: true,
  },
  ntt: {
    male: words('Yoseph,Laurensius,Gabriel,Benediktus,Agustinus,Kornelis,Yeremias'),
    female: words('Maria,Yuliana,Florentina,Agnes,Sisilia,Anastasia'),
    lastMale: words('Fernandez,Da Silva,Bere,Nahak,Manafe,Ndun,Tefa,Lay,Mbete,Seran,Pello,Nenobais'),
    lastFemale: [],
    family: true,
  },
  papua: {
    male: words('Yohanis,Markus,Yakob,Petrus,Paulus,Frans,Yance,Elias,Nikolas'),
    female: words('Yuliana,Agustina,Selfina,Ruth,Mince,Yosina,Orpa'),
    lastMale: words('Wenda,Kogoya,Rumbiak,Mandowen,Ayomi,Kambu,Wanggai,Yoku,Rumkorem,Sawaki,Mofu,Tabuni,Kaisiepo,Karubaba'),
    lastFemale: [],
    family: true,
  },
};

const REGIONAL_SHARE: Record<NonNullable<ProvinceSpec['names']>, number> = {
  sunda: 0.45, batak: 0.5, minang: 0.45, bugis: 0.5, bali: 0.7, minahasa: 0.45, maluku: 0.45, ntt: 0.5, papua: 0.45,
};

const TITLES = [
  'S.H.', 'S.H.', 'S.H.', 'S.H., M.H.', 'S.H., M.H.', 'S.Kom.', 'S.E.', 'S.Sos.', 'A.Md.', 'A.Md.P.',
  'S.Tr.Pas.', 'S.Tr.Im.', 'S.Psi.', 'S.T.', 'S.Ak.', 'S.E., M.M.', 'S.Sos., M.Si.', 'A.Md.Kep.', 'S.Kom., M.Kom.', 'S.IP.',
];
const SENIOR_TITLES = ['S.H., M.H.', 'S.H., M.Hum.', 'S.Sos., M.Si.', 'S.E., M.M.', 'S.H., M.Si.', 'S.IP., M.Si.'];

function baseName(pool: Pool, gender: Gender, rng: Rng): string {
  const given = rng.pick(gender === 'M' ? pool.male : pool.female);
  const lasts = pool.family || gender === 'M' || pool.lastFemale.length === 0 ? pool.lastMale : pool.lastFemale;
  if (pool.family) {
    // Batak / Minahasa / Maluku / NTT / Papua: given name(s) + family name.
    const middle = rng.chance(0.3) ? ' ' + rng.pick(gender === 'M' ? GENERAL.male : GENERAL.female) : '';
    return `${given}${middle} ${rng.pick(lasts)}`;
  }
  const r = rng.next();
  if (r < 0.12 && !given.includes(' ')) return given; // single name, common in Java
  if (r < 0.7) return `${given} ${rng.pick(lasts)}`;
  const second = rng.pick(gender === 'M' ? GENERAL.male : GENERAL.female);
  return second === given ? `${given} ${rng.pick(lasts)}` : `${given} ${second} ${rng.pick(lasts)}`;
}

/** A full name as written in HR data, sometimes with academic titles after a comma. */
export function personName(gender: Gender, spec: ProvinceSpec | null, senior: boolean, rng: Rng): string {
  const region = spec?.names;
  const pool = region && rng.chance(REGIONAL_SHARE[region]) ? REGIONAL[region] : GENERAL;
  let name = baseName(pool, gender, rng);
  if (pool === GENERAL && rng.chance(0.08)) name = (gender === 'M' ? 'Muhammad ' : 'Siti ') + name.split(' ').slice(-1)[0];
  if (senior) {
    const prefix = rng.chance(0.15) ? 'Dr. ' : '';
    return `${prefix}${name}, ${rng.pick(SENIOR_TITLES)}`;
  }
  return rng.chance(0.28) ? `${name}, ${rng.pick(TITLES)}` : name;
}

/** Counts of distinct given and last names, for the report. */
export function namePoolSizes(): { given: number; last: number } {
  const given = new Set<string>();
  const last = new Set<string>();
  for (const pool of [GENERAL, ...Object.values(REGIONAL)]) {
    for (const n of [...pool.male, ...pool.female]) given.add(n);
    for (const n of [...pool.lastMale, ...pool.lastFemale]) last.add(n);
  }
  return { given: given.size, last: last.size };
}
