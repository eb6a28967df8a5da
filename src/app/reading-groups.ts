import type { PriorKeys } from '../ingest/combine';
import type { Kind } from '../schema/columns';

// How an upload's files are shared out among reading workers: each kind whole in one group (its
// duplicate rules span its files), the largest kinds first to the least loaded group; files of no
// known kind (they load nothing) go with the smallest group. Indexes keep the upload's order.
export function readingGroups(files: readonly { readonly kind?: Kind | null; readonly file: { readonly size: number } }[], slots: number): number[][] {
  const byKind = new Map<string, number[]>();
  for (const [i, f] of files.entries()) {
    const key = f.kind ?? '';
    byKind.set(key, [...(byKind.get(key) ?? []), i]);
  }
  const size = (idx: readonly number[]) => idx.reduce((n, i) => n + files[i].file.size, 0);
  const known = [...byKind].filter(([k]) => k !== '').map(([, idx]) => idx).sort((a, b) => size(b) - size(a));
  const groups: number[][] = Array.from({ length: Math.max(1, Math.min(slots, known.length)) }, () => []);
  const smallest = () => groups.reduce((best, g) => (size(g) < size(best) ? g : best), groups[0]);
  for (const idx of known) smallest().push(...idx);
  smallest().push(...(byKind.get('') ?? []));
  return groups.filter((g) => g.length > 0).map((g) => [...g].sort((a, b) => a - b));
}

/** The keys loaded before, for the kinds one group reads only. */
export function priorFor(prior: PriorKeys, kinds: readonly (Kind | null | undefined)[]): PriorKeys {
  const has = (k: Kind) => kinds.includes(k);
  return {
    units: has('units') ? prior.units : undefined,
    employees: has('employees') ? prior.employees : undefined,
    signatures: has('signatures') ? prior.signatures : undefined,
    incidents: has('incidents') ? prior.incidents : undefined,
  };
}
