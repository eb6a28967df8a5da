import type { FirstView } from './first-view';

// summary.json as written: a list of rows with the same fields (units, groups, days) is written as its
// field names once and then rows of values, instead of one object per row; a column of text refers to
// one list of the file's distinct texts (unit names and codes recur in several answers). The bundled
// data's summary: 452 kB → about 200 kB. Read back, it is exactly the answers the build worked out.
const COLUMNS = '$columns';
const VERSION = 2;

type Row = Record<string, unknown>;
interface Table { readonly [COLUMNS]: string[]; readonly text: number[]; readonly rows: unknown[][] }
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The field names shared by every row of the list (none undefined, which a row of values would turn into null), or null. */
function columnsOf(list: readonly unknown[]): string[] | null {
  if (list.length < 2 || !isRow(list[0])) return null;
  const columns = Object.keys(list[0]);
  const fits = (row: unknown) => isRow(row) && Object.keys(row).length === columns.length && columns.every((c) => c in row && row[c] !== undefined);
  return list.every(fits) ? columns : null;
}

function pack(value: unknown, texts: Map<string, number>): unknown {
  if (Array.isArray(value)) {
    const columns = columnsOf(value);
    if (!columns) return value.map((v) => pack(v, texts));
    const rows = value as Row[];
    // Columns of text (or nothing): written as places in the file's list of texts.
    const text = columns.flatMap((c, i) => (rows.every((r) => r[c] === null || typeof r[c] === 'string') && rows.some((r) => r[c] !== null) ? [i] : []));
    const place = (s: string) => { let at = texts.get(s); if (at === undefined) { at = texts.size; texts.set(s, at); } return at; };
    const table: Table = {
      [COLUMNS]: columns, text,
      rows: rows.map((r) => columns.map((c, i) => (text.includes(i) ? (r[c] === null ? null : place(r[c] as string)) : pack(r[c], texts)))),
    };
    return table;
  }
  return isRow(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pack(v, texts)])) : value;
}

function unpack(value: unknown, texts: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => unpack(v, texts));
  if (!isRow(value)) return value;
  const columns = value[COLUMNS];
  if (Array.isArray(columns) && Array.isArray(value.rows) && Array.isArray(value.text)) {
    const text = new Set(value.text as number[]);
    return value.rows.map((row: unknown[]) => Object.fromEntries(columns.map((c: string, i) => {
      const v = row[i];
      return [c, text.has(i) ? (v === null ? null : texts[v as number]) : unpack(v, texts)];
    })));
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unpack(v, texts)]));
}

/** What the build writes as summary.json. */
export function summaryFile(view: FirstView): unknown {
  const texts = new Map<string, number>();
  const answers = view.answers.map((a) => ({ ...a, value: pack(a.value, texts) }));
  return { version: VERSION, texts: [...texts.keys()], answers };
}

/** summary.json read back; null when it is of another version or not a summary (the engine then answers). */
export function readSummaryFile(json: unknown): FirstView | null {
  if (!isRow(json) || json.version !== VERSION || !Array.isArray(json.answers) || !Array.isArray(json.texts)) return null;
  const texts = json.texts as string[];
  return { answers: json.answers.filter(isRow).map((a) => ({ metric: String(a.metric), params: String(a.params), value: unpack(a.value, texts) })) };
}
