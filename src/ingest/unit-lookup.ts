import type { TableRow } from '../schema/tables';
import { unitKey } from './unit-key';

/**
 * Key → unit code: a unit value matches by code, then by name, then by alias (contract section 2).
 * A key taken by an earlier pass or an earlier registry row is not overwritten. `extraAliases`
 * are the analyst's own choices (value → unit code), tried after the registry's.
 */
export function buildUnitLookup(units: readonly TableRow[], extraAliases: Readonly<Record<string, string>> = {}): [string, string][] {
  const lookup = new Map<string, string>();
  const add = (value: string | null, code: string) => {
    const key = value ? unitKey(value) : '';
    if (key !== '' && !lookup.has(key)) lookup.set(key, code);
  };
  for (const u of units) add(u[0], u[0]!);
  for (const u of units) add(u[1], u[0]!);
  for (const u of units) for (const alias of (u[6] ?? '').split('|')) add(alias, u[0]!);
  const codes = new Set(units.map((u) => u[0]));
  for (const [value, code] of Object.entries(extraAliases)) if (codes.has(code)) add(value, code);
  return [...lookup.entries()];
}
