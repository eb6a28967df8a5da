import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress, precompressDirectory } from '../../scripts/vite-precompress';

// A folder shaped like dist/: assets/ from the bundler, data/ emitted by another plugin.
function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'data'));
  const wasm = Buffer.alloc(300_000);
  for (let i = 0; i < wasm.length; i++) wasm[i] = (i * 7) % 251 < 40 ? i % 13 : 0; // compressible but not trivial
  writeFileSync(join(dir, 'assets/engine.wasm'), wasm);
  writeFileSync(join(dir, 'assets/index.js'), 'export const answer = () => 42;\n'.repeat(200));
  writeFileSync(join(dir, 'assets/style.css'), 'body { margin: 0 }\n'.repeat(100));
  writeFileSync(join(dir, 'data/rows.csv'), Array.from({ length: 500 }, (_, i) => `${i},unit-${i % 17},2024-01-0${1 + (i % 9)}`).join('\n'));
  writeFileSync(join(dir, 'data/manifest.json'), '{"files":[]}'); // small: left alone
  writeFileSync(join(dir, 'index.html'), '<!doctype html><p>small</p>'); // small: left alone
  writeFileSync(join(dir, 'assets/logo.png'), Buffer.alloc(5000, 1)); // not a compressible type
  return dir;
}

let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('precompressed copies of the build', () => {
  it('writes .br and .gz beside large files that decompress to the same bytes, and leaves small files alone', async () => {
    dir = fakeDist();
    const done = await precompressDirectory(dir);
    expect(done.map((p) => p.file).sort()).toEqual(['assets/engine.wasm', 'assets/index.js', 'assets/style.css', 'data/rows.csv']);
    for (const { file, bytes, br, gz } of done) {
      const raw = readFileSync(join(dir, file));
      expect(bytes).toBe(raw.length);
      expect(br).toBeLessThan(raw.length);
      expect(gz).toBeLessThan(raw.length);
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(raw)).toBe(true);
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(raw)).toBe(true);
    }
    const names = [...readdirSync(dir), ...readdirSync(join(dir, 'data')), ...readdirSync(join(dir, 'assets'))];
    for (const small of ['manifest.json', 'index.html', 'logo.png']) {
      expect(names.filter((n) => n.startsWith(`${small}.`))).toEqual([]);
    }
  });

  it('compresses again over an old build without compressing the copies', async () => {
    dir = fakeDist();
    await precompressDirectory(dir);
    writeFileSync(join(dir, 'data/rows.csv'), 'changed,rows\n'.repeat(300));
    const again = await precompressDirectory(dir);
    expect(again.some((p) => p.file.endsWith('.br') || p.file.endsWith('.gz'))).toBe(false);
    expect(brotliDecompressSync(readFileSync(join(dir, 'data/rows.csv.br'))).toString()).toBe('changed,rows\n'.repeat(300));
  });

  it('runs as a Vite writeBundle hook over the output folder', async () => {
    dir = fakeDist();
    const plugin = precompress();
    expect(plugin.apply).toBe('build');
    const hook = plugin.writeBundle as { order: string; handler: (this: unknown, output: { dir?: string }) => Promise<void> };
    expect(hook.order).toBe('post');
    const logged: string[] = [];
    await hook.handler.call({ info: (m: string) => logged.push(m) }, { dir });
    expect(readFileSync(join(dir, 'assets/engine.wasm.br')).length).toBeGreaterThan(0);
    expect(logged[0]).toMatch(/^precompressed 4 files: /);
  });
});
