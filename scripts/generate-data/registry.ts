// Builds the unit registry (Eselon I units, Kanwil, UPTs) from the tables in provinces.ts.
// The structure does not depend on the seed; only staff sizes do (see roster.ts).

import { strictKey } from './format';
import { BHP, ESELON1, PROVINCES, RUDENIM, type ProvinceSize, type ProvinceSpec } from './provinces';

export type UnitType = 'eselon1' | 'kanwil' | 'upt';
export type UnitKind =
  | 'eselon1' | 'kanwil'
  | 'lapas' | 'lapas_narkotika' | 'lapas_perempuan' | 'rutan' | 'lpka' | 'bapas' | 'rupbasan'
  | 'kanim' | 'rudenim' | 'bhp';

export interface Unit {
  code: string;
  name: string;
  type: UnitType;
  kind: UnitKind;
  /** Class as written in the name: I, IIA, IIB, III, II, or 1TPI / 1NTPI / 2TPI / 2NTPI for Kanim. */
  cls: string;
  kanwilCode: string;
  eselon1Code: string;
  province: string;
  /** Kanwil short name (`Sumsel`), empty for central units. */
  kanwilShort: string;
  provinceSpec: ProvinceSpec | null;
  city: string;
  aliases: string[];
  /** Staff size hint for the roster plan (central units) or size class of the province. */
  size: ProvinceSize;
  baseStaff: number;
}

interface City {
  name: string;
  abbr: string;
}

function parseCities(list: string): City[] {
  return list.split(',').map((entry) => {
    const [name, abbr] = entry.split(':');
    return { name, abbr };
  });
}

function parseTriples(list: string): { city: City; third: string }[] {
  return list.split(',').map((entry) => {
    const [name, abbr, third] = entry.split(':');
    return { city: { name, abbr }, third };
  });
}

const CLASS_CODE: Record<string, string> = { I: '1', II: '2', IIA: '2A', IIB: '2B', III: '3' };

const KANIM_CLASS_NAME: Record<string, string> = {
  '1TPI': 'Kelas I TPI', '1NTPI': 'Kelas I Non TPI', '2TPI': 'Kelas II TPI', '2NTPI': 'Kelas II Non TPI',
};

const PAS_KINDS: Record<string, { prefix: string; name: string; alias: string }> = {
  lapas: { prefix: 'LAPAS', name: 'Lembaga Pemasyarakatan', alias: 'Lapas' },
  lapas_narkotika: { prefix: 'LAPASN', name: 'Lembaga Pemasyarakatan Narkotika', alias: 'Lapas Narkotika' },
  lapas_perempuan: { prefix: 'LAPASP', name: 'Lembaga Pemasyarakatan Perempuan', alias: 'Lapas Perempuan' },
  rutan: { prefix: 'RUTAN', name: 'Rumah Tahanan Negara', alias: 'Rutan' },
  lpka: { prefix: 'LPKA', name: 'Lembaga Pembinaan Khusus Anak', alias: 'LPKA' },
  bapas: { prefix: 'BAPAS', name: 'Balai Pemasyarakatan', alias: 'Bapas' },
  rupbasan: { prefix: 'RUPBASAN', name: 'Rumah Penyimpanan Benda Sitaan Negara', alias: 'Rupbasan' },
};

function kanwilCode(spec: ProvinceSpec): string {
  return `KW-${spec.code}`;
}

function uptBase(spec: ProvinceSpec, city: City): Omit<Unit, 'code' | 'name' | 'kind' | 'cls' | 'eselon1Code' | 'aliases'> {
  return {
    type: 'upt', kanwilCode: kanwilCode(spec), province: spec.province, kanwilShort: spec.short,
    provinceSpec: spec, city: city.name, size: spec.size, baseStaff: 0,
  };
}

function pasUnit(spec: ProvinceSpec, kind: keyof typeof PAS_KINDS, cls: string, city: City): Unit {
  const k = PAS_KINDS[kind];
  return {
    ...uptBase(spec, city),
    code: `${k.prefix}-${city.abbr}-${CLASS_CODE[cls]}`,
    name: `${k.name} Kelas ${cls} ${city.name}`,
    kind: kind as UnitKind,
    cls,
    eselon1Code: 'DITJENPAS',
    aliases: [`${k.alias} ${city.name}`, `${k.alias} Kelas ${cls} ${city.name}`],
  };
}

/** Class of the i-th general Lapas of a province (0 = the seat). */
function lapasClass(i: number, n: number, size: ProvinceSize): string {
  if (i === 0) return size === 'S' ? 'IIA' : size === 'M' ? 'IIA' : 'I';
  const nIIA = Math.round(n * (size === 'L' ? 0.3 : 0.2));
  const nIII = Math.round(n * 0.12);
  if (i <= nIIA) return 'IIA';
  if (i >= n - nIII) return 'III';
  return 'IIB';
}

function rutanClass(i: number, n: number, size: ProvinceSize): string {
  if (i === 0) return size === 'L' ? 'I' : size === 'M' ? 'IIA' : 'IIB';
  return i <= Math.round(n * 0.15) ? 'IIA' : 'IIB';
}

function takeCities(cities: City[], n: number, what: string, spec: ProvinceSpec): City[] {
  if (n > cities.length) throw new Error(`${spec.code}: ${n} ${what} but only ${cities.length} cities`);
  return cities.slice(0, n);
}

function pemasyarakatanUnits(spec: ProvinceSpec): Unit[] {
  const cities = parseCities(spec.cities);
  const offices = spec.offices ? parseCities(spec.offices) : cities;
  const hub = spec.hub ? parseCities(spec.hub)[0] : cities[0];
  const out: Unit[] = [];
  takeCities(cities, spec.lapas, 'lapas', spec).forEach((city, i) => {
    out.push(pasUnit(spec, 'lapas', lapasClass(i, spec.lapas, spec.size), city));
  });
  if (spec.lapasExtra) {
    for (const { city, third } of parseTriples(spec.lapasExtra)) out.push(pasUnit(spec, 'lapas', third, city));
  }
  if (spec.narkotika) out.push(pasUnit(spec, 'lapas_narkotika', 'IIA', hub));
  if (spec.perempuan) out.push(pasUnit(spec, 'lapas_perempuan', spec.size === 'S' ? 'III' : 'IIA', hub));
  takeCities(cities, spec.rutan, 'rutan', spec).forEach((city, i) => {
    out.push(pasUnit(spec, 'rutan', rutanClass(i, spec.rutan, spec.size), city));
  });
  if (spec.lpka) out.push(pasUnit(spec, 'lpka', spec.size === 'L' ? 'I' : 'II', hub));
  takeCities(offices, spec.bapas, 'bapas', spec).forEach((city, i) => {
    out.push(pasUnit(spec, 'bapas', i === 0 && spec.size !== 'S' ? 'I' : 'II', city));
  });
  takeCities(offices, spec.rupbasan, 'rupbasan', spec).forEach((city, i) => {
    out.push(pasUnit(spec, 'rupbasan', i === 0 && spec.size === 'L' ? 'I' : 'II', city));
  });
  return out;
}

function kanimUnits(spec: ProvinceSpec): Unit[] {
  return parseTriples(spec.kanim).map(({ city, third }) => ({
    ...uptBase(spec, city),
    code: `KANIM-${city.abbr}-${third}`,
    name: `Kantor Imigrasi ${KANIM_CLASS_NAME[third]} ${city.name}`,
    kind: 'kanim' as const,
    cls: third,
    eselon1Code: 'DITJENIM',
    aliases: [`Kanim ${city.name}`, `Kantor Imigrasi ${city.name}`],
  }));
}

function singleCityUnits(list: string, spec: ProvinceSpec, kind: 'rudenim' | 'bhp'): Unit[] {
  return parseTriples(list)
    .filter(({ third }) => third === spec.code)
    .map(({ city }) => ({
      ...uptBase(spec, city),
      code: `${kind === 'rudenim' ? 'RUDENIM' : 'BHP'}-${city.abbr}`,
      name: `${kind === 'rudenim' ? 'Rumah Detensi Imigrasi' : 'Balai Harta Peninggalan'} ${city.name}`,
      kind,
      cls: '',
      eselon1Code: kind === 'rudenim' ? 'DITJENIM' : 'DITJENAHU',
      aliases: [`${kind === 'rudenim' ? 'Rudenim' : 'BHP'} ${city.name}`],
    }));
}

function eselon1Units(): Unit[] {
  return ESELON1.map((e) => ({
    code: e.code, name: e.name, type: 'eselon1' as const, kind: 'eselon1' as const, cls: '',
    kanwilCode: '', eselon1Code: e.code, province: 'DKI Jakarta', kanwilShort: '', provinceSpec: null,
    city: 'Jakarta', size: 'L' as const, baseStaff: e.staff,
    aliases: e.altAlias ? [e.abbr, e.altAlias] : [e.abbr],
  }));
}

function kanwilUnit(spec: ProvinceSpec): Unit {
  return {
    code: kanwilCode(spec),
    name: `Kantor Wilayah Kementerian Hukum dan HAM ${spec.province}`,
    type: 'kanwil', kind: 'kanwil', cls: '',
    kanwilCode: kanwilCode(spec), eselon1Code: '', province: spec.province, kanwilShort: spec.short,
    provinceSpec: spec, city: parseCities(spec.cities)[0].name, size: spec.size, baseStaff: 0,
    aliases: [`Kanwil Kemenkumham ${spec.short}`, `Kanwil ${spec.short}`],
  };
}

/**
 * Drops aliases that are ambiguous (used by two units), repeated within a unit, or equal to
 * another unit's code or name. An alias equal to the unit's own code is kept (it resolves to
 * the same unit; the Eselon I abbreviations `Setjen`, `Ditjenpas` are such cases).
 */
function cleanAliases(units: Unit[]): void {
  const ownerOf = new Map<string, string>();
  for (const u of units) {
    ownerOf.set(strictKey(u.code), u.code);
    ownerOf.set(strictKey(u.name), u.code);
  }
  const aliasCount = new Map<string, number>();
  for (const u of units) {
    for (const a of new Set(u.aliases.map(strictKey))) aliasCount.set(a, (aliasCount.get(a) ?? 0) + 1);
  }
  for (const u of units) {
    const seen = new Set<string>();
    u.aliases = u.aliases.filter((a) => {
      const k = strictKey(a);
      const owner = ownerOf.get(k);
      const ok = (owner === undefined || owner === u.code) && aliasCount.get(k) === 1 && !seen.has(k);
      seen.add(k);
      return ok;
    });
  }
}

function assertUnique(units: Unit[]): void {
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const u of units) {
    if (!/^[A-Z0-9-]+$/.test(u.code)) throw new Error(`bad unit code ${u.code}`);
    if (codes.has(u.code)) throw new Error(`duplicate unit code ${u.code}`);
    if (names.has(u.name)) throw new Error(`duplicate unit name ${u.name}`);
    codes.add(u.code);
    names.add(u.name);
  }
  const abbrOf = new Map<string, string>();
  const cityOf = new Map<string, string>();
  for (const u of units) {
    const abbr = u.code.split('-')[1];
    if (u.type !== 'upt' || abbr === undefined) continue;
    const prevAbbr = abbrOf.get(u.city);
    const prevCity = cityOf.get(abbr);
    if ((prevAbbr && prevAbbr !== abbr) || (prevCity && prevCity !== u.city)) {
      throw new Error(`city code clash: ${u.city}/${abbr} vs ${prevCity ?? ''}/${prevAbbr ?? ''}`);
    }
    abbrOf.set(u.city, abbr);
    cityOf.set(abbr, u.city);
  }
}

/** The full registry in file order: Eselon I units, the 33 Kanwil, then UPTs province by province. */
export function buildRegistry(): Unit[] {
  const units: Unit[] = [...eselon1Units(), ...PROVINCES.map(kanwilUnit)];
  for (const spec of PROVINCES) {
    units.push(
      ...pemasyarakatanUnits(spec),
      ...kanimUnits(spec),
      ...singleCityUnits(RUDENIM, spec, 'rudenim'),
      ...singleCityUnits(BHP, spec, 'bhp'),
    );
  }
  assertUnique(units);
  cleanAliases(units);
  return units;
}

/** Every key (code, name, alias) a unit value can match, as strict keys. */
export function registryKeys(units: readonly Unit[]): Set<string> {
  const keys = new Set<string>();
  for (const u of units) {
    keys.add(strictKey(u.code));
    keys.add(strictKey(u.name));
    for (const a of u.aliases) keys.add(strictKey(a));
  }
  return keys;
}
