import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/cli/data-files';
import { COMBINE, splitByNip } from '../../src/cli/partitioned';
import { publishData } from '../../src/cli/publish';
import { PUBLISHED_AGGREGATES } from '../../src/db/model';
import { packRows } from '../../src/ingest/row-packer';
import { FIXTURES } from './load-fixture';

// A national export is built in parts split by NIP, and the parts' aggregates added up: what is
// published must be exactly what building the whole at once publishes.
const rowsOf = (bytes: Uint8Array) => tableFromIPC(bytes).toArray().map((r) => JSON.stringify(r.toJSON(), (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))).sort();

async function publishedFiles(folder: string, parts?: number): Promise<Map<string, unknown>> {
  const out = await publishData(folder, readInputs([folder]), { rows: false, synthetic: false, parts });
  return new Map(out.files.map((f) => [f.name, f.name.endsWith('.arrow') ? rowsOf(f.bytes) : JSON.parse(new TextDecoder().decode(f.bytes))]));
}

describe('the build in parts', () => {
  it('knows how every published aggregate adds up', () => {
    for (const t of PUBLISHED_AGGREGATES) expect(Object.keys(COMBINE[t.name] ?? {}).length, t.name).toBeGreaterThan(0);
  });

  it('splits packed rows by NIP: each row once, a NIP always in the same part', () => {
    const nip = (i: number) => `1980010120050110${String(i % 50).padStart(2, '0')}`;
    const pieces = packRows(Array.from({ length: 400 }, (_, i) => [nip(i), i % 7 === 0 ? 'a\n"b"' : `row ${i}`]));
    const parts = splitByNip(pieces, 3).map((p) => p.map((b) => new TextDecoder().decode(b)).join(''));
    const lines = parts.map((p) => p.match(/^1,"\d{18}"/gm) ?? []);
    expect(lines.flat()).toHaveLength(400);
    for (let i = 0; i < 50; i++) expect(lines.filter((l) => l.some((x) => x.includes(`"${nip(i)}"`))).length).toBe(1);
    expect(lines.every((l) => l.length > 0)).toBe(true);
  });

  // A national-shaped export in 3 parts: test/scripts/generate-national.test.ts.
  it('publishes what the whole build publishes, first view included, on a small roster in 5 parts', async () => {
    const folder = join(FIXTURES, 'campaigns');
    const whole = await publishedFiles(folder, 1);
    const inParts = await publishedFiles(folder, 5);
    expect([...inParts.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [file, content] of whole) if (file !== 'manifest.json') expect(inParts.get(file), file).toEqual(content);
  }, 240_000);
});
