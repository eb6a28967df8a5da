import { KINDS } from '../schema/columns';
import { OPEN_STATUSES } from '../schema/codes';
import { TABLES, type TableRow, type TableSpec } from '../schema/tables';
import type { Tables } from '../ingest/combine';
import { buildUnitLookup } from '../ingest/unit-lookup';
import type { Db } from './db';
import { ident, join, literal, sql, sqlType } from './sql';

// Loads ingested tables into DuckDB and derives the per-employee and per-signer tables the metrics read.
const LOOKUP: TableSpec = { table: 'unit_lookup', columns: [['key', 'VARCHAR'], ['unit_code', 'VARCHAR']] };

function csvText(rows: readonly TableRow[]): string {
  const out: string[] = [];
  for (const row of rows) {
    out.push(row.map((v) => (v === null ? '' : `"${v.replaceAll('"', '""')}"`)).join(','));
  }
  return out.join('\n') + '\n';
}

async function fillTable(db: Db, spec: TableSpec, rows: readonly TableRow[]): Promise<void> {
  const columnDefs = join(spec.columns.map(([name, type]) => sql`${ident(name)} ${sqlType(type)}`), ', ');
  await db.run(sql`CREATE OR REPLACE TABLE ${ident(spec.table)} (${columnDefs})`);
  if (rows.length === 0) return;
  const file = `load-${spec.table}.csv`;
  await db.registerText(file, csvText(rows));
  const columnTypes = join(spec.columns.map(([name, type]) => sql`${literal(name)}: ${literal(type)}`), ', ');
  try {
    await db.run(sql`INSERT INTO ${ident(spec.table)} SELECT * FROM read_csv(${literal(file)}, header = false,
      auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columnTypes}})`);
  } finally {
    await db.dropFile(file);
  }
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
  sql`CREATE OR REPLACE TABLE signer AS
    WITH firsts AS (
      SELECT campaign, nip, min(signed_at) AS first_at, count(*)::INTEGER AS n_rows,
        arg_min(unit_key, signed_at) AS unit_key
      FROM signatures GROUP BY campaign, nip)
    SELECT f.campaign, f.nip, f.first_at, CAST(f.first_at AS DATE) AS first_day, f.n_rows,
      e.nip IS NOT NULL AS in_roster, e.unit_code AS roster_unit, e.kanwil_group AS roster_kanwil, e.directorate_group AS roster_directorate,
      l.unit_code AS own_unit, coalesce(g.kanwil_group, 'UNMATCHED') AS own_kanwil, coalesce(g.directorate_group, 'UNMATCHED') AS own_directorate
    FROM firsts f
    LEFT JOIN emp e ON e.nip = f.nip AND e.active
    LEFT JOIN unit_lookup l ON l.key = f.unit_key LEFT JOIN unit_groups g ON g.unit_code = l.unit_code`,
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

/** Replaces the whole database content with these tables, all or nothing. */
export async function loadTables(db: Db, tables: Tables, extraAliases: Readonly<Record<string, string>> = {}): Promise<void> {
  await db.run(sql`BEGIN TRANSACTION`);
  try {
    for (const kind of KINDS) await fillTable(db, TABLES[kind], tables[kind]);
    await fillTable(db, LOOKUP, buildUnitLookup(tables.units, extraAliases));
    for (const statement of DERIVED) await db.run(statement);
    await db.run(sql`COMMIT`);
  } catch (error) {
    await db.run(sql`ROLLBACK`).catch(() => undefined);
    throw error;
  }
}
