import { KINDS, type Kind } from '../schema/columns';
import { OPEN_STATUSES } from '../schema/codes';
import { TABLES, type TableRow, type TableSpec } from '../schema/tables';
import type { PriorKeys, Tables } from '../ingest/combine';
import { packRows } from '../ingest/pack';
import { buildUnitLookup } from '../ingest/unit-lookup';
import type { Db } from './db';
import { ident, join, literal, sql, sqlType } from './sql';

// Loads checked rows into DuckDB, all or nothing, and derives the per-employee and per-signer
// tables the metrics read.
const LOOKUP: TableSpec = { table: 'unit_lookup', columns: [['key', 'VARCHAR'], ['unit_code', 'VARCHAR']] };

export interface TableLoad {
  readonly mode: 'replace' | 'append';
  readonly csv: Uint8Array; // packRows output
}

export interface LoadPlan {
  readonly tables: Partial<Record<Kind, TableLoad>>;
  readonly replacedCaseIds?: readonly string[]; // loaded incidents that appended rows replace
}

const columnDefs = (spec: TableSpec) => join(spec.columns.map(([name, type]) => sql`${ident(name)} ${sqlType(type)}`), ', ');

async function insertCsv(db: Db, spec: TableSpec, csv: Uint8Array): Promise<void> {
  if (csv.length === 0) return;
  const file = `load-${spec.table}.csv`;
  await db.registerBytes(file, csv);
  const columnTypes = join(spec.columns.map(([name, type]) => sql`${literal(name)}: ${literal(type)}`), ', ');
  try {
    await db.run(sql`INSERT INTO ${ident(spec.table)} SELECT * FROM read_csv(${literal(file)}, header = false,
      auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columnTypes}})`);
  } finally {
    await db.dropFile(file);
  }
}

async function deleteCases(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.run(sql`CREATE OR REPLACE TEMP TABLE replaced_cases (case_id VARCHAR)`);
  await insertCsv(db, { table: 'replaced_cases', columns: [['case_id', 'VARCHAR']] }, packRows(ids.map((id) => [id])));
  await db.run(sql`DELETE FROM incidents WHERE case_id IN (SELECT case_id FROM replaced_cases)`);
  await db.run(sql`DROP TABLE replaced_cases`);
}

const OPEN_LIST = join(OPEN_STATUSES.map((s) => literal(s)), ', ');

const DERIVED = [
  sql`CREATE OR REPLACE TABLE unit_groups AS
    SELECT unit_code, unit_name, unit_type, province, headcount,
      CASE unit_type WHEN 'kanwil' THEN unit_code WHEN 'eselon1' THEN 'PUSAT' ELSE coalesce(kanwil_code, 'PUSAT') END AS kanwil_group,
      CASE unit_type WHEN 'eselon1' THEN unit_code WHEN 'kanwil' THEN 'KANWIL' ELSE coalesce(directorate_code, 'KANWIL') END AS directorate_group
    FROM units`,
  sql`CREATE OR REPLACE TABLE emp AS
    SELECT e.nip, e.name, e.unit_value, l.unit_code, e.active, e.employment_type, e.position_type, g.unit_type,
      coalesce(g.kanwil_group, 'UNMATCHED') AS kanwil_group, coalesce(g.directorate_group, 'UNMATCHED') AS directorate_group,
      e.src_file, e.src_line
    FROM employees e LEFT JOIN unit_lookup l ON l.key = e.unit_key LEFT JOIN unit_groups g ON g.unit_code = l.unit_code`,
  // One row per campaign and signer, placed where completion counts it: in the active roster when a
  // roster is loaded, else by the unit the signer wrote (contract section 4, headcount basis).
  sql`CREATE OR REPLACE TABLE signer AS
    WITH firsts AS (
      SELECT campaign, nip, min(signed_at) AS first_at, count(*)::INTEGER AS n_rows,
        arg_min(unit_key, signed_at) AS unit_key
      FROM signatures GROUP BY campaign, nip),
    placed AS (
      SELECT f.campaign, f.nip, f.first_at, CAST(f.first_at AS DATE) AS first_day, f.n_rows,
        e.nip IS NOT NULL AS in_roster, e.unit_code AS roster_unit, e.kanwil_group AS roster_kanwil,
        e.directorate_group AS roster_directorate, e.unit_type AS roster_type,
        l.unit_code AS own_unit, coalesce(g.kanwil_group, 'UNMATCHED') AS own_kanwil,
        coalesce(g.directorate_group, 'UNMATCHED') AS own_directorate, g.unit_type AS own_type
      FROM firsts f
      LEFT JOIN emp e ON e.nip = f.nip AND e.active
      LEFT JOIN unit_lookup l ON l.key = f.unit_key LEFT JOIN unit_groups g ON g.unit_code = l.unit_code),
    basis AS (SELECT (SELECT count(*) FROM employees) > 0 AS roster)
    SELECT placed.*,
      CASE WHEN basis.roster THEN in_roster ELSE own_unit IS NOT NULL END AS counted,
      CASE WHEN basis.roster THEN roster_unit ELSE own_unit END AS unit_code,
      CASE WHEN basis.roster THEN roster_kanwil ELSE own_kanwil END AS kanwil_group,
      CASE WHEN basis.roster THEN roster_directorate ELSE own_directorate END AS directorate_group,
      CASE WHEN basis.roster THEN roster_type ELSE own_type END AS unit_type
    FROM placed, basis`,
  sql`CREATE OR REPLACE TABLE inc AS
    SELECT i.*, l.unit_code, g.unit_type, i.status IN (${OPEN_LIST}) AS is_open,
      coalesce(g.kanwil_group, 'UNMATCHED') AS kanwil_group, coalesce(g.directorate_group, 'UNMATCHED') AS directorate_group
    FROM incidents i LEFT JOIN unit_lookup l ON l.key = i.unit_key LEFT JOIN unit_groups g ON g.unit_code = l.unit_code`,
  sql`CREATE OR REPLACE TABLE unmatched_units AS
    SELECT unit_value AS value, count(*)::INTEGER AS rows FROM (
      SELECT unit_value, unit_key FROM employees UNION ALL SELECT unit_value, unit_key FROM signatures
      UNION ALL SELECT unit_value, unit_key FROM incidents)
    WHERE unit_value IS NOT NULL AND unit_key NOT IN (SELECT key FROM unit_lookup)
    GROUP BY unit_value`,
];

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
      if (load) await insertCsv(db, spec, load.csv);
    }
    await fillLookup(db, aliases);
    for (const statement of DERIVED) await db.run(statement);
  });
}

/** The analyst's unit choices changed: match unit values again, all or nothing. */
export async function rematchUnits(db: Db, aliases: Readonly<Record<string, string>>): Promise<void> {
  await inTransaction(db, async () => {
    await fillLookup(db, aliases);
    for (const statement of DERIVED) await db.run(statement);
  });
}

/** Replaces the whole database content with these tables (the report command and tests). */
export async function loadTables(db: Db, tables: Tables, aliases: Readonly<Record<string, string>> = {}): Promise<void> {
  const plan: LoadPlan = { tables: Object.fromEntries(KINDS.map((k) => [k, { mode: 'replace', csv: packRows(tables[k]) }])) };
  await applyLoad(db, plan, aliases);
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
