// The 33 Kanwil of 2023 and the technical units (UPT) planned in each province.
// City lists put the provincial seat first. Each city carries a short code used in unit
// codes (`LAPAS-PLG-1`); the same city always has the same short code.
// Counts are synthetic but shaped like the real ministry: many prisons in Java and Sumatra,
// few in the small eastern provinces; Kanwil Sumsel has 26 Lapas/Rutan, 2 Kanim, 1 Bapas.

export type ProvinceSize = 'L' | 'M' | 'S';

export interface ProvinceSpec {
  /** Kanwil code suffix: KW-<code>. */
  code: string;
  short: string;
  province: string;
  size: ProvinceSize;
  /** `Name:ABR` pairs, seat first; used in order for Lapas, Rutan, Bapas and Rupbasan. */
  cities: string;
  /** General Lapas (not counting Narkotika / Perempuan / lapasExtra). */
  lapas: number;
  rutan: number;
  narkotika: boolean;
  perempuan: boolean;
  lpka: boolean;
  bapas: number;
  rupbasan: number;
  /** `Name:ABR:CLASS` with CLASS one of 1TPI, 1NTPI, 2TPI, 2NTPI. */
  kanim: string;
  /** Extra Lapas with a fixed class, `Name:ABR:CLASS` (e.g. the Nusakambangan island prisons). */
  lapasExtra?: string;
  /** Cities for Bapas and Rupbasan when they differ from `cities`. */
  offices?: string;
  /** City for Lapas Narkotika / Perempuan / LPKA when it is not the seat. */
  hub?: string;
  /** Regional flavour of personal names (see names.ts). */
  names?: 'batak' | 'minang' | 'sunda' | 'bali' | 'bugis' | 'minahasa' | 'maluku' | 'ntt' | 'papua';
}

export const PROVINCES: readonly ProvinceSpec[] = [
  {
    code: 'ACEH', short: 'Aceh', province: 'Aceh', size: 'M', names: undefined,
    cities: 'Banda Aceh:BNA,Lhokseumawe:LSM,Langsa:LGS,Meulaboh:MLB,Takengon:TKN,Sigli:SGL,Kutacane:KTC,Tapaktuan:TPT,Bireuen:BIR,Lhoksukon:LSK,Idi:IDI,Sinabang:SNB,Singkil:SKL,Blangkejeren:BKJ,Calang:CLG,Jantho:JTH',
    lapas: 8, rutan: 5, narkotika: true, perempuan: false, lpka: true, bapas: 2, rupbasan: 1,
    kanim: 'Banda Aceh:BNA:1TPI,Lhokseumawe:LSM:2TPI,Langsa:LGS:2TPI,Meulaboh:MLB:2TPI,Takengon:TKN:2NTPI,Sabang:SBG:2TPI',
  },
  {
    code: 'SUMUT', short: 'Sumut', province: 'Sumatera Utara', size: 'L', names: 'batak',
    cities: 'Medan:MDN,Pematangsiantar:PMS,Tebing Tinggi:TBT,Binjai:BNJ,Tanjung Balai:TJB,Sibolga:SBL,Padangsidimpuan:PSP,Kabanjahe:KBJ,Rantau Prapat:RAP,Lubuk Pakam:LBP,Labuhan Deli:LBD,Kisaran:KIS,Gunung Sitoli:GST,Tarutung:TRT,Balige:BLG,Pangkalan Brandan:PBD,Sidikalang:SDK,Panyabungan:PYB,Stabat:STB,Tanjung Gusta:TJG',
    lapas: 13, rutan: 9, narkotika: true, perempuan: true, lpka: true, bapas: 3, rupbasan: 2,
    kanim: 'Medan:MDN:1TPI,Belawan:BLW:1TPI,Pematangsiantar:PMS:2TPI,Tanjung Balai:TJB:2TPI,Sibolga:SBL:2TPI,Padangsidimpuan:PSP:2NTPI',
  },
  {
    code: 'SUMBAR', short: 'Sumbar', province: 'Sumatera Barat', size: 'M', names: 'minang',
    cities: 'Padang:PDG,Bukittinggi:BKT,Payakumbuh:PYK,Solok:SLK,Pariaman:PRM,Sawahlunto:SWL,Batusangkar:BTS,Lubuk Basung:LBB,Painan:PNN,Muaro Sijunjung:MSJ,Padang Panjang:PPJ,Lubuk Sikaping:LSP',
    lapas: 6, rutan: 5, narkotika: false, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Padang:PDG:1TPI,Bukittinggi:BKT:2NTPI',
  },
  {
    code: 'RIAU', short: 'Riau', province: 'Riau', size: 'M', names: 'minang',
    cities: 'Pekanbaru:PKU,Dumai:DUM,Bengkalis:BKS,Bangkinang:BKN,Rengat:RGT,Tembilahan:TBH,Pangkalan Kerinci:PKK,Siak:SIK,Pasir Pengaraian:PPR,Selatpanjang:SPJ,Teluk Kuantan:TKT,Bagan Siapiapi:BSA',
    lapas: 6, rutan: 5, narkotika: true, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Pekanbaru:PKU:1TPI,Dumai:DUM:2TPI,Bengkalis:BKS:2TPI,Tembilahan:TBH:2NTPI,Selatpanjang:SPJ:2TPI,Bagan Siapiapi:BSA:2TPI',
  },
  {
    code: 'KEPRI', short: 'Kepri', province: 'Kepulauan Riau', size: 'S', names: undefined,
    cities: 'Tanjungpinang:TNP,Batam:BTM,Tanjung Balai Karimun:TBK,Tanjung Uban:TBN,Dabo Singkep:DBS,Ranai:RAN',
    lapas: 4, rutan: 3, narkotika: true, perempuan: false, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Tanjungpinang:TNP:1TPI,Batam:BTM:1TPI,Tanjung Balai Karimun:TBK:2TPI,Tanjung Uban:TBN:2TPI,Ranai:RAN:2TPI,Dabo Singkep:DBS:2TPI,Tarempa:TRP:2TPI,Belakang Padang:BLP:2TPI',
  },
  {
    code: 'JAMBI', short: 'Jambi', province: 'Jambi', size: 'S', names: 'minang',
    cities: 'Jambi:JMB,Muara Bungo:MBG,Kuala Tungkal:KTL,Sarolangun:SRL,Bangko:BKO,Muara Bulian:MBL,Muara Sabak:MSB,Muara Tebo:MTB,Sungai Penuh:SPN',
    lapas: 6, rutan: 3, narkotika: true, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Jambi:JMB:1TPI,Kuala Tungkal:KTL:2TPI,Sungai Penuh:SPN:2NTPI',
  },
  {
    code: 'SUMSEL', short: 'Sumsel', province: 'Sumatera Selatan', size: 'L', names: undefined,
    cities: 'Palembang:PLG,Lubuklinggau:LLG,Prabumulih:PBM,Pagar Alam:PGA,Muara Enim:MRE,Lahat:LHT,Baturaja:BTR,Kayu Agung:KAG,Sekayu:SKY,Tanjung Raja:TJR,Muara Beliti:MBT,Pangkalan Balai:PKB,Empat Lawang:ELW,Muaradua:MDA,Banyuasin:BYS,Martapura Oku:MOK',
    lapas: 12, rutan: 12, narkotika: true, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Palembang:PLG:1TPI,Muara Enim:MRE:2NTPI',
  },
  {
    code: 'BENGKULU', short: 'Bengkulu', province: 'Bengkulu', size: 'S', names: undefined,
    cities: 'Bengkulu:BKL,Curup:CRP,Argamakmur:AGM,Manna:MNA,Mukomuko:MKM,Kepahiang:KPH,Tais:TAS,Bintuhan:BTH',
    lapas: 4, rutan: 3, narkotika: false, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Bengkulu:BKL:1TPI',
  },
  {
    code: 'BABEL', short: 'Babel', province: 'Kepulauan Bangka Belitung', size: 'S', names: undefined,
    cities: 'Pangkalpinang:PGK,Sungailiat:SGT,Tanjung Pandan:TJD,Muntok:MTK,Toboali:TBL,Koba:KOB,Manggar:MGR',
    lapas: 4, rutan: 2, narkotika: true, perempuan: false, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Pangkalpinang:PGK:1TPI,Tanjung Pandan:TJD:2TPI',
  },
  {
    code: 'LAMPUNG', short: 'Lampung', province: 'Lampung', size: 'M', names: undefined,
    cities: 'Bandar Lampung:BDL,Metro:MET,Kotabumi:KTB,Kalianda:KLD,Kota Agung:KTA,Gunung Sugih:GSG,Menggala:MGL,Sukadana:SKD,Liwa:LWA,Way Kanan:WKN,Gedong Tataan:GDT,Way Hui:WHI',
    lapas: 6, rutan: 5, narkotika: true, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Bandar Lampung:BDL:1TPI,Kotabumi:KTB:2NTPI',
  },
  {
    code: 'DKI', short: 'DKI Jakarta', province: 'DKI Jakarta', size: 'L', names: undefined,
    cities: 'Cipinang:CPN,Salemba:SLB,Pondok Bambu:PBB,Jakarta Pusat:JKP,Jakarta Selatan:JKS,Jakarta Barat:JKB,Jakarta Utara:JKU,Jakarta Timur:JKT',
    lapas: 2, rutan: 5, narkotika: true, perempuan: true, lpka: true, bapas: 4, rupbasan: 5,
    offices: 'Jakarta Pusat:JKP,Jakarta Barat:JKB,Jakarta Selatan:JKS,Jakarta Timur:JKT,Jakarta Utara:JKU',
    hub: 'Jakarta:JKA',
    kanim: 'Jakarta Pusat:JKP:1NTPI,Jakarta Utara:JKU:1TPI,Jakarta Barat:JKB:1NTPI,Jakarta Selatan:JKS:1NTPI,Jakarta Timur:JKT:1NTPI',
  },
  {
    code: 'BANTEN', short: 'Banten', province: 'Banten', size: 'M', names: 'sunda',
    cities: 'Serang:SRG,Tangerang:TNG,Cilegon:CLN,Pandeglang:PDL,Rangkasbitung:RKB,Tangerang Selatan:TGS',
    lapas: 5, rutan: 4, narkotika: false, perempuan: true, lpka: true, bapas: 2, rupbasan: 2,
    kanim: 'Soekarno-Hatta:SHA:1TPI,Serang:SRG:1NTPI,Tangerang:TNG:1NTPI,Cilegon:CLN:2TPI',
  },
  {
    code: 'JABAR', short: 'Jabar', province: 'Jawa Barat', size: 'L', names: 'sunda',
    cities: 'Bandung:BDG,Bogor:BGR,Cirebon:CBN,Sukabumi:SKB,Tasikmalaya:TSM,Garut:GRT,Cianjur:CJR,Purwakarta:PWK,Karawang:KRW,Bekasi:BKI,Depok:DPK,Subang:SUB,Indramayu:IDM,Kuningan:KNG,Majalengka:MJL,Sumedang:SMD,Ciamis:CMS,Banjar:BJR,Cibinong:CBI,Gunung Sindur:GSD,Cikarang:CKR,Sukamiskin:SKM',
    lapas: 15, rutan: 9, narkotika: true, perempuan: true, lpka: true, bapas: 4, rupbasan: 3,
    kanim: 'Bandung:BDG:1TPI,Bogor:BGR:1NTPI,Depok:DPK:2NTPI,Bekasi:BKI:2NTPI,Karawang:KRW:1NTPI,Cirebon:CBN:2TPI,Sukabumi:SKB:2NTPI,Tasikmalaya:TSM:2NTPI,Cianjur:CJR:2NTPI',
  },
  {
    code: 'JATENG', short: 'Jateng', province: 'Jawa Tengah', size: 'L', names: undefined,
    cities: 'Semarang:SMG,Surakarta:SKA,Magelang:MGG,Pekalongan:PKL,Tegal:TGL,Purwokerto:PWT,Cilacap:CLP,Kudus:KDS,Pati:PTI,Jepara:JPR,Rembang:RBG,Blora:BLA,Salatiga:SLT,Klaten:KLT,Boyolali:BYL,Sragen:SRN,Wonogiri:WNG,Kendal:KDL,Demak:DMK,Purworejo:PWR,Kebumen:KBM,Banyumas:BMS,Purbalingga:PBG,Wonosobo:WSB,Temanggung:TMG,Batang:BTG,Pemalang:PML,Brebes:BBS',
    lapas: 13, rutan: 9, narkotika: true, perempuan: true, lpka: true, bapas: 5, rupbasan: 3,
    lapasExtra: 'Batu Nusakambangan:NKBT:I,Besi Nusakambangan:NKBS:IIA,Pasir Putih Nusakambangan:NKPP:IIA,Permisan Nusakambangan:NKPM:IIA,Karanganyar Nusakambangan:NKKA:IIA,Kembang Kuning Nusakambangan:NKKK:IIA',
    kanim: 'Semarang:SMG:1TPI,Surakarta:SKA:1TPI,Pekalongan:PKL:2NTPI,Cilacap:CLP:2TPI,Pati:PTI:2NTPI,Wonosobo:WSB:2NTPI,Pemalang:PML:2NTPI',
  },
  {
    code: 'DIY', short: 'DIY', province: 'DI Yogyakarta', size: 'S', names: undefined,
    cities: 'Yogyakarta:YOG,Sleman:SLM,Wates:WTS,Wonosari:WNS,Bantul:BTL',
    lapas: 3, rutan: 2, narkotika: true, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Yogyakarta:YOG:1TPI,Wonosari:WNS:2NTPI',
  },
  {
    code: 'JATIM', short: 'Jatim', province: 'Jawa Timur', size: 'L', names: undefined,
    cities: 'Surabaya:SBY,Malang:MLG,Kediri:KDR,Madiun:MAD,Blitar:BLT,Mojokerto:MJK,Pasuruan:PSR,Probolinggo:PRB,Jember:JBR,Banyuwangi:BWI,Bojonegoro:BJN,Tuban:TUB,Lamongan:LMG,Gresik:GRS,Sidoarjo:SDA,Jombang:JBG,Nganjuk:NGJ,Ngawi:NGW,Magetan:MGT,Ponorogo:PNG,Pacitan:PCT,Trenggalek:TRK,Tulungagung:TLA,Lumajang:LMJ,Bondowoso:BDW,Situbondo:STO,Bangkalan:BKA,Sampang:SPG,Pamekasan:PMK,Sumenep:SMP,Porong:POR,Lowokwaru:LWK',
    lapas: 17, rutan: 10, narkotika: true, perempuan: true, lpka: true, bapas: 5, rupbasan: 3,
    kanim: 'Surabaya:SBY:1TPI,Tanjung Perak:TPK:1TPI,Malang:MLG:1TPI,Kediri:KDR:2NTPI,Blitar:BLT:2NTPI,Madiun:MAD:2NTPI,Jember:JBR:2NTPI,Banyuwangi:BWI:2TPI,Pamekasan:PMK:2NTPI,Ponorogo:PNG:2NTPI',
  },
  {
    code: 'BALI', short: 'Bali', province: 'Bali', size: 'S', names: 'bali',
    cities: 'Denpasar:DPS,Singaraja:SGR,Tabanan:TAB,Gianyar:GIN,Klungkung:KLK,Bangli:BGL,Karangasem:KRA,Negara:NGR,Kerobokan:KRB',
    lapas: 4, rutan: 3, narkotika: true, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Ngurah Rai:NRI:1TPI,Denpasar:DPS:1TPI,Singaraja:SGR:2NTPI',
  },
  {
    code: 'NTB', short: 'NTB', province: 'Nusa Tenggara Barat', size: 'S', names: undefined,
    cities: 'Mataram:MTR,Selong:SLG,Praya:PRY,Sumbawa Besar:SBW,Dompu:DOM,Bima:BIM,Gerung:GRG,Tanjung Lombok:TJL',
    lapas: 4, rutan: 3, narkotika: false, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Mataram:MTR:1TPI,Sumbawa Besar:SBW:2TPI,Bima:BIM:2TPI',
  },
  {
    code: 'NTT', short: 'NTT', province: 'Nusa Tenggara Timur', size: 'M', names: 'ntt',
    cities: 'Kupang:KPG,Atambua:ATB,Ende:END,Maumere:MMR,Waingapu:WGP,Ruteng:RTG,Kalabahi:KLB,Soe:SOE,Kefamenanu:KFM,Labuan Bajo:LBJ,Bajawa:BJW,Larantuka:LRT,Waikabubak:WKB',
    lapas: 6, rutan: 4, narkotika: false, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Kupang:KPG:1TPI,Atambua:ATB:2TPI,Maumere:MMR:2TPI,Labuan Bajo:LBJ:2TPI',
  },
  {
    code: 'KALBAR', short: 'Kalbar', province: 'Kalimantan Barat', size: 'M', names: undefined,
    cities: 'Pontianak:PNK,Singkawang:SKW,Sambas:SBS,Mempawah:MPW,Sanggau:SGU,Sintang:STG,Ketapang:KTP,Putussibau:PTS,Ngabang:NGB,Bengkayang:BKY',
    lapas: 5, rutan: 4, narkotika: true, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Pontianak:PNK:1TPI,Singkawang:SKW:2TPI,Entikong:ENT:2TPI,Sanggau:SGU:2NTPI,Ketapang:KTP:2TPI,Putussibau:PTS:2NTPI',
  },
  {
    code: 'KALTENG', short: 'Kalteng', province: 'Kalimantan Tengah', size: 'S', names: undefined,
    cities: 'Palangka Raya:PKY,Sampit:SPT,Pangkalan Bun:PBN,Kuala Kapuas:KKP,Muara Teweh:MTW,Buntok:BTK,Kasongan:KSG,Tamiang Layang:TML',
    lapas: 5, rutan: 3, narkotika: true, perempuan: false, lpka: false, bapas: 1, rupbasan: 1,
    kanim: 'Palangka Raya:PKY:1TPI,Sampit:SPT:2TPI',
  },
  {
    code: 'KALSEL', short: 'Kalsel', province: 'Kalimantan Selatan', size: 'M', names: undefined,
    cities: 'Banjarmasin:BJM,Banjarbaru:BJB,Martapura:MTA,Kotabaru:KTR,Barabai:BRB,Kandangan:KDG,Rantau:RTU,Amuntai:AMT,Tanjung Tabalong:TJT,Pelaihari:PLH',
    lapas: 6, rutan: 4, narkotika: true, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Banjarmasin:BJM:1TPI,Batulicin:BTI:2TPI',
  },
  {
    code: 'KALTIM', short: 'Kaltim', province: 'Kalimantan Timur', size: 'M', names: undefined,
    cities: 'Samarinda:SMR,Balikpapan:BPN,Tenggarong:TGR,Bontang:BON,Tanjung Redeb:TRB,Tarakan:TRA,Nunukan:NNK,Tanjung Selor:TJS,Tana Paser:TGT',
    lapas: 6, rutan: 4, narkotika: true, perempuan: true, lpka: true, bapas: 2, rupbasan: 1,
    kanim: 'Samarinda:SMR:1TPI,Balikpapan:BPN:1TPI,Tarakan:TRA:2TPI,Nunukan:NNK:2TPI,Tanjung Redeb:TRB:2TPI',
  },
  {
    code: 'SULUT', short: 'Sulut', province: 'Sulawesi Utara', size: 'S', names: 'minahasa',
    cities: 'Manado:MND,Bitung:BIT,Tomohon:TMH,Kotamobagu:KTG,Tondano:TDO,Amurang:AMR,Airmadidi:AMD,Tahuna:THN',
    lapas: 5, rutan: 3, narkotika: false, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Manado:MND:1TPI,Bitung:BIT:2TPI,Tahuna:THN:2TPI,Kotamobagu:KTG:2NTPI',
  },
  {
    code: 'GORONTALO', short: 'Gorontalo', province: 'Gorontalo', size: 'S', names: undefined,
    cities: 'Gorontalo:GTO,Limboto:LBT,Marisa:MRS,Kwandang:KWD,Tilamuta:TLM',
    lapas: 2, rutan: 2, narkotika: false, perempuan: true, lpka: false, bapas: 1, rupbasan: 1,
    kanim: 'Gorontalo:GTO:1TPI',
  },
  {
    code: 'SULTENG', short: 'Sulteng', province: 'Sulawesi Tengah', size: 'S', names: 'bugis',
    cities: 'Palu:PAL,Poso:PSO,Luwuk:LUW,Tolitoli:TLI,Donggala:DGL,Parigi:PRI,Ampana:AMP,Kolonodale:KLN,Bungku:BGK,Buol:BUO',
    lapas: 5, rutan: 4, narkotika: true, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Palu:PAL:1TPI,Luwuk:LUW:2TPI',
  },
  {
    code: 'SULBAR', short: 'Sulbar', province: 'Sulawesi Barat', size: 'S', names: 'bugis',
    cities: 'Mamuju:MMJ,Polewali:PLW,Majene:MJN,Mamasa:MMS,Pasangkayu:PSK',
    lapas: 2, rutan: 2, narkotika: false, perempuan: false, lpka: false, bapas: 1, rupbasan: 0,
    kanim: 'Polewali:PLW:2NTPI',
  },
  {
    code: 'SULSEL', short: 'Sulsel', province: 'Sulawesi Selatan', size: 'L', names: 'bugis',
    cities: 'Makassar:MKS,Parepare:PRE,Palopo:PLP,Watampone:WTP,Bulukumba:BLK,Sinjai:SNJ,Maros:MRO,Pangkajene:PKJ,Barru:BRU,Sengkang:SKG,Sidrap:SDR,Enrekang:ENR,Makale:MKL,Jeneponto:JNP,Takalar:TKL,Sungguminasa:SGM,Selayar:SLY,Bantaeng:BTN,Pinrang:PIN,Masamba:MSM',
    lapas: 10, rutan: 6, narkotika: true, perempuan: true, lpka: true, bapas: 2, rupbasan: 2,
    kanim: 'Makassar:MKS:1TPI,Parepare:PRE:2TPI,Palopo:PLP:2TPI,Watampone:WTP:2NTPI',
  },
  {
    code: 'SULTRA', short: 'Sultra', province: 'Sulawesi Tenggara', size: 'S', names: 'bugis',
    cities: 'Kendari:KDI,Baubau:BAU,Raha:RAH,Kolaka:KLA,Unaaha:UNH,Andolo:ADL,Wangi-Wangi:WGW,Lasusua:LSS',
    lapas: 5, rutan: 3, narkotika: false, perempuan: false, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Kendari:KDI:1TPI,Baubau:BAU:2TPI',
  },
  {
    code: 'MALUKU', short: 'Maluku', province: 'Maluku', size: 'S', names: 'maluku',
    cities: 'Ambon:AMB,Tual:TUL,Masohi:MSH,Saumlaki:SML,Namlea:NML,Dobo:DOB,Piru:PRU,Bula:BUL',
    lapas: 5, rutan: 3, narkotika: false, perempuan: true, lpka: true, bapas: 1, rupbasan: 1,
    kanim: 'Ambon:AMB:1TPI,Tual:TUL:2TPI',
  },
  {
    code: 'MALUT', short: 'Malut', province: 'Maluku Utara', size: 'S', names: 'maluku',
    cities: 'Ternate:TTE,Tobelo:TBO,Soasio:SOA,Labuha:LBH,Sanana:SNN,Jailolo:JLL',
    lapas: 3, rutan: 2, narkotika: false, perempuan: false, lpka: false, bapas: 1, rupbasan: 0,
    kanim: 'Ternate:TTE:1TPI,Tobelo:TBO:2TPI',
  },
  {
    code: 'PAPUA', short: 'Papua', province: 'Papua', size: 'M', names: 'papua',
    cities: 'Jayapura:JAP,Merauke:MRK,Biak:BIK,Nabire:NBX,Timika:TIM,Wamena:WMN,Serui:SRU,Sarmi:SMI,Abepura:ABE',
    lapas: 7, rutan: 3, narkotika: true, perempuan: false, lpka: false, bapas: 1, rupbasan: 1,
    kanim: 'Jayapura:JAP:1TPI,Merauke:MRK:2TPI,Biak:BIK:2TPI,Timika:TIM:2TPI',
  },
  {
    code: 'PABAR', short: 'Pabar', province: 'Papua Barat', size: 'S', names: 'papua',
    cities: 'Manokwari:MKW,Sorong:SOQ,Fakfak:FKQ,Kaimana:KMN,Teminabuan:TMB,Bintuni:BTU',
    lapas: 3, rutan: 2, narkotika: false, perempuan: false, lpka: false, bapas: 1, rupbasan: 1,
    kanim: 'Sorong:SOQ:1TPI,Manokwari:MKW:2TPI,Fakfak:FKQ:2TPI',
  },
];

/** Immigration detention centres (13) and estates offices (5): `City:ABR:PROVINCECODE`. */
export const RUDENIM = 'Jakarta:JKA:DKI,Medan:MDN:SUMUT,Pekanbaru:PKU:RIAU,Tanjungpinang:TNP:KEPRI,Pontianak:PNK:KALBAR,Denpasar:DPS:BALI,Kupang:KPG:NTT,Makassar:MKS:SULSEL,Manado:MND:SULUT,Balikpapan:BPN:KALTIM,Surabaya:SBY:JATIM,Semarang:SMG:JATENG,Jayapura:JAP:PAPUA';
export const BHP = 'Jakarta:JKA:DKI,Semarang:SMG:JATENG,Surabaya:SBY:JATIM,Medan:MDN:SUMUT,Makassar:MKS:SULSEL';

export interface Eselon1Spec {
  code: string;
  name: string;
  abbr: string;
  /** A second alias for units whose abbreviation is the code itself. */
  altAlias?: string;
  staff: number;
}

export const ESELON1: readonly Eselon1Spec[] = [
  { code: 'SETJEN', name: 'Sekretariat Jenderal', abbr: 'Setjen', staff: 2000 },
  { code: 'ITJEN', name: 'Inspektorat Jenderal', abbr: 'Itjen', staff: 340 },
  { code: 'DITJENPP', name: 'Direktorat Jenderal Peraturan Perundang-undangan', abbr: 'Ditjen PP', staff: 430 },
  { code: 'DITJENAHU', name: 'Direktorat Jenderal Administrasi Hukum Umum', abbr: 'Ditjen AHU', staff: 680 },
  { code: 'DITJENPAS', name: 'Direktorat Jenderal Pemasyarakatan', abbr: 'Ditjenpas', staff: 900 },
  { code: 'DITJENIM', name: 'Direktorat Jenderal Imigrasi', abbr: 'Ditjenim', staff: 1200 },
  { code: 'DJKI', name: 'Direktorat Jenderal Kekayaan Intelektual', abbr: 'DJKI', altAlias: 'Ditjen KI', staff: 780 },
  { code: 'DITJENHAM', name: 'Direktorat Jenderal Hak Asasi Manusia', abbr: 'Ditjen HAM', staff: 350 },
  { code: 'BPHN', name: 'Badan Pembinaan Hukum Nasional', abbr: 'BPHN', altAlias: 'BPHN Kemenkumham', staff: 420 },
  { code: 'BSK', name: 'Badan Strategi Kebijakan Hukum dan HAM', abbr: 'BSK', altAlias: 'BSK Hukum dan HAM', staff: 330 },
  { code: 'BPSDM', name: 'Badan Pengembangan Sumber Daya Manusia Hukum dan HAM', abbr: 'BPSDM', altAlias: 'BPSDM Hukum dan HAM', staff: 570 },
];
