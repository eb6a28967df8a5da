import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// DATA_DIR lets a host publish another folder of exports without touching data/.
const DATA_DIR = resolve(__dirname, process.env.DATA_DIR ?? 'data');
const DATA_FILE = /\.(csv|tsv|txt)$/i;

function dataFiles(): string[] {
  return readdirSync(DATA_DIR).filter((name) => DATA_FILE.test(name) && statSync(join(DATA_DIR, name)).isFile()).sort();
}

const SYNTHETIC_HASHES = resolve(__dirname, 'scripts/generate-data/synthetic-hashes.json');

/** True while the published files are exactly the generator's synthetic demonstration data. */
function isSynthetic(names: readonly string[]): boolean {
  if (!existsSync(SYNTHETIC_HASHES)) return false;
  const expected = JSON.parse(readFileSync(SYNTHETIC_HASHES, 'utf8')) as Record<string, string>;
  const sha = (name: string) => createHash('sha256').update(readFileSync(join(DATA_DIR, name))).digest('hex');
  return names.length === Object.keys(expected).length && names.every((name) => expected[name] === sha(name));
}

function manifest(): string {
  const names = dataFiles();
  return JSON.stringify({ synthetic: isSynthetic(names), files: names.map((name) => ({ name, bytes: statSync(join(DATA_DIR, name)).size })) });
}

/** Publishes data/ as the default dataset: served in dev, copied to dist/data/ with a manifest on build. */
function publishedData(): Plugin {
  return {
    name: 'published-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/([^/?#]+)(?:[?#].*)?$/.exec(req.url ?? '');
        if (!match) return next();
        const name = decodeURIComponent(match[1]);
        if (name === 'manifest.json') {
          res.setHeader('Content-Type', 'application/json');
          res.end(manifest());
          return;
        }
        if (!dataFiles().includes(name)) return next();
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.end(readFileSync(join(DATA_DIR, name)));
      });
    },
    generateBundle() {
      for (const name of dataFiles()) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(join(DATA_DIR, name)) });
      }
      this.emitFile({ type: 'asset', fileName: 'data/manifest.json', source: manifest() });
    },
  };
}

export default defineConfig({
  // Relative asset paths: dist/ works from any folder of any static server, without a rebuild.
  base: './',
  plugins: [react(), publishedData()],
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 2000, assetsInlineLimit: 0 },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
});
