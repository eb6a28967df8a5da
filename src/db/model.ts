import { join, literal, sql, type Fragment } from './sql';
import { OPEN_STATUSES } from '../schema/codes';
import type { SqlType } from '../schema/tables';

// The tables the metrics read, derived from the four loaded tables once per load. This is the one
// place that says what a metric may read: the metric test runs every metric over these tables and
// checks their columns against this list. Unit group columns are filled for every row a unit filter
// applies to ('UNMATCHED' where the unit value matched no registry unit), so filters never join.
export interface Column {
  readonly name: string;
  readonly type: SqlType | 'BIGINT';
  readonly meaning: string;
}

export interface DerivedTable {
  readonly name: string;
  readonly columns: readonly Column[];
  readonly build: Fragment; // CREATE OR REPLACE TABLE … AS SELECT …, in the order of DERIVED_TABLES
}

const col = (name: string, type: Column['type'], meaning: string): Column => ({ name, type, meaning });

// Where a row falls: the columns every unit filter reads (metrics/filters.ts).
const GROUP_COLUMNS: readonly Column[] = [
  col('unit_code', 'VARCHAR', 'registry unit code, or UNMATCHED'),
  col('unit_type', 'VARCHAR', 'kanwil, eselon1 or upt; null when unmatched'),
  col('kanwil_group', 'VARCHAR', 'Kanwil code, PUSAT, or UNMATCHED'),
  col('directorate_group', 'VARCHAR', 'Eselon I code, KANWIL, or UNMATCHED'),
];

const OPEN_LIST = join(OPEN_STATUSES.map((s) => literal(s)), ', ');

export const UNIT_GROUPS: DerivedTable = {
  name: 'unit_groups',
  columns: [
    col('unit_code', 'VARCHAR', 'registry unit code'), col('unit_name', 'VARCHAR', 'official name'),
    col('unit_type', 'VARCHAR', 'kanwil, eselon1 or upt'), col('province', 'VARCHAR', 'province name'),
    col('headcount', 'INTEGER', 'registry staff count'), col('aliases', 'VARCHAR', 'other names, | separated'),
    col('kanwil_group', 'VARCHAR', 'Kanwil code or PUSAT'), col('directorate_group', 'VARCHAR', 'Eselon I code or KANWIL'),
  ],
  build: sql`CREATE OR REPLACE TABLE unit_groups AS
    SELECT unit_code, unit_name, unit_type, province, headcount, aliases,
      CASE unit_type WHEN 'kanwil' THEN unit_code WHEN 'eselon1' THEN 'PUSAT' ELSE coalesce(kanwil_code, 'PUSAT') END AS kanwil_group,
      CASE unit_type WHEN 'eselon1' THEN unit_code WHEN 'kanwil' THEN 'KANWIL' ELSE coalesce(directorate_code, 'KANWIL') END AS directorate_group
    FROM units`,
};

// Each unit value's registry match with its groups, joined once, so a million-row table probes one
// small table instead of two.
const PLACES = sql`SELECT l.key, l.unit_code, g.unit_code AS group_code, g.unit_name, g.unit_type, g.kanwil_group, g.directorate_group
  FROM unit_lookup l LEFT JOIN unit_groups g ON g.unit_code = l.unit_code`;

export const EMP: DerivedTable = {
  name: 'emp',
  columns: [
    col('nip', 'VARCHAR', '18-digit NIP'), col('nip_key', 'BIGINT', 'the NIP as a number (18 digits: one number per NIP)'), col('name', 'VARCHAR', 'name'),
    col('unit_name', 'VARCHAR', 'registry name, else the unit as written'), col('active', 'BOOLEAN', 'in the active roster'),
    col('employment_type', 'VARCHAR', 'PNS, CPNS, PPPK'), col('position_type', 'VARCHAR', 'JPT … PELAKSANA'), ...GROUP_COLUMNS,
  ],
  build: sql`CREATE OR REPLACE TABLE emp AS
    SELECT e.nip, CAST(e.nip AS BIGINT) AS nip_key, e.name, coalesce(p.unit_name, e.unit_value) AS unit_name, e.active, e.employment_type, e.position_type,
      coalesce(p.unit_code, 'UNMATCHED') AS unit_code, p.unit_type,
      coalesce(p.kanwil_group, 'UNMATCHED') AS kanwil_group, coalesce(p.directorate_group, 'UNMATCHED') AS directorate_group
    FROM employees e LEFT JOIN (${PLACES}) p ON p.key = e.unit_key`,
};

// Signers are grouped and matched to the roster on the NIP as a number (every loaded NIP has exactly
// 18 digits, so the number is the NIP; a million 8-byte keys take less time and memory than strings)
// and written back as text.
const NIP_OF_KEY = sql`lpad(CAST(f.nip_key AS VARCHAR), 18, '0')`;

// One row per campaign and signer, placed where completion counts it: in the active roster when a
// roster is loaded, else by the unit the signer wrote at the first signature (contract section 4,
// headcount basis; only that basis reads the unit). A signer not counted has no unit_code.
export const SIGNER: DerivedTable = {
  name: 'signer',
  columns: [
    col('campaign', 'VARCHAR', 'pledge campaign'), col('nip', 'VARCHAR', 'NIP'), col('first_day', 'DATE', 'day of the first signature'),
    col('n_rows', 'INTEGER', 'signature rows of this NIP and campaign'), col('in_roster', 'BOOLEAN', 'in the active roster'),
    col('counted', 'BOOLEAN', 'counted in completion'), col('unit_code', 'VARCHAR', 'where counted: registry unit code or UNMATCHED'),
  ],
  build: sql`CREATE OR REPLACE TABLE signer AS
    WITH by_roster AS (
      SELECT campaign, CAST(nip AS BIGINT) AS nip_key, CAST(min(signed_at) AS DATE) AS first_day, count(*)::INTEGER AS n_rows
      FROM signatures WHERE EXISTS (SELECT 1 FROM employees) GROUP BY campaign, nip_key),
    by_unit AS (
      SELECT campaign, CAST(nip AS BIGINT) AS nip_key, CAST(min(signed_at) AS DATE) AS first_day, count(*)::INTEGER AS n_rows,
        arg_min(unit_key, signed_at) AS unit_key
      FROM signatures WHERE NOT EXISTS (SELECT 1 FROM employees) GROUP BY campaign, nip_key)
    SELECT f.campaign, ${NIP_OF_KEY} AS nip, f.first_day, f.n_rows, e.nip_key IS NOT NULL AS in_roster, e.nip_key IS NOT NULL AS counted, e.unit_code
    FROM by_roster f LEFT JOIN emp e ON e.nip_key = f.nip_key AND e.active
    UNION ALL
    SELECT f.campaign, ${NIP_OF_KEY} AS nip, f.first_day, f.n_rows, FALSE AS in_roster, p.group_code IS NOT NULL AS counted, p.group_code AS unit_code
    FROM by_unit f LEFT JOIN (${PLACES}) p ON p.key = f.unit_key`,
};

export const INC: DerivedTable = {
  name: 'inc',
  columns: [
    col('case_id', 'VARCHAR', 'case id'), col('reported_on', 'DATE', 'day reported'), col('decided_on', 'DATE', 'day decided'),
    col('unit_value', 'VARCHAR', 'unit as written'), col('unit_name', 'VARCHAR', 'registry name, else the unit as written'),
    col('nip', 'VARCHAR', 'employee'), col('category', 'VARCHAR', 'code list 3.1'), col('source', 'VARCHAR', 'source code'),
    col('status', 'VARCHAR', 'code list 3.2, as recorded'), col('status_open', 'BOOLEAN', 'the recorded status is an open one'),
    col('sanction', 'VARCHAR', 'sanction code'), col('election', 'VARCHAR', 'election'), ...GROUP_COLUMNS,
  ],
  build: sql`CREATE OR REPLACE TABLE inc AS
    SELECT i.case_id, i.reported_on, i.decided_on, i.unit_value, coalesce(g.unit_name, i.unit_value) AS unit_name, i.nip,
      i.category, i.source, i.status, i.status IN (${OPEN_LIST}) AS status_open, i.sanction, i.election,
      coalesce(l.unit_code, 'UNMATCHED') AS unit_code, g.unit_type,
      coalesce(g.kanwil_group, 'UNMATCHED') AS kanwil_group, coalesce(g.directorate_group, 'UNMATCHED') AS directorate_group
    FROM incidents i LEFT JOIN unit_lookup l ON l.key = i.unit_key LEFT JOIN unit_groups g ON g.unit_code = l.unit_code`,
};

// The completion denominator per unit under the basis in use: active roster rows, or the registry
// headcount when no roster is loaded. Sized by units, not by people.
export const STAFF_BY_UNIT: DerivedTable = {
  name: 'staff_by_unit',
  columns: [...GROUP_COLUMNS, col('employees', 'BIGINT', 'active staff (roster) or headcount')],
  build: sql`CREATE OR REPLACE TABLE staff_by_unit AS
    WITH basis AS (SELECT (SELECT count(*) FROM employees) > 0 AS roster),
    roster AS (SELECT unit_code, count(*)::BIGINT AS employees FROM emp WHERE active AND (SELECT roster FROM basis) GROUP BY unit_code)
    SELECT r.unit_code, g.unit_type, coalesce(g.kanwil_group, 'UNMATCHED') AS kanwil_group,
      coalesce(g.directorate_group, 'UNMATCHED') AS directorate_group, r.employees
    FROM roster r LEFT JOIN unit_groups g ON g.unit_code = r.unit_code
    UNION ALL
    SELECT unit_code, unit_type, kanwil_group, directorate_group, sum(coalesce(headcount, 0))::BIGINT AS employees
    FROM unit_groups WHERE NOT (SELECT roster FROM basis) GROUP BY ALL`,
};

// Signers per campaign × unit × day of first signature; extra_rows = repeated signature rows. Counted
// per unit code first, then given the code's groups (a code names its groups: emp's are the registry's).
export const SIGNED_BY_DAY: DerivedTable = {
  name: 'signed_by_day',
  columns: [
    col('campaign', 'VARCHAR', 'pledge campaign'), col('counted', 'BOOLEAN', 'counted in completion'),
    col('first_day', 'DATE', 'day of first signature'), ...GROUP_COLUMNS,
    col('signers', 'BIGINT', 'distinct NIPs'), col('extra_rows', 'BIGINT', 'signature rows beyond the first per NIP'),
  ],
  build: sql`CREATE OR REPLACE TABLE signed_by_day AS
    WITH days AS (
      SELECT campaign, counted, first_day, unit_code, count(*)::BIGINT AS signers, sum(n_rows - 1)::BIGINT AS extra_rows
      FROM signer GROUP BY ALL)
    SELECT d.campaign, d.counted, d.first_day, d.unit_code, CASE WHEN d.counted THEN g.unit_type END AS unit_type,
      CASE WHEN d.counted THEN coalesce(g.kanwil_group, 'UNMATCHED') END AS kanwil_group,
      CASE WHEN d.counted THEN coalesce(g.directorate_group, 'UNMATCHED') END AS directorate_group, d.signers, d.extra_rows
    FROM days d LEFT JOIN unit_groups g ON g.unit_code = d.unit_code`,
};

// Signers per campaign × unit over all days: signed_by_day summed, built after it (and again after the
// published signed_by_day is put back: db/load.ts). A figure as of the latest day, the view leaders
// open, sums these few rows instead of every unit × day (metrics/filters.ts signersAsOf). `signers`
// counts only signers with a first day (as signed_by_day's `first_day <= as-of day` does); extra_rows all.
export const SIGNED_BY_UNIT: DerivedTable = {
  name: 'signed_by_unit',
  columns: [
    col('campaign', 'VARCHAR', 'pledge campaign'), col('counted', 'BOOLEAN', 'counted in completion'), ...GROUP_COLUMNS,
    col('signers', 'BIGINT', 'distinct NIPs with a first signature day'), col('extra_rows', 'BIGINT', 'signature rows beyond the first per NIP'),
  ],
  build: sql`CREATE OR REPLACE TABLE signed_by_unit AS
    SELECT campaign, counted, unit_code, unit_type, kanwil_group, directorate_group,
      coalesce(sum(signers) FILTER (WHERE first_day IS NOT NULL), 0)::BIGINT AS signers, coalesce(sum(extra_rows), 0)::BIGINT AS extra_rows
    FROM signed_by_day GROUP BY ALL`,
};

// Per campaign: the span of its signature days (contract section 4: the default as-of day).
export const CAMPAIGNS: DerivedTable = {
  name: 'campaigns',
  columns: [
    col('campaign', 'VARCHAR', 'pledge campaign'), col('rows', 'BIGINT', 'signature rows'),
    col('first_day', 'DATE', 'first signature day'), col('last_day', 'DATE', 'last signature day'),
  ],
  build: sql`CREATE OR REPLACE TABLE campaigns AS
    SELECT campaign, count(*)::BIGINT AS rows, CAST(min(signed_at) AS DATE) AS first_day, CAST(max(signed_at) AS DATE) AS last_day
    FROM signatures GROUP BY campaign`,
};

export const UNMATCHED_UNITS: DerivedTable = {
  name: 'unmatched_units',
  columns: [col('value', 'VARCHAR', 'unit value as written'), col('rows', 'INTEGER', 'rows with that value')],
  build: sql`CREATE OR REPLACE TABLE unmatched_units AS
    SELECT unit_value AS value, count(*)::INTEGER AS rows FROM (
      SELECT unit_value, unit_key FROM employees UNION ALL SELECT unit_value, unit_key FROM signatures
      UNION ALL SELECT unit_value, unit_key FROM incidents)
    WHERE unit_value IS NOT NULL AND unit_key NOT IN (SELECT key FROM unit_lookup)
    GROUP BY unit_value`,
};

// Cases counted per unit × category × source × status × reported day × decided day: everything the
// counting metrics need (open on a day, age of the oldest open case), with no case id and no NIP.
export const INC_COUNTS: DerivedTable = {
  name: 'inc_counts',
  columns: [
    ...GROUP_COLUMNS, col('unit_name', 'VARCHAR', 'registry name, else the unit as written'),
    col('category', 'VARCHAR', 'code list 3.1'), col('source', 'VARCHAR', 'source code'), col('status', 'VARCHAR', 'code list 3.2, as recorded'),
    col('status_open', 'BOOLEAN', 'the recorded status is an open one'), col('reported_on', 'DATE', 'day reported'),
    col('decided_on', 'DATE', 'day decided'), col('cases', 'BIGINT', 'cases'),
  ],
  build: sql`CREATE OR REPLACE TABLE inc_counts AS
    SELECT unit_code, unit_type, kanwil_group, directorate_group, unit_name, category, source, status, status_open, reported_on, decided_on,
      count(*)::BIGINT AS cases
    FROM inc GROUP BY ALL`,
};

// What was loaded, in counts (the data description and the basis of completion).
export const DATASET_COUNTS: DerivedTable = {
  name: 'dataset_counts',
  columns: [col('employees', 'BIGINT', 'roster rows loaded, leavers included')],
  build: sql`CREATE OR REPLACE TABLE dataset_counts AS SELECT (SELECT count(*) FROM employees)::BIGINT AS employees`,
};

/** In build order: each reads only the loaded tables and the ones before it. */
export const DERIVED_TABLES: readonly DerivedTable[] = [
  UNIT_GROUPS, EMP, SIGNER, INC, STAFF_BY_UNIT, SIGNED_BY_DAY, SIGNED_BY_UNIT, CAMPAIGNS, UNMATCHED_UNITS, INC_COUNTS, DATASET_COUNTS,
];

/**
 * What a host publishes by default (aggregate form): counts sized by units and days, never by people,
 * plus the unit registry itself. The dashboard's figures are computed from these alone.
 */
export const PUBLISHED_AGGREGATES: readonly DerivedTable[] = [STAFF_BY_UNIT, SIGNED_BY_DAY, CAMPAIGNS, UNMATCHED_UNITS, INC_COUNTS, DATASET_COUNTS];
