import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchPage, waitForDashboard } from './browser';
import { assertEqual, kpiValue, RESULTS, ROOT, runReport, screenshotPath, type E2ETest } from './harness';

export const KPI_KEYS = {
  completion: 'completion', signed: 'signed', employees: 'employees',
  'unmatched-signers': 'unmatched_signers', incidents: 'incidents', 'open-incidents': 'open_incidents',
} as const;

export async function readKpis(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  // A withheld case count reads "<5" (published aggregate form); compared as such.
  for (const name of Object.keys(KPI_KEYS)) out[name] = kpiValue(await page.getAttribute(`[data-testid="kpi-${name}"]`, 'data-value')) as number;
  return out;
}

/**
 * Uploads files through the Data page. A load that would remove more than half of a kind's rows asks
 * first: `ifAsked` answers (confirm by default); 'expect-none' fails when the page asks.
 */
export async function uploadFiles(page: Page, paths: string[], ifAsked: 'confirm' | 'keep' | 'expect-none' = 'confirm'): Promise<void> {
  await page.click('[data-testid="tab-data"]');
  await page.setInputFiles('[data-testid="upload-input"]', paths);
  await page.waitForSelector('[data-testid="upload-confirm"]:not([disabled])', { timeout: 30_000 });
  await page.click('[data-testid="upload-confirm"]');
  const first = await page.waitForSelector('[data-testid="upload-outcome"], [data-testid="confirm-dialog"]', { timeout: 120_000 });
  if ((await first.getAttribute('data-testid')) === 'confirm-dialog') {
    if (ifAsked === 'expect-none') throw new Error('the page asked before loading, but should not have');
    await page.click(ifAsked === 'confirm' ? '[data-testid="dialog-confirm"]' : '[data-testid="dialog-keep"]');
    await page.waitForSelector('[data-testid="upload-outcome"]', { timeout: 120_000 });
  }
}

/** "Back to published" from the Data page, answered yes; waits until the published data shows. */
export async function backToPublished(page: Page): Promise<void> {
  await page.click('[data-testid="tab-data"]');
  await page.click('[data-testid="data-back-to-published"]');
  await page.waitForSelector('[data-testid="confirm-dialog"][data-type="published"]');
  await page.click('[data-testid="dialog-confirm"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="data-source"]')?.getAttribute('data-value') === 'published', undefined, { timeout: 120_000 });
}

const FIXTURE = join(ROOT, 'test/fixtures/small');

export const tests: E2ETest[] = [
  {
    name: 'a file whose every row is rejected is refused as a whole and the loaded signatures stay',
    async run({ browser, url }) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      await waitForDashboard(page);
      const before = await readKpis(page);
      mkdirSync(RESULTS, { recursive: true });
      const file = join(RESULTS, 'semua-ditolak.csv');
      writeFileSync(file, 'Timestamp,NIP\r\nbukan tanggal,198001012005011001\r\n05/01/2023 08:00,1,98E+17\r\n');
      await uploadFiles(page, [file]);
      const outcome = await page.waitForSelector('[data-testid="upload-outcome"]');
      assertEqual(await outcome.getAttribute('data-value'), 'failed', 'outcome of an upload from which no row loads');
      await page.click('[data-testid="tab-overview"]');
      await page.waitForSelector('[data-testid="overview"][data-busy="false"] [data-testid="kpi-completion"]');
      assertEqual(await readKpis(page), before, 'KPIs after the refused file');
      assertEqual(await page.getAttribute('[data-testid="data-source"]', 'data-value'), 'published', 'data source after the refused file');
      await page.close();
    },
  },
  {
    name: 'messy exports uploaded through the file input give the KPIs of `npm run report` on the same files, and survive a reload',
    async run({ browser, url, origin }) {
      const report = runReport(FIXTURE);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const watch = watchPage(page, origin);
      await page.goto(url);
      await waitForDashboard(page);
      const files = readdirSync(FIXTURE).map((f) => join(FIXTURE, f));
      await uploadFiles(page, files);
      assertEqual(await page.getAttribute('[data-testid="upload-outcome"]', 'data-value'), 'done', 'upload outcome');
      assertEqual(await page.getAttribute('[data-testid="data-source"]', 'data-value'), 'local', 'data-source after upload');
      await page.screenshot({ path: screenshotPath('upload-report'), fullPage: true });
      await page.click('[data-testid="tab-overview"]');
      await waitForDashboard(page);
      const expected = Object.fromEntries(Object.entries(KPI_KEYS).map(([k, v]) => [k, report.totals[v] ?? 0]));
      await page.waitForFunction((value) => document.querySelector('[data-testid="kpi-employees"]')?.getAttribute('data-value') === value, String(expected.employees));
      assertEqual(await readKpis(page), expected, 'KPIs after upload');
      await page.screenshot({ path: screenshotPath('upload-overview'), fullPage: true });

      await page.reload();
      await waitForDashboard(page);
      assertEqual(await page.getAttribute('[data-testid="data-source"]', 'data-value'), 'local', 'data-source after reload');
      assertEqual(await readKpis(page), expected, 'KPIs after reload');

      await backToPublished(page);
      const published = runReport('data');
      await page.click('[data-testid="tab-overview"]');
      await page.waitForFunction((value) => document.querySelector('[data-testid="kpi-employees"]')?.getAttribute('data-value') === value, String(published.totals.employees));
      await page.reload();
      await waitForDashboard(page);
      assertEqual(await page.getAttribute('[data-testid="data-source"]', 'data-value'), 'published', 'data-source after clearing and reload');
      assertEqual(watch.foreignRequests, [], 'requests to other origins');
      assertEqual(watch.pageErrors, [], 'uncaught page errors');
      assertEqual(watch.consoleErrors, [], 'console errors');
      await context.close();
    },
  },
  {
    name: 'an unmatched unit is reconciled in place, remembered after reload, and both exports download with escaped cells',
    async run({ browser, url, origin }) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      const page = await context.newPage();
      const watch = watchPage(page, origin);
      await page.goto(url);
      await waitForDashboard(page);
      await uploadFiles(page, readdirSync(FIXTURE).map((f) => join(FIXTURE, f)));
      // The pledge export is a regular UTF-8 file: the engine read it (db/engine-reading.ts); the roster
      // (Windows-1252) and the others were read in the workers.
      const engineRead = await page.evaluate(() => performance.getEntriesByName('pledge-engine-read').map((m) => (m as PerformanceMark).detail.file as string));
      assertEqual(engineRead, ['signatures.csv'], 'files the engine read');

      const rejects = page.waitForEvent('download');
      await page.click('[data-testid="file-report"][data-file="employees.csv"] [data-testid="download-rejects"]');
      const rejectsText = readFileSync(await (await rejects).path(), 'utf8');
      assertEqual(rejectsText.split('\r\n')[0], '\uFEFFbaris;alasan;kode_alasan;kolom;nilai;keterangan;NIP;Nama;Unit Kerja;Aktif', 'rejected rows header');
      assertEqual(/\r\n10;[^;\r\n]+;nip_scientific_notation;nip;"?1,98001E\+17"?;/.test(rejectsText), true, 'rejected row with its line and reason');

      const row = page.locator('[data-testid="unmatched-row"][data-ready="true"]', { hasText: 'Lapas Plg' });
      await row.waitFor({ timeout: 30_000 });
      assertEqual(await row.locator('optgroup option').first().getAttribute('value'), 'LAPAS-PLG-1', 'first suggestion for "Lapas Plg"');
      await row.locator('select').selectOption('LAPAS-PLG-1');
      await row.locator('[data-testid="apply-alias"]').click();
      await page.waitForSelector('[data-testid="unmatched-row"]', { state: 'detached' });
      await page.click('[data-testid="tab-overview"]');
      await waitForDashboard(page);
      // Joko (Lapas Plg) now counts under the Palembang Lapas: 8 employees, 5 signed, still.
      assertEqual((await readKpis(page)).employees, 8, 'employees after reconciliation');
      await page.reload();
      await waitForDashboard(page);
      await page.click('[data-testid="tab-data"]');
      await page.waitForSelector('[data-testid="reconcile"]');
      assertEqual(await page.locator('[data-testid="unmatched-row"]').count(), 0, 'unmatched values after reload');
      const registry = page.waitForEvent('download');
      await page.click('[data-testid="download-registry"]');
      const registryText = readFileSync(await (await registry).path(), 'utf8');
      assertEqual(registryText.includes('LAPAS-PLG-1;Lembaga Pemasyarakatan Kelas I Palembang;upt;KW-SUMSEL;DITJENPAS;Sumatera Selatan;Lapas Palembang|Lapas Plg;4'), true, 'registry with the new alias');
      await page.screenshot({ path: screenshotPath('reconciled'), fullPage: true });
      await backToPublished(page);
      assertEqual(watch.pageErrors, [], 'uncaught page errors');
      assertEqual(watch.foreignRequests, [], 'requests to other origins');
      await context.close();
    },
  },
];
