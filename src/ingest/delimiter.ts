export type Delimiter = ',' | ';' | '\t' | '|';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

function countOutsideQuotes(line: string, ch: string): number {
  let inQuotes = false;
  let n = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ch && !inQuotes) n++;
  }
  return n;
}

/**
 * Picks the delimiter that splits the first lines most consistently: the most lines sharing the
 * same non-zero count, then the larger count; ties go to the order comma, semicolon, tab, pipe.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.slice(0, 64 * 1024).split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').slice(0, 20);
  let best: { d: Delimiter; score: number } = { d: ',', score: 0 };
  for (const d of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, d);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [n, lineCount] of counts) score = Math.max(score, lineCount * 1000 + n);
    if (score > best.score) best = { d, score };
  }
  return best.d;
}
