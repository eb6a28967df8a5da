import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/ingest-file';
import type { FileProblem, FileResult } from '../../src/ingest/report-types';

// Every file of the third-party robustness corpus (see /work/shared/csv-corpus/SOURCES.md) goes through the same
// entry point as an upload: it is either loaded (problem null, a kind, nothing lost) or refused with a reason.
// Nothing may throw or take long. The .json and .tsv files are included: an analyst may drop anything.
import { CORPUS } from '../corpus-path';
const FILES = readdirSync(CORPUS).filter((f) => f !== 'SOURCES.md').sort();
const MAX_MS = 2_000; // the largest file (206 KB, 9,074 columns) takes ~0.1 s; a hang or a quadratic path shows here

const PROBLEMS: readonly FileProblem[] = ['empty', 'xlsx', 'xls', 'utf16', 'binary', 'no_header', 'kind_unknown', 'missing_columns'];

const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(CORPUS, name)));
const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

const outcomes = new Map<string, FileResult | Error>();

/** One reading per file, shared by the per-file test and the specific checks. */
function ingest(name: string): { result: FileResult; ms: number } {
  const bytes = bytesOf(name);
  const start = performance.now();
  try {
    const result = ingestBytes(name, bytes);
    outcomes.set(name, result);
    return { result, ms: performance.now() - start };
  } catch (error) {
    outcomes.set(name, error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}

const cached = (name: string): FileResult => {
  const known = outcomes.get(name);
  if (known && !(known instanceof Error)) return known;
  return ingest(name).result;
};

describe('robustness corpus: every file is loaded or refused with a reason', () => {
  it('the corpus is there (145 data files per SOURCES.md)', () => {
    expect(FILES.length).toBe(145);
  });

  it.each(FILES)('%s', (name) => {
    const size = bytesOf(name).length;
    const { result: r, ms } = ingest(name);
    expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(MAX_MS);
    expect(r.file).toBe(name);
    expect(r.bytes).toBe(size);
    if (r.problem === null) {
      expect(r.kind, 'a loaded file has a kind').not.toBeNull();
      expect(r.rowsRead, 'rows read = loaded + rejected').toBe(r.loaded + r.rejects.length);
      expect(r.rows.length).toBe(r.loaded);
    } else {
      expect(PROBLEMS).toContain(r.problem);
      expect(r.loaded, 'a refused file loads nothing').toBe(0);
      expect(r.rows).toEqual([]);
    }
  });
});

describe('robustness corpus: outcomes checked against the bytes', () => {
  it('files starting with a UTF-16 byte-order mark (FF FE / FE FF) are decoded in their byte order, headers intact', () => {
    const utf16 = FILES.filter((f) => {
      const b = bytesOf(f);
      return startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff]);
    });
    // duckdb-invalid_utf8.csv is UTF-16LE despite its name; csvparser-utf16-big.csv is big-endian.
    expect(utf16).toEqual(['csvparser-utf16-big.csv', 'csvparser-utf16.csv', 'duckdb-invalid_utf8.csv', 'duckdb-utf16.csv']);
    expect(utf16.map((f) => cached(f).encoding)).toEqual(['utf-16be', 'utf-16le', 'utf-16le', 'utf-16le']);
    expect(utf16.map((f) => cached(f).headers)).toEqual([['a', 'b', 'c'], ['a', 'b', 'c'], ['bla'], ['name', 'age']]);
    // None of them holds pledge data: each is refused as of no known kind, not as unreadable.
    for (const f of utf16) expect(cached(f).problem, f).toBe('kind_unknown');
  });

  it('a 0-byte file and a file holding one line feed are refused as empty', () => {
    expect(bytesOf('duckdb-empty.csv').length).toBe(0);
    expect([...bytesOf('csvkit-empty.csv')]).toEqual([0x0a]);
    expect(cached('duckdb-empty.csv').problem).toBe('empty');
    expect(cached('csvkit-empty.csv').problem).toBe('empty');
  });

  it('a UTF-8 BOM is noted and never reaches the first header name', () => {
    const firstHeader: Record<string, string> = {
      'duckdb-part_0_0001.csv': 'billingAccountName',
      'duckdb-utf8bom.csv': 'id',
      'frictionless-bom.csv': 'id',
      'papaparse-utf-8-bom-sample.csv': 'A',
    };
    const withBom = FILES.filter((f) => startsWith(bytesOf(f), [0xef, 0xbb, 0xbf]));
    expect(withBom).toEqual(Object.keys(firstHeader));
    for (const f of withBom) {
      const r = cached(f);
      expect(r.encoding, f).toBe('utf-8');
      expect(r.bom, f).toBe(true);
      expect(r.headers[0], f).toBe(firstHeader[f]);
      expect(r.headers.some((h) => h.includes('\uFEFF')), f).toBe(false);
    }
  });

  it('Latin-1 files (not valid UTF-8) are read as Windows-1252, their accented header letters intact', () => {
    // spectrum-latin1.csv: a,b,c then 0xA9 (©) in the data; duckdb-latin1.csv: 0xE9, 0xC1 … in the data.
    expect(bytesOf('spectrum-latin1.csv').at(-1)).toBe(0xa9);
    for (const f of ['spectrum-latin1.csv', 'duckdb-latin1.csv', 'duckdb-all_latin1.csv', 'duckdb-banklist.csv']) {
      expect(cached(f).encoding, f).toBe('windows-1252');
      expect(cached(f).bom, f).toBe(false);
    }
    expect(cached('spectrum-latin1.csv').headers).toEqual(['a', 'b', 'c']);
    expect(cached('duckdb-latin1.csv').headers).toEqual(['name', 'age']);
    // "Hist\xF3rico" in a Latin-1 bank export header.
    const bank = bytesOf('csvlint-invalid-byte-sequence.csv');
    expect(Buffer.from(bank).includes(Buffer.from([0x48, 0x69, 0x73, 0x74, 0xf3]))).toBe(true);
    expect(cached('csvlint-invalid-byte-sequence.csv').encoding).toBe('windows-1252');
    expect(cached('csvlint-invalid-byte-sequence.csv').headers).toContain('Histórico');
    // 0xFF 0xFF inside a quoted header name.
    expect(cached('duckdb-invalid_utf_header.csv').headers).toContain('invalid_ÿÿ_part');
    // Every header of the FDIC list ends in 0xA0 (no-break space): trimmed away.
    expect(cached('duckdb-banklist.csv').headers[0]).toBe('Bank Name');
  });

  it('valid UTF-8 without a BOM stays UTF-8 (multi-byte letters are not mistaken for Latin-1)', () => {
    for (const f of ['spectrum-utf8.csv', 'duckdb-greek_utf8.csv', 'frictionless-bom.csv', 'duckdb-normalize_names_6.csv']) {
      expect(cached(f).encoding, f).toBe('utf-8');
    }
    expect(cached('duckdb-normalize_names_6.csv').headers).toContain('Qty (m²)');
  });
});

afterAll(() => {
  const loaded: string[] = [];
  const refused: Record<string, string[]> = {};
  const threw: string[] = [];
  for (const [name, r] of [...outcomes].sort(([a], [b]) => a.localeCompare(b))) {
    if (r instanceof Error) threw.push(name);
    else if (r.problem === null) loaded.push(`${name} (${r.kind}: ${r.loaded} loaded, ${r.rejects.length} rejected)`);
    else (refused[r.problem] ??= []).push(name);
  }
  const refusedCount = Object.values(refused).reduce((n, l) => n + l.length, 0);
  const byProblem = Object.entries(refused).sort((a, b) => b[1].length - a[1].length).map(([p, l]) => `${p} ${l.length}`).join(', ');
  const lines = [
    `csv corpus: ${outcomes.size} files read, ${loaded.length} loaded, ${refusedCount} refused (${byProblem})${threw.length ? `, ${threw.length} threw` : ''}`,
    ...loaded.map((l) => `  loaded: ${l}`),
    ...Object.entries(refused).filter(([p]) => p !== 'kind_unknown').map(([p, l]) => `  ${p}: ${l.join(', ')}`),
    ...(threw.length ? [`  threw: ${threw.join(', ')}`] : []),
  ];
  console.log(lines.join('\n'));
});
