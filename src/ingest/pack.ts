import type { TableRow } from '../schema/tables';

const PIECE_CHARS = 1 << 20;

/**
 * Rows as CSV bytes for DuckDB's reader: every value quoted, NULL as an empty unquoted field.
 * Built and encoded a piece at a time (one huge string is slow to build and to encode); the bytes
 * can be handed to the database worker without copying.
 */
export function packRows(rows: readonly TableRow[]): Uint8Array {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let text = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (i > 0) text += ',';
      if (v !== null) text += `"${v.includes('"') ? v.replaceAll('"', '""') : v}"`;
    }
    text += '\n';
    if (text.length >= PIECE_CHARS) {
      pieces.push(encoder.encode(text));
      text = '';
    }
  }
  if (text) pieces.push(encoder.encode(text));
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
