import type { Kind } from '../schema/columns';
import { lastRecordEnd, normaliseLineBreaks } from './chunks';
import { isMonthFirstHint, isSlashDate } from './dates';
import { detectDelimiter, type Delimiter } from './delimiter';
import { detectKind, matchHeaders, missingRequired, type HeaderMapping } from './headers';
import { isBlankRecord, RecordSplitter, type RawRecord } from './parse';
import type { FileResult } from './report-types';
import { checkRecord, columnAt, sampleOf, SAMPLE_RECORDS } from './record-check';
import { DATE_COLUMNS, type DateColumn, type RowContext } from './rules';
import { CrossFileRules } from './cross-file';
import { ArrayRowStore, PackedRowStore } from './row-store';
import { PendingDates, swapped } from './pending-dates';

export { MAX_CELL_CHARS } from './record-check';

export interface IngestOptions {
  readonly kind?: Kind; // the user's choice, overriding detection
  readonly mapping?: HeaderMapping; // the user's complete column choice, instead of the detected one
  readonly delimiter?: Delimiter;
  readonly sheet?: string; // a workbook's sheet, by name; the first visible one otherwise
  /** Accepted rows go straight into the bytes DuckDB loads (result.packed) instead of result.rows. */
  readonly pack?: boolean;
}

const HEADER_SEARCH_ROWS = 10;
const MIN_ROW_BYTES = 48;

export function emptyResult(file: string, bytes: number): FileResult {
  return {
    file, bytes, kind: null, problem: null, missingColumns: [], encoding: null, bom: false, delimiter: null,
    headerLine: 0, headers: [], mapping: {}, guessed: [], monthFirst: {}, rowsRead: 0, loaded: 0, rejects: [], warnings: [],
    suspectNips: [], sample: [], duplicates: 0, parseErrors: 0, rows: [], sheets: [], sheet: null,
  };
}

/** The row rules' view of the record being read (one object for the whole file, not one per row). */
class RecordContext implements RowContext {
  record: RawRecord = { line: 0, fields: [] };
  constructor(private readonly ingestor: FileIngestor) {}
  get(column: string): string {
    return this.ingestor.cell(this.record, column);
  }
  monthFirst(column: string): boolean {
    return this.ingestor.result.monthFirst[column] ?? false;
  }
  get file(): string {
    return this.ingestor.result.file;
  }
  get line(): number {
    return this.record.line;
  }
}

/**
 * Reads one file's text as it arrives, in pieces of any size, and gives the same result as reading
 * it whole: header search, kind and column mapping, the row rules, and the month-first date rule.
 */
export class FileIngestor {
  readonly result: FileResult;
  private pending = '';
  private splitter: RecordSplitter | null = null;
  private candidates: RawRecord[] = []; // non-blank records before the header is settled
  private headerSettled = false;
  private width = 0;
  private dateColumns: readonly DateColumn[] = [];
  private pendingDates: PendingDates[] = []; // per date column
  private store: ArrayRowStore | PackedRowStore | null = null;
  private readonly dropped = new Set<number>(); // rows rejected after they were stored
  private readonly context = new RecordContext(this);
  private readonly columnOf = (index: number): string => columnAt(this.result, index);
  private cells = false; // fed workbook rows (records already split) rather than text

  constructor(file: string, bytes: number, private readonly options: IngestOptions = {}, result = emptyResult(file, bytes),
    private readonly crossFile = new CrossFileRules()) {
    this.result = result;
  }

  /** Adds decoded text; `final` marks the end of the file. */
  push(text: string, final = false): void {
    this.pending += text;
    let piece: string;
    if (final) {
      piece = this.pending;
      this.pending = '';
    } else {
      const end = lastRecordEnd(this.pending);
      if (end < 0) return;
      // The record's own line break is left out, so the next piece starts on the next line number.
      piece = this.pending.slice(0, end).replace(/\r?\n$|\r$/, '');
      this.pending = this.pending.slice(end);
    }
    piece = normaliseLineBreaks(piece);
    if (!this.splitter) {
      const delimiter = this.options.delimiter ?? detectDelimiter(piece);
      this.result.delimiter = delimiter;
      this.splitter = new RecordSplitter(delimiter);
    }
    this.result.parseErrors += this.splitter.split(piece, (r) => this.onRecord(r)).errors.length;
  }

  /** Adds a record already split into cells (a worksheet row; its line is the row number). */
  pushRecord(record: RawRecord): void {
    this.cells = true;
    this.onRecord(record);
  }

  finish(): FileResult {
    if (!this.cells) this.push('', true);
    if (!this.headerSettled) this.settleHeader(true);
    const r = this.result;
    if (this.store instanceof ArrayRowStore) r.rows = this.store.finish();
    else if (this.store) r.packed = this.store.finish();
    this.store = null;
    this.pendingDates = [];
    if (r.problem === null && r.kind === null && r.headers.length === 0) r.problem = 'empty';
    return r;
  }

  private get delimiter(): Delimiter {
    return this.result.delimiter ?? ',';
  }

  private onRecord(record: RawRecord): void {
    if (isBlankRecord(record.fields, this.cells ? '\t' : this.delimiter)) return;
    if (this.headerSettled) {
      if (this.result.problem === null) this.onDataRecord(record);
      return;
    }
    this.candidates.push(record);
    this.settleHeader(false);
  }

  /** The header: the first of the first non-blank records that names the columns of a kind. */
  private settleHeader(atEnd: boolean): void {
    const latest = this.candidates[this.candidates.length - 1];
    if (latest) {
      const kind = this.options.kind ?? detectKind(latest.fields);
      if (kind && missingRequired(kind, this.options.mapping ?? matchHeaders(kind, latest.fields).mapping).length === 0) {
        this.useHeader(latest, kind);
        return;
      }
    }
    if (!atEnd && this.candidates.length < HEADER_SEARCH_ROWS) return;
    this.headerSettled = true;
    const first = this.candidates[0];
    if (!first) return;
    this.setHeaders(first);
    this.result.kind = this.options.kind ?? null;
    if (!this.options.kind) {
      this.result.problem = 'kind_unknown';
      return;
    }
    this.useMapping(this.options.kind);
    this.result.missingColumns = missingRequired(this.options.kind, this.result.mapping);
    this.result.problem = 'missing_columns';
  }

  private setHeaders(record: RawRecord): void {
    this.result.headerLine = record.line;
    this.result.headers = record.fields.map((h) => h.replace(/^\uFEFF/, '').trim());
  }

  private useHeader(record: RawRecord, kind: Kind): void {
    this.headerSettled = true;
    this.setHeaders(record);
    this.result.kind = kind;
    this.useMapping(kind);
    this.width = this.result.headers.length;
    this.dateColumns = DATE_COLUMNS[kind].filter((d) => d.column in this.result.mapping);
    for (const d of this.dateColumns) this.result.monthFirst[d.column] = false;
    this.pendingDates = this.dateColumns.map(() => new PendingDates());
    // Re-sent cases replace earlier rows after reading (combine.ts): cases stay arrays.
    const marked = this.dateColumns.map((d) => d.index);
    this.store = this.options.pack && kind !== 'incidents' ? new PackedRowStore(marked) : new ArrayRowStore(marked);
    // A row takes at least this many bytes in any real export: room for the NIPs at once, never too little by much.
    this.crossFile.reserve(kind, Math.floor(this.result.bytes / MIN_ROW_BYTES));
    // Records between a title row and the header are not data.
    this.candidates = [];
  }

  /** The analyst's mapping as given, else the detected one with its guesses. */
  private useMapping(kind: Kind): void {
    if (this.options.mapping) {
      this.result.mapping = this.options.mapping;
      return;
    }
    const match = matchHeaders(kind, this.result.headers);
    this.result.mapping = match.mapping;
    this.result.guessed = match.guessed;
  }

  cell(record: RawRecord, column: string): string {
    const i = this.result.mapping[column];
    return i === undefined ? '' : (record.fields[i] ?? '').trim();
  }

  private onDataRecord(record: RawRecord): void {
    const r = this.result;
    for (let k = 0; k < this.dateColumns.length; k++) {
      const d = this.dateColumns[k];
      if (!r.monthFirst[d.column] && isMonthFirstHint(this.cell(record, d.column))) this.switchToMonthFirst(k);
    }
    if (this.cells) {
      // A worksheet row stops at its last filled cell: pad it to the header, drop empty cells past it.
      while (record.fields.length < this.width) record.fields.push('');
      while (record.fields.length > this.width && record.fields[record.fields.length - 1] === '') record.fields.pop();
    }
    r.rowsRead++;
    if (r.sample.length < SAMPLE_RECORDS) r.sample.push(sampleOf(record.fields));
    this.context.record = record;
    const checked = checkRecord(r.kind!, record, this.context, this.width, this.columnOf);
    if ('reject' in checked) {
      r.rejects.push(checked.reject);
      return;
    }
    const outcome = checked;
    const verdict = this.crossFile.check(r.kind!, outcome.row, r.file, record.line);
    if (!verdict.keep) {
      const { first } = verdict;
      const where = first.file === r.file ? `line ${first.line}` : `${first.file} line ${first.line}`;
      r.rejects.push({ line: record.line, reason: verdict.reason, column: verdict.column, value: verdict.value, fields: record.fields, detail: `first at ${where}`, first });
      return;
    }
    if (verdict.repeated) r.duplicates++;
    const store = this.store!;
    const handle = store.add(outcome.row);
    for (let k = 0; k < this.dateColumns.length; k++) {
      const d = this.dateColumns[k];
      if (r.monthFirst[d.column]) continue;
      const raw = this.cell(record, d.column);
      const place = store.markedAt(k);
      if (place < 0 || !isSlashDate(raw)) continue;
      const day = outcome.row[d.index]!;
      if (day.slice(5, 7) === day.slice(8, 10)) continue; // reads the same both ways
      this.pendingDates[k].add(handle, place, swapped(day) === null ? raw : null);
    }
    r.loaded++;
    for (const w of outcome.warnings) r.warnings.push(w);
    if (outcome.suspectNip) r.suspectNips.push({ line: record.line, nip: outcome.suspectNip });
  }

  /**
   * A value with its second part above 12 makes the whole column month-first (contract section 2):
   * slash dates stored so far are read the other way round, and rows that then hold no real date
   * are rejected.
   */
  private switchToMonthFirst(k: number): void {
    const r = this.result;
    const d = this.dateColumns[k];
    const p = this.pendingDates[k];
    const store = this.store!;
    r.monthFirst[d.column] = true;
    let dropped = false;
    let nextRaw = 0; // the next of the values kept as written
    for (let i = 0; i < p.rows.length; i++) {
      const raw = nextRaw < p.raws.length && p.rawAt.at(nextRaw) === i ? p.raws[nextRaw++] : '';
      if (this.dropped.has(p.rows.at(i))) continue; // another date column rejected it already
      const place = p.places.at(i);
      const day = swapped(store.readDay(place));
      if (day) {
        store.writeDay(place, day);
        continue;
      }
      const values = store.drop(p.rows.at(i));
      this.dropped.add(p.rows.at(i));
      dropped = true;
      r.loaded--;
      r.rejects.push({ line: Number(values[values.length - 1]), reason: 'date_invalid', column: d.column, value: raw, fields: values.map((v) => v ?? '') });
    }
    this.pendingDates[k] = new PendingDates();
    if (dropped) r.rejects.sort((a, b) => a.line - b.line);
  }
}
