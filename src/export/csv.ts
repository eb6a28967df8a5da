/** One CSV cell value: text, a number, a flag, or nothing. */
export type CsvValue = string | number | boolean | null | undefined;

// Text a spreadsheet would read as a formula (or that hides one behind a tab or CR).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * The text of one cell. Text that a spreadsheet would run as a formula gets a leading `'`
 * (numbers are left alone: -5 is a number, not a formula); then the text is quoted when it
 * holds a comma, quote or line break, or starts or ends with white space.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: comma-separated, CRLF after every line, a UTF-8 BOM first unless `bom: false`. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: { bom?: boolean } = {}): string {
  const line = (cells: readonly CsvValue[]): string => `${cells.map(csvCell).join(',')}\r\n`;
  return (options.bom === false ? '' : '\uFEFF') + line(header) + rows.map(line).join('');
}
