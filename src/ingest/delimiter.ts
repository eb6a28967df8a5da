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

/** The first non-blank records: a line break inside quotes stays in its record (a note over several lines is one record). */
function firstRecords(text: string, max: number): string[] {
  const records: string[] = [];
  let inQuotes = false;
  let start = 0;
  const add = (end: number) => {
    const record = text.slice(start, end);
    if (record.trim() !== '') records.push(record);
  };
  for (let i = 0; i < text.length && records.length < max; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && (c === 10 || c === 13)) {
      add(i);
      start = i + 1;
    }
  }
  if (records.length < max && start < text.length) add(text.length);
  return records;
}

/**
 * Picks the delimiter that splits the first records most consistently: the most records sharing the
 * same non-zero count, then the larger count; ties go to the order comma, semicolon, tab, pipe.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let lines = firstRecords(sample, 20);
  // A stray quote (5'11" in an unquoted field) would make the rest of the sample one record: fall back to lines.
  if (lines.length < 2) lines = sample.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').slice(0, 20);
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
