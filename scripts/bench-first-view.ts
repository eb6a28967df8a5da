import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';
import { buildFloorPage } from './bench-floor/build';

// First view of the production build (run `npm run build` first) as a visitor gets it: a server that
// sends the precompressed copies, over a shared 20 Mbit/s link with 40 ms per request (workers
// included), a fresh browser each run. Times are the page's own, from navigation: to the first KPI, to
// the overview's four bar charts, to every overview chart, to the page settled (no longer busy: the units
// table too), to the first filter answered by the engine; bytes over the link for what the page asked
// for before the first KPI. The floor, in the same run and over the same link: a page that only starts DuckDB-wasm
// and runs SELECT 1 (scripts/bench-floor). Then a repeat visit (same browser: its HTTP cache, and the
// compiled engine where the browser keeps it). Medians of BENCH_RUNS runs; written to
// test-results/bench-first-view.json.
const DIST = process.env.BENCH_DIST ?? 'dist';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
type Link = { bytesPerSecond?: number; latencyMs?: number };

// Records, in the page, when the first KPI appears, when the overview's four bar charts are drawn (the
// month columns, plain SVG too since they left Recharts, come with them), when every chart is (the
// trend's Recharts drawing too) and when the page is settled (no longer busy: the units table below
// the charts drawn as well), in performance.now() (ms since navigation): the page's own clock, not the
// polling of this script.
const WATCH = () => {
  const w = window as unknown as { __kpiAt?: number; __barsAt?: number; __chartsAt?: number; __settledAt?: number };
  new MutationObserver((_m, observer) => {
    const t = performance.now();
    const bars = document.querySelectorAll('[data-testid="overview"] svg.chart-surface').length >= 4;
    if (w.__kpiAt === undefined && document.querySelector('[data-testid="kpi-completion"]')) w.__kpiAt = t;
    if (w.__barsAt === undefined && bars) w.__barsAt = t;
    if (w.__chartsAt === undefined && bars && document.querySelector('[data-testid="overview"] .recharts-surface')) w.__chartsAt = t;
    if (w.__settledAt === undefined && document.querySelector('[data-testid="overview"][data-busy="false"] .recharts-surface')) w.__settledAt = t;
    if (w.__kpiAt !== undefined && w.__barsAt !== undefined && w.__chartsAt !== undefined && w.__settledAt !== undefined) observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true });
};

const now = (page: Page) => page.evaluate(() => performance.now());

async function visit(page: Page, url: string) {
  await page.goto(url);
  await page.waitForSelector('[data-testid="overview"][data-busy="false"] .recharts-surface', { timeout: 300_000 });
  const drawn = await page.evaluate(() => {
    const w = window as unknown as { __kpiAt: number; __barsAt: number; __chartsAt: number; __settledAt: number };
    // Bytes over the link for what the page asked for before its first KPI was drawn (the document,
    // scripts, styles, data; headers and compressed bodies, nothing for a cache hit), counted whole
    // even if still arriving: the page's own resource timing, same origin.
    const asked = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
    const bytes = asked.filter((e) => e.startTime < w.__kpiAt).reduce((n, e) => n + e.transferSize, 0);
    // A build whose bar charts are Recharts drawings (before 2026-12) draws them with the other charts.
    return { firstKpi: w.__kpiAt, barCharts: w.__barsAt ?? w.__chartsAt, overview: w.__chartsAt, settled: w.__settledAt, bytesBeforeKpi: bytes };
  });
  // A filter the build's summary does not answer: it waits for the engine and the published tables.
  const kanwil = await page.$$eval('[data-testid="filter-kanwil"] option', (os) => (os[1] as HTMLOptionElement).value);
  await page.selectOption('[data-testid="filter-kanwil"]', kanwil);
  await page.waitForSelector('[data-testid="overview"][data-busy="false"] [data-testid="chip-kanwil"]', { timeout: 300_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid="slot-loading"]'), null, { timeout: 300_000 });
  return { ...drawn, firstFilter: await now(page) };
}

async function once(link: Link, floorDir: string) {
  const server = await serveStatic(DIST, link);
  const floor = await serveStatic(floorDir, link);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    const first = await visit(page, server.url);
    const bytesTotal = server.served.reduce((n, f) => n + f.bytes, 0);
    const repeat = await visit(await context.newPage(), server.url);
    const floorPage = await (await browser.newContext()).newPage();
    await floorPage.goto(floor.url);
    await floorPage.waitForFunction(() => document.body.dataset.ready || document.body.dataset.error, null, { timeout: 300_000 });
    const error = await floorPage.evaluate(() => document.body.dataset.error);
    if (error) throw new Error(`floor page: ${error}`);
    const duckdbStart = Number(await floorPage.evaluate(() => document.body.dataset.ready));
    return {
      ...first, bytesTotal, duckdbStart,
      firstKpiRatio: first.firstKpi / duckdbStart, firstFilterRatio: first.firstFilter / duckdbStart,
      repeatFirstKpi: repeat.firstKpi, repeatFirstFilter: repeat.firstFilter, repeatBytes: repeat.bytesBeforeKpi,
    };
  } finally {
    await browser.close();
    await server.close();
    await floor.close();
  }
}

async function main(): Promise<void> {
  const floorDir = await buildFloorPage();
  const results: Record<string, Record<string, number>> = {};
  for (const [name, link] of [['20 Mbit/s, 40 ms', { bytesPerSecond: 20e6 / 8, latencyMs: 40 }], ['loopback', {}]] as const) {
    const runs: Awaited<ReturnType<typeof once>>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(link, floorDir));
    results[name] = Object.fromEntries(Object.keys(runs[0]).map((k) => {
      const v = median(runs.map((r) => r[k as keyof typeof r]));
      return [k, k.endsWith('Ratio') ? Math.round(v * 100) / 100 : Math.round(v)];
    }));
  }
  console.table(results);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench-first-view.json', `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => { console.error(error); process.exit(1); });
