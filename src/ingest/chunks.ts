// Cutting a text stream into pieces that end on record boundaries, so each piece parses on its own.

/**
 * The end of the last complete record in `text` (which starts on a record boundary): just after a
 * line feed, or after a lone carriage return, outside quotes; -1 when there is none yet.
 */
export function lastRecordEnd(text: string): number {
  let inQuotes = false;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes; // "
    else if (!inQuotes) {
      if (c === 10) end = i + 1; // \n
      else if (c === 13 && i + 1 < text.length && text.charCodeAt(i + 1) !== 10) end = i + 1; // lone \r
    }
  }
  return end;
}

/** One line-break convention for the parser: CRLF and CR become LF (mixed endings are common). */
export const normaliseLineBreaks = (text: string): string => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
