import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const RESULTS = join(ROOT, 'test-results');

export interface E2EContext {
  readonly browser: Browser;
  readonly url: string; // the built dashboard, served from a sub-path
  readonly origin: string;
  readonly dist: string; // the folder the server serves (E2E_DIST or dist/)
}

export interface E2ETest {
  readonly name: string;
  run(ctx: E2EContext): Promise<void>;
}

const reports = new Map<string, string>();

// The reports of data/ the browser tests ask for: worked out together, the files read and loaded once.
const DATA_REPORTS: readonly string[][] = [
  [], ['--as-of', '2023-01-31'], ['--as-of', '2023-03-31'], ['--as-of', '2023-05-31'], ['--as-of', '2023-06-30'],
  ['--campaign', 'PEMILU2024'], ['--campaign', 'PILKADA2024'], ['--campaign', 'ZI2023'],
].map((rest) => ['data', ...rest]);

function preloadDataReports(): void {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/e2e/report-batch.ts'), JSON.stringify(DATA_REPORTS)], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'UTC' }, maxBuffer: 256 * 1024 * 1024,
  });
  for (const [key, report] of Object.entries(JSON.parse(out) as Record<string, unknown>)) reports.set(key, JSON.stringify(report));
}

/**
 * `npm run report`, parsed; once per set of arguments in a run (the data does not change). The reports
 * of data/ come from one process running the command's own functions (test/e2e/report-batch.ts).
 */
export function runReport(...args: string[]): Record<string, unknown> & { totals: Record<string, number> } {
  const key = JSON.stringify(args);
  if (!reports.has(key) && DATA_REPORTS.some((set) => JSON.stringify(set) === key)) preloadDataReports();
  const cached = reports.get(key);
  if (cached !== undefined) return JSON.parse(cached);
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/report.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'UTC' },
  });
  reports.set(key, out);
  return JSON.parse(out);
}

export function screenshotPath(name: string): string {
  mkdirSync(RESULTS, { recursive: true });
  return join(RESULTS, `${name}.png`);
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** How a KPI shows a case count: withheld as "<5" when 1–4 on the published aggregate form (README). */
export function caseCount(dist: string): (n: number) => number | string {
  const aggregate = JSON.parse(readFileSync(join(dist, 'data', 'manifest.json'), 'utf8')).form === 'aggregate';
  return (n) => (aggregate && n >= 1 && n <= 4 ? '<5' : n);
}

/** A KPI's data-value: a number, or "<5" when withheld. */
export const kpiValue = (raw: string | null): number | string => (raw === '<5' ? raw : Number(raw));
