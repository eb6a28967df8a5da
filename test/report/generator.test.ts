import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, generateDataset } from '../../scripts/generate-data';

describe('synthetic data generator', () => {
  const files = generateDataset();
  it('reproduces the committed data/ byte for byte (same seed, same bytes)', () => {
    expect(Object.keys(files).sort()).toEqual(Object.values(FILES).sort());
    for (const [name, text] of Object.entries(files)) {
      expect(Buffer.from(text, 'utf8').equals(readFileSync(join('data', name))), name).toBe(true);
    }
  });
  it('gives other bytes for another seed', () => {
    expect(generateDataset(7)['pegawai.csv']).not.toBe(files['pegawai.csv']);
  });

  it('writes each later campaign in its own file, every row with its exact campaign code', () => {
    const campaignColumn = (name: string, header: string): Set<string> => {
      const [head, ...lines] = files[name].split('\r\n').filter((l) => l !== '');
      const at = head.split(';').indexOf(header);
      expect(at, `${name}: ${header}`).toBeGreaterThanOrEqual(0);
      return new Set(lines.map((l) => l.split(';')[at]));
    };
    expect(campaignColumn(FILES.pilkada, 'Kampanye')).toEqual(new Set(['PILKADA2024']));
    expect(campaignColumn(FILES.zonaIntegritas, 'Kampanye')).toEqual(new Set(['ZI2023']));
    expect(campaignColumn(FILES.zonaIntegritas, 'Media')).toEqual(new Set(['Kertas', 'Apel']));
  });

  it('keeps the published data small: every browser visit and test downloads and parses it', () => {
    const bytes = (name: string) => Buffer.byteLength(files[name], 'utf8');
    expect(bytes(FILES.pilkada) + bytes(FILES.zonaIntegritas)).toBeLessThan(9_000_000);
  });
});
