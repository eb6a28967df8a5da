// How a unit is written in the exports: its official name most of the time, sometimes its
// code or an alias, and for a few units a home-made variant that matches nothing in the
// registry (so the dashboard has unmatched units to show).

import { strictKey } from './format';
import type { Rng } from './random';
import { registryKeys, type Unit } from './registry';

interface Variant {
  code: string;
  value: string;
  /** Also used in the HR roster (otherwise only typed by people in the pledge form). */
  roster: boolean;
}

const VARIANTS: readonly Variant[] = [
  { code: 'LAPAS-PLG-1', value: 'Lapas Plg', roster: true },
  { code: 'KANIM-MDN-1TPI', value: 'Kanim Kls I Medan', roster: true },
  { code: 'RUTAN-PBB-2B', value: 'Rutan Pondok Bambu Lama', roster: true },
  { code: 'LAPAS-CPN-1', value: 'LP Cipinang', roster: true },
  { code: 'BAPAS-PLG-1', value: 'Bapas Klas I Palembang', roster: true },
  { code: 'KW-JATIM', value: 'Kanwil Kemenkumham Jawa Timur', roster: true },
  { code: 'RUTAN-SBY-1', value: 'Rutan Medaeng', roster: true },
  { code: 'KANIM-BTM-1TPI', value: 'Imigrasi Batam', roster: true },
  { code: 'SETJEN', value: 'Sekretariat Jenderal Kemenkumham', roster: false },
  { code: 'SETJEN', value: 'Setjen Kemenkumham RI', roster: false },
  { code: 'DITJENIM', value: 'Ditjen Imigrasi', roster: false },
  { code: 'DITJENPAS', value: 'Dirjen Pemasyarakatan', roster: false },
  { code: 'KW-SUMSEL', value: 'Kanwil Kemenkumham Sumatera Selatan', roster: false },
  { code: 'KW-JABAR', value: 'Kanwil Kemenkumham Jawa Barat', roster: false },
  { code: 'LAPAS-SMG-1', value: 'Lapas Kedungpane', roster: false },
  { code: 'LAPAS-MDN-1', value: 'Lapas Tanjung Gusta', roster: false },
  { code: 'LAPAS-BDG-1', value: 'Lapas Sukamiskin Bandung', roster: false },
  { code: 'KANIM-SHA-1TPI', value: 'Imigrasi Bandara Soetta', roster: false },
];

export type TextMix = { code: number; alias: number; variant: number };

export class UnitTexts {
  private readonly rosterVariants = new Map<string, string[]>();
  private readonly formVariants = new Map<string, string[]>();

  constructor(units: readonly Unit[]) {
    const codes = new Set(units.map((u) => u.code));
    const keys = registryKeys(units);
    for (const v of VARIANTS) {
      if (!codes.has(v.code)) throw new Error(`variant for unknown unit ${v.code}`);
      if (keys.has(strictKey(v.value))) throw new Error(`variant "${v.value}" matches the registry`);
      if (v.roster) push(this.rosterVariants, v.code, v.value);
      push(this.formVariants, v.code, v.value);
    }
  }

  /** All unmatched values that may appear, for checks and the report. */
  static allVariants(): string[] {
    return VARIANTS.map((v) => v.value);
  }

  hasVariant(unit: Unit, where: 'roster' | 'form'): boolean {
    return (where === 'roster' ? this.rosterVariants : this.formVariants).has(unit.code);
  }

  variant(unit: Unit, where: 'roster' | 'form', rng: Rng): string {
    const list = (where === 'roster' ? this.rosterVariants : this.formVariants).get(unit.code);
    if (!list) throw new Error(`no variant for ${unit.code}`);
    return rng.pick(list);
  }

  /**
   * The unit as written: a variant with probability `mix.variant` (only for units that have
   * one), else the code / an alias / the official name.
   */
  write(unit: Unit, where: 'roster' | 'form', mix: TextMix, rng: Rng): string {
    if (this.hasVariant(unit, where) && rng.chance(mix.variant)) return this.variant(unit, where, rng);
    const r = rng.next();
    if (r < mix.code) return unit.code;
    if (r < mix.code + mix.alias && unit.aliases.length > 0) return rng.pick(unit.aliases);
    return unit.name;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
