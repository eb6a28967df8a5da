import type { TableRow } from '../schema/tables';

// Accepted rows written straight into the CSV bytes DuckDB's reader loads, as they are read: a
// million-row file is then never held as a million JS arrays (their garbage collection was the
// largest cost of reading one), and there is no second pass to pack them.
//
// Format (one row per line): a keep flag (1, or 0 for a row dropped after it was written), then
// every value quoted, NULL as an empty unquoted field. A date already written can be changed in
// place (same length) when its column turns out to be month-first (file-ingestor.ts).
const PIECE_BYTES = 8 << 20;
const ONE = 0x31;
const ZERO = 0x30;

const field = (v: string | null): string => (v === null ? '' : `"${v.includes('"') ? v.replaceAll('"', '""') : v}"`);

export class RowPacker {
  private readonly encoder = new TextEncoder();
  private readonly done: Uint8Array[] = [];
  private readonly starts: number[] = []; // where each finished piece starts, in the whole stream
  private buf: Uint8Array;
  private at = 0;
  private base = 0; // bytes in finished pieces
  /** After add(): where each marked column's value starts (inside its opening quote), in the whole stream. */
  readonly markedAt: number[];

  /** `marked`: the row indexes whose written place add() reports (the date columns). */
  constructor(private readonly marked: readonly number[] = [], private readonly pieceBytes = PIECE_BYTES) {
    this.markedAt = marked.map(() => -1);
    this.buf = new Uint8Array(pieceBytes);
  }

  /** Writes a row; gives where it starts in the whole stream. */
  add(row: TableRow): number {
    const start = this.base + this.at;
    let text = '1';
    let written = 0;
    for (let i = 0; i < row.length; i++) {
      const m = this.marked.indexOf(i);
      if (m >= 0) {
        // Where the value sits depends on the bytes before it (names may be any text): written first.
        const v = row[i];
        if (v === null) {
          this.markedAt[m] = -1;
          text += ',';
          continue;
        }
        written += this.write(`${text},"`, start);
        this.markedAt[m] = start + written;
        text = `${v}"`; // a date: digits, '-', ':' and ' ' only
        continue;
      }
      text += `,${field(row[i])}`;
    }
    this.write(`${text}\n`, start);
    return start;
  }

  /** Encodes text at the current end; a row never spans two pieces. */
  private write(text: string, rowStart: number): number {
    if (this.buf.length - this.at < text.length * 3) this.newPiece(rowStart, text.length * 3);
    const { written } = this.encoder.encodeInto(text, this.buf.subarray(this.at));
    this.at += written;
    return written;
  }

  /** Starts a new piece, moving the row begun at `rowStart` (if any) into it. */
  private newPiece(rowStart: number, need: number): void {
    const begun = rowStart - this.base;
    const carried = this.buf.subarray(begun, this.at);
    if (begun > 0) {
      this.done.push(this.buf.slice(0, begun));
      this.starts.push(this.base);
      this.base += begun;
    }
    const next = new Uint8Array(Math.max(this.pieceBytes, carried.length + need));
    next.set(carried);
    this.buf = next;
    this.at = carried.length; // the row keeps its place in the whole stream
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
    while (end < piece.length && (quoted || piece[end] !== 0x0a)) {
      if (piece[end] === 0x22) quoted = !quoted;
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
      this.done.push(this.buf.slice(0, this.at));
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
