import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The one-way flow of DESIGN.md: ingest → db → metrics → view-models → components, composed in app/.
const SRC = resolve('src');
const FORBIDDEN: Record<string, string[]> = {
  components: ['db', 'metrics', 'ingest', 'app', 'cli'],
  'view-models': ['db', 'app', 'components', 'cli', 'react'],
  metrics: ['app', 'components', 'view-models', 'ingest', 'react'],
  db: ['app', 'components', 'view-models', 'metrics', 'react'],
  ingest: ['db', 'metrics', 'app', 'components', 'view-models', 'react', '@duckdb/duckdb-wasm'],
  schema: ['db', 'metrics', 'app', 'components', 'view-models', 'ingest', 'react'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function targets(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => {
    const spec = m[1];
    if (!spec.startsWith('.')) return spec;
    return relative(SRC, resolve(dirname(file), spec)).split('/')[0];
  });
}

describe('import rules', () => {
  for (const [layer, banned] of Object.entries(FORBIDDEN)) {
    it(`${layer}/ imports none of ${banned.join(', ')}`, () => {
      const offenders = files(join(SRC, layer)).flatMap((file) =>
        targets(file).filter((t) => banned.some((b) => t === b || t.startsWith(`${b}/`))).map((t) => `${relative(SRC, file)} → ${t}`));
      expect(offenders).toEqual([]);
    });
  }
});
