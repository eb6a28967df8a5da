import type { FileResult } from '../ingest/report-types';
import { toFailure } from '../query/errors';
import { KINDS, type Kind } from '../schema/columns';
import type { PublishedFileReport } from '../schema/published-manifest';
import { ReaderDied } from './ingest-client';
import { DEFAULT_MODES, type Mode } from './load-guard';

// The dataset controller's helpers: size limit, the remembered per-kind modes, published reports, failure codes.
export const MAX_FILE_BYTES = 600 * 1024 * 1024;

export class FileTooLarge extends Error {
  constructor(readonly file: string, readonly bytes: number, readonly limit: number) {
    super(`${file}: ${bytes} bytes, over the browser limit of ${limit}`);
  }
}

const MODES_KEY = 'pledge-dashboard.modes';

/** The per-kind choice the analyst made last (anything unreadable: the defaults). */
export function savedModes(): Record<Kind, Mode> {
  try { // storage may be unreadable (opaque origins): the defaults then
    const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(MODES_KEY) ?? '{}');
    const out = { ...DEFAULT_MODES };
    if (raw && typeof raw === 'object') {
      for (const kind of KINDS) {
        const m = (raw as Record<string, unknown>)[kind];
        if (m === 'replace' || m === 'append') out[kind] = m;
      }
    }
    return out;
  } catch {
    return { ...DEFAULT_MODES };
  }
}

/** Keeps the per-kind choice for later visits; where storage is unreadable it lasts for this visit. */
export function rememberModes(modes: Readonly<Record<Kind, Mode>>): void {
  try { globalThis.localStorage?.setItem(MODES_KEY, JSON.stringify(modes)); } catch { /* this visit only */ }
}

/** A published file's validation report (counts only: the rows were not published) as the Data page shows it. */
export function publishedFile(r: PublishedFileReport): FileResult {
  return {
    file: r.file, bytes: r.bytes, kind: r.kind as FileResult['kind'], problem: null, missingColumns: [], encoding: r.encoding as FileResult['encoding'],
    bom: false, delimiter: r.delimiter as FileResult['delimiter'], headerLine: 1, headers: [], mapping: {} as FileResult['mapping'], monthFirst: {},
    rowsRead: r.rowsRead, loaded: r.loaded, rejects: [], warnings: [], suspectNips: [], sample: [], duplicates: r.duplicates, parseErrors: 0, rows: [],
    guessed: [], sheets: [], sheet: null, published: r,
  };
}

/** What the page says about a failed upload: a code with a sentence, never the raw error. */
export function failureCode(error: unknown): 'reader_died' | 'engine_dead' | 'out_of_memory' | 'load_error' {
  if (error instanceof ReaderDied) return 'reader_died';
  const failure = toFailure(error);
  return failure.kind === 'engine-dead' ? 'engine_dead' : failure.kind === 'out-of-memory' ? 'out_of_memory' : 'load_error';
}

/**
 * Resolves once what is on screen now has been painted: after the next frame, or after 150 ms where
 * no frame comes (a tab opened in the background draws nothing until it is shown).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 150);
    requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(); }, 0));
  });
}
