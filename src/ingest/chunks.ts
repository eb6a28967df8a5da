// Cutting a text stream into pieces that end on record boundaries, so each piece parses on its own.

/** The end of the last line break in text[from, to) (after a line feed, or after a lone carriage return), or -1. */
function lastBreakIn(text: string, from: number, to: number): number {
  if (to <= from) return -1;
  const lf = text.lastIndexOf('\n', to - 1); // to > 0 here: no negative start (read as 0)
  let cr = text.lastIndexOf('\r', to - 1);
  // A carriage return at the very end of the text may be the first half of CRLF: not a break yet.
  if (cr === text.length - 1) cr = cr > 0 ? text.lastIndexOf('\r', cr - 1) : -1;
  // A carriage return just before a line feed is part of that break.
  const end = Math.max(lf, cr >= 0 && text.charCodeAt(cr + 1) !== 10 ? cr : -1);
  return end >= from ? end + 1 : -1;
}

/**
 * The end of the last complete record in `text` (which starts on a record boundary): just after a
 * line feed, or after a lone carriage return, outside quotes; -1 when there is none yet. Jumps from
 * quote to quote (a plain scan of every character was a noticeable part of reading a large file).
 */
export function lastRecordEnd(text: string): number {
  const quotes: number[] = [];
  for (let q = text.indexOf('"'); q >= 0; q = text.indexOf('"', q + 1)) quotes.push(q);
  // Outside quotes: before the first quote, between each closing and the next opening, after the last closing.
  let to = quotes.length % 2 === 0 ? text.length : quotes[quotes.length - 1];
  for (let k = quotes.length - (quotes.length % 2 === 0 ? 1 : 2); ; k -= 2) {
    const from = k >= 0 ? quotes[k] + 1 : 0;
    const end = lastBreakIn(text, from, to);
    if (end >= 0) return end;
    if (k < 0) return -1;
    to = quotes[k - 1] ?? 0;
    if (k - 1 < 0) return -1;
  }
}

/** One line-break convention for the parser: CRLF and CR become LF (mixed endings are common). */
export const normaliseLineBreaks = (text: string): string => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
