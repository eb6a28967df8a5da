import type { Kind } from './columns';

// DuckDB tables filled by the loader: one per input kind, in this column order.
export type SqlType = 'VARCHAR' | 'INTEGER' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP';

export interface TableSpec {
  readonly table: string;
  readonly columns: readonly (readonly [name: string, type: SqlType])[];
}

const SOURCE: readonly (readonly [string, SqlType])[] = [
  ['src_file', 'VARCHAR'],
  ['src_line', 'INTEGER'],
];

export const TABLES: Record<Kind, TableSpec> = {
  units: {
    table: 'units',
    columns: [
      ['unit_code', 'VARCHAR'], ['unit_name', 'VARCHAR'], ['unit_type', 'VARCHAR'], ['kanwil_code', 'VARCHAR'],
      ['directorate_code', 'VARCHAR'], ['province', 'VARCHAR'], ['aliases', 'VARCHAR'], ['headcount', 'INTEGER'], ...SOURCE,
    ],
  },
  employees: {
    table: 'employees',
    columns: [
      ['nip', 'VARCHAR'], ['name', 'VARCHAR'], ['unit_value', 'VARCHAR'], ['unit_key', 'VARCHAR'],
      ['employment_type', 'VARCHAR'], ['position_type', 'VARCHAR'], ['active', 'BOOLEAN'], ...SOURCE,
    ],
  },
  signatures: {
    table: 'signatures',
    columns: [
      ['nip', 'VARCHAR'], ['signed_at', 'TIMESTAMP'], ['name', 'VARCHAR'], ['unit_value', 'VARCHAR'], ['unit_key', 'VARCHAR'],
      ['campaign', 'VARCHAR'], ['channel', 'VARCHAR'], ...SOURCE,
    ],
  },
  incidents: {
    table: 'incidents',
    columns: [
      ['case_id', 'VARCHAR'], ['reported_on', 'DATE'], ['unit_value', 'VARCHAR'], ['unit_key', 'VARCHAR'], ['nip', 'VARCHAR'],
      ['category', 'VARCHAR'], ['source', 'VARCHAR'], ['status', 'VARCHAR'], ['sanction', 'VARCHAR'], ['decided_on', 'DATE'],
      ['election', 'VARCHAR'], ...SOURCE,
    ],
  },
};

/** A row ready for its table: values in TABLES column order, null for SQL NULL. */
export type TableRow = (string | null)[];
