import { toCsv } from './csv';

export interface RegistryUnit {
  code: string;
  name: string;
  type: string;
  kanwilCode: string | null;
  directorateCode: string | null;
  province: string | null;
  aliases: readonly string[];
  headcount: number | null;
}

/** The column names of a units file (data contract, section 1). */
export const REGISTRY_HEADER = [
  'unit_code', 'unit_name', 'unit_type', 'kanwil_code', 'directorate_code', 'province', 'aliases', 'headcount',
] as const;

const fold = (alias: string): string => alias.trim().normalize('NFKC').toLowerCase();

// `|` separates aliases in the file; unit values are compared with punctuation and symbols
// read as spaces (unitKey), so an alias holding `|` is written with a space instead.
const clean = (alias: string): string => alias.replace(/\|/g, ' ').trim();

/** A unit's aliases, then the extra ones: blanks and repeats (trimmed, case-folded) dropped. */
function mergedAliases(own: readonly string[], extra: readonly string[]): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const alias of [...own, ...extra].map(clean)) {
    const key = fold(alias);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(alias);
  }
  return kept.join('|');
}

/**
 * The unit registry as a units CSV file (with BOM), each unit's aliases followed by the extra
 * aliases (alias value → unit code) that point at it, sorted. Extra aliases naming a code that
 * is not in the registry are left out.
 */
export function registryCsv(units: readonly RegistryUnit[], extraAliases: Readonly<Record<string, string>>): string {
  const extraByCode = new Map<string, string[]>();
  for (const [alias, code] of Object.entries(extraAliases)) {
    const list = extraByCode.get(code.trim()) ?? [];
    list.push(alias);
    extraByCode.set(code.trim(), list);
  }
  const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const sortedExtras = (code: string): string[] =>
    [...(extraByCode.get(code) ?? [])].sort((a, b) => byText(fold(a), fold(b)) || byText(a, b));
  const rows = units.map((u) => [
    u.code, u.name, u.type, u.kanwilCode, u.directorateCode, u.province,
    mergedAliases(u.aliases, sortedExtras(u.code.trim())), u.headcount,
  ]);
  return toCsv(REGISTRY_HEADER, rows, { bom: true });
}
