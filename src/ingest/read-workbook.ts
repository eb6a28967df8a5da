import type { CrossFileRules } from './cross-file';
import { emptyResult, FileIngestor, type IngestOptions } from './file-ingestor';
import type { FileResult } from './report-types';
import { openWorkbook, XlsxUnreadable } from './xlsx-package';
import { readSheet } from './xlsx-rows';

// An .xlsx workbook through the same row rules as a text file: the chosen worksheet's rows become
// records, each cell's text as shown (a date cell as its date).
class Enough extends Error {}

/** An error of the row rules themselves, passed on as it is (only the workbook's own faults are its problem). */
class RuleError extends Error {
  constructor(readonly error: unknown) {
    super('rule error');
  }
}

/** Whatever goes wrong reading the package is a problem of the file, in the analyst's words, never a raw error. */
function packageProblem(error: unknown): 'xlsx_damaged' | 'xlsx_too_large' {
  if (error instanceof XlsxUnreadable) return error.reason;
  return error instanceof RangeError ? 'xlsx_too_large' : 'xlsx_damaged';
}

// A first look reads this many rows: enough for the header search and the sample.
const SAMPLE_ROWS = 40;

export function readWorkbook(file: string, bytes: Uint8Array, options: IngestOptions, rules: CrossFileRules,
  onPiece: (bytes: number, rows: number) => void, sampleOnly: boolean): FileResult {
  const base = emptyResult(file, bytes.length);
  onPiece(0, 0); // the page shows the file being read while the workbook is unpacked
  let wb;
  try {
    wb = openWorkbook(bytes);
  } catch (error) {
    return { ...base, problem: packageProblem(error) };
  }
  const sheets = wb.sheets.map((s) => s.name);
  const chosen = options.sheet !== undefined
    ? wb.sheets.find((s) => s.name === options.sheet)
    : wb.sheets.find((s) => !s.hidden) ?? wb.sheets[0];
  if (!chosen) return { ...base, sheets, problem: 'sheet_not_found' };
  let xml: Uint8Array;
  try {
    xml = wb.sheetXml(chosen);
  } catch (error) {
    return { ...base, sheets, sheet: chosen.name, problem: packageProblem(error) };
  }
  const ingestor = new FileIngestor(file, bytes.length, options, { ...base, sheets, sheet: chosen.name }, rules);
  rules.begin();
  let records = 0;
  try {
    readSheet(wb, xml, (record) => {
      if (sampleOnly && ++records > SAMPLE_ROWS) throw new Enough();
      try {
        ingestor.pushRecord(record);
      } catch (error) {
        throw new RuleError(error);
      }
    }, (fraction) => onPiece(Math.round(fraction * bytes.length), ingestor.result.rowsRead));
  } catch (error) {
    if (!(error instanceof Enough)) {
      rules.rollback();
      if (error instanceof RuleError) throw error.error;
      return { ...base, sheets, sheet: chosen.name, problem: packageProblem(error) };
    }
  }
  const result = ingestor.finish();
  if (!sampleOnly && result.problem === null && result.kind !== null && result.loaded === 0) result.problem = 'no_rows_loaded';
  rules.commit();
  return result;
}
