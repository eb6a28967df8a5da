import type { TableRow } from '../schema/tables';

/**
 * Rows as CSV bytes for DuckDB's reader: every value quoted, NULL as an empty unquoted field.
 * Bytes can be handed to the database worker without copying.
 */
export function packRows(rows: readonly TableRow[]): Uint8Array {
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    lines[i] = rows[i].map((v) => (v === null ? '' : `"${v.includes('"') ? v.replaceAll('"', '""') : v}"`)).join(',');
  }
  return new TextEncoder().encode(lines.length ? `${lines.join('\n')}\n` : '');
}
