import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The one-way flow of DESIGN.md: ingest → db → metrics → view-models → components, composed in app/.
const SRC = resolve('src');
const FORBIDDEN: Record<string, string[]> = {
  components: ['db', 'metrics', 'ingest', 'app', 'cli', 'query', 'state'],
  'view-models': ['db', 'app', 'components', 'cli', 'react'],
  metrics: ['app', 'components', 'view-models', 'ingest', 'react'],
  db: ['app', 'components', 'view-models', 'metrics', 'react'],
  ingest: ['db', 'metrics', 'app', 'components', 'view-models', 'react', '@duckdb/duckdb-wasm'],
  schema: ['db', 'metrics', 'app', 'components', 'view-models', 'ingest', 'react'],
  report: ['app', 'components', 'react', 'react-dom'],
  export: ['app', 'db', 'metrics'],
  i18n: ['app', 'db', 'metrics'],
  cli: ['app', 'components', 'react', 'react-dom'],
  app: ['cli'],
};
// Layers held to a list of what they may import (themselves included); packages count too, so none is allowed here.
const ONLY: Record<string, string[]> = {
  query: ['query', 'db', 'metrics', 'schema'],
  state: ['state', 'schema'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module specifier of a file: `import … from`, `export … from`, bare `import 'x'` and `import('x')`. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const pattern = /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
  return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The top folder of src/ a relative import reaches, or the package name as written. */
function targets(file: string): string[] {
  return specifiers(file).map((spec) => {
    if (!spec.startsWith('.')) return spec;
    return relative(SRC, resolve(dirname(file), spec)).split('/')[0];
  });
}

const layers = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory()).sort();
const matches = (target: string, layer: string) => target === layer || target.startsWith(`${layer}/`);

describe('import rules', () => {
  it('every folder of src/ has rules', () => {
    expect(layers.filter((layer) => !(layer in FORBIDDEN) && !(layer in ONLY))).toEqual([]);
    expect([...Object.keys(FORBIDDEN), ...Object.keys(ONLY)].filter((layer) => !layers.includes(layer))).toEqual([]);
  });

  for (const [layer, banned] of Object.entries(FORBIDDEN)) {
    it(`${layer}/ imports none of ${banned.join(', ')}`, () => {
      const offenders = files(join(SRC, layer)).flatMap((file) =>
        targets(file).filter((t) => banned.some((b) => matches(t, b))).map((t) => `${relative(SRC, file)} → ${t}`));
      expect(offenders).toEqual([]);
    });
  }

  for (const [layer, allowed] of Object.entries(ONLY)) {
    it(`${layer}/ imports only ${allowed.join(', ')}`, () => {
      const offenders = files(join(SRC, layer)).flatMap((file) =>
        targets(file).filter((t) => !allowed.includes(t)).map((t) => `${relative(SRC, file)} → ${t}`));
      expect(offenders).toEqual([]);
    });
  }

  it('nothing outside cli/ imports cli/', () => {
    const offenders = files(SRC).filter((file) => !matches(relative(SRC, file), 'cli')).flatMap((file) =>
      targets(file).filter((t) => t === 'cli').map((t) => `${relative(SRC, file)} → ${t}`));
    expect(offenders).toEqual([]);
  });
});

/** The file a relative specifier names: x.ts, x.tsx or x/index.ts(x); null for anything else (CSS, assets). */
function resolveFile(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((path) => /\.tsx?$/.test(path) && existsSync(path) && statSync(path).isFile()) ?? null;
}

/** The cycles of a graph, each listed once, starting at its smallest file. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = path.slice(path.indexOf(next));
        const start = cycle.indexOf([...cycle].sort()[0]);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        found.set(rotated.join(' → '), rotated);
      } else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return [...found.values()];
}

describe('import graph', () => {
  const all = files(SRC);
  const graph = new Map(all.map((file) => [
    relative(SRC, file),
    specifiers(file).filter((s) => s.startsWith('.')).map((s) => resolveFile(file, s)).filter((p): p is string => p !== null).map((p) => relative(SRC, p)),
  ]));

  it('resolves the relative imports of src/ to files', () => {
    expect(all.length).toBeGreaterThan(50);
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
    expect(graph.get('app/App.tsx')).toContain('state/view-state.ts');
  });

  it('finds a cycle when there is one', () => {
    const sample = new Map([['a', ['b']], ['b', ['c']], ['c', ['a', 'd']], ['d', []], ['e', ['e']]]);
    expect(cycles(sample).map((c) => c.join(' → '))).toEqual(['a → b → c', 'e']);
  });

  it('has no cycles between files', () => {
    expect(cycles(graph).map((cycle) => [...cycle, cycle[0]].join(' → '))).toEqual([]);
  });
});
