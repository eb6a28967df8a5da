import { watchPage, waitForDashboard } from './browser';
import { assert, assertEqual, runReport, screenshotPath, type E2ETest } from './harness';

const KPIS = {
  completion: 'completion', signed: 'signed', employees: 'employees',
  'unmatched-signers': 'unmatched_signers', incidents: 'incidents', 'open-incidents': 'open_incidents',
} as const;

async function readKpis(page: import('playwright-core').Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of Object.keys(KPIS)) {
    const value = await page.getAttribute(`[data-testid="kpi-${name}"]`, 'data-value');
    out[name] = Number(value);
  }
  return out;
}

export const tests: E2ETest[] = [
  {
    name: 'overview on the published data shows the same KPIs as `npm run report data`, from this origin only',
    async run({ browser, url, origin }) {
      const report = runReport('data');
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const watch = watchPage(page, origin);
      await page.goto(url);
      await waitForDashboard(page);
      const kpis = await readKpis(page);
      for (const [name, key] of Object.entries(KPIS)) assertEqual(kpis[name], report.totals[key] ?? 0, `kpi-${name}`);
      assertEqual(await page.getAttribute('[data-testid="data-source"]', 'data-value'), 'published', 'data-source');
      await page.screenshot({ path: screenshotPath('overview-1280'), fullPage: true });
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: screenshotPath('overview-1024'), fullPage: true });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(scrollWidth <= 1024, `no horizontal scrolling at 1024 px (scrollWidth ${scrollWidth})`);
      assertEqual(watch.foreignRequests, [], 'requests to other origins');
      assertEqual(watch.failedRequests, [], 'failed requests');
      assertEqual(watch.consoleErrors, [], 'console errors');
      assertEqual(watch.pageErrors, [], 'uncaught page errors');
      await page.close();
    },
  },
];
