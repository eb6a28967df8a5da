import { KINDS, type Kind } from '../schema/columns';
import type { KindCounts } from '../state/local-store';

// What a load, an undo or "back to published" would do to the rows of each kind, and when to ask first.
export type Mode = 'replace' | 'append';
export type Modes = Partial<Record<Kind, Mode>>;

/**
 * The default per kind: a roster and a registry are sent whole (a new one replaces the old), signatures
 * and cases come in instalments (a late "susulan" file adds to what is loaded; a signature counted twice
 * counts once, a case sent again updates the earlier one).
 */
export const DEFAULT_MODES: Readonly<Record<Kind, Mode>> = { units: 'replace', employees: 'replace', signatures: 'append', incidents: 'append' };

export interface KindChange {
  readonly kind: Kind;
  readonly before: number;
  readonly after: number;
  readonly mode?: Mode; // how the load treats the kind (absent: the kind is not in the load)
}

/** Rows loaded per kind over files (a refused file loads none). */
export function countsOf(files: readonly { kind: string | null; loaded: number; problem: string | null }[]): KindCounts {
  const counts: Record<string, number> = {};
  for (const kind of KINDS) counts[kind] = 0;
  for (const f of files) if (f.kind && f.problem === null && f.kind in counts) counts[f.kind] += f.loaded;
  return counts as KindCounts;
}

/**
 * Before → after per kind for a load. `shown` is what the page shows; `base` what stays in the tables the
 * load writes into (the published aggregate form keeps only its registry as rows: an upload rebuilds the
 * figures from rows, so kinds not uploaded then fall to nothing). `incoming` holds the kinds the load brings.
 */
export function loadChanges(shown: KindCounts, base: KindCounts, incoming: Partial<KindCounts>, modes: Modes): KindChange[] {
  return KINDS.map((kind) => {
    const add = incoming[kind];
    if (add === undefined) return { kind, before: shown[kind] ?? 0, after: base[kind] ?? 0 };
    const mode = modes[kind] ?? DEFAULT_MODES[kind];
    return { kind, before: shown[kind] ?? 0, after: mode === 'append' ? (base[kind] ?? 0) + add : add, mode };
  });
}

/** Before → after per kind for going from the data shown to other data (undo, back to published). */
export function swapChanges(shown: KindCounts, next: KindCounts): KindChange[] {
  return KINDS.map((kind) => ({ kind, before: shown[kind] ?? 0, after: next[kind] ?? 0 }));
}

/** A load asks first when it would remove more than half of the loaded rows of some kind. */
export const removesOverHalf = (change: KindChange): boolean => change.before > 0 && change.before - change.after > change.before / 2;

export const needsQuestion = (changes: readonly KindChange[]): boolean => changes.some(removesOverHalf);

/** The most frequent reasons a file's rows were rejected, most frequent first. */
export function topReasons(rejects: readonly { reason: string }[], limit = 3): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rejects) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([reason, count]) => ({ reason, count }));
}
