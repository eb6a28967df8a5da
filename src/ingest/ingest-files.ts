import { combine, packTables, type PackedTables, type PriorKeys, type Tables } from './combine';
import { CrossFileRules } from './cross-file';
import { ingestBytes, type IngestOptions } from './ingest-file';
import type { FileResult } from './report-types';

export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly options?: IngestOptions;
}

export interface IngestedSet {
  readonly files: FileResult[];
  readonly tables: Tables;
  readonly replacedCaseIds: string[];
}

export interface PackedSet {
  readonly files: FileResult[];
  readonly packed: PackedTables;
  readonly replacedCaseIds: string[];
}

/** Reads every file, then applies the rules that span files of one kind, in the order given. */
export function ingestFiles(inputs: readonly InputFile[], prior: PriorKeys = {}): IngestedSet {
  const crossFile = new CrossFileRules(prior);
  const files = inputs.map((f) => ingestBytes(f.name, f.bytes, f.options, crossFile));
  return { files, ...combine(files, prior) };
}

/**
 * The same, for a load of any size: accepted rows go straight into the bytes DuckDB loads (no row
 * arrays are kept), and each file's input bytes can be let go as soon as it is read.
 */
export function ingestFilesPacked(inputs: readonly InputFile[], prior: PriorKeys = {}): PackedSet {
  const crossFile = new CrossFileRules(prior);
  const files = inputs.map((f) => ingestBytes(f.name, f.bytes, { ...f.options, pack: true }, crossFile));
  const { tables, replacedCaseIds } = combine(files, prior);
  return { files, packed: packTables(files, tables), replacedCaseIds };
}
