import { COLUMNS, KINDS, type Kind } from '../schema/columns';

/** Header names match after trimming, case-folding and folding runs of spaces, underscores, hyphens and dots. */
export function headerKey(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_.-]+/g, ' ').trim();
}

/** Column name → index of the header it comes from. */
export type HeaderMapping = Record<string, number>;

export function mapHeaders(kind: Kind, headers: readonly string[]): HeaderMapping {
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
  return mapping;
}

export function missingRequired(kind: Kind, mapping: HeaderMapping): string[] {
  return COLUMNS[kind].filter((c) => c.required && !(c.name in mapping)).map((c) => c.name);
}

/** The kind whose required columns are all present; ties go to the kind matching more columns. */
export function detectKind(headers: readonly string[]): Kind | null {
  let best: { kind: Kind; score: number } | null = null;
  for (const kind of KINDS) {
    const mapping = mapHeaders(kind, headers);
    if (missingRequired(kind, mapping).length > 0) continue;
    const score = Object.keys(mapping).length;
    if (!best || score > best.score) best = { kind, score };
  }
  return best?.kind ?? null;
}
