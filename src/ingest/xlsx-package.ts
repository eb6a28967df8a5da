import { strFromU8, unzipSync } from 'fflate';
import { numberStyle, runsText, xmlText, type NumberStyle } from './xlsx-cells';

// The parts of an .xlsx package a reader needs (ECMA-376 part 1): the workbook's sheet list, the
// shared strings, the cell styles' number formats. fflate unzips; the XML is read with patterns,
// which is enough for these machine-written parts and runs the same in a worker and in Node.
export interface SheetRef {
  readonly name: string;
  readonly path: string;
  readonly hidden: boolean;
}

export interface Workbook {
  readonly sheets: readonly SheetRef[];
  readonly date1904: boolean;
  readonly shared: readonly string[];
  readonly styles: readonly NumberStyle[]; // by cell style index (the `s` attribute)
  sheetXml(sheet: SheetRef): Uint8Array;
}

/** Not a workbook this reader understands: damaged, or another kind of zip (.docx, .ods). */
export class XlsxUnreadable extends Error {
  constructor(readonly reason: 'xlsx_damaged' | 'xlsx_too_large') {
    super(reason);
  }
}

// A sheet's XML unpacked in memory; past this a workbook is refused rather than exhausting memory.
const MAX_PART_BYTES = 1024 * 1024 * 1024;

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? xmlText(m[2] ?? m[3] ?? '') : undefined;
};

function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        if (!wanted(f.name)) return false;
        if (f.originalSize > MAX_PART_BYTES) throw new XlsxUnreadable('xlsx_too_large');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof XlsxUnreadable) throw error;
    throw new XlsxUnreadable('xlsx_damaged');
  }
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

function relations(xml: string | undefined, base: string): Map<string, { type: string; path: string }> {
  const map = new Map<string, { type: string; path: string }>();
  for (const m of (xml ?? '').matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target && attr(m[0], 'TargetMode') !== 'External') map.set(id, { type: attr(m[0], 'Type') ?? '', path: resolve(base, target) });
  }
  return map;
}

function readStyles(xml: string | undefined): NumberStyle[] {
  if (!xml) return [];
  const codes = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?numFmt\b[^>]*>/g)) codes.set(Number(attr(m[0], 'numFmtId')), attr(m[0], 'formatCode') ?? '');
  const xfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<(?:[\w.-]+:)?xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    return numberStyle(id, codes.get(id));
  });
}

/** The shared-string table: one entry per `<si>`, read with index scans (it can hold 100,000s of strings). */
function readSharedStrings(xml: string): string[] {
  const prefix = /<([\w.-]+:)?si[\s>/]/.exec(xml)?.[1] ?? '';
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  const plain = `<${prefix}t>`;
  const out: string[] = [];
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) break;
    if (xml[tagEnd - 1] === '/') {
      out.push('');
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    if (end < 0) break;
    const body = xml.slice(tagEnd + 1, end);
    // The common case, one plain run: no need for the general reader.
    const simple = body.startsWith(plain) && body.indexOf('<', plain.length) === body.length - plain.length - 1;
    out.push(simple ? xmlText(body.slice(plain.length, body.length - plain.length - 1)) : runsText(body));
    at = end;
  }
  return out;
}

export function openWorkbook(bytes: Uint8Array): Workbook {
  const text = (parts: Record<string, Uint8Array>, name: string): string | undefined => (parts[name] ? strFromU8(parts[name]) : undefined);
  const root = unzipParts(bytes, (n) => n === '_rels/.rels');
  const office = [...relations(text(root, '_rels/.rels'), '').values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPath = office?.path ?? 'xl/workbook.xml';
  const relsPath = resolve(workbookPath, `_rels/${workbookPath.split('/').pop()}.rels`);
  const meta = unzipParts(bytes, (n) => n === workbookPath || n === relsPath);
  const workbookXml = text(meta, workbookPath);
  if (!workbookXml) throw new XlsxUnreadable('xlsx_damaged');
  const rels = relations(text(meta, relsPath), workbookPath);
  const sheets: SheetRef[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    // The relationship id's prefix is usually r:, but any prefix bound to the namespace will do.
    const rel = rels.get(attr(m[0], 'r:id') ?? /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1] ?? '');
    if (!rel || !rel.type.endsWith('/worksheet')) continue; // chart sheets hold no cells
    sheets.push({ name: attr(m[0], 'name') ?? '', path: rel.path, hidden: (attr(m[0], 'state') ?? 'visible') !== 'visible' });
  }
  if (sheets.length === 0) throw new XlsxUnreadable('xlsx_damaged');
  const stylesPath = [...rels.values()].find((r) => r.type.endsWith('/styles'))?.path;
  const sharedPath = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.path;
  const extra = unzipParts(bytes, (n) => n === stylesPath || n === sharedPath);
  const sharedXml = sharedPath ? text(extra, sharedPath) : undefined;
  const shared = sharedXml ? readSharedStrings(sharedXml) : [];
  return {
    sheets,
    date1904: /<(?:[\w.-]+:)?workbookPr\b[^>]*\sdate1904\s*=\s*["'](1|true)["']/.test(workbookXml),
    shared,
    styles: readStyles(stylesPath ? text(extra, stylesPath) : undefined),
    sheetXml: (sheet) => {
      const part = unzipParts(bytes, (n) => n === sheet.path)[sheet.path];
      if (!part) throw new XlsxUnreadable('xlsx_damaged');
      return part;
    },
  };
}
