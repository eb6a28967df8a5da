import { KINDS, type Kind } from '../schema/columns';
import { TABLES, type TableRow, type TableSpec } from '../schema/tables';
import type { PackedTables, PriorKeys, Tables } from '../ingest/combine';
import { packRows } from '../ingest/row-packer';
import { buildUnitLookup } from '../ingest/unit-lookup';
import type { Db } from './db';
import { DERIVED_TABLES, PUBLISHED_AGGREGATES, SIGNED_BY_UNIT, type DerivedTable } from './model';
import { Fragment, ident, join, literal, sql, sqlType } from './sql';

// Loads checked rows into DuckDB, all or nothing, and builds the derived tables of model.ts.
const LOOKUP: TableSpec = { table: 'unit_lookup', columns: [['key', 'VARCHAR'], ['unit_code', 'VARCHAR']] };

export interface TableLoad {
  readonly mode: 'replace' | 'append';
  readonly csv: readonly Uint8Array[]; // packed rows (ingest/row-packer.ts), in pieces
  readonly staged?: string; // or a table of rows the engine read itself (db/engine-reading.ts): those with ok load; dropped once in
}

export interface LoadPlan {
  readonly tables: Partial<Record<Kind, TableLoad>>;
  readonly replacedCaseIds?: readonly string[]; // loaded incidents that appended rows replace
}

const columnDefs = (spec: TableSpec) => join(spec.columns.map(([name, type]) => sql`${ident(name)} ${sqlType(type)}`), ', ');

/**
 * Packed rows into a table, a piece at a time (only one piece's bytes sit in the engine's memory
 * beside the table: a national roster's would not fit with it); rows marked dropped are left out.
 */
export async function insertCsv(db: Db, spec: TableSpec, pieces: readonly Uint8Array[]): Promise<void> {
  const columns = [['keep', 'BOOLEAN'] as const, ...spec.columns];
  const columnTypes = join(columns.map(([name, type]) => sql`${literal(name)}: ${literal(type)}`), ', ');
  const file = `load-${spec.table}.csv`;
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    await db.registerBytes(file, piece);
    try {
      await db.run(sql`INSERT INTO ${ident(spec.table)} SELECT * EXCLUDE (keep) FROM read_csv(${literal(file)},
        header = false, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columnTypes}}) WHERE keep`);
    } finally {
      await db.dropFile(file);
    }
  }
}

async function deleteCases(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.run(sql`CREATE OR REPLACE TEMP TABLE replaced_cases (case_id VARCHAR)`);
  await insertCsv(db, { table: 'replaced_cases', columns: [['case_id', 'VARCHAR']] }, packRows(ids.map((id) => [id])));
  await db.run(sql`DELETE FROM incidents WHERE case_id IN (SELECT case_id FROM replaced_cases)`);
  await db.run(sql`DROP TABLE replaced_cases`);
}

async function fillLookup(db: Db, aliases: Readonly<Record<string, string>>): Promise<void> {
  const units = await db.run(sql`SELECT unit_code, unit_name, aliases FROM units ORDER BY src_file, src_line`);
  const rows: TableRow[] = units.map((u) => [String(u.unit_code), String(u.unit_name), null, null, null, null, u.aliases === null ? null : String(u.aliases)]);
  await db.run(sql`CREATE OR REPLACE TABLE ${ident(LOOKUP.table)} (${columnDefs(LOOKUP)})`);
  await insertCsv(db, LOOKUP, packRows(buildUnitLookup(rows, aliases)));
}

async function inTransaction(db: Db, work: () => Promise<void>): Promise<void> {
  await db.run(sql`BEGIN TRANSACTION`);
  try {
    await work();
    await db.run(sql`COMMIT`);
  } catch (error) {
    // The first error is the one to report; a rollback that fails too (engine gone) adds nothing.
    await db.run(sql`ROLLBACK`).catch(() => undefined);
    throw error;
  }
}

/** Applies a load plan, all or nothing: on any failure the data loaded before stays as it was. */
export async function applyLoad(db: Db, plan: LoadPlan, aliases: Readonly<Record<string, string>> = {}): Promise<void> {
  await inTransaction(db, async () => {
    for (const kind of KINDS) {
      const spec = TABLES[kind];
      const load = plan.tables[kind];
      if (load?.mode === 'replace') await db.run(sql`CREATE OR REPLACE TABLE ${ident(spec.table)} (${columnDefs(spec)})`);
      else await db.run(sql`CREATE TABLE IF NOT EXISTS ${ident(spec.table)} (${columnDefs(spec)})`);
      if (kind === 'incidents' && load?.mode === 'append') await deleteCases(db, plan.replacedCaseIds ?? []);
      if (load?.staged) {
        await db.run(sql`INSERT INTO ${ident(spec.table)} SELECT ${join(spec.columns.map(([c]) => ident(c)), ', ')} FROM ${ident(load.staged)} WHERE ok`);
        await db.run(sql`DROP TABLE ${ident(load.staged)}`);
      }
      if (load) await insertCsv(db, spec, load.csv);
    }
    await fillLookup(db, aliases);
    // The moment the rows are in and the derived tables start (the scale bench reports both parts).
    globalThis.performance?.mark?.('pledge-derive-start');
    for (const table of DERIVED_TABLES) await db.run(table.build);
  });
}

/**
 * The analyst's unit choices changed: match unit values again, all or nothing. Published aggregates
 * (when they are what is shown) were matched when they were built and are put back as they were.
 */
export async function rematchUnits(db: Db, aliases: Readonly<Record<string, string>>, aggregates?: ReadonlyMap<string, Uint8Array>): Promise<void> {
  await inTransaction(db, async () => {
    await fillLookup(db, aliases);
    for (const table of DERIVED_TABLES) await db.run(table.build);
    if (aggregates) await restoreAggregates(db, aggregates);
  });
}

/** Replaces the whole database content with these tables (the report command and tests). */
export async function loadTables(db: Db, tables: Tables, aliases: Readonly<Record<string, string>> = {}): Promise<void> {
  await loadPacked(db, Object.fromEntries(KINDS.map((k) => [k, packRows(tables[k])])) as PackedTables, aliases);
}

/** Replaces the whole database content with rows already packed (ingest-files.ts with `pack`). */
export async function loadPacked(db: Db, packed: PackedTables, aliases: Readonly<Record<string, string>> = {}): Promise<void> {
  await applyLoad(db, { tables: Object.fromEntries(KINDS.map((k) => [k, { mode: 'replace', csv: packed[k] }])) }, aliases);
}

/** Keys of what is loaded, for the duplicate rules when files are appended. */
export async function priorKeys(db: Db, kinds: readonly Kind[]): Promise<PriorKeys> {
  const seen = (rows: Record<string, unknown>[], key: (r: Record<string, unknown>) => string) =>
    new Map(rows.map((r) => [key(r), { file: String(r.src_file), line: Number(r.src_line) }]));
  const has = (k: Kind) => kinds.includes(k);
  return {
    units: has('units') ? seen(await db.run(sql`SELECT lower(unit_code) AS k, src_file, src_line FROM units`), (r) => String(r.k)) : undefined,
    employees: has('employees') ? seen(await db.run(sql`SELECT nip AS k, src_file, src_line FROM employees`), (r) => String(r.k)) : undefined,
    signatures: has('signatures')
      ? new Set((await db.run(sql`SELECT DISTINCT campaign || '|' || nip AS k FROM signatures`)).map((r) => String(r.k))) : undefined,
    incidents: has('incidents') ? new Set((await db.run(sql`SELECT case_id AS k FROM incidents`)).map((r) => String(r.k))) : undefined,
  };
}

/** The tables of the published (aggregate) form: the unit registry's rows, then the aggregates. */
export const PUBLISHED_TABLES: readonly string[] = [TABLES.units.table, ...PUBLISHED_AGGREGATES.map((t) => t.name)];

/**
 * Node (the build): each published table as an Arrow IPC stream, columns in their declared order.
 * Text columns go out as dictionaries (DuckDB ENUM → Arrow dictionary: a unit code repeated on every
 * day is written once) and counts as 32-bit integers; the page casts them back to the declared types.
 */
export async function exportPublished(db: Db): Promise<{ name: string; ipc: Uint8Array; rows: number }[]> {
  if (!db.exportArrow) throw new Error('this database cannot export Arrow');
  const out = [];
  for (const name of PUBLISHED_TABLES) {
    const select: Fragment[] = [];
    const types: string[] = [];
    for (const [column, type] of columnsOf(name)) {
      if (type === 'BIGINT') select.push(sql`CAST(${ident(column)} AS INTEGER) AS ${ident(column)}`);
      else if (type === 'VARCHAR') {
        const [{ n }] = await db.run(sql`SELECT count(DISTINCT ${ident(column)}) AS n FROM ${ident(name)}`);
        const enumType = `published_${name}_${column}`;
        if (Number(n) === 0) select.push(ident(column));
        else {
          await db.run(sql`CREATE TYPE ${ident(enumType)} AS ENUM (SELECT DISTINCT ${ident(column)} FROM ${ident(name)} WHERE ${ident(column)} IS NOT NULL ORDER BY 1)`);
          types.push(enumType);
          select.push(sql`CAST(${ident(column)} AS ${ident(enumType)}) AS ${ident(column)}`);
        }
      } else select.push(ident(column));
    }
    const [{ n }] = await db.run(sql`SELECT count(*) AS n FROM ${ident(name)}`);
    out.push({ name, ipc: await db.exportArrow(sql`SELECT ${join(select, ', ')} FROM ${ident(name)} ORDER BY ALL`), rows: Number(n) });
    for (const t of types) await db.run(sql`DROP TYPE ${ident(t)}`);
  }
  return out;
}

const columnsOf = (name: string): readonly (readonly [string, string])[] => (name === TABLES.units.table
  ? TABLES.units.columns
  : (PUBLISHED_AGGREGATES.find((t) => t.name === name) as DerivedTable).columns.map((c) => [c.name, c.type] as const));

/** A published table from its Arrow bytes, with exactly its declared column types. */
async function insertPublished(db: Db, name: string, ipc: Uint8Array): Promise<void> {
  const staging = `published_${name}`;
  await db.insertArrow(staging, ipc.slice());
  const casts = columnsOf(name).map(([column, type]) => sql`CAST(${ident(column)} AS ${sqlType(type)}) AS ${ident(column)}`);
  await db.run(sql`CREATE OR REPLACE TABLE ${ident(name)} AS SELECT ${join(casts, ', ')} FROM ${ident(staging)}`);
  await db.run(sql`DROP TABLE ${ident(staging)}`);
}

/**
 * Loads the published aggregate form: the registry's rows, empty roster, signature and case tables
 * (no person is published), the derived tables built from them, then the published aggregates in
 * place of the ones a person-level load would build. All or nothing.
 */
export async function loadAggregates(db: Db, tables: ReadonlyMap<string, Uint8Array>, aliases: Readonly<Record<string, string>> = {}): Promise<void> {
  await inTransaction(db, async () => {
    for (const kind of KINDS) await db.run(sql`CREATE OR REPLACE TABLE ${ident(TABLES[kind].table)} (${columnDefs(TABLES[kind])})`);
    const units = tables.get(TABLES.units.table);
    if (units) await insertPublished(db, TABLES.units.table, units);
    await fillLookup(db, aliases);
    for (const table of DERIVED_TABLES) await db.run(table.build);
    await restoreAggregates(db, tables);
  });
}

/**
 * Puts the published aggregates back (after the unit matching was rebuilt from the empty tables), then
 * what is worked out from them alone (signed_by_unit, from signed_by_day): not published, as it adds nothing.
 */
export async function restoreAggregates(db: Db, tables: ReadonlyMap<string, Uint8Array>): Promise<void> {
  for (const t of PUBLISHED_AGGREGATES) {
    const ipc = tables.get(t.name);
    if (!ipc) throw new Error(`published data lacks ${t.name}`);
    await insertPublished(db, t.name, ipc);
  }
  await db.run(SIGNED_BY_UNIT.build);
}
