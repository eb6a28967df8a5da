import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, describe, expect, it } from 'vitest';
import { generateNational } from '../../scripts/generate-national';
import { readInputs } from '../../src/cli/data-files';
import { publishData } from '../../src/cli/publish';
import { ingestFilesPacked } from '../../src/ingest/ingest-files';

// The scale bench's national export is only worth its figures if every row of it loads: a registry the
// ingest accepts whole, a roster whose every row loads, and a pledge export whose repeats are counted.
// Built in parts, it publishes what the whole build publishes.
const folder = mkdtempSync(join(tmpdir(), 'national-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the generated national export', () => {
  const made = generateNational(folder, 20_000);

  it('loads whole: 600+ agencies, no rejected row, every repeat counted', () => {
    expect(made.agencies).toBeGreaterThanOrEqual(600);
    const { files } = ingestFilesPacked(readInputs([folder]));
    const byKind = Object.fromEntries(files.map((f) => [f.kind, f]));
    for (const f of files) expect(f.rejects, f.file).toEqual([]);
    expect(byKind.units.loaded).toBe(made.units);
    expect(byKind.employees.loaded).toBe(20_000);
    expect(byKind.signatures.loaded).toBe(made.signatureRows);
    expect(byKind.signatures.duplicates).toBeGreaterThan(0);
  });

  it('publishes the same aggregates in 3 parts as whole', async () => {
    const publish = async (parts: number) => {
      const out = await publishData(folder, readInputs([folder]), { rows: false, synthetic: false, parts });
      return new Map(out.files.filter((f) => f.name.endsWith('.arrow')).map((f) => [f.name, tableFromIPC(f.bytes).toArray()
        .map((r) => JSON.stringify(r.toJSON(), (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))).sort()]));
    };
    const whole = await publish(1);
    expect(await publish(3)).toEqual(whole);
    expect(whole.get('agg/staff_by_unit.arrow')!.length).toBeGreaterThan(1000);
  }, 240_000);
});
