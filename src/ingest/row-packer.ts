import type { TableRow } from '../schema/tables';
// Accepted rows written straight into the CSV bytes DuckDB's reader loads, as they are read: a
// million-row file is then never held as a million JS arrays (their garbage collection was the
// largest cost of reading one), and there is no second pass to pack them.
//
// Format (one row per line): a keep flag (1, or 0 for a row dropped after it was written), then
// every value quoted, NULL as an empty unquoted field. A date already written can be changed in
// place (same length) when its column turns out to be month-first (file-ingestor.ts).
//
// Values are written byte by byte while they are plain ASCII (almost every NIP, date, code and unit);
// the rest of a value with other characters goes through the TextEncoder. One TextEncoder call per
// row cost the browser's reading worker about 3 µs a row, a third of its time; gathering rows as text
// to encode them in batches still spent half of that joining the strings.
const PIECE_BYTES = 8 << 20;
const ONE = 0x31;
const ZERO = 0x30;
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;

export class RowPacker {
  private readonly encoder = new TextEncoder();
  private readonly done: Uint8Array[] = [];
  private readonly starts: number[] = []; // where each finished piece starts, in the whole stream
  private buf: Uint8Array;
  private at = 0;
  private base = 0; // bytes in finished pieces
  private readonly markOf: Int8Array; // per row index: which marked column it is, or -1
  /** After add(): where each marked column's value starts (inside its opening quote), in the whole stream; -1 when it is null. */
  readonly markedAt: number[];

  /** `marked`: the row indexes whose written place add() reports (the date columns). */
  constructor(marked: readonly number[] = [], private readonly pieceBytes = PIECE_BYTES) {
    this.markedAt = marked.map(() => -1);
    this.markOf = new Int8Array(Math.max(0, ...marked) + 1).fill(-1);
    marked.forEach((column, m) => { this.markOf[column] = m; });
    this.buf = new Uint8Array(pieceBytes);
  }

  /** Writes a row; gives where it starts in the whole stream. */
  add(row: TableRow): number {
    // Room for the row first (at most three bytes a character, a doubled quote two): a row never spans two pieces.
    let need = 2;
    for (let i = 0; i < row.length; i++) need += 3 + 3 * (row[i]?.length ?? 0);
    if (need > this.buf.length - this.at) this.newPiece(need);
    const buf = this.buf;
    let at = this.at;
    const start = this.base + at;
    buf[at++] = ONE;
    for (let i = 0; i < row.length; i++) {
      buf[at++] = COMMA;
      const v = row[i];
      const m = i < this.markOf.length ? this.markOf[i] : -1;
      if (v === null) {
        if (m >= 0) this.markedAt[m] = -1;
        continue;
      }
      buf[at++] = QUOTE;
      if (m >= 0) this.markedAt[m] = this.base + at;
      at = this.value(v, buf, at);
      buf[at++] = QUOTE;
    }
    buf[at++] = LF;
    this.at = at;
    return start;
  }

  /** Writes a value's bytes at `at` (quotes doubled); gives the end. */
  private value(v: string, buf: Uint8Array, at: number): number {
    for (let k = 0; k < v.length; k++) {
      const c = v.charCodeAt(k);
      if (c >= 0x80) {
        const rest = v.slice(k);
        return at + this.encoder.encodeInto(rest.includes('"') ? rest.replaceAll('"', '""') : rest, buf.subarray(at)).written;
      }
      buf[at++] = c;
      if (c === QUOTE) buf[at++] = QUOTE;
    }
    return at;
  }

  /** Starts a new piece of at least `need` bytes. */
  private newPiece(need: number): void {
    if (this.at > 0) {
      // The piece is full but for less than a row: kept as it is rather than copied.
      this.done.push(this.buf.subarray(0, this.at));
      this.starts.push(this.base);
      this.base += this.at;
    }
    this.buf = new Uint8Array(Math.max(this.pieceBytes, need));
    this.at = 0;
  }

  private locate(position: number): [Uint8Array, number] {
    if (position >= this.base) return [this.buf, position - this.base];
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= position) lo = mid;
      else hi = mid - 1;
    }
    return [this.done[lo], position - this.starts[lo]];
  }

  /** ASCII text written at a place (a date value). */
  read(position: number, length: number): string {
    const [piece, at] = this.locate(position);
    return String.fromCharCode(...piece.subarray(at, at + length));
  }

  /** Overwrites ASCII text of the same length at a place (a date value read the other way round). */
  overwrite(position: number, text: string): void {
    const [piece, at] = this.locate(position);
    for (let i = 0; i < text.length; i++) piece[at + i] = text.charCodeAt(i);
  }

  /** A written row's values (for the rejection of a row dropped after it was written). */
  valuesAt(rowStart: number): (string | null)[] {
    const [piece, at] = this.locate(rowStart);
    let end = at;
    let quoted = false;
    while (end < piece.length && (quoted || piece[end] !== LF)) {
      if (piece[end] === QUOTE) quoted = !quoted;
      end++;
    }
    const line = new TextDecoder().decode(piece.subarray(at + 2, end));
    const values: (string | null)[] = [];
    for (let i = 0; i <= line.length;) {
      if (line[i] !== '"') {
        values.push(null);
        i++;
        continue;
      }
      let v = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (line[q + 1] === '"') {
          v += line.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        v += line.slice(j, q);
        i = q + 2;
        break;
      }
      values.push(v);
    }
    return values;
  }

  /** Marks a written row as dropped: DuckDB's load leaves it out. */
  drop(rowStart: number): void {
    const [piece, at] = this.locate(rowStart);
    if (piece[at] !== ONE) throw new Error('not the start of a row');
    piece[at] = ZERO;
  }

  /** The pieces written, each whole rows; the packer is finished. */
  finish(): Uint8Array[] {
    if (this.at > 0) {
      // The last piece is copied when it is mostly empty (a small file must not hold a whole piece).
      this.done.push(this.at < this.buf.length / 2 ? this.buf.slice(0, this.at) : this.buf.subarray(0, this.at));
      this.starts.push(this.base);
      this.base += this.at;
    }
    this.buf = new Uint8Array(0);
    this.at = 0;
    return this.done;
  }
}

/** Rows as packed CSV pieces (the same format the packer writes while reading). */
export function packRows(rows: readonly TableRow[]): Uint8Array[] {
  const packer = new RowPacker();
  for (const row of rows) packer.add(row);
  return packer.finish();
}
