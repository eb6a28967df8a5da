import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate-data';

describe('synthetic data generator', () => {
  const files = generateDataset();
  it('reproduces the committed data/ byte for byte (same seed, same bytes)', () => {
    for (const [name, text] of Object.entries(files)) {
      expect(Buffer.from(text, 'utf8').equals(readFileSync(join('data', name))), name).toBe(true);
    }
  });
  it('gives other bytes for another seed', () => {
    expect(generateDataset(7)['pegawai.csv']).not.toBe(files['pegawai.csv']);
  });
});
