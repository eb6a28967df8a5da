import { COLUMNS, headerKey, KINDS, type Kind } from '../schema/columns';

export { headerKey, isExactHeader } from '../schema/columns';

/** Column name → index of the header it comes from. */
export type HeaderMapping = Record<string, number>;

const words = (key: string): string[] => key.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

/** Where the words of `alias` stand together, as whole words, among the words of a header. */
function holdsWords(header: readonly string[], alias: readonly string[]): boolean {
  for (let i = 0; i + alias.length <= header.length; i++) if (alias.every((w, j) => header[i + j] === w)) return true;
  return false;
}

export interface HeaderMatch {
  readonly mapping: HeaderMapping;
  readonly guessed: string[]; // columns whose header holds an alias among other words (a Google Forms question)
}

/**
 * Exact matches first (column names, then aliases); then a column still without a header may be
 * guessed from a header that holds one of its aliases as whole words among others: the shorter
 * header wins, and a header that could serve two columns goes to the one with the longer alias.
 */
export function matchHeaders(kind: Kind, headers: readonly string[]): HeaderMatch {
  const keys = headers.map(headerKey);
  const mapping: HeaderMapping = {};
  const used = new Set<number>();
  // Exact column names win over aliases, so `unit_code` in a units file is not taken by another column.
  for (const pass of ['name', 'alias'] as const) {
    for (const spec of COLUMNS[kind]) {
      if (spec.name in mapping) continue;
      const wanted = pass === 'name' ? [headerKey(spec.name)] : spec.aliases.map(headerKey);
      const index = keys.findIndex((k, i) => !used.has(i) && wanted.includes(k));
      if (index >= 0) {
        mapping[spec.name] = index;
        used.add(index);
      }
    }
  }
  const headerWords = keys.map(words);
  const candidates: { column: string; order: number; index: number; aliasWords: number }[] = [];
  COLUMNS[kind].forEach((spec, order) => {
    if (spec.name in mapping) return;
    for (const alias of [spec.name, ...spec.aliases].map((a) => words(headerKey(a)))) {
      headerWords.forEach((hw, index) => {
        if (!used.has(index) && alias.length > 0 && holdsWords(hw, alias)) candidates.push({ column: spec.name, order, index, aliasWords: alias.length });
      });
    }
  });
  candidates.sort((a, b) => keys[a.index].length - keys[b.index].length || b.aliasWords - a.aliasWords || a.order - b.order || a.index - b.index);
  const guessed: string[] = [];
  for (const c of candidates) {
    if (c.column in mapping || used.has(c.index)) continue;
    mapping[c.column] = c.index;
    used.add(c.index);
    guessed.push(c.column);
  }
  return { mapping, guessed: COLUMNS[kind].map((c) => c.name).filter((n) => guessed.includes(n)) };
}

export const mapHeaders = (kind: Kind, headers: readonly string[]): HeaderMapping => matchHeaders(kind, headers).mapping;

export function missingRequired(kind: Kind, mapping: HeaderMapping): string[] {
  return COLUMNS[kind].filter((c) => c.required && !(c.name in mapping)).map((c) => c.name);
}

/** The kind whose required columns are all present; ties go to the kind matching more columns exactly. */
export function detectKind(headers: readonly string[]): Kind | null {
  let best: { kind: Kind; score: number } | null = null;
  for (const kind of KINDS) {
    const { mapping, guessed } = matchHeaders(kind, headers);
    if (missingRequired(kind, mapping).length > 0) continue;
    // Exact matches count more than guesses, so a guess never outweighs a named column.
    const score = (Object.keys(mapping).length - guessed.length) * 100 + guessed.length;
    if (!best || score > best.score) best = { kind, score };
  }
  return best?.kind ?? null;
}
