import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchPage, waitForDashboard } from './browser';
import { assert, assertEqual, RESULTS, ROOT, screenshotPath, type E2ETest } from './harness';
import { backToPublished, readKpis, uploadFiles } from './upload.e2e';

// The large upload: big enough that storing it in one piece would block the page (the browser tests must fit CI's 15 minutes).
const LARGE_ROWS = 320_000;
// Upload guards, load history with undo, "back to published", reloads, and storage faults, through the page.
const FIXTURE = join(ROOT, 'test/fixtures/small');
const fixtureFiles = () => readdirSync(FIXTURE).map((f) => join(FIXTURE, f));

function writeResult(name: string, text: string): string {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, name);
  writeFileSync(path, text);
  return path;
}

/** The KPIs on the overview once `signed` shows the expected value (figures are redrawn after a load). */
async function kpisWhen(page: Page, signed: number): Promise<Record<string, number>> {
  await page.click('[data-testid="tab-overview"]');
  await waitForDashboard(page);
  await page.waitForFunction((v) => document.querySelector('[data-testid="kpi-signed"]')?.getAttribute('data-value') === v, String(signed), { timeout: 60_000 });
  return readKpis(page);
}

// test/fixtures/small, checked by hand (and equal to `npm run report -- test/fixtures/small`): 8 active staff
// (Citra left; Indra, the second Fajar and Kiki rejected), 5 of them signed (Andi, Budi, Dewi, Fajar, Joko),
// 2 signers outside the roster (Citra, Luar), Andi signed twice, 5 cases of which 3 open.
const fixture = { completion: 0.625, signed: 5, employees: 8, 'unmatched-signers': 2, incidents: 5, 'open-incidents': 3 };
const source = (page: Page) => page.getAttribute('[data-testid="data-source"]', 'data-value');
const historyCount = async (page: Page) => { await page.click('[data-testid="tab-data"]'); return page.locator('[data-testid="history-entry"]').count(); };

async function changeRows(page: Page): Promise<Record<string, [number, number]>> {
  const rows = await page.$$eval('[data-testid="confirm-dialog"] [data-testid="change-row"]', (trs) =>
    trs.map((tr) => [tr.getAttribute('data-kind'), Number(tr.getAttribute('data-before')), Number(tr.getAttribute('data-after'))] as const));
  return Object.fromEntries(rows.map(([k, b, a]) => [k, [b, a]]));
}

// Two roster staff who had not signed (Eko, Gita): appended, 7 of the 8 active staff have signed.
const SUSULAN = 'Timestamp,NIP\r\n01/03/2023 08:00:00,198001052005011005\r\n02/03/2023 09:00:00,198001072005011007\r\n';
// No row loads: one date and two NIPs destroyed by a spreadsheet.
const ALL_REJECTED = 'Timestamp;NIP\r\nbukan tanggal;198001012005011001\r\n05/01/2023 08:00;1,98E+17\r\n06/01/2023 08:00;1,98001E+17\r\n';
const ROSTER_REJECTED = 'NIP;Nama;Unit Kerja\r\n12345;A;SETJEN\r\n1,98E+17;B;SETJEN\r\n';

export const tests: E2ETest[] = [
  {
    name: 'guards: a load removing more than half of a kind asks first, refused files change nothing, per-kind modes stay, the last load is undone, the history survives a reload, back to published asks',
    async run({ browser, url, origin }) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const watch = watchPage(page, origin);
      await page.goto(url);
      await waitForDashboard(page);
      const published = await readKpis(page);
      const allRejected = writeResult('semua-ditolak.csv', ALL_REJECTED);

      // 1. The fixture set over the published data replaces the published roster by 9 rows: the page asks; "keep" changes nothing.
      await uploadFiles(page, [...fixtureFiles(), allRejected], 'keep');
      assertEqual(await page.getAttribute('[data-testid="upload-outcome"]', 'data-value'), 'cancelled', 'outcome after keeping the data');
      assertEqual(await kpisWhen(page, published.signed), published, 'KPIs after keeping the data');
      assertEqual(await source(page), 'published', 'data source after keeping the data');

      // 2. Again, confirmed: the fixture figures; the all-rejected file is refused with its main reasons.
      await page.click('[data-testid="tab-data"]');
      await page.setInputFiles('[data-testid="upload-input"]', [...fixtureFiles(), allRejected]);
      await page.click('[data-testid="upload-confirm"]:not([disabled])');
      await page.waitForSelector('[data-testid="confirm-dialog"][data-type="load"]', { timeout: 60_000 });
      const asked = await changeRows(page);
      assertEqual([asked.employees?.[1], asked.signatures?.[1]], [9, 8], 'roster and signature rows after the load, as the dialog says');
      assert(asked.employees[0] > 9 * 2, `the dialog shows the published roster before: ${JSON.stringify(asked)}`);
      await page.click('[data-testid="dialog-confirm"]');
      await page.waitForSelector('[data-testid="upload-outcome"][data-value="done"]', { timeout: 60_000 });
      const refused = await page.innerText('[data-testid="refused-file"][data-file="semua-ditolak.csv"]');
      assert(/\(2\)/.test(refused) && /\(1\)/.test(refused), `refused file with its main reasons and counts: ${refused}`);
      assertEqual(await kpisWhen(page, fixture.signed), fixture, 'KPIs after the confirmed load = npm run report on the fixtures');
      assertEqual(await historyCount(page), 1, 'history entries after the first load');

      // 3. A late file appended (the default for signatures, explained on screen) with a refused roster: no question, the roster stays.
      await page.click('[data-testid="tab-data"]');
      const susulan = writeResult('susulan.csv', SUSULAN);
      const rosterRejected = writeResult('roster-rusak.csv', ROSTER_REJECTED);
      await page.setInputFiles('[data-testid="upload-input"]', [susulan, rosterRejected]);
      assertEqual(await page.inputValue('[data-testid="kind-mode-signatures"]'), 'append', 'default mode for signatures');
      assert((await page.innerText('[data-testid="kind-mode-explain-signatures"]')).length > 20, 'the default is explained');
      await page.click('[data-testid="upload-confirm"]:not([disabled])');
      const first = await page.waitForSelector('[data-testid="upload-outcome"], [data-testid="confirm-dialog"]', { timeout: 60_000 });
      assertEqual(await first.getAttribute('data-testid'), 'upload-outcome', 'an append asks nothing');
      const appended = { ...fixture, signed: 7, completion: 0.875 };
      assertEqual(await kpisWhen(page, 7), appended, 'KPIs after appending the late file (hand-checked: Eko and Gita signed)');

      // 4. The same late file with "replace" chosen: 8+2 signatures would fall to 2; the page asks; keeping changes nothing; the choice stays.
      await page.click('[data-testid="tab-data"]');
      await page.setInputFiles('[data-testid="upload-input"]', susulan);
      await page.selectOption('[data-testid="kind-mode-signatures"]', 'replace');
      await page.click('[data-testid="upload-confirm"]:not([disabled])');
      await page.waitForSelector('[data-testid="confirm-dialog"][data-type="load"]', { timeout: 60_000 });
      assertEqual((await changeRows(page)).signatures, [10, 2], 'signature rows before → after replacing by the late file');
      await page.click('[data-testid="dialog-keep"]');
      await page.waitForSelector('[data-testid="upload-outcome"][data-value="cancelled"]');
      assertEqual(await kpisWhen(page, 7), appended, 'KPIs after keeping the data');
      await page.click('[data-testid="tab-data"]');
      await page.setInputFiles('[data-testid="upload-input"]', susulan);
      assertEqual(await page.inputValue('[data-testid="kind-mode-signatures"]'), 'replace', 'the mode stays as chosen after an upload');
      await page.click('[data-testid="pending-file"] .file-card-header button');

      // 5. Undo the late file: the fixture figures again.
      await page.click('[data-testid="undo-last"]');
      await page.waitForSelector('[data-testid="confirm-dialog"][data-type="undo"]');
      assertEqual((await changeRows(page)).signatures, [10, 8], 'signature rows before → after the undo');
      await page.click('[data-testid="dialog-confirm"]');
      assertEqual(await kpisWhen(page, fixture.signed), fixture, 'KPIs after the undo');
      assertEqual(await historyCount(page), 1, 'history entries after the undo');

      // 6. A reload keeps the history and the data.
      await page.click('[data-testid="tab-overview"]');
      await page.reload();
      await waitForDashboard(page);
      assertEqual(await source(page), 'local', 'data source after reload');
      assertEqual(await kpisWhen(page, fixture.signed), fixture, 'KPIs after reload');
      assertEqual(await historyCount(page), 1, 'history entries after reload');
      await page.screenshot({ path: screenshotPath('guards-history'), fullPage: true });

      // 7. Back to published asks with the counts, then shows the published figures.
      await page.click('[data-testid="data-back-to-published"]');
      await page.waitForSelector('[data-testid="confirm-dialog"][data-type="published"]');
      const back = await changeRows(page);
      assertEqual(back.employees?.[0], 9, 'roster rows before going back');
      await page.screenshot({ path: screenshotPath('guards-back-dialog') });
      await page.click('[data-testid="dialog-keep"]');
      assertEqual(await source(page), 'local', 'data source after keeping the uploads');
      await backToPublished(page);
      assertEqual(await kpisWhen(page, published.signed), published, 'KPIs after going back');
      assertEqual(await historyCount(page), 0, 'history after going back');
      assertEqual(watch.pageErrors, [], 'uncaught page errors');
      assertEqual(watch.foreignRequests, [], 'requests to other origins');
      await context.close();
    },
  },
  {
    name: 'guards: storing a 12 MB upload never blocks the page for more than 50 ms, and back to published pressed during a second upload cancels it, asks, and stays published after a reload',
    async run({ browser, url, origin }) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(() => {
        const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      const page = await context.newPage();
      const watch = watchPage(page, origin);
      await page.goto(url);
      await waitForDashboard(page);
      const published = await readKpis(page);
      // 320,000 signatures of staff outside the roster (about 12 MB): appended, the fixture completion stays.
      const lines = ['Timestamp,NIP'];
      for (let i = 0; i < LARGE_ROWS; i++) lines.push(`${1 + (i % 28)}/02/2023 08:${String(i % 60).padStart(2, '0')}:00,1990${String(i).padStart(8, '0')}011001`);
      const big = writeResult('tanda-tangan-besar.csv', lines.join('\r\n') + '\r\n');
      await uploadFiles(page, [...fixtureFiles(), big], 'confirm');
      assertEqual(await page.getAttribute('[data-testid="upload-outcome"]', 'data-value'), 'done', 'outcome of the large upload');
      const blocked = await page.evaluate(() => {
        const start = performance.getEntriesByName('pledge-store-start').at(-1)?.startTime;
        const end = performance.getEntriesByName('pledge-store-end').at(-1)?.startTime;
        const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
        if (start === undefined || end === undefined) return 'no storing marks';
        return tasks.filter((t) => t.start < end && t.start + t.duration > start && t.duration > 50);
      });
      assertEqual(blocked, [], 'long tasks (> 50 ms) while the upload was stored');
      assertEqual(await page.locator('[data-testid="storage-state"]').count(), 0, 'no storage warning after storing');
      const loaded = await kpisWhen(page, fixture.signed);
      assertEqual([loaded.employees, loaded['unmatched-signers']], [8, 2 + LARGE_ROWS], 'roster and signers outside it after the large upload');

      // A second upload of the same file; "back to published" while it is read: the upload is cancelled, then the page asks.
      await page.click('[data-testid="tab-data"]');
      await page.setInputFiles('[data-testid="upload-input"]', big);
      await page.click('[data-testid="upload-confirm"]:not([disabled])');
      await page.waitForSelector('[data-testid="upload-cancel"]', { timeout: 60_000 });
      await page.click('[data-testid="data-back-to-published"]');
      await page.waitForSelector('[data-testid="confirm-dialog"][data-type="published"]', { timeout: 60_000 });
      assertEqual(await page.getAttribute('[data-testid="upload-outcome"]', 'data-value'), 'cancelled', 'the second upload was cancelled');
      const rows = await changeRows(page);
      assertEqual(rows.signatures?.[0], 8 + LARGE_ROWS, 'signature rows before going back (the second upload not among them)');
      await page.click('[data-testid="dialog-confirm"]');
      await page.waitForFunction(() => document.querySelector('[data-testid="data-source"]')?.getAttribute('data-value') === 'published', undefined, { timeout: 60_000 });
      assertEqual(await kpisWhen(page, published.signed), published, 'KPIs after going back');
      await page.reload();
      await waitForDashboard(page);
      assertEqual(await source(page), 'published', 'data source after reload: the cancelled upload did not come back');
      assertEqual(await readKpis(page), published, 'KPIs after reload');
      assertEqual(await historyCount(page), 0, 'history after reload');
      assertEqual(watch.pageErrors, [], 'uncaught page errors');
      await context.close();
    },
  },
  {
    name: 'guards: unreadable stored records are set aside with a way to clear them while the published data shows; storage that is unavailable or fails says the data lasts for this visit',
    async run({ browser, url, origin }) {
      // 1. Corrupt records written into the page's IndexedDB, then a reload.
      let context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      let page = await context.newPage();
      const watch = watchPage(page, origin);
      await page.goto(url);
      await waitForDashboard(page);
      const published = await readKpis(page);
      await page.evaluate(() => new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pledge-dashboard', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['batches', 'aliases'], 'readwrite');
          const batches = tx.objectStore('batches'), aliases = tx.objectStore('aliases');
          const roster = new Blob(['NIP;Nama;Unit Kerja\r\n198001012005011001;A;SETJEN\r\n']);
          batches.put({ id: 1, savedAt: '2026-01-01T00:00:00.000Z', modes: { employees: 'replace' }, files: [{ name: 'ok.csv', kind: 'employees', blob: roster }] });
          batches.put({ id: 2, savedAt: 12345, modes: { employees: 'replace' }, files: [] }); // a field of the wrong type
          batches.put({ id: 3, savedAt: '2026-01-01T00:00:00.000Z', modes: { pegawai: 'replace' }, files: [{ name: 'x.csv', kind: 'pegawai', blob: roster }] }); // unknown kind
          batches.put({ id: 4, savedAt: '2026-01-01T00:00:00.000Z', modes: { signatures: 'append' }, files: [{ name: 'y.csv', kind: 'signatures' }] }); // bytes missing
          batches.put({ id: 5, savedAt: '2026-01-01T00:00:00.000Z', modes: { signatures: 'append' }, files: null }); // files null
          aliases.put(42, 'Lapas X'); // a non-string alias
          aliases.put(null, 'Rutan Y'); // a null record
          tx.oncomplete = () => { db.close(); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
      }));
      await page.reload();
      await waitForDashboard(page);
      assertEqual(await source(page), 'published', 'data source with unreadable stored records');
      assertEqual(await readKpis(page), published, 'KPIs with unreadable stored records');
      await page.click('[data-testid="tab-data"]');
      const aside = await page.innerText('[data-testid="set-aside"]');
      assert(aside.includes('(4 ') && aside.includes('2 '), `set-aside message with 4 loads and 2 aliases: ${aside}`);
      await page.screenshot({ path: screenshotPath('guards-set-aside'), fullPage: true });
      await page.click('[data-testid="clear-set-aside"]');
      await page.waitForSelector('[data-testid="set-aside"]', { state: 'detached' });
      await page.click('[data-testid="tab-overview"]');
      await page.reload();
      await waitForDashboard(page);
      await page.click('[data-testid="tab-data"]');
      assertEqual(await page.locator('[data-testid="set-aside"]').count(), 0, 'set-aside message after clearing and reload');
      assertEqual(await source(page), 'published', 'data source after clearing');
      assertEqual(watch.pageErrors, [], 'uncaught page errors (corrupt records)');
      await context.close();

      // 2. Merely reading window.indexedDB throws (opaque origins, sandboxed frames): the page works and says so.
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
      });
      page = await context.newPage();
      const watch2 = watchPage(page, origin);
      await page.goto(url);
      await waitForDashboard(page);
      assertEqual(await readKpis(page), published, 'KPIs without storage');
      await uploadFiles(page, fixtureFiles(), 'confirm');
      assertEqual(await page.getAttribute('[data-testid="storage-state"]', 'data-value'), 'unavailable', 'storage state without IndexedDB');
      assertEqual(await page.locator('[data-testid="history-entry"]').count(), 1, 'history kept for the visit');
      assertEqual(await kpisWhen(page, fixture.signed), fixture, 'KPIs after an upload without storage');
      assertEqual(watch2.pageErrors, [], 'uncaught page errors (no storage)');
      await context.close();

      // 3. Storing fails as in a private window (the transaction aborts): the data shows, for this visit only.
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(() => {
        const add = IDBObjectStore.prototype.add;
        IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
          const request = add.apply(this, args);
          this.transaction.abort();
          return request;
        };
      });
      page = await context.newPage();
      const watch3 = watchPage(page, origin);
      await page.goto(url);
      await waitForDashboard(page);
      await uploadFiles(page, fixtureFiles(), 'confirm');
      assertEqual(await page.getAttribute('[data-testid="storage-state"]', 'data-value'), 'failed', 'storage state when storing fails');
      assert((await page.innerText('[data-testid="upload-outcome"]')).length > 0, 'the outcome says the data was not kept');
      assertEqual(await kpisWhen(page, fixture.signed), fixture, 'KPIs after an upload that could not be stored');
      await page.reload();
      await waitForDashboard(page);
      assertEqual(await readKpis(page), published, 'KPIs after reload: the upload lasted for the visit, as the page said');
      assertEqual(watch3.pageErrors, [], 'uncaught page errors (storing fails)');
      await context.close();
    },
  },
];
