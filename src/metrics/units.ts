import { sql } from '../db/sql';
import { metric, type NoParams } from './metric';
import { str, strOrNull } from './params';

export interface UnitInfo {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly kanwil: string; // group code (a Kanwil code or PUSAT)
  readonly directorate: string; // group code (an Eselon I code or KANWIL)
  readonly province: string | null;
  readonly shortName: string; // the shortest of its name and aliases, for chart labels
}

function shortest(names: readonly string[]): string {
  return names.map((n) => n.trim()).filter((n) => n !== '').reduce((a, b) => (b.length < a.length ? b : a));
}

export const unitRegistry = metric<NoParams, UnitInfo[]>({
  name: 'unit-registry',
  sql: () => sql`SELECT g.unit_code, g.unit_name, g.unit_type, g.kanwil_group, g.directorate_group, g.province, g.aliases
    FROM unit_groups g ORDER BY g.unit_code`,
  decode: (rows) => rows.map((r) => ({
    code: str(r.unit_code), name: str(r.unit_name), type: str(r.unit_type), kanwil: str(r.kanwil_group),
    directorate: str(r.directorate_group), province: strOrNull(r.province),
    shortName: shortest([str(r.unit_name), ...str(r.aliases).split('|')]),
  })),
});

export interface RegistryRow {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly kanwilCode: string | null;
  readonly directorateCode: string | null;
  readonly province: string | null;
  readonly aliases: string[];
  readonly headcount: number | null;
}

/** The registry as loaded, in file order, for exports and reconciliation. */
export const registryUnits = metric<NoParams, RegistryRow[]>({
  name: 'registry-units',
  sql: () => sql`SELECT unit_code, unit_name, unit_type, kanwil_code, directorate_code, province, aliases, headcount
    FROM units ORDER BY src_file, src_line`,
  decode: (rows) => rows.map((r) => ({
    code: str(r.unit_code), name: str(r.unit_name), type: str(r.unit_type),
    kanwilCode: strOrNull(r.kanwil_code), directorateCode: strOrNull(r.directorate_code), province: strOrNull(r.province),
    aliases: r.aliases === null ? [] : String(r.aliases).split('|').map((a) => a.trim()).filter(Boolean),
    headcount: r.headcount === null ? null : Number(r.headcount),
  })),
});
