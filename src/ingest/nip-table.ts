// NIPs seen so far, for the duplicate rules of a million-row roster or pledge export. A Map with a
// string per NIP cost about a microsecond per row and kept every NIP's string (and the text it was cut
// from) alive for the garbage collector to walk; here an 18-digit NIP is two 9-digit numbers in typed
// arrays (open addressing, linear probing), with a number beside it. Any other key (not expected: a
// cleaned NIP has exactly 18 digits) goes to an ordinary Map, so the table answers for every string.

const EMPTY = -1;
const MIN_CAPACITY = 1024;
const MAX_LOAD = 0.6; // share of slots in use before the table grows

// The halves of the key last split (module scratch: no array per call).
let hiPart = 0;
let loPart = 0;

/** Splits an 18-digit key into its halves; false for anything else. */
function split(key: string): boolean {
  if (key.length !== 18) return false;
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < 9; i++) {
    const a = key.charCodeAt(i) - 48;
    const b = key.charCodeAt(i + 9) - 48;
    if (a < 0 || a > 9 || b < 0 || b > 9) return false;
    hi = hi * 10 + a;
    lo = lo * 10 + b;
  }
  hiPart = hi;
  loPart = lo;
  return true;
}

const hash = (hi: number, lo: number): number => {
  let h = Math.imul(hi ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
};

const digits = (n: number): string => String(n).padStart(9, '0');

export class NipTable {
  private keys: Int32Array; // slot i: high half at 2i (EMPTY when free), low half at 2i + 1
  private values: Float64Array;
  private mask: number;
  private used = 0;
  private readonly other = new Map<string, number>();

  /** `withValues` false: a set (every value reads 0), one memory access fewer per key. */
  constructor(private readonly withValues = true) {
    this.keys = new Int32Array(MIN_CAPACITY * 2).fill(EMPTY);
    this.values = new Float64Array(withValues ? MIN_CAPACITY : 0);
    this.mask = MIN_CAPACITY - 1;
  }

  private get capacity(): number {
    return this.mask + 1;
  }

  get size(): number {
    return this.used + this.other.size;
  }

  /** The slot of the split key, or of the empty slot where it would go. */
  private slot(hi: number, lo: number): number {
    const keys = this.keys;
    let i = hash(hi, lo) & this.mask;
    for (;;) {
      const h = keys[2 * i];
      if (h === EMPTY || (h === hi && keys[2 * i + 1] === lo)) return i;
      i = (i + 1) & this.mask;
    }
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get(key: string): number | undefined {
    if (!split(key)) return this.other.get(key);
    const i = this.slot(hiPart, loPart);
    if (this.keys[2 * i] === EMPTY) return undefined;
    return this.withValues ? this.values[i] : 0;
  }

  set(key: string, value: number): void {
    this.put(key, value, true);
  }

  /** Adds a key that is not there yet (a set's add); false when it was there already. */
  add(key: string, value = 0): boolean {
    return this.put(key, value, false);
  }

  /** Puts a key's value (or only a new key's, unless `overwrite`); true when the key is new. */
  private put(key: string, value: number, overwrite: boolean): boolean {
    if (!split(key)) {
      const had = this.other.has(key);
      if (!had || overwrite) this.other.set(key, value);
      return !had;
    }
    const hi = hiPart;
    const lo = loPart;
    let i = this.slot(hi, lo);
    const fresh = this.keys[2 * i] === EMPTY;
    if (fresh) {
      if (this.used + 1 > this.capacity * MAX_LOAD) {
        this.grow(this.capacity * 2);
        i = this.slot(hi, lo);
      }
      this.keys[2 * i] = hi;
      this.keys[2 * i + 1] = lo;
      this.used++;
    }
    if ((fresh || overwrite) && this.withValues) this.values[i] = value;
    return fresh;
  }

  delete(key: string): boolean {
    if (!split(key)) return this.other.delete(key);
    let i = this.slot(hiPart, loPart);
    const keys = this.keys;
    if (keys[2 * i] === EMPTY) return false;
    // Backward-shift deletion: later entries of the same run move up, so no probe stops short.
    const mask = this.mask;
    for (let j = (i + 1) & mask; keys[2 * j] !== EMPTY; j = (j + 1) & mask) {
      const home = hash(keys[2 * j], keys[2 * j + 1]) & mask;
      // j's entry may fill the hole at i when the hole is no nearer to j than its home is.
      if (((j - home) & mask) >= ((j - i) & mask)) {
        keys[2 * i] = keys[2 * j];
        keys[2 * i + 1] = keys[2 * j + 1];
        if (this.withValues) this.values[i] = this.values[j];
        i = j;
      }
    }
    keys[2 * i] = EMPTY;
    this.used--;
    return true;
  }

  /** Every key with its value (tests, and moving keys elsewhere). */
  *entries(): Generator<[string, number]> {
    for (let i = 0; i < this.capacity; i++) {
      if (this.keys[2 * i] !== EMPTY) yield [digits(this.keys[2 * i]) + digits(this.keys[2 * i + 1]), this.withValues ? this.values[i] : 0];
    }
    yield* this.other;
  }

  /** Makes room for `keys` keys in all at once (a file's rows, estimated from its size): growing step by step rehashes every key each time. */
  reserve(keys: number): void {
    let capacity = this.capacity;
    while (keys > capacity * MAX_LOAD) capacity *= 2;
    if (capacity > this.capacity) this.grow(capacity);
  }

  private grow(capacity: number): void {
    const { keys, values } = this;
    const old = this.capacity;
    this.keys = new Int32Array(capacity * 2).fill(EMPTY);
    this.values = new Float64Array(this.withValues ? capacity : 0);
    this.mask = capacity - 1;
    for (let k = 0; k < old; k++) {
      if (keys[2 * k] === EMPTY) continue;
      const i = this.slot(keys[2 * k], keys[2 * k + 1]);
      this.keys[2 * i] = keys[2 * k];
      this.keys[2 * i + 1] = keys[2 * k + 1];
      if (this.withValues) this.values[i] = values[k];
    }
  }
}
