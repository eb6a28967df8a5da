import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';
import { largeRosterPair } from './large-export';

// Clicks as a leader makes them, in the production build in Chromium (run `npm run build` first):
// for each filter change, the time from the input event to the last KPI updated on screen (the next
// animation frame after the DOM change) and to the whole page settled (every chart and table). On
// the bundled data, then after uploading a roster and a pledge export of LARGE_ROWS rows each.
// Medians and 95th percentiles over every change; written to test-results/bench-clicks.json. The page
// works out the views one click away while idle (app/prefetch.ts); the engine columns show the
// queries the click itself had to wait for (none when the answer was ready). The paced rows make the
// same changes with BENCH_PACE_MS between them, as a leader reading each view, in a fresh page.
const DIST = process.env.BENCH_DIST ?? 'dist';
const LARGE_ROWS = Number(process.env.BENCH_LARGE_ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
// A leader reads a view before the next click: the paced rows wait this long after each change has
// settled (the page works out the views one click away meanwhile: app/prefetch.ts). 0 leaves them out.
const PACE_MS = Number(process.env.BENCH_PACE_MS ?? 2500);

export const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

export interface Change { readonly select: string; readonly value: string }

/** ~36 changes per round: Kanwil after Kanwil, directorates, unit types, categories, clearing in between. */
export async function changesFor(page: Page): Promise<Change[]> {
  const options = (key: string) => page.$$eval(`[data-testid="filter-${key}"] option`, (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  const kanwil = (await options('kanwil')).slice(0, 12);
  const directorate = (await options('directorate')).slice(0, 8);
  const types = await options('unitType');
  const categories = (await options('category')).slice(0, 5);
  return [
    ...kanwil.map((value) => ({ select: 'kanwil', value })), { select: 'kanwil', value: '' },
    ...directorate.map((value) => ({ select: 'directorate', value })), { select: 'directorate', value: '' },
    ...types.map((value) => ({ select: 'unitType', value })), { select: 'unitType', value: '' },
    ...categories.map((value) => ({ select: 'category', value })), { select: 'category', value: '' },
    { select: 'kanwil', value: kanwil[0] }, { select: 'unitType', value: types[0] }, { select: 'kanwil', value: '' }, { select: 'unitType', value: '' },
  ];
}

export async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __clicks: { t0: number; kpi: number; any: number } };
    w.__clicks = { t0: 0, kpi: 0, any: 0 };
    document.addEventListener('change', (e) => { w.__clicks.t0 = e.timeStamp; w.__clicks.kpi = 0; w.__clicks.any = 0; }, true);
    const root = document.querySelector('main')!;
    new MutationObserver((records) => {
      const kpi = records.some((r) => (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('.kpis'));
      requestAnimationFrame(() => {
        const now = performance.now();
        w.__clicks.any = now;
        if (kpi) w.__clicks.kpi = now;
      });
    }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export interface Measured { kpi: number[]; all: number[]; totalsQuery: number[]; engine: number[] }

export async function measure(page: Page, changes: readonly Change[], pause = 0): Promise<Measured> {
  const kpi: number[] = [];
  const all: number[] = [];
  const totalsQuery: number[] = [];
  const engine: number[] = [];
  for (const change of changes) {
    await page.selectOption(`[data-testid="filter-${change.select}"]`, change.value);
    // Settled: nothing loading and no DOM change for 150 ms.
    await page.waitForFunction(() => {
      const w = window as unknown as { __clicks: { t0: number; any: number } };
      const busy = document.querySelector('[data-busy="true"]');
      return !busy && w.__clicks.t0 > 0 && performance.now() - Math.max(w.__clicks.any, w.__clicks.t0) > 150;
    }, undefined, { timeout: 60_000, polling: 50 }).catch(async (error: unknown) => {
      const state = await page.evaluate(() => ({ busy: document.querySelector('[data-busy="true"]')?.getAttribute('data-testid'), clicks: (window as unknown as { __clicks: unknown }).__clicks, now: performance.now() }));
      throw new Error(`${change.select}=${change.value} did not settle: ${JSON.stringify(state)} (${String(error)})`);
    });
    const t = await page.evaluate(() => (window as unknown as { __clicks: { t0: number; kpi: number; any: number } }).__clicks);
    if (t.kpi > 0) kpi.push(t.kpi - t.t0);
    all.push(Math.max(t.any, t.kpi) - t.t0);
    // The engine's share: how long the KPI query took from being asked to its answer, and the busy time of all queries.
    const runs = await page.evaluate((t0) => ((window as unknown as { __pledgeTimings?: () => { metric: string; queued: number; started: number; done: number; prefetch: boolean }[] })
      .__pledgeTimings?.() ?? []).filter((r) => r.queued >= t0 && !r.prefetch), t.t0);
    const totals = runs.find((r) => r.metric === 'totals');
    if (totals) totalsQuery.push(totals.done - totals.queued);
    engine.push(runs.length ? Math.max(...runs.map((r) => r.done)) - Math.min(...runs.map((r) => r.started)) : 0);
    if (pause > 0) await page.waitForTimeout(pause);
  }
  return { kpi, all, totalsQuery, engine };
}

export async function overviewReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="overview"]:not([data-busy="true"]) [data-testid="kpi-completion"]', { timeout: 300_000 });
}

async function uploadLarge(page: Page, dir: string): Promise<number> {
  const units = readFileSync('data/units.csv', 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(',')[0]);
  const roster = join(dir, `roster-${LARGE_ROWS}.csv`);
  const signatures = join(dir, `signatures-pair-${LARGE_ROWS}.csv`);
  if (!existsSync(roster) || !existsSync(signatures)) {
    const pair = largeRosterPair(LARGE_ROWS, units);
    writeFileSync(roster, pair.roster);
    writeFileSync(signatures, pair.signatures);
  }
  await page.click('[data-testid="tab-data"]');
  await page.setInputFiles('[data-testid="upload-input"]', [roster, signatures]);
  await page.waitForSelector('[data-testid="upload-confirm"]:not([disabled])', { timeout: 120_000 });
  const start = Date.now();
  await page.click('[data-testid="upload-confirm"]');
  // Replacing the published data asks first (before → after counts): the answer is yes.
  const asked = await page.waitForSelector('[data-testid="upload-outcome"], [data-testid="confirm-dialog"]', { timeout: 600_000 });
  if ((await asked.getAttribute('data-testid')) === 'confirm-dialog') await page.click('[data-testid="dialog-confirm"]');
  const outcome = await page.waitForSelector('[data-testid="upload-outcome"]', { timeout: 600_000 });
  if ((await outcome.getAttribute('data-value')) !== 'done') throw new Error(`upload: ${await outcome.innerText()}`);
  const took = Date.now() - start;
  await page.click('[data-testid="tab-overview"]');
  await overviewReady(page);
  return took;
}

async function main(): Promise<void> {
  mkdirSync('test-results', { recursive: true });
  const server = await serveStatic(DIST);
  const browser = await launchBrowser();
  const results: Record<string, Record<string, number>> = {};
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await overviewReady(page);
    await instrument(page);
    const changes = await changesFor(page);
    const record = (name: string, m: Measured, extra: Record<string, number> = {}) => {
      results[name] = {
        changes: m.all.length, 'KPIs median ms': Math.round(quantile(m.kpi, 0.5)), 'KPIs p95 ms': Math.round(quantile(m.kpi, 0.95)),
        'all median ms': Math.round(quantile(m.all, 0.5)), 'all p95 ms': Math.round(quantile(m.all, 0.95)),
        'KPI query median ms': m.totalsQuery.length ? Math.round(quantile(m.totalsQuery, 0.5)) : 0,
        'engine busy median ms': m.engine.length ? Math.round(quantile(m.engine, 0.5)) : 0,
        'clicks waiting for no query': m.engine.filter((ms) => ms === 0).length, ...extra,
      };
      process.stderr.write(`${name}: ${JSON.stringify(results[name])}\n`);
    };
    // First pass fills the cache; a leader's clicks are mostly new combinations, so both are shown.
    const fresh = await measure(page, changes);
    record('bundled data, first visit of each view', fresh);
    const again: Measured = { kpi: [], all: [], totalsQuery: [], engine: [] };
    for (let r = 1; r < ROUNDS; r++) {
      const m = await measure(page, changes);
      again.kpi.push(...m.kpi);
      again.all.push(...m.all);
      again.engine.push(...m.engine);
    }
    if (again.all.length) record('bundled data, views seen before', again);
    if (LARGE_ROWS > 0) {
      const upload = await uploadLarge(page, 'test-results');
      await instrument(page);
      record(`${LARGE_ROWS.toLocaleString('en')} roster + signatures, first visit`, await measure(page, changes), { 'upload ms': upload });
    }
    await page.close();
    if (PACE_MS > 0) {
      // The same changes at a leader's pace, each view read for PACE_MS first, in a fresh page (no view seen before).
      const paced = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await paced.goto(server.url);
      await overviewReady(paced);
      await paced.waitForTimeout(PACE_MS);
      await instrument(paced);
      const every = `a click every ${PACE_MS / 1000} s`;
      record(`bundled data, ${every}`, await measure(paced, changes, PACE_MS));
      if (LARGE_ROWS > 0) {
        await uploadLarge(paced, 'test-results'); // a new data version: nothing seen before
        await paced.waitForTimeout(PACE_MS);
        await instrument(paced);
        record(`${LARGE_ROWS.toLocaleString('en')} roster + signatures, ${every}`, await measure(paced, changes, PACE_MS));
      }
      await paced.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.table(results);
  writeFileSync('test-results/bench-clicks.json', `${JSON.stringify(results, null, 2)}\n`);
}

// Run as a script (`npm run bench:clicks`); imported, it lends its clicks to the scale bench.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
