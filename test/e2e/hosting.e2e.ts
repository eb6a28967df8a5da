import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { watchPage, waitForDashboard } from './browser';
import { assert, assertEqual, screenshotPath, type E2ETest } from './harness';

// What a host publishes: the build under its own Content-Security-Policy, the precompressed copies,
// and what a reader sees who opens index.html straight from a file share.
// Until the csp and precompress plugins are wired into vite.config.ts, a build has neither the
// policy nor the copies; those checks then say so and skip instead of failing.

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/;

/** Every policy violation the page or its console reports, collected in the page. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) fromConsole.push(m.text()); });
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return async () => [...fromConsole, ...await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)];
}

export const tests: E2ETest[] = [
  {
    name: 'hosting: the build runs under its Content-Security-Policy with no violation, PNG export included',
    async run({ browser, url, origin, dist }) {
      const policy = CSP_META.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
      if (!policy) console.log('  skip: index.html has no Content-Security-Policy meta (csp() not in vite.config.ts); checking the page still loads');
      else for (const needed of ["'wasm-unsafe-eval'", "connect-src 'self'", "object-src 'none'"]) assert(policy.includes(needed), `policy has ${needed}: ${policy}`);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      const page = await context.newPage();
      const watch = watchPage(page, origin);
      const violations = await recordViolations(page);
      await page.goto(url);
      await waitForDashboard(page);
      assertEqual(await page.locator('[data-testid="file-protocol-note"]').count(), 0, 'file:// note replaced by the app');
      // The PNG export draws the chart through a blob: image (img-src blob:). CSV exports are blob:
      // links with `download`, which no CSP directive governs.
      const png = page.waitForEvent('download');
      await page.locator('[data-testid="download-png"]').first().click();
      assertEqual((await png).suggestedFilename().endsWith('.png'), true, 'PNG downloaded');
      assertEqual(await violations(), [], 'Content-Security-Policy violations');
      // Failed requests and other console errors are the other tests' business (overview.e2e.ts).
      assertEqual(watch.foreignRequests, [], 'requests to other origins');
      assertEqual(watch.pageErrors, [], 'uncaught page errors');
      await context.close();
    },
  },
  {
    name: 'hosting: the DuckDB .wasm arrives precompressed (br when the browser asks) as application/wasm',
    async run({ browser, url, dist }) {
      const wasm = readdirSync(join(dist, 'assets')).find((f) => f.endsWith('.wasm'));
      assert(wasm, `a .wasm in ${dist}/assets`);
      if (!existsSync(join(dist, 'assets', `${wasm}.br`))) {
        console.log(`  skip: ${wasm}.br not in the build (precompress() not in vite.config.ts)`);
        return;
      }
      const page = await browser.newPage();
      // The engine's worker fetches the wasm; Chromium reports worker requests on the page too.
      const response = page.waitForResponse((r) => r.url().endsWith('.wasm'), { timeout: 120_000 });
      await page.goto(url);
      const got = await response;
      const asked = (await got.request().allHeaders())['accept-encoding'] ?? '';
      const headers = await got.allHeaders();
      assertEqual(headers['content-type'], 'application/wasm', 'wasm Content-Type');
      assertEqual(headers.vary, 'Accept-Encoding', 'wasm Vary');
      assertEqual(headers['content-encoding'], /\bbr\b/.test(asked) ? 'br' : /\bgzip\b/.test(asked) ? 'gzip' : undefined, `wasm Content-Encoding for Accept-Encoding "${asked}"`);
      assert(Number(headers['content-length']) < 12_000_000, `compressed wasm is small (${headers['content-length']} bytes)`);
      await waitForDashboard(page);
      await page.close();
      // A client that accepts only gzip, or nothing, gets the .gz or the raw file, with the same bytes.
      const raw = readFileSync(join(dist, 'assets', wasm));
      for (const [accept, expected] of [['gzip', 'gzip'], ['identity', null]] as const) {
        const res = await fetch(`${url}assets/${wasm}`, { headers: { 'Accept-Encoding': accept } });
        assertEqual(res.headers.get('content-encoding'), expected, `Content-Encoding for ${accept}`);
        assert(Buffer.from(await res.arrayBuffer()).equals(raw), `wasm bytes for ${accept}`);
      }
    },
  },
  {
    name: 'hosting: the trend\'s code is fetched when the page starts, before the first KPI, and read from the cache; the units table comes after the charts',
    async run({ browser, url, dist }) {
      const file = /<meta name="charts-file" content="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
      assert(file && existsSync(join(dist, file)), `index.html names the built charts file (${file})`);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // The page's own clock (performance.now()) when the first KPI, the four SVG charts with the
      // trend, and the units table's first row come into the DOM.
      await page.addInitScript(() => {
        const w = window as unknown as Record<string, number>;
        new MutationObserver(() => {
          const t = performance.now();
          const overview = document.querySelector('[data-testid="overview"]');
          if (!overview) return;
          if (w.__kpi === undefined && overview.querySelector('[data-testid="kpi-completion"]')) w.__kpi = t;
          if (w.__charts === undefined && overview.querySelectorAll('svg.chart-surface').length >= 4 && overview.querySelector('.recharts-surface')) w.__charts = t;
          if (w.__table === undefined && overview.querySelector('[data-testid="units-table"] tbody tr')) w.__table = t;
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(url);
      await page.waitForSelector('[data-testid="overview"][data-busy="false"]', { timeout: 120_000 });
      const seen = await page.evaluate((name) => {
        const w = window as unknown as Record<string, number>;
        const asked = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.endsWith(name));
        return { kpi: w.__kpi, charts: w.__charts, table: w.__table, asked: asked.map((e) => e.startTime), overNetwork: asked.filter((e) => e.transferSize > 0).length };
      }, file.split('/').pop()!);
      assertEqual(await page.locator(`link[rel="prefetch"][href$="${file}"]`).count(), 1, 'fetched by a prefetch link');
      assert(seen.asked.length >= 1 && seen.asked[0] < seen.kpi, `asked for before the first KPI (${JSON.stringify(seen)})`);
      assertEqual(seen.overNetwork, 1, `over the network once, then from the cache (${JSON.stringify(seen)})`);
      assert(seen.charts !== undefined && seen.table !== undefined && seen.table >= seen.charts, `the units table after the charts (${JSON.stringify(seen)})`);
      assertEqual(await page.locator('[data-testid="units-table"] tbody tr').count() > 0, true, 'units table drawn once the page is no longer busy');
      await page.close();
    },
  },
  {
    name: 'hosting: index.html opened from a file share (file://) says why it cannot run and how to serve it',
    async run({ browser, dist }) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(pathToFileURL(join(dist, 'index.html')).href);
      // Shown after a short delay unless the app replaced it; under file:// the app never starts.
      const note = page.locator('[data-testid="file-protocol-note"]');
      await note.waitFor({ state: 'visible', timeout: 15_000 });
      const text = await note.innerText();
      for (const part of ['tidak dapat berjalan', 'cannot run', 'file://', 'python3 -m http.server 8080', 'http://localhost:8080/']) {
        assert(text.includes(part), `the note says "${part}": ${text}`);
      }
      await page.screenshot({ path: screenshotPath('hosting-file-protocol') });
      await page.close();
    },
  },
];
