// Unit values are compared after case-folding, removing punctuation and folding white space.
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function computeKey(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Exports repeat a few hundred unit values across many rows: remember the recent keys. */
export function unitKey(value: string): string {
  let key = cache.get(value);
  if (key === undefined) {
    key = computeKey(value);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(value, key);
  }
  return key;
}
