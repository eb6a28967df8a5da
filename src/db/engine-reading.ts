import { TABLES, type TableRow } from '../schema/tables';
import { isMonthFirstHint } from '../ingest/dates';
import { checkRecord, columnAt, sampleOf, SAMPLE_RECORDS } from '../ingest/record-check';
import { engineReadable, scanRegular, type RegularScan } from '../ingest/regular-csv';
import type { FileResult, RejectedRow, RowWarning } from '../ingest/report-types';
import { packRows } from '../ingest/row-packer';
import type { RowContext } from '../ingest/rules';
import type { Db, ResultRow } from './db';
import { EDGE_SPACE, JS_SPACE, rowSql } from './engine-rules';
import { insertCsv } from './load';
import { Fragment, ident, join, literal, sql } from './sql';

// The engine's reading path for a large roster or pledge export (issue: a million rows at engine
// speed). DuckDB's own CSV reader reads the file, every column as text; the contract's rules run as
// SQL (engine-rules.ts) over the rows whose values are plainly clean (a NIP of 18 digits, a date in the
// shapes every export writes, a known code); every other row goes through the same TypeScript rules as
// any file (ingest/record-check.ts), so each reject keeps its reason and line; the duplicate-NIP rule
// runs over all of them. The result is the same report the TypeScript reader gives, and
// the loaded rows wait in a table of the engine until the load is confirmed.
//
// Only "regular" files take this path (ingest/regular-csv.ts: one line per record, one width, plain
// quoting, UTF-8): their N-th record is on line headerLine + N for any reader. Any other file, and any
// file DuckDB's reader does not read exactly as the scan counted, is read by the TypeScript reader.

// Read as SQL NULL: no cell holds it (a file where one does is left to the TypeScript reader).
const NULL_MARK = '\u0001\u0002engine-null\u0003\u0004';
const MAX_DISTINCT = 200_000;
// Rows checked by the TypeScript rules between two yields to the page (the main thread stays responsive).
const ROUTED_SLICE = 5_000;

// How far a reading is after DuckDB has read the file, and after the SQL rules (measured shares of the time, roughly).
const STEP_READ = 0.35;
const STEP_CHECKED = 0.8;

let nextId = 1;

/** The table an engine reading leaves: every row (`r`, the data row's index), `ok` for those that load, then TABLES[kind]'s columns. */
export interface EngineRead {
  readonly result: FileResult;
  readonly table: string; // until applyLoad takes its rows with ok
  readonly routed: number; // rows the SQL rules were not sure of, checked by the TypeScript rules
}

class NotForEngine extends Error {}

const num = (n: number) => new Fragment(String(Math.trunc(n)));
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/**
 * Reads a whole file in the engine. `head`: the TypeScript reader's result for the file's first piece
 * (kind, header line, columns, delimiter), with the analyst's choices. Null when the file is not one
 * the engine reads exactly: the caller reads it with the TypeScript reader instead.
 */
export async function readInEngine(db: Db, name: string, bytes: Uint8Array, head: FileResult,
  options: {
    readonly scan?: RegularScan; // when the caller scanned the bytes already
    readonly pause?: () => Promise<void>;
    readonly append?: boolean;
    readonly onStep?: (done: number) => void; // how far the reading is, 0–1, after each of its steps (a progress bar)
  } = {}): Promise<EngineRead | null> {
  if (!engineReadable(head)) return null;
  const width = head.headers.length;
  const scan = options.scan ?? scanRegular(bytes, head.delimiter!, head.headerLine, width);
  if (!scan.regular) return null;
  const pause = options.pause ?? (async () => undefined);
  const id = nextId++;
  const reading = new Reading(db, name, head, id, width, options.append === true);
  try {
    const raw = await reading.readRaw(bytes);
    if (raw !== scan.records) {
      await reading.drop(true);
      return null;
    }
    options.onStep?.(STEP_READ);
    await pause();
    const result = await reading.check(scan.records, scan.bom, async () => {
      options.onStep?.(STEP_CHECKED);
      await pause();
    });
    await reading.drop(false);
    return { result, table: reading.staging, routed: reading.routed };
  } catch (error) {
    await reading.drop(true);
    if (error instanceof NotForEngine) return null;
    throw error;
  }
}

/** Drops a table of loaded rows that will not be loaded (the load was cancelled or failed). */
export async function dropEngineRead(db: Db, table: string): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS ${ident(table)}`);
}

class Reading {
  readonly raw: string;
  readonly staging: string;
  private readonly maps: string[] = [];
  private readonly kind: 'employees' | 'signatures';
  private readonly fields: Fragment[];
  routed = 0;

  // `append`: the rows join those loaded (their NIPs count as seen first), else they replace them.
  constructor(private readonly db: Db, private readonly name: string, private readonly head: FileResult, id: number, private readonly width: number,
    private readonly append: boolean) {
    this.raw = `engine_raw_${id}`;
    this.staging = `engine_rows_${id}`;
    this.kind = head.kind as 'employees' | 'signatures';
    this.fields = Array.from({ length: width }, (_, i) => ident(`c${i}`));
  }

  /** The file as rows of text, one column per header field: how many rows DuckDB's reader read (-1 when it refused the file). */
  async readRaw(bytes: Uint8Array): Promise<number> {
    const file = `${this.raw}.csv`;
    const columns = join(this.fields.map((_, i) => sql`${literal(`c${i}`)}: 'VARCHAR'`), ', ');
    await this.db.registerBytes(file, bytes);
    try {
      await this.db.run(sql`CREATE OR REPLACE TEMP TABLE ${ident(this.raw)} AS SELECT * FROM read_csv(${literal(file)}, header = false,
        skip = ${num(this.head.headerLine)}, auto_detect = false, delim = ${literal(this.head.delimiter!)}, quote = '"', escape = '"',
        nullstr = ${literal(NULL_MARK)}, strict_mode = true, columns = {${columns}})`);
    } catch {
      return -1; // not UTF-8 after all, or a record DuckDB reads otherwise
    } finally {
      await this.db.dropFile(file);
    }
    const nulls = join(this.fields.map((f) => sql`${f} IS NULL`), ' OR ');
    const [{ n, nulls: withNull }] = await this.db.run(sql`SELECT count(*) AS n, count(*) FILTER (WHERE ${nulls}) AS nulls FROM ${ident(this.raw)}`);
    return Number(withNull) === 0 ? Number(n) : -1;
  }

  /**
   * The trimmed cell of a column (as the rules see it), or '' when the file has no such column. The
   * full trim is slow in the engine: only a cell with white space (or something like it) at an end gets it.
   */
  private cell(column: string): Fragment {
    const i = this.head.mapping[column];
    if (i === undefined) return sql`''`;
    const c = ident(`c${i}`);
    return sql`(CASE WHEN regexp_matches(${c}, ${literal(EDGE_SPACE)}) THEN trim(${c}, ${literal(JS_SPACE)}) ELSE ${c} END)`;
  }

  /** The cell as written ('' when the file has no such column): the maps trim it themselves. */
  private rawCell(column: string): Fragment {
    const i = this.head.mapping[column];
    return i === undefined ? sql`''` : ident(`c${i}`);
  }

  private has(column: string): boolean {
    return this.head.mapping[column] !== undefined;
  }

  /**
   * A table from the column's distinct values as written to what the rules make of them: `t` the
   * trimmed value (null when empty), `m` what `fn` gives for it (null for SQL NULL, undefined for a
   * value the TypeScript rules must see, as one with a warning), `ok` whether it gave one.
   */
  private async map(column: string, fn: (trimmed: string) => string | null | undefined): Promise<string> {
    const values = await this.db.run(sql`SELECT DISTINCT ${this.rawCell(column)} AS v FROM ${ident(this.raw)}`);
    if (values.length > MAX_DISTINCT) throw new NotForEngine();
    const table = `${this.raw}_map_${this.maps.length}`;
    this.maps.push(table);
    const spec = { table, columns: [['v', 'VARCHAR'], ['t', 'VARCHAR'], ['m', 'VARCHAR'], ['ok', 'BOOLEAN']] as const };
    await this.db.run(sql`CREATE OR REPLACE TEMP TABLE ${ident(table)} (v VARCHAR, t VARCHAR, m VARCHAR, ok BOOLEAN)`);
    const rows: TableRow[] = values.map((r) => {
      const v = str(r.v);
      const t = v.trim();
      const m = fn(t);
      return [v, t === '' ? null : t, m ?? null, m === undefined ? 'false' : 'true'];
    });
    await insertCsv(this.db, spec, packRows(rows));
    // The loader reads an empty text as NULL: the empty cell's entry is joined as ''.
    await this.db.run(sql`UPDATE ${ident(table)} SET v = '' WHERE v IS NULL`);
    return table;
  }

  /** Whether the column is month-first: a value with its second part above 12 (the TypeScript rule, on the few candidates). */
  private async monthFirst(column: string): Promise<boolean> {
    const candidates = await this.db.run(sql`SELECT DISTINCT ${this.cell(column)} AS v FROM ${ident(this.raw)}
      WHERE regexp_matches(${this.cell(column)}, '^[0-9]{1,2}/(1[3-9]|[2-9][0-9])/')`);
    return candidates.some((r) => isMonthFirstHint(str(r.v)));
  }

  async check(records: number, bom: boolean, pause: () => Promise<void>): Promise<FileResult> {
    const head = this.head;
    const monthFirst: Record<string, boolean> = {};
    if (this.kind === 'signatures') monthFirst.signed_at = await this.monthFirst('signed_at');
    await this.classify(monthFirst.signed_at ?? false);
    await pause();
    const routed = await this.checkRouted(monthFirst, pause);
    const rejects: RejectedRow[] = [...routed.rejects];
    let dropped = new Set<number>();
    if (this.kind === 'employees') {
      const duplicates = await this.duplicateNips();
      rejects.push(...duplicates);
      dropped = new Set(duplicates.map((d) => d.line));
    }
    rejects.sort((a, b) => a.line - b.line);
    const s = ident(this.staging);
    // A signature of a campaign already signed (earlier in the file, or among the loaded rows it joins) is kept and counted.
    const priorKeys = this.append && this.kind === 'signatures' ? sql`SELECT DISTINCT campaign || '|' || nip AS k FROM signatures` : sql`SELECT NULL::VARCHAR AS k`;
    const [{ loaded, repeated }] = await this.db.run(sql`WITH t AS (SELECT ${this.kind === 'signatures' ? sql`campaign || '|' || nip` : sql`nip`} AS k FROM ${s} WHERE ok)
      SELECT count(*) AS loaded, count(*) - count(DISTINCT t.k) FILTER (WHERE p.k IS NULL) AS repeated FROM t LEFT JOIN (${priorKeys}) p ON p.k = t.k`);
    const suspects = await this.db.run(sql`SELECT src_line AS line, nip FROM ${s} WHERE ok AND suffix(nip, '000') ORDER BY src_line`);
    const sample = await this.db.run(sql`SELECT ${join(this.fields, ', ')} FROM ${ident(this.raw)} ORDER BY rowid LIMIT ${num(SAMPLE_RECORDS)}`);
    const result: FileResult = {
      file: this.name, bytes: head.bytes, kind: this.kind, problem: null, missingColumns: [], encoding: 'utf-8', bom, delimiter: head.delimiter,
      headerLine: head.headerLine, headers: head.headers, mapping: head.mapping, guessed: head.guessed, monthFirst, rowsRead: records,
      loaded: Number(loaded), rejects, warnings: routed.warnings.filter((w) => !dropped.has(w.line)),
      suspectNips: suspects.map((r) => ({ line: Number(r.line), nip: str(r.nip) })),
      sample: sample.map((r) => sampleOf(this.fieldsOf(r))), duplicates: this.kind === 'signatures' ? Number(repeated) : 0,
      parseErrors: 0, rows: [], sheets: [], sheet: null,
    };
    if (result.loaded === 0) result.problem = 'no_rows_loaded';
    return result;
  }

  private fieldsOf(row: ResultRow): string[] {
    return this.fields.map((_, i) => str(row[`c${i}`]));
  }

  private line(rowid: Fragment): Fragment {
    return sql`(${rowid} + ${num(this.head.headerLine + 1)})::INTEGER`;
  }

  /** Every row, with its table values where the SQL rules are sure of them, and whether they are (`ok`). */
  private async classify(monthFirst: boolean): Promise<void> {
    const rules = await rowSql(this.kind, {
      fields: this.fields, cell: (c) => this.cell(c), rawCell: (c) => this.rawCell(c), has: (c) => this.has(c), map: (c, fn) => this.map(c, fn),
    }, monthFirst);
    // Every row stays, with `ok`: the loaded ones are those with ok, rejected ones have it false.
    await this.db.run(sql`CREATE OR REPLACE TEMP TABLE ${ident(this.staging)} AS SELECT r0::INTEGER AS r, coalesce(${rules.ok}, false) AS ok,
      ${rules.select}, ${literal(this.name)} AS src_file, ${this.line(sql`r0`)} AS src_line
      FROM (SELECT rowid AS r0, *, ${rules.cells} FROM ${ident(this.raw)}) t ${rules.joins}`);
  }

  /** The rows the SQL rules were not sure of, through the TypeScript rules; those that load join the others. */
  private async checkRouted(monthFirst: Record<string, boolean>, pause: () => Promise<void>): Promise<{ rejects: RejectedRow[]; warnings: RowWarning[] }> {
    const raw = ident(this.raw);
    const rows = await this.db.run(sql`SELECT r.rowid AS r, ${join(this.fields.map((f) => sql`r.${f}`), ', ')} FROM ${raw} r
      JOIN ${ident(this.staging)} k ON k.r = r.rowid WHERE NOT k.ok ORDER BY r.rowid`);
    this.routed = rows.length;
    const rejects: RejectedRow[] = [];
    const warnings: RowWarning[] = [];
    const accepted: TableRow[] = [];
    const head = this.head;
    let fields: string[] = [];
    let line = 0;
    const context: RowContext = {
      get: (column) => {
        const i = head.mapping[column];
        return i === undefined ? '' : (fields[i] ?? '').trim();
      },
      monthFirst: (column) => monthFirst[column] ?? false,
      file: this.name,
      get line() { return line; },
    };
    const columnOf = (index: number) => columnAt(head, index);
    for (let k = 0; k < rows.length; k++) {
      if (k > 0 && k % ROUTED_SLICE === 0) await pause();
      fields = this.fieldsOf(rows[k]);
      line = Number(rows[k].r) + head.headerLine + 1;
      const checked = checkRecord(this.kind, { line, fields }, context, this.width, columnOf);
      if ('reject' in checked) {
        rejects.push(checked.reject);
        continue;
      }
      accepted.push([String(rows[k].r), 'true', ...checked.row]);
      warnings.push(...checked.warnings);
    }
    if (accepted.length > 0) {
      await insertCsv(this.db, { table: this.staging, columns: [['r', 'INTEGER'], ['ok', 'BOOLEAN'], ...TABLES[this.kind].columns] }, packRows(accepted));
    }
    return { rejects, warnings };
  }

  /**
   * A NIP listed twice keeps its first row; the later ones are rejected, naming the first line. When
   * the rows are appended, a NIP already loaded was seen first, where it was loaded from.
   */
  private async duplicateNips(): Promise<RejectedRow[]> {
    const dups = ident(`${this.raw}_dups`);
    const s = ident(this.staging);
    const prior = this.append ? sql`LEFT JOIN (SELECT nip, src_file, src_line FROM employees) p USING (nip)` : sql`LEFT JOIN (SELECT NULL::VARCHAR AS nip, NULL::VARCHAR AS src_file, NULL::INTEGER AS src_line) p USING (nip)`;
    await this.db.run(sql`CREATE OR REPLACE TEMP TABLE ${dups} AS
      WITH repeated AS (SELECT nip, min(src_line) AS first FROM ${s} WHERE ok GROUP BY nip HAVING count(*) > 1)
      SELECT s.src_line AS line, s.nip, coalesce(p.src_file, ${literal(this.name)}) AS first_file, coalesce(p.src_line, m.first) AS first_line
      FROM ${s} s LEFT JOIN repeated m USING (nip) ${prior}
      WHERE s.ok AND (p.src_line IS NOT NULL OR s.src_line > m.first)`);
    const rows = await this.db.run(sql`SELECT d.line, d.nip, d.first_file, d.first_line, ${join(this.fields.map((f) => sql`r.${f}`), ', ')} FROM ${dups} d
      JOIN ${ident(this.raw)} r ON r.rowid = d.line - ${num(this.head.headerLine + 1)} ORDER BY d.line`);
    if (rows.length > 0) await this.db.run(sql`UPDATE ${s} SET ok = false WHERE src_line IN (SELECT line FROM ${dups})`);
    await this.db.run(sql`DROP TABLE ${dups}`);
    return rows.map((r) => {
      const first = { file: str(r.first_file), line: Number(r.first_line) };
      const where = first.file === this.name ? `line ${first.line}` : `${first.file} line ${first.line}`;
      return { line: Number(r.line), reason: 'duplicate_nip', column: 'nip', value: str(r.nip), fields: this.fieldsOf(r), detail: `first at ${where}`, first };
    });
  }

  /** Drops the working tables (and the loaded rows too when `all`). */
  async drop(all: boolean): Promise<void> {
    const tables = [this.raw, `${this.raw}_dups`, ...this.maps, ...(all ? [this.staging] : [])];
    // A table that cannot be dropped (the engine is gone) holds nothing any more: the first error is the one to report.
    for (const t of tables) await this.db.run(sql`DROP TABLE IF EXISTS ${ident(t)}`).catch(() => undefined);
  }
}
