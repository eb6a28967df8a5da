import type { CodeEntry } from '../schema/codes';

// Codes are case-insensitive; spaces, hyphens and underscores are equivalent (contract section 2).
export const codeKey = (value: string): string => value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

const cache = new WeakMap<readonly CodeEntry[], Map<string, string>>();

function indexOf(list: readonly CodeEntry[]): Map<string, string> {
  let index = cache.get(list);
  if (!index) {
    index = new Map();
    for (const entry of list) {
      for (const text of [entry.code, entry.id, entry.en]) {
        const key = codeKey(text);
        if (!index.has(key)) index.set(key, entry.code);
      }
    }
    cache.set(list, index);
  }
  return index;
}

/** The code a value names (its code, Indonesian label or English gloss, as a whole), or null. */
export function matchCode(list: readonly CodeEntry[], value: string): string | null {
  return indexOf(list).get(codeKey(value)) ?? null;
}
