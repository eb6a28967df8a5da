import type { RawRecord } from './parse';
import { numberText, runsText, xmlText, type NumberStyle } from './xlsx-cells';
import type { Workbook } from './xlsx-package';

// A worksheet's rows as records (line = the row number Excel shows), read a piece at a time so a
// large sheet never becomes one string and progress can be reported as it goes.
const PIECE_BYTES = 4 * 1024 * 1024;
const GENERAL: NumberStyle = { kind: 'general' };

export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

const attrOf = (attrs: string, name: string): string | undefined => {
  const at = attrs.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  return attrs.slice(start, attrs.indexOf('"', start));
};

function cellText(attrs: string, body: string, wb: Workbook): string {
  const type = attrOf(attrs, 't') ?? 'n';
  if (type === 'inlineStr') {
    const is = INLINE.exec(body);
    return is ? runsText(is[1]) : '';
  }
  const v = VALUE.exec(body)?.[1];
  if (v === undefined) return '';
  switch (type) {
    case 's': return wb.shared[Number(v)] ?? '';
    case 'b': return v.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'str': case 'e': case 'd': return xmlText(v);
    default: {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n)) return xmlText(v);
      const s = attrOf(attrs, 's');
      return numberText(n, s === undefined ? GENERAL : wb.styles[Number(s)] ?? GENERAL, wb.date1904);
    }
  }
}

// Elements may carry a namespace prefix (`<x:row>`, as the Open XML SDK writes them).
const P = '(?:[A-Za-z_][\\w.-]*:)?';
const ROW = new RegExp(`<${P}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}row>)`, 'g');
const CELL = new RegExp(`<${P}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, 'g');
const VALUE = new RegExp(`<${P}v>([\\s\\S]*?)</${P}v>`);
const INLINE = new RegExp(`<${P}is>([\\s\\S]*?)</${P}is>`);

/** Where the last complete row of a piece ends (just after its closing tag), or -1. */
function lastRowEnd(text: string): number {
  for (let at = text.lastIndexOf('row>'); at > 0; at = text.lastIndexOf('row>', at - 1)) {
    const before = text.lastIndexOf('<', at);
    if (before >= 0 && text[before + 1] === '/' && /^<\/([A-Za-z_][\w.-]*:)?$/.test(text.slice(before, at))) return at + 4;
  }
  return -1;
}

/** Calls `onRecord` for every row that has cells, and `onProgress` with the share of the sheet read. */
export function readSheet(wb: Workbook, xml: Uint8Array, onRecord: (record: RawRecord) => void,
  onProgress: (fraction: number) => void = () => undefined): void {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let lastRow = 0;
  for (let start = 0; start < xml.length; start += PIECE_BYTES) {
    const end = Math.min(xml.length, start + PIECE_BYTES);
    pending += decoder.decode(xml.subarray(start, end), { stream: end < xml.length });
    const cut = end < xml.length ? lastRowEnd(pending) : pending.length;
    if (cut < 0) continue;
    const piece = pending.slice(0, cut);
    pending = pending.slice(piece.length);
    for (const row of piece.matchAll(ROW)) {
      const r = attrOf(row[1], 'r');
      lastRow = r === undefined ? lastRow + 1 : Number(r);
      if (!row[2]) continue;
      const fields: string[] = [];
      let next = 0;
      for (const c of row[2].matchAll(CELL)) {
        const ref = attrOf(c[1], 'r');
        const index = ref === undefined ? next : columnIndex(ref);
        if (index < 0 || index > 16_383) continue;
        while (fields.length < index) fields.push('');
        fields[index] = cellText(c[1], c[2] ?? '', wb);
        next = index + 1;
      }
      if (fields.length > 0) onRecord({ line: lastRow, fields });
    }
    onProgress(end / xml.length);
  }
}
