import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';

// First view of the production build (run `npm run build` first) as a visitor gets it: a server that
// sends the precompressed copies, over a shared 20 Mbit/s link with 40 ms per request (workers
// included), a fresh browser profile each run. Times from navigation to the first KPI, to the KPIs
// and overview charts, and to the first filter answered by the engine; bytes sent before the first
// KPI. Then the same on loopback.
// Medians of BENCH_RUNS runs; written to test-results/bench-first-view.json.
const DIST = process.env.BENCH_DIST ?? 'dist';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function once(link: { bytesPerSecond?: number; latencyMs?: number }) {
  const server = await serveStatic(DIST, link);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const start = Date.now();
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="kpi-completion"]', { timeout: 300_000 });
    const firstKpi = Date.now() - start;
    const bytesBeforeKpi = server.served.reduce((n, f) => n + f.bytes, 0);
    await page.waitForSelector('[data-testid="overview"][data-busy="false"] .recharts-surface', { timeout: 300_000 });
    const overview = Date.now() - start;
    // A filter the build's summary does not answer: it waits for the engine and the published tables.
    const kanwil = await page.$$eval('[data-testid="filter-kanwil"] option', (os) => (os[1] as HTMLOptionElement).value);
    await page.selectOption('[data-testid="filter-kanwil"]', kanwil);
    await page.waitForSelector('[data-testid="overview"][data-busy="false"] [data-testid="chip-kanwil"]', { timeout: 300_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="slot-loading"]'), null, { timeout: 300_000 });
    const firstFilter = Date.now() - start;
    return { firstKpi, overview, firstFilter, bytesBeforeKpi, bytesTotal: server.served.reduce((n, f) => n + f.bytes, 0) };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const results: Record<string, Record<string, number>> = {};
  for (const [name, link] of [['20 Mbit/s, 40 ms', { bytesPerSecond: 20e6 / 8, latencyMs: 40 }], ['loopback', {}]] as const) {
    const runs: Awaited<ReturnType<typeof once>>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(link));
    results[name] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k as keyof typeof r]))]));
    console.log(name, results[name]);
  }
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench-first-view.json', `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => { console.error(error); process.exit(1); });
