import type { Filters } from '../metrics/filters';
import type { UnitInfo } from '../metrics/units';
import { CATEGORIES, SOURCES } from '../schema/codes';

// The views one filter change away from the current one, most used first: their KPIs are worked
// out while the page is idle, so that a leader's next click on a Kanwil, a directorate, a unit type
// or a case filter shows its figures at once.
export function oneClickAway(f: Filters, registry: readonly UnitInfo[]): Filters[] {
  const codes = (type: string) => registry.filter((u) => u.type === type).map((u) => u.code);
  const choices: [keyof Filters, (string | null)[]][] = [
    ['kanwil', [null, ...codes('kanwil'), 'PUSAT']],
    ['directorate', [null, ...codes('eselon1'), 'KANWIL']],
    ['unitType', [null, 'kanwil', 'eselon1', 'upt']],
    ['status', [null, 'open', 'closed']],
    ['category', [null, ...CATEGORIES.map((c) => c.code)]],
    ['source', [null, ...SOURCES.map((c) => c.code)]],
  ];
  const out: Filters[] = [];
  for (const [key, values] of choices) {
    for (const value of values) if (value !== (f[key] ?? null)) out.push({ ...f, [key]: value });
  }
  return out;
}
