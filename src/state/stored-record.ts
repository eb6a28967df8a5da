// Checks what comes back from IndexedDB: another version of the app, an extension, a half-written
// record or a hand edit may have left anything there. A record that does not pass is set aside, never used.
import { KINDS, type Kind } from '../schema/columns';

export type KindCounts = Record<Kind, number>;
export type LoadMode = 'replace' | 'append';

export interface StoredFile {
  readonly name: string;
  readonly blob: Blob; // the file exactly as uploaded (the browser copies it into storage off the main thread)
  readonly kind: Kind; // the kind it was loaded as (detected or chosen)
  readonly mapping?: Record<string, number>; // the user's column choices, if any
  readonly delimiter?: ',' | ';' | '\t' | '|';
}

/** One confirmed load: its files, how each kind was loaded, and the rows per kind before and after it. */
export interface StoredBatch {
  readonly id: number; // assigned by the store, increasing (never reused, also not after clear())
  readonly savedAt: string; // ISO timestamp
  readonly modes: Readonly<Partial<Record<Kind, LoadMode>>>; // replace = the files replace all data of their kinds
  readonly files: readonly StoredFile[];
  readonly counts?: { readonly before: KindCounts; readonly after: KindCounts };
}

const DELIMITERS = [',', ';', '\t', '|'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKind = (v: unknown): v is Kind => typeof v === 'string' && (KINDS as readonly string[]).includes(v);
const isMode = (v: unknown): v is LoadMode => v === 'replace' || v === 'append';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function readCounts(v: unknown): KindCounts | null {
  if (!isObject(v)) return null;
  const out: Partial<KindCounts> = {};
  for (const kind of KINDS) {
    if (!isCount(v[kind])) return null;
    out[kind] = v[kind];
  }
  return out as KindCounts;
}

function readMapping(v: unknown): Record<string, number> | null {
  if (!isObject(v)) return null;
  const out: Record<string, number> = {};
  for (const [key, index] of Object.entries(v)) {
    if (!isCount(index)) return null;
    out[key] = index;
  }
  return out;
}

function readFile(v: unknown): StoredFile | null {
  if (!isObject(v) || typeof v.name !== 'string' || !isKind(v.kind)) return null;
  // Records written before files were kept as Blobs hold an ArrayBuffer copy.
  const blob = v.blob instanceof Blob ? v.blob : v.buffer instanceof ArrayBuffer ? new Blob([v.buffer]) : null;
  if (!blob) return null;
  let mapping: Record<string, number> | undefined;
  if (v.mapping !== undefined) {
    const read = readMapping(v.mapping);
    if (!read) return null;
    mapping = read;
  }
  if (v.delimiter !== undefined && !DELIMITERS.includes(v.delimiter as string)) return null;
  return {
    name: v.name, blob, kind: v.kind,
    ...(mapping ? { mapping } : {}),
    ...(v.delimiter !== undefined ? { delimiter: v.delimiter as StoredFile['delimiter'] } : {}),
  };
}

/** A stored load as the app may use it, or null when any part of it is not what the app wrote. */
export function readBatch(v: unknown): StoredBatch | null {
  if (!isObject(v) || !isCount(v.id) || typeof v.savedAt !== 'string' || Number.isNaN(Date.parse(v.savedAt))) return null;
  if (!Array.isArray(v.files)) return null;
  const files: StoredFile[] = [];
  for (const f of v.files as unknown[]) {
    const file = readFile(f);
    if (!file) return null;
    files.push(file);
  }
  const modes: Partial<Record<Kind, LoadMode>> = {};
  if (v.modes !== undefined) {
    if (!isObject(v.modes)) return null;
    for (const [kind, mode] of Object.entries(v.modes)) {
      if (!isKind(kind) || !isMode(mode)) return null;
      modes[kind] = mode;
    }
  } else if (isMode(v.mode)) { // records of earlier versions: one mode for the whole batch
    for (const f of files) modes[f.kind] = v.mode;
  } else return null;
  if (files.some((f) => !modes[f.kind])) return null;
  let counts: StoredBatch['counts'];
  if (v.counts !== undefined) {
    if (!isObject(v.counts)) return null;
    const before = readCounts(v.counts.before), after = readCounts(v.counts.after);
    if (!before || !after) return null;
    counts = { before, after };
  }
  return { id: v.id, savedAt: v.savedAt, modes, files, ...(counts ? { counts } : {}) };
}

/** An alias as the app may use it: a non-empty unit value (the key) naming a non-empty unit code. */
export const isAlias = (key: unknown, value: unknown): key is string =>
  typeof key === 'string' && key.trim() !== '' && typeof value === 'string' && value.trim() !== '';
