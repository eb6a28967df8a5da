/** One CSV cell value: text, a number, a flag, or nothing. */
export type CsvValue = string | number | boolean | null | undefined;

/** `;` is what Excel expects under Indonesian (and most European) regional settings; `,` elsewhere. */
export type CsvDelimiter = ';' | ',';

export interface CsvOptions {
  /** A UTF-8 byte order mark first (default true): without it Excel reads the file as ANSI. */
  readonly bom?: boolean;
  /** Default `;`: Indonesian Excel splits a double-clicked CSV on its list separator, `;`. */
  readonly delimiter?: CsvDelimiter;
}

// Text a spreadsheet would read as a formula: `= + - @` first, or after leading white space
// (Excel and LibreOffice skip a leading tab, CR or LF and still run what follows).
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r\n]/;

// Digits Excel would turn into a number and change: more than 11 digits (shown as 1,98609E+17,
// and past 15 digits the rest are lost: an 18-digit NIP) or a leading zero (dropped).
const FRAGILE_DIGITS = /^(?:\d{12,}|0\d+)$/;

/**
 * Why a leading tab keeps these digits as text: Excel opening a CSV has no "this column is
 * text" marker. `="…"` works but is a formula (the very thing escaping keeps out), and a leading
 * apostrophe is only Excel's marker when typed: read from a CSV it stays in the cell, visible. A
 * value that starts with a tab is not a number to Excel, so it is kept as text with every digit;
 * the tab is invisible, and a digits-only value cannot be a formula. The app's own reader trims
 * it (NIP cleaning strips white space), so an exported file loads back unchanged.
 */
const TEXT_MARK = '\t';

const normaliseBreaks = (text: string): string => text.replace(/\r\n?/g, '\n');

/**
 * The text of one cell. Line breaks inside text become LF (what Excel writes in a cell) before
 * anything else, so a CR cannot hide a formula from the check; text a spreadsheet would run as
 * a formula gets a leading `'`; digits Excel would mangle get a leading tab (TEXT_MARK); then
 * the text is quoted when it holds the delimiter, a quote or a line break, or starts or ends with
 * a space. Numbers are written with the decimal mark that goes with the delimiter (`,` with `;`).
 */
export function csvCell(value: CsvValue, delimiter: CsvDelimiter = ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const text = String(value);
    return delimiter === ';' ? text.replace('.', ',') : text;
  }
  if (typeof value === 'boolean') return String(value);
  let text = normaliseBreaks(value);
  if (FRAGILE_DIGITS.test(text)) return `${TEXT_MARK}${text}`;
  if (FORMULA_START.test(text)) text = `'${text}`;
  const needsQuotes = text.includes(delimiter) || /["\n]|^ | $/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV file as Indonesian Excel opens it by double-click: `;`-separated, CRLF after every
 * line, a UTF-8 BOM first (each can be changed through `options`).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const line = (cells: readonly CsvValue[]): string => `${cells.map((c) => csvCell(c, delimiter)).join(delimiter)}\r\n`;
  return (options.bom === false ? '' : '\uFEFF') + line(header) + rows.map(line).join('');
}
