import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchPage, waitForDashboard } from './browser';
import { assert, assertEqual, ROOT, runReport, screenshotPath, type E2ETest } from './harness';
import { KPI_KEYS, readKpis } from './upload.e2e';

// The files analysts have, through the Data page: an .xlsx workbook (Google Forms questions as
// headers, date cells, a number-stored NIP), Excel's "Unicode Text" in UTF-16 LE and BE, an AM/PM
// re-save and a registry with rows that do not fit their columns. One page load; the counts the
// page shows are the hand-checked ones of test/ingest/formats.test.ts, and the KPIs those of
// `npm run report` on the same folder.
const FOLDER = join(ROOT, 'test/fixtures/formats');
const FILES = readdirSync(FOLDER).filter((f) => !f.endsWith('.ts')).sort();

const card = (name: string) => `[data-testid="pending-file"][aria-label="${name}"]`;
const isOpen = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLDetailsElement).open);

async function countsOf(page: Page, file: string): Promise<number[]> {
  const at = `[data-testid="file-report"][data-file="${file}"]`;
  const read = async (id: string) => Number((await page.innerText(`${at} [data-testid="${id}"]`)).replace(/\D/g, ''));
  return [await read('rows-read'), await read('rows-loaded'), await read('rows-rejected')];
}

export const tests: E2ETest[] = [
  {
    name: 'an .xlsx workbook, UTF-16 rosters and an AM/PM export load through the Data page with the report\'s figures',
    async run({ browser, url, origin }) {
      const report = runReport(FOLDER);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const watch = watchPage(page, origin);
      await page.goto(url);
      await waitForDashboard(page);
      await page.click('[data-testid="tab-data"]');
      await page.setInputFiles('[data-testid="upload-input"]', FILES.map((f) => join(FOLDER, f)));
      await page.waitForSelector('[data-testid="upload-confirm"]:not([disabled])', { timeout: 30_000 });

      // The workbook's question headers are shown as guesses, in Indonesian, each with a sample value.
      const xlsx = card('signatures-form.xlsx');
      assertEqual(await page.$eval(`${xlsx} [data-testid="kind-select"]`, (el) => (el as HTMLSelectElement).value), 'signatures', 'kind of the workbook');
      const panel = `${xlsx} [data-testid="mapping-panel"]`;
      assertEqual(await isOpen(page, panel), true, 'mapping panel open while there are guesses');
      const guesses = await page.$$eval(`${xlsx} [data-guess="true"]`, (els) => els.map((e) => e.getAttribute('data-testid')));
      assertEqual(guesses, ['mapping-nip', 'mapping-name', 'mapping-unit'], 'columns shown as guesses');
      assert((await page.innerText(`${xlsx} [data-testid="mapping-signed_at"]`)).includes('Waktu tanda tangan'), 'signed_at shown in Indonesian');
      assert((await page.innerText(`${xlsx} [data-testid="mapping-nip"]`)).includes('NIP (18 digit)'), 'the header a guess came from');
      assertEqual(await page.innerText(`${xlsx} [data-testid="mapping-nip"] [data-testid="mapping-sample"]`), 'contoh: 199001012015011001', 'sample value beside the NIP');
      assertEqual(await page.innerText(`${xlsx} [data-testid="mapping-signed_at"] [data-testid="mapping-sample"]`), 'contoh: 2023-01-30 09:05:01', 'a date cell read as its date');
      // Changing a mapping leaves the panel open; confirming closes it.
      const name = `${xlsx} [data-testid="mapping-name"] select`;
      await page.selectOption(name, '');
      await page.selectOption(name, '2');
      assertEqual(await isOpen(page, panel), true, 'mapping panel still open after a change');
      await page.click(`${xlsx} [data-testid="mapping-confirm"]`);
      assertEqual(await isOpen(page, panel), false, 'mapping panel closed once confirmed');
      assert((await page.innerText(`${card('roster-unicode-le.txt')} .file-settings`)).includes('UTF-16 LE'), 'UTF-16 LE shown as the encoding');
      await page.screenshot({ path: screenshotPath('formats-pending'), fullPage: true });

      await page.click('[data-testid="upload-confirm"]');
      const first = await page.waitForSelector('[data-testid="upload-outcome"], [data-testid="confirm-dialog"]', { timeout: 120_000 });
      if ((await first.getAttribute('data-testid')) === 'confirm-dialog') {
        await page.click('[data-testid="dialog-confirm"]');
        await page.waitForSelector('[data-testid="upload-outcome"]', { timeout: 120_000 });
      }
      assertEqual(await page.getAttribute('[data-testid="upload-outcome"]', 'data-value'), 'done', 'upload outcome');
      const counts: Record<string, number[]> = {};
      for (const f of FILES) counts[f] = await countsOf(page, f);
      assertEqual(counts, {
        'roster-unicode-be.txt': [2, 2, 0], 'roster-unicode-le.txt': [6, 5, 1], 'signatures-ampm.csv': [4, 3, 1],
        'signatures-form.xlsx': [5, 4, 1], 'units.csv': [8, 4, 4],
      }, 'rows read, loaded and rejected per file');
      await page.screenshot({ path: screenshotPath('formats-report'), fullPage: true });

      await page.click('[data-testid="tab-overview"]');
      await waitForDashboard(page);
      const expected = Object.fromEntries(Object.entries(KPI_KEYS).map(([k, v]) => [k, report.totals[v] ?? 0]));
      await page.waitForFunction((value) => document.querySelector('[data-testid="kpi-employees"]')?.getAttribute('data-value') === value, String(expected.employees));
      assertEqual(await readKpis(page), expected, 'KPIs after the upload equal npm run report');
      assertEqual(expected.employees, 7, 'the report\'s active roster');
      assertEqual(watch.pageErrors, [], 'uncaught page errors');
      assertEqual(watch.consoleErrors, [], 'console errors');
      await context.close();
    },
  },
];
