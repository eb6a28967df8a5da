import { combine, type PriorKeys, type Tables } from './combine';
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

/** Reads every file, then applies the rules that span files of one kind, in the order given. */
export function ingestFiles(inputs: readonly InputFile[], prior: PriorKeys = {}): IngestedSet {
  const crossFile = new CrossFileRules(prior);
  const files = inputs.map((f) => ingestBytes(f.name, f.bytes, f.options, crossFile));
  return { files, ...combine(files, prior) };
}
