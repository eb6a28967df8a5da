import type { TableRow } from '../schema/tables';
import { RowPacker } from './row-packer';

// Where a file's accepted rows go while it is read: kept as arrays (tests, small files, cases that a
// later row may replace), or written straight into the bytes DuckDB loads (an upload or a build,
// where a million arrays would cost more than the reading). Both let a date already stored be read
// and changed, and a stored row be dropped, when its column turns out to be month-first.
export interface RowStore {
  /** Stores a row; gives its handle. */
  add(row: TableRow): number;
  /** After add(): the place of the k-th marked (date) column's value, -1 when it is null. */
  markedAt(k: number): number;
  /** The YYYY-MM-DD day at the start of a stored date value. */
  readDay(place: number): string;
  writeDay(place: number, day: string): void;
  /** Drops a stored row; gives its values (for its rejection). */
  drop(row: number): (string | null)[];
}

export class ArrayRowStore implements RowStore {
  private readonly rows: (TableRow | null)[] = [];
  private readonly marked: readonly number[];
  private dropped = 0;

  constructor(marked: readonly number[]) {
    this.marked = marked;
  }

  add(row: TableRow): number {
    this.rows.push(row);
    return this.rows.length - 1;
  }

  // A place is row * 16 + column: a table has fewer than 16 columns.
  markedAt(k: number): number {
    const row = this.rows.length - 1;
    return this.rows[row]![this.marked[k]] === null ? -1 : row * 16 + this.marked[k];
  }

  readDay(place: number): string {
    return this.rows[Math.floor(place / 16)]![place % 16]!.slice(0, 10);
  }

  writeDay(place: number, day: string): void {
    const row = this.rows[Math.floor(place / 16)]!;
    row[place % 16] = day + row[place % 16]!.slice(10);
  }

  drop(row: number): (string | null)[] {
    const values = this.rows[row]!;
    this.rows[row] = null;
    this.dropped++;
    return values;
  }

  finish(): TableRow[] {
    return this.dropped === 0 ? (this.rows as TableRow[]) : this.rows.filter((r): r is TableRow => r !== null);
  }
}

export class PackedRowStore implements RowStore {
  private readonly packer: RowPacker;

  constructor(marked: readonly number[]) {
    this.packer = new RowPacker(marked);
  }

  add(row: TableRow): number {
    return this.packer.add(row);
  }

  markedAt(k: number): number {
    return this.packer.markedAt[k];
  }

  readDay(place: number): string {
    return this.packer.read(place, 10);
  }

  writeDay(place: number, day: string): void {
    this.packer.overwrite(place, day);
  }

  drop(row: number): (string | null)[] {
    this.packer.drop(row);
    return this.packer.valuesAt(row);
  }

  finish(): Uint8Array[] {
    return this.packer.finish();
  }
}
