import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchPage, waitForDashboard } from './browser';
import { assert, assertEqual, caseCount, ROOT, runReport, screenshotPath, type E2ETest } from './harness';
import { serveStatic } from './static-server';
import { readKpis } from './upload.e2e';

type Group = { code: string; employees: number; signed: number; completion: number | null; incidents: number; open_incidents: number };
const report = () => runReport('data') as unknown as { totals: Record<string, number>; by_kanwil: Group[] };
const groupKpis = (g: Group, shown: (n: number) => number | string) =>
  ({ employees: g.employees, signed: g.signed, completion: g.completion ?? 0, incidents: shown(g.incidents), 'open-incidents': shown(g.open_incidents) });
const pick = (k: Record<string, number>) => ({ employees: k.employees, signed: k.signed, completion: k.completion, incidents: k.incidents, 'open-incidents': k['open-incidents'] });
const search = (page: Page) => new URL(page.url()).search;

async function kpisSettled(page: Page, employees: number): Promise<Record<string, number>> {
  await page.waitForFunction((n) => document.querySelector('[data-testid="kpi-employees"]')?.getAttribute('data-value') === String(n), employees, { timeout: 30_000 });
  return readKpis(page);
}

export const tests: E2ETest[] = [
  {
    name: 'leaders filter by clicking a bar and a row, see chips, undo, and the URL and back button follow',
    async run({ browser, url, origin, dist }) {
      const r = report();
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const watch = watchPage(page, origin);
      await page.goto(url);
      await waitForDashboard(page);
      // The Kanwil chart lists the lowest completion first: its first bar is the Kanwil furthest behind.
      const lowest = [...r.by_kanwil].filter((g) => g.completion !== null).sort((a, b) => a.completion! - b.completion!)[0];
      await page.locator('section[aria-label] rect.hb').first().click();
      await page.waitForSelector('[data-testid="chip-kanwil"]');
      assertEqual(search(page), `?kanwil=${lowest.code}`, 'URL after clicking the first Kanwil bar');
      assertEqual(pick(await kpisSettled(page, lowest.employees)), groupKpis(lowest, caseCount(dist)), `KPIs of ${lowest.code}`);
      await page.screenshot({ path: screenshotPath('filtered-by-click') });
      // A row of the units table narrows further to one unit.
      await page.locator('[data-testid="units-table"] tbody tr').first().click();
      await page.waitForSelector('[data-testid="chip-unit"]');
      assert(search(page).includes('unit='), 'unit filter in the URL');
      await page.goBack();
      await page.waitForSelector('[data-testid="chip-unit"]', { state: 'detached' });
      assertEqual(search(page), `?kanwil=${lowest.code}`, 'URL after going back');
      await page.click('[data-testid="clear-filters"]');
      await page.waitForSelector('[data-testid="filter-chips"]', { state: 'detached' });
      assertEqual(search(page), '', 'URL without filters');
      assertEqual(pick(await kpisSettled(page, r.totals.employees)).employees, r.totals.employees, 'KPIs back to all');
      // Every chart can be read as a table instead (text alternative).
      await page.locator('[data-testid="toggle-table"]').first().click();
      const rows = await page.locator('.chart-table tbody tr').count();
      // The unmatched bucket is shown apart from the ranking, not as a bar.
      assertEqual(rows, r.by_kanwil.filter((g) => g.completion !== null && g.code !== 'UNMATCHED').length, 'rows of the Kanwil chart as a table');
      assertEqual(watch.pageErrors, [], 'page errors');
      assertEqual(watch.consoleErrors, [], 'console errors');
      await page.close();
    },
  },
  {
    name: 'a host link ?kanwil=KW-SUMSEL shows that Kanwil in the KPIs, as in the report',
    async run({ browser, url, dist }) {
      const r = report();
      const sumsel = r.by_kanwil.find((g) => g.code === 'KW-SUMSEL')!;
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${url}index.html?kanwil=KW-SUMSEL`);
      await waitForDashboard(page);
      assertEqual(pick(await kpisSettled(page, sumsel.employees)), groupKpis(sumsel, caseCount(dist)), 'KPIs for KW-SUMSEL');
      await page.goto(`${url}?kanwil=KW-SUMSEL&asof=2023-01-31&campaign=PEMILU2024`);
      await waitForDashboard(page);
      const early = runReport('data', '--as-of', '2023-01-31') as unknown as { by_kanwil: Group[] };
      const sumselEarly = early.by_kanwil.find((g) => g.code === 'KW-SUMSEL')!;
      await page.waitForFunction((n) => document.querySelector('[data-testid="kpi-signed"]')?.getAttribute('data-value') === String(n), sumselEarly.signed);
      assertEqual(pick(await readKpis(page)), groupKpis(sumselEarly, caseCount(dist)), 'KPIs for KW-SUMSEL as of 31 Jan 2023');
      await page.close();
    },
  },
  {
    name: 'drill-down lists the staff not yet signed with masked NIPs, reveals them on request, and exports CSV (a build that publishes rows)',
    async run({ browser }) {
      const r = report();
      const pabar = r.by_kanwil.find((g) => g.code === 'KW-PABAR')!;
      // The list needs people: the build made with PUBLISH_ROWS=1 (npm run test:e2e writes it to dist-rows/).
      const rows = process.env.E2E_ROWS_DIST ?? join(ROOT, 'dist-rows');
      assert(existsSync(join(rows, 'data', 'manifest.json')), `no rows build in ${rows}: run PUBLISH_ROWS=1 npx vite build --outDir dist-rows`);
      const server = await serveStatic(rows);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(`${server.url}?page=detail&kanwil=KW-PABAR`);
      await page.waitForSelector('[data-testid="unsigned-count"]', { timeout: 120_000 });
      assertEqual(Number(await page.getAttribute('[data-testid="unsigned-count"]', 'data-value')), pabar.employees - pabar.signed, 'unsigned count');
      const firstNip = await page.locator('[data-testid="unsigned-table"] tbody tr td').nth(3).innerText();
      assert(/^\d{4}•{12}\d{2}$/.test(firstNip), `masked NIP, got ${firstNip}`);
      const download = page.waitForEvent('download');
      await page.click('[data-testid="download-unsigned"]');
      const csv = readFileSync(await (await download).path(), 'utf8').trim().split('\r\n');
      assertEqual(csv.length, pabar.employees - pabar.signed + 1, 'CSV lines (header + one per employee)');
      await page.click('[data-testid="reveal-nip"]');
      assert(/^\d{18}$/.test(await page.locator('[data-testid="unsigned-table"] tbody tr td').nth(3).innerText()), 'revealed NIP');
      await page.screenshot({ path: screenshotPath('detail-1280'), fullPage: true });
      await context.close();
      await server.close();
    },
  },
  {
    name: 'the language switch gives English everywhere and is remembered',
    async run({ browser, url }) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(url);
      await waitForDashboard(page);
      assertEqual(await page.getAttribute('html', 'lang'), 'id', 'default language');
      await page.selectOption('[data-testid="lang-select"]', 'en');
      await page.waitForSelector('text=Completion by regional office');
      await page.reload();
      await waitForDashboard(page);
      assertEqual(await page.getAttribute('html', 'lang'), 'en', 'language after reload');
      for (const p of ['overview', 'detail', 'behind', 'campaigns', 'incidents', 'data']) {
        await page.click(`[data-testid="tab-${p}"]`);
        await page.waitForTimeout(400);
        const text = await page.locator('main').innerText();
        for (const word of ['Penyelesaian', 'Kasus per', 'Pilih', 'Unduh', 'Semua unit', 'Sebelumnya', 'Berikutnya']) {
          assert(!text.includes(word), `untranslated "${word}" on ${p}`);
        }
      }
      await page.screenshot({ path: screenshotPath('english-data'), fullPage: true });
      await context.close();
    },
  },
  {
    name: 'every page passes axe-core without serious or critical violations, and fits 1280 px (narrower widths: the phone and tablet test)',
    async run({ browser, url }) {
      const axe = readFileSync(`${ROOT}/node_modules/axe-core/axe.min.js`, 'utf8');
      const failures: string[] = [];
      for (const [width, height] of [[1280, 800]]) {
        // axe-core is injected as an inline script, which the page's Content-Security-Policy refuses.
        const page = await browser.newPage({ viewport: { width, height }, bypassCSP: true });
        // One load, then the tabs (the detail page needs a group: the Kanwil filter gives it one).
        await page.goto(`${url}?kanwil=KW-SUMSEL`);
        for (const p of ['overview', 'detail', 'behind', 'campaigns', 'incidents', 'data']) {
          await page.waitForSelector('[data-testid="tab-overview"]', { timeout: 120_000 });
          await page.click(`[data-testid="tab-${p}"]`);
          await page.waitForSelector('main [data-testid="kpi-completion"], main [data-testid="behind"][data-busy="false"], main [data-testid="campaigns"][data-busy="false"], main [data-testid="incidents"][data-busy="false"], main .data-page', { timeout: 120_000 });
          await page.waitForTimeout(600);
          await page.screenshot({ path: screenshotPath(`${p}-${width}`), fullPage: true });
          const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scroll > width) failures.push(`${p} at ${width}: horizontal scroll (${scroll})`);
          if (width === 1280) {
            await page.addScriptTag({ content: axe });
            const result = await page.evaluate(async () => {
              const r = await (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run({ resultTypes: ['violations'] });
              return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
            });
            for (const v of result) failures.push(`${p}: ${v}`);
          }
        }
        await page.close();
      }
      assertEqual(failures, [], 'accessibility and layout');
    },
  },
];
