import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { tableFromIPC } from 'apache-arrow';
import type { Route } from 'playwright-core';
import { readInputs } from '../../src/cli/data-files';
import { ingestFiles } from '../../src/ingest/ingest-files';
import { assert, assertEqual, ROOT, runReport, screenshotPath, type E2ETest } from './harness';

// The default build publishes aggregates: no file of the site holds a name or a NIP of data/, in any
// format; the first figures show before the engine has started; views that need people say so.
const isAggregate = (dist: string) => JSON.parse(readFileSync(join(dist, 'data', 'manifest.json'), 'utf8')).form === 'aggregate';

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

/** A file as a browser would read it: decompressed, and an Arrow table as the strings of its cells. */
function readAsBrowser(path: string): string[] {
  let bytes: Uint8Array = readFileSync(path);
  let name = path;
  if (name.endsWith('.br')) { bytes = brotliDecompressSync(bytes); name = name.slice(0, -3); }
  if (name.endsWith('.gz')) { bytes = gunzipSync(bytes); name = name.slice(0, -3); }
  if (name.endsWith('.arrow')) {
    const table = tableFromIPC(bytes);
    // One text of the table's cells, one per line: a name cannot run across two cells.
    return [table.toArray().flatMap((row) => Object.values(row.toJSON() as Record<string, unknown>).filter((v) => typeof v === 'string')).join('\n')];
  }
  return [new TextDecoder().decode(bytes)];
}

// A name of one word ("Fauzi", "Fauzi, S.H.": titles are not words) names nobody; the template
// example "Ahmad Fauzi, S.H., M.H." holds it. Names of two words or more are looked for.
const identifying = (name: string | null): boolean =>
  name !== null && name.split(/[\s,]+/).filter((w) => w.length > 1 && !w.includes('.')).length >= 2;

/** The NIPs and names of the data folder: roster, signatures and cases. */
function personalData(): { nips: Set<string>; names: Set<string> } {
  const nips = new Set<string>();
  const names = new Set<string>();
  for (const f of ingestFiles(readInputs([join(ROOT, 'data')])).files) {
    for (const row of f.rows) {
      if (f.kind === 'employees') { nips.add(row[0]!); if (identifying(row[1])) names.add(row[1]!); }
      if (f.kind === 'signatures') { nips.add(row[0]!); if (identifying(row[2])) names.add(row[2]!); }
      if (f.kind === 'incidents' && row[4]) nips.add(row[4]);
    }
  }
  return { nips, names };
}

export const tests: E2ETest[] = [
  {
    name: 'the default build serves no NIP and no name of data/ in any file of dist/, decompressed and decoded as a browser would',
    async run({ dist }) {
      if (!isAggregate(dist)) { console.log('  skipped: this build publishes the data files (PUBLISH_ROWS=1)'); return; }
      const { nips, names } = personalData();
      assert(nips.size > 60_000 && names.size > 40_000, `personal data read from data/: ${nips.size} NIPs, ${names.size} names`);
      const found: string[] = [];
      let files = 0;
      for (const path of filesOf(dist)) {
        files++;
        for (const text of readAsBrowser(path)) {
          for (const m of text.matchAll(/\d{18}/g)) if (nips.has(m[0])) found.push(`${relative(dist, path)}: NIP ${m[0]}`);
          // A name is looked for only when each of its words occurs in the text: a cheap filter before includes().
          const words = new Set(text.split(/[\s"',:;()[\]{}]+/));
          for (const name of names) {
            if (name.split(/[\s,]+/).filter(Boolean).every((w) => words.has(w)) && text.includes(name)) found.push(`${relative(dist, path)}: name ${name}`);
          }
        }
      }
      console.log(`  ${files} files read, ${nips.size} NIPs and ${names.size} names looked for`);
      assertEqual(found.slice(0, 10), [], 'personal data in the published site');
    },
  },
  {
    name: 'the first figures show before the engine has started, equal the report, and filters answer once it has',
    async run({ browser, url, dist }) {
      if (!isAggregate(dist)) { console.log('  skipped: this build publishes the data files (PUBLISH_ROWS=1)'); return; }
      const report = runReport('data') as unknown as { totals: { employees: number; signed: number; incidents: number }; by_kanwil: { code: string; signed: number }[] };
      // The HTML itself asks for the manifest and the summary (preload links), before its script runs.
      const html = readFileSync(join(dist, 'index.html'), 'utf8');
      for (const name of ['manifest.json', 'summary.json']) assert(new RegExp(`<link rel="preload" href="data/${name}" as="fetch" crossorigin`).test(html), `index.html preloads data/${name}`);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // When the first KPI is put on the page, by the page's own clock.
      await page.addInitScript({ content: `new MutationObserver((_m, o) => { if (document.querySelector('[data-testid="kpi-completion"]')) { window.__kpiAt = performance.now(); o.disconnect(); } }).observe(document, { childList: true, subtree: true });` });
      // The engine's .wasm is held back: whatever shows meanwhile comes from the build's summary.
      let release!: () => void;
      const held = new Promise<void>((resolve) => { release = resolve; });
      await page.route('**/*.wasm*', async (route) => { await held; await route.continue(); });
      await page.goto(url);
      await page.waitForSelector('[data-testid="kpi-completion"]', { timeout: 60_000 });
      const kpi = async (name: string) => Number(await page.getAttribute(`[data-testid="kpi-${name}"]`, 'data-value'));
      assertEqual([await kpi('employees'), await kpi('signed'), await kpi('incidents')],
        [report.totals.employees, report.totals.signed, report.totals.incidents], 'KPIs before the engine (employees, signed, incidents)');
      // The charts follow the KPIs (drawn after them, so that the first figures wait for no chart), still before the engine.
      await page.waitForSelector('[data-testid="overview"][data-busy="false"] .recharts-surface', { timeout: 30_000 })
        .catch(() => { throw new Error('charts not drawn before the engine'); });
      // Nothing of the engine (its worker script) or of the published tables is asked for before the
      // first KPI is on the page: they would only slow it down. The charts' code is fetched once the
      // page's own script runs (a prefetch, read later from the cache), after everything the first
      // figures need has arrived: it shares the link with none of it.
      const late = await page.evaluate(() => {
        const kpiAt = (window as unknown as { __kpiAt: number }).__kpiAt;
        const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const needed = entries.filter((e) => /\/index-[^/]*\.js$|\/data\/(manifest|summary)\.json$/.test(e.name));
        const chartsFile = entries.filter((e) => /\/charts-[^/]*\.js$/.test(e.name));
        return {
          early: entries.filter((e) => /duckdb-browser-eh\.worker|\/agg\/.*\.arrow/.test(e.name) && e.startTime < kpiAt).map((e) => e.name.split('/').pop()),
          engine: entries.filter((e) => /duckdb-browser-eh\.worker|\/agg\/.*\.arrow/.test(e.name)).length,
          needed: needed.map((e) => e.name.split('/').pop()),
          chartsAsked: chartsFile.map((e) => e.startTime),
          neededBy: Math.max(...needed.map((e) => e.responseEnd)),
        };
      });
      assertEqual(late.early, [], 'engine files asked for before the first KPI');
      assert(late.engine > 0, 'the engine and the tables are asked for after the first KPI');
      assertEqual(late.needed.length, 3, `the page's script, the manifest and the summary (${late.needed.join(', ')})`);
      assert(late.chartsAsked.length >= 1 && late.chartsAsked[0] >= late.neededBy, `the charts file asked for after the first figures' files arrived (${JSON.stringify(late)})`);
      await page.screenshot({ path: screenshotPath('published-first-view') });
      // A filter waits for the engine, then answers.
      const sumsel = report.by_kanwil.find((g) => g.code === 'KW-SUMSEL')!;
      await page.selectOption('[data-testid="filter-kanwil"]', 'KW-SUMSEL');
      // Where the filter waits, the engine's download is shown.
      await page.waitForSelector('[data-testid="engine-progress"]', { timeout: 60_000 });
      await page.screenshot({ path: screenshotPath('published-engine-wait') });
      release();
      await page.waitForFunction((n) => document.querySelector('[data-testid="kpi-signed"]')?.getAttribute('data-value') === String(n), sumsel.signed, { timeout: 120_000 });
      await page.close();
    },
  },
  {
    name: 'on the aggregate form, the views that need people say so and lead to the upload; the Data page gives the published validation report as counts',
    async run({ browser, url, dist }) {
      if (!isAggregate(dist)) { console.log('  skipped: this build publishes the data files (PUBLISH_ROWS=1)'); return; }
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${url}?page=detail&kanwil=KW-PABAR`);
      await page.waitForSelector('[data-testid="unsigned-need-upload"]', { timeout: 120_000 });
      await page.waitForSelector('[data-testid="detail-cases-need-upload"]');
      assertEqual(await page.locator('[data-testid="unsigned-table"], [data-testid="reveal-nip"]').count(), 0, 'no personal list on the aggregate form');
      // Kanwil Papua Barat has one case (npm run report): withheld as "<5"; its open cases, none, are shown.
      const pabar = (runReport('data') as unknown as { by_kanwil: { code: string; incidents: number; open_incidents: number }[] }).by_kanwil.find((g) => g.code === 'KW-PABAR')!;
      assertEqual([pabar.incidents, pabar.open_incidents], [1, 0], 'KW-PABAR cases in the report');
      assertEqual(await page.getAttribute('[data-testid="kpi-incidents"]', 'data-value'), '<5', 'withheld KPI data-value');
      assertEqual(await page.locator('[data-testid="kpi-incidents"] .kpi-value').innerText(), '<5', 'withheld KPI as shown');
      assertEqual(await page.getAttribute('[data-testid="kpi-open-incidents"]', 'data-value'), '0', 'a zero is shown as it is');
      await page.click('[data-testid="tab-incidents"]');
      await page.waitForSelector('[data-testid="cases-need-upload"]');
      await page.waitForSelector('[data-testid="withheld-note"]');
      await page.waitForFunction(() => document.querySelector('[data-testid="incidents"]')?.getAttribute('data-busy') === 'false');
      const values = await page.locator('.bar-value').allTextContents();
      assert(values.includes('<5'), `a withheld bar reads <5 (${values.join(' ')})`);
      assert(!values.some((v) => /^[1-4]$/.test(v.trim())), `no bar shows a count of 1–4 (${values.join(' ')})`);
      await page.click('[data-testid="cases-need-upload"] button');
      await page.waitForSelector('[data-testid="aggregate-notice"]');
      const roster = page.locator('[data-testid="file-report"][data-file="pegawai.csv"]');
      assertEqual(await roster.locator('[data-testid="rows-read"]').innerText(), '70.014', 'rows read of pegawai.csv');
      assert(await roster.locator('[data-testid="published-report-note"]').count() === 1, 'the report says the rows were not published');
      assertEqual(await page.locator('[data-testid="download-rejects"]').count(), 0, 'no rejected-rows download of published files');
      await page.screenshot({ path: screenshotPath('published-data-page'), fullPage: true });
      await page.close();
    },
  },
  {
    name: 'a charts file that cannot be fetched is said in the trend\'s place, with a reload; the KPIs, the bar charts and the month columns (no library) stay; the page is not left busy',
    async run({ browser, url }) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.route('**/charts-*.js', (route) => route.abort('connectionreset'));
      await page.goto(url);
      await page.waitForSelector('[data-testid="overview"][data-busy="false"] [data-testid="chart-failed"]', { timeout: 60_000 });
      assert(await page.locator('[data-testid="chart-failed"] button').count() > 0, 'a reload button beside the failure');
      assert(await page.locator('[data-testid="kpi-completion"]').count() === 1, 'the KPIs stay');
      // The bar charts and the month columns are drawn without the file: five on the overview, a bar for each Kanwil.
      assertEqual(await page.locator('[data-testid="chart-failed"]').count(), 1, 'the trend says it failed');
      assertEqual(await page.locator('figure.chart svg.chart-surface').count(), 5, 'bar charts and month columns drawn without the charts file');
      assert(await page.locator('svg.month-columns .mc').count() >= 6, 'a column per month');
      assert(await page.locator('section[aria-label="Penyelesaian per Kanwil"] rect.hb').count() >= 30, 'a bar per Kanwil');
      assertEqual(await page.locator('[data-testid="chart-pending"], [data-testid="load-error"]').count(), 0, 'nothing left waiting, no page-wide error');
      await page.close();
    },
  },
];

// The bar charts and the month columns need neither Recharts nor the engine: with both held back, the
// overview's four bar charts and its month columns are drawn beside the KPIs, and the trend says it is being drawn.
tests.push({
  name: 'the bar charts and the month columns are drawn with the first figures while the charts file and the engine are still on their way',
  async run({ browser, url }) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const held: (() => void)[] = [];
    const hold = (route: Route) => new Promise<void>((resolve) => { held.push(resolve); }).then(() => route.continue().catch(() => undefined));
    await page.route('**/charts-*.js', hold);
    await page.route('**/*.wasm', hold);
    try {
      await page.goto(url);
      await page.waitForSelector('[data-testid="kpi-completion"]', { timeout: 60_000 });
      await page.waitForFunction(() => document.querySelectorAll('figure.chart svg.chart-surface').length === 5, undefined, { timeout: 30_000 });
      assert(await page.locator('section[aria-label="Penyelesaian per Kanwil"] rect.hb').count() >= 30, 'a bar per Kanwil');
      assert(await page.locator('svg.month-columns .mc').count() >= 6, 'a column per month');
      assertEqual(await page.locator('[data-testid="chart-pending"]').count(), 1, 'the trend says it is being drawn');
      assertEqual(await page.getAttribute('[data-testid="overview"]', 'data-busy'), 'true', 'the page is busy while charts are missing');
      await page.screenshot({ path: screenshotPath('published-bars-before-charts') });
    } finally {
      for (const release of held) release();
      await page.close();
    }
  },
});

// A repeat visit starts the engine without DuckDB's progress wrapper (public/engine-cached.worker.js),
// so that the browser can keep the compiled engine; the page must work the same.
tests.push({
  name: 'a repeat visit starts the engine through engine-cached.worker.js, and a filter answers',
  async run({ browser, url }) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const workers: string[] = [];
      context.on('request', (r) => { if (r.url().includes('worker')) workers.push(new URL(r.url()).pathname); });
      const first = await context.newPage();
      await first.goto(`${url}?kanwil=KW-SUMSEL`);
      await first.waitForSelector('[data-testid="overview"][data-busy="false"] [data-testid="chip-kanwil"]', { timeout: 120_000 });
      await first.waitForFunction(() => !document.querySelector('[data-testid="slot-loading"]'), null, { timeout: 120_000 });
      const signed = await first.getAttribute('[data-testid="kpi-signed"]', 'data-value');
      assert(!workers.some((w) => w.endsWith('engine-cached.worker.js')), `a first visit uses DuckDB's own worker (${workers.join(', ')})`);
      await first.close();
      const again = await context.newPage();
      await again.goto(`${url}?kanwil=KW-SUMSEL`);
      await again.waitForSelector('[data-testid="overview"][data-busy="false"] [data-testid="chip-kanwil"]', { timeout: 120_000 });
      await again.waitForFunction(() => !document.querySelector('[data-testid="slot-loading"]'), null, { timeout: 120_000 });
      assert(workers.some((w) => w.endsWith('engine-cached.worker.js')), `the repeat visit starts engine-cached.worker.js (${workers.join(', ')})`);
      assertEqual(await again.getAttribute('[data-testid="kpi-signed"]', 'data-value'), signed, 'the same figures on the repeat visit');
      // The engine answers a new filter on the repeat visit.
      await again.selectOption('[data-testid="filter-kanwil"]', 'KW-PABAR');
      await again.waitForFunction(() => document.querySelector('[data-testid="kpi-incidents"]')?.getAttribute('data-value') !== null
        && document.querySelector('[data-testid="chip-kanwil"]')?.textContent?.includes('Pabar'), null, { timeout: 120_000 });
    } finally {
      await context.close();
    }
  },
});
