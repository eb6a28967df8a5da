import type { Kind } from '../schema/columns';
import { decodeBytes } from './decode';
import { detectDelimiter, type Delimiter } from './delimiter';
import { detectKind, mapHeaders, missingRequired, type HeaderMapping } from './headers';
import { isBlankRecord, RecordSplitter, type RawRecord } from './parse';
import type { FileResult } from './report-types';
import { applyRule, DATE_COLUMNS } from './rules';
import { isMonthFirstHint } from './dates';

export interface IngestOptions {
  readonly kind?: Kind; // the user's choice, overriding detection
  readonly mapping?: HeaderMapping; // the user's column choices, overriding detection
  readonly delimiter?: Delimiter;
}

const HEADER_SEARCH_ROWS = 10;

export function emptyResult(file: string, bytes: number): FileResult {
  return {
    file, bytes, kind: null, problem: null, missingColumns: [], encoding: null, bom: false, delimiter: null,
    headerLine: 0, headers: [], mapping: {}, monthFirst: {}, rowsRead: 0, loaded: 0, rejects: [], warnings: [],
    suspectNips: [], duplicates: 0, parseErrors: 0, rows: [],
  };
}

/** The header: the first of the first non-blank records that names the columns of a kind. */
function findHeader(records: readonly RawRecord[], kind: Kind | undefined, delimiter: Delimiter): { index: number; kind: Kind | null } {
  const candidates = records.map((r, i) => [r, i] as const).filter(([r]) => !isBlankRecord(r.fields, delimiter)).slice(0, HEADER_SEARCH_ROWS);
  for (const [r, i] of candidates) {
    const detected = kind ?? detectKind(r.fields);
    if (detected && missingRequired(detected, mapHeaders(detected, r.fields)).length === 0) return { index: i, kind: detected };
  }
  const first = candidates[0];
  return { index: first ? first[1] : -1, kind: kind ?? null };
}

export function ingestText(file: string, text: string, options: IngestOptions = {}, result = emptyResult(file, text.length)): FileResult {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  result.delimiter = delimiter;
  const records: RawRecord[] = [];
  result.parseErrors = new RecordSplitter(delimiter).split(text, (r) => records.push(r)).errors.length;
  const header = findHeader(records, options.kind, delimiter);
  if (header.index < 0) return { ...result, problem: 'empty' };
  const headerRecord = records[header.index];
  result.headerLine = headerRecord.line;
  result.headers = headerRecord.fields.map((h) => h.replace(/^\uFEFF/, '').trim());
  result.kind = header.kind;
  if (!header.kind) return { ...result, problem: 'kind_unknown' };
  const mapping = { ...mapHeaders(header.kind, result.headers), ...options.mapping };
  result.mapping = mapping;
  result.missingColumns = missingRequired(header.kind, mapping);
  if (result.missingColumns.length > 0) return { ...result, problem: 'missing_columns' };

  const data = records.slice(header.index + 1).filter((r) => !isBlankRecord(r.fields, delimiter));
  const cell = (r: RawRecord, column: string): string => {
    const i = mapping[column];
    return i === undefined ? '' : (r.fields[i] ?? '').trim();
  };
  for (const column of DATE_COLUMNS[header.kind]) {
    result.monthFirst[column] = column in mapping && data.some((r) => isMonthFirstHint(cell(r, column)));
  }
  const width = result.headers.length;
  for (const record of data) {
    result.rowsRead++;
    const outcome = applyRule(header.kind, {
      get: (column) => cell(record, column),
      monthFirst: (column) => result.monthFirst[column] ?? false,
      file,
      line: record.line,
    });
    if (!outcome.ok) {
      result.rejects.push({ line: record.line, ...outcome.issue, fields: record.fields });
      continue;
    }
    result.rows.push(outcome.row);
    result.loaded++;
    for (const w of outcome.warnings) result.warnings.push({ line: record.line, ...w });
    if (record.fields.length !== width) {
      result.warnings.push({ line: record.line, reason: 'field_count', column: '', value: `${record.fields.length}/${width}` });
    }
    if (outcome.suspectNip) result.suspectNips.push({ line: record.line, nip: outcome.suspectNip });
  }
  return result;
}

export function ingestBytes(file: string, bytes: Uint8Array, options: IngestOptions = {}): FileResult {
  const result = emptyResult(file, bytes.length);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ...result, problem: decoded.reason };
  result.encoding = decoded.encoding;
  result.bom = decoded.bom;
  return ingestText(file, decoded.text, options, result);
}
