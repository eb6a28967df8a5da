import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

// Writes `<file>.br` and `<file>.gz` beside every large text or wasm file of the build, so a server
// that serves precompressed copies (nginx brotli_static/gzip_static, Apache or IIS rewrites) sends the
// 34 MB DuckDB .wasm as ~5–6 MB without compressing it on every request. It walks the output folder
// after everything is written, so files other plugins emit (dist/data/*) are covered too.

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const COMPRESSIBLE = new Set(['.wasm', '.js', '.mjs', '.css', '.html', '.json', '.csv', '.tsv', '.txt', '.arrow', '.svg', '.map']);
// Brotli's text mode helps a little on text; the wasm is binary.
const TEXT = new Set(['.js', '.mjs', '.css', '.html', '.json', '.csv', '.tsv', '.txt', '.svg', '.map']);

export interface PrecompressOptions {
  /** Files smaller than this are left alone: a compressed copy would save nothing worth a request's header. */
  readonly minBytes?: number;
  /** Brotli quality for files up to largeBytes (the code the first view waits for). */
  readonly brotliQuality?: number;
  /** Brotli quality above largeBytes: quality 11 took ~3 minutes on the 34 MB wasm on 2 cores, 9 takes ~15–25 s. */
  readonly largeBrotliQuality?: number;
  readonly largeBytes?: number;
}

export interface Precompressed {
  readonly file: string; // relative to the folder
  readonly bytes: number;
  readonly br: number | null; // null: the copy was not smaller, so none was written
  readonly gz: number | null;
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** Compresses every eligible file under dir; existing .br/.gz copies are overwritten, never compressed again. */
export async function precompressDirectory(dir: string, options: PrecompressOptions = {}): Promise<Precompressed[]> {
  const { minBytes = 1024, brotliQuality = 11, largeBrotliQuality = 9, largeBytes = 2_000_000 } = options;
  const files: string[] = [];
  for await (const path of walk(dir)) {
    if (COMPRESSIBLE.has(extname(path).toLowerCase()) && (await stat(path)).size >= minBytes) files.push(path);
  }
  // All files at once: zlib's async calls run on libuv's thread pool, so every core is used, and the
  // wasm (the longest) starts straight away.
  return Promise.all(files.map(async (path): Promise<Precompressed> => {
    const raw = await readFile(path);
    const ext = extname(path).toLowerCase();
    const [br, gzipped] = await Promise.all([
      brotli(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: raw.length > largeBytes ? largeBrotliQuality : brotliQuality,
          [constants.BROTLI_PARAM_MODE]: TEXT.has(ext) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          [constants.BROTLI_PARAM_LGWIN]: 24, // the largest window browsers accept
        },
      }),
      gz(raw, { level: 9 }),
    ]);
    // A copy that is not smaller would only make the server send more.
    const keep = async (copy: Buffer, suffix: string) => {
      if (copy.length >= raw.length) return null;
      await writeFile(path + suffix, copy);
      return copy.length;
    };
    return { file: relative(dir, path), bytes: raw.length, br: await keep(br, '.br'), gz: await keep(gzipped, '.gz') };
  }));
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

/** Vite plugin: precompressed copies of the build output, build only. */
export function precompress(options: PrecompressOptions = {}): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    writeBundle: {
      order: 'post', // after every other plugin has written its files
      sequential: true,
      async handler(output) {
        if (!output.dir) return;
        const start = performance.now();
        const done = await precompressDirectory(output.dir, options);
        const sum = (pick: (p: Precompressed) => number | null) => done.reduce((s, p) => s + (pick(p) ?? p.bytes), 0);
        this.info(`precompressed ${done.length} files: ${mb(sum((p) => p.bytes))} → br ${mb(sum((p) => p.br))}, gz ${mb(sum((p) => p.gz))} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      },
    },
  };
}
