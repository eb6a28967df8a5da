import type { PackedTables } from '../ingest/combine';
import { exportPublished, loadAggregates, loadPacked, PUBLISHED_TABLES } from '../db/load';
import { PUBLISHED_AGGREGATES } from '../db/model';
import { openNodeDb } from '../db/node';
import type { Db } from '../db/db';
import { ident, join, sql, sqlType, type Fragment } from '../db/sql';

// A national export through the build in bounded memory. The engine (DuckDB-wasm, a 4 GB address
// space) cannot hold a five-million roster, its pledge export and the tables derived from them at
// once. Every published aggregate adds up over people, so the build splits the people by NIP (a
// person's roster row and signatures fall in the same part), builds each part's aggregates alone,
// and adds them up: memory grows with the part, not with the whole.

/** How each published aggregate's measures add up across parts; the other columns are its keys. */
export const COMBINE: Readonly<Record<string, Readonly<Record<string, 'sum' | 'min' | 'max'>>>> = {
  staff_by_unit: { employees: 'sum' },
  signed_by_day: { signers: 'sum', extra_rows: 'sum' },
  campaigns: { rows: 'sum', first_day: 'min', last_day: 'max' },
  unmatched_units: { rows: 'sum' },
  inc_counts: { cases: 'sum' },
  dataset_counts: { employees: 'sum' },
};

/** People per part: a part's engine then stays far below its memory limit. */
export const PART_ROWS = 1_500_000;

const QUOTE = 0x22;
const LF = 0x0a;

/** A part number for a NIP written at `at` (18 ASCII digits): FNV-1a, so parts come out even. */
function partOf(bytes: Uint8Array, at: number, parts: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + 18; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return (h >>> 0) % parts;
}

/** Packed rows whose first value is a NIP, split by NIP into `parts` lists of pieces (bytes copied row by row). */
export function splitByNip(pieces: readonly Uint8Array[], parts: number): Uint8Array[][] {
  const out: Uint8Array[][] = Array.from({ length: parts }, () => []);
  for (const piece of pieces) {
    const sinks = Array.from({ length: parts }, () => new Uint8Array(piece.length));
    const used = new Array<number>(parts).fill(0);
    let start = 0;
    while (start < piece.length) {
      // A row: flag, comma, the quoted NIP, then fields up to the line feed outside quotes.
      let end = start;
      let quoted = false;
      while (end < piece.length && (quoted || piece[end] !== LF)) {
        if (piece[end] === QUOTE) quoted = !quoted;
        end++;
      }
      end++;
      if (piece[start + 2] !== QUOTE) throw new Error('a packed row without its NIP');
      const p = partOf(piece, start + 3, parts);
      sinks[p].set(piece.subarray(start, end), used[p]);
      used[p] += end - start;
      start = end;
    }
    for (let p = 0; p < parts; p++) if (used[p] > 0) out[p].push(sinks[p].slice(0, used[p]));
  }
  return out;
}

/** A published aggregate added up across the parts' copies (each read with its declared column types). */
function combined(name: string, copies: readonly string[]): Fragment {
  const table = PUBLISHED_AGGREGATES.find((t) => t.name === name)!;
  const measures = COMBINE[name];
  const typed = join(table.columns.map((c) => sql`CAST(${ident(c.name)} AS ${sqlType(c.type)}) AS ${ident(c.name)}`), ', ');
  const union = join(copies.map((t) => sql`SELECT ${typed} FROM ${ident(t)}`), ' UNION ALL ');
  const select = table.columns.map((c) => {
    const how = measures[c.name];
    if (!how) return ident(c.name);
    const fn = how === 'sum' ? sql`sum` : how === 'min' ? sql`min` : sql`max`;
    return sql`CAST(${fn}(${ident(c.name)}) AS ${sqlType(c.type)}) AS ${ident(c.name)}`;
  });
  return sql`SELECT ${join(select, ', ')} FROM (${union}) GROUP BY ALL`;
}

/**
 * Builds the published tables part by part and gives a database holding them (the registry and the
 * added-up aggregates, as loadAggregates would from the published files), for export and the first view.
 */
export async function aggregatesInParts(packed: PackedTables, parts: number): Promise<Db> {
  const employees = splitByNip(packed.employees, parts);
  const signatures = splitByNip(packed.signatures, parts);
  packed.employees.length = 0; // the split copies are what is read from here on
  packed.signatures.length = 0;
  // A part with no roster row would place its signers by the unit they wrote: its signers are in no
  // roster at all (a NIP's part is fixed), so they go to a part that has one, where they count the same.
  const run = employees.flatMap((e, p) => (e.length > 0 ? [p] : []));
  for (let p = 0; p < parts; p++) if (employees[p].length === 0) signatures[run[0]].push(...signatures[p]);
  // One engine for every part: each part's load replaces the tables of the one before (an engine per
  // part would keep each one's memory until the process ends).
  const db = await openNodeDb();
  try {
    for (const [i, p] of run.entries()) {
      // The engine may take the bytes it is given: each part gets its own copy of the shared ones.
      await loadPacked(db, {
        units: packed.units.map((b) => b.slice()), employees: employees[p], signatures: signatures[p],
        incidents: i === 0 ? packed.incidents.map((b) => b.slice()) : [],
      });
      employees[p] = [];
      signatures[p] = [];
      for (const t of await exportPublished(db)) await db.insertArrow(`part${i}_${t.name}`, t.ipc);
    }
    const tables = new Map<string, Uint8Array>();
    for (const name of PUBLISHED_TABLES) {
      const copies = run.map((_, i) => `part${i}_${name}`);
      const query = COMBINE[name] ? combined(name, copies) : sql`SELECT * FROM ${ident(copies[0])}`; // the registry: the same in every part
      tables.set(name, await db.exportArrow!(query));
    }
    await loadAggregates(db, tables);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** A database holding what is published: the whole export loaded at once, or built in parts. */
export async function aggregatesDb(packed: PackedTables, parts: number): Promise<Db> {
  if (parts > 1) return aggregatesInParts(packed, parts);
  const db = await openNodeDb();
  try {
    await loadPacked(db, packed);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
