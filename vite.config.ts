import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { DATA_FILE, readInputs } from './src/cli/data-files';
import { publishData, PublishError, type Published } from './src/cli/publish';
import { chartFile } from './scripts/vite-chart-file';
import { csp } from './scripts/vite-csp';
import { precompress } from './scripts/vite-precompress';

// DATA_DIR lets a host publish another folder of exports without touching data/.
const DATA_DIR = resolve(__dirname, process.env.DATA_DIR ?? 'data');
// Publishing the files themselves (names, NIPs) is a host's explicit choice; the default is aggregates.
const PUBLISH_ROWS = process.env.PUBLISH_ROWS === '1';

const SYNTHETIC_HASHES = resolve(__dirname, 'scripts/generate-data/synthetic-hashes.json');

/** True while the published files are exactly the generator's synthetic demonstration data. */
function isSynthetic(files: readonly { name: string; bytes: Uint8Array }[]): boolean {
  if (!existsSync(SYNTHETIC_HASHES)) return false;
  const expected = JSON.parse(readFileSync(SYNTHETIC_HASHES, 'utf8')) as Record<string, string>;
  const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  return files.length === Object.keys(expected).length && files.every((f) => expected[f.name] === sha(f.bytes));
}

async function publish(): Promise<Published> {
  if (!existsSync(DATA_DIR) || !statSync(DATA_DIR).isDirectory()) throw new PublishError(`The data folder ${DATA_DIR} does not exist (DATA_DIR).`);
  const inputs = readInputs([DATA_DIR]);
  return publishData(DATA_DIR, inputs, { rows: PUBLISH_ROWS, synthetic: isSynthetic(inputs) });
}

const WARNING = '\n*** PUBLISH_ROWS=1: the data files are published as they are. Every visitor of the site can download '
  + 'them, names and NIPs included. Publish aggregates (the default) unless the site is closed to the staff who may see them. ***\n';

/**
 * Publishes the data folder as the default dataset: checked with the same ingest as the page (the
 * build fails with one sentence on a file it cannot use), then written to dist/data/ as aggregates
 * (or, with PUBLISH_ROWS=1, as the files themselves). The dev server serves the same.
 */
function publishedData(): Plugin {
  let dev: { key: string; published: Promise<Published> } | null = null;
  // The data files' names, sizes and times: the published form is worked out again when one changes.
  const devKey = () => readdirSync(DATA_DIR).filter((n) => DATA_FILE.test(n)).sort().map((n) => {
    const st = statSync(join(DATA_DIR, n));
    return `${n}:${st.size}:${st.mtimeMs}`;
  }).join('|');
  return {
    name: 'published-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/([^?#]+)(?:[?#].*)?$/.exec(req.url ?? '');
        if (!match) return next();
        const name = decodeURIComponent(match[1]);
        const key = devKey();
        if (dev?.key !== key) dev = { key, published: publish() };
        dev.published.then((p) => {
          const file = p.files.find((f) => f.name === name);
          if (!file) return next();
          res.setHeader('Content-Type', name.endsWith('.json') ? 'application/json' : name.endsWith('.arrow') ? 'application/vnd.apache.arrow.stream' : 'text/csv; charset=utf-8');
          res.end(file.bytes);
        }, (error: unknown) => {
          res.statusCode = 500;
          res.end(error instanceof Error ? error.message : String(error));
        });
      });
    },
    // The first figures need the manifest and (aggregate form) the summary: asked for by the HTML
    // itself, they arrive while the script is still being read. `crossorigin`: a fetch() preload.
    transformIndexHtml: () => ['manifest.json', ...(PUBLISH_ROWS ? [] : ['summary.json'])].map((name) => ({
      tag: 'link', attrs: { rel: 'preload', href: `data/${name}`, as: 'fetch', crossorigin: '' }, injectTo: 'head' as const,
    })),
    async generateBundle() {
      let published: Published;
      try {
        published = await publish();
      } catch (error) {
        if (error instanceof PublishError) this.error(error.message);
        throw error;
      }
      for (const line of published.log) this.info(line);
      if (PUBLISH_ROWS) this.warn(WARNING);
      for (const f of published.files) this.emitFile({ type: 'asset', fileName: `data/${f.name}`, source: f.bytes });
    },
  };
}

export default defineConfig({
  // Relative asset paths: dist/ works from any folder of any static server, without a rebuild.
  base: './',
  // The charts file's built name (asked for early by the page), the Content-Security-Policy meta tag (this origin only), then .br/.gz copies beside every large file.
  // PRECOMPRESS=0 skips the copies (the browser tests' second build, which no server sends compressed).
  plugins: [react(), publishedData(), chartFile(), csp(), ...(process.env.PRECOMPRESS === '0' ? [] : [precompress()])],
  // The engine's unpacked size: its download progress counts unpacked bytes, whatever the server compressed.
  define: { __ENGINE_BYTES__: JSON.stringify(statSync(resolve(__dirname, 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')).size) },
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 2000, assetsInlineLimit: 0 },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
});
