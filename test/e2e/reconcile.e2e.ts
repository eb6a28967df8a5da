import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchPage, waitForDashboard } from './browser';
import { assert, assertEqual, RESULTS, screenshotPath, type E2ETest } from './harness';
import { uploadFiles } from './upload.e2e';

// A roster whose units the registry of data/ does not know: three values with a confident match,
// two look-alikes that must not be selected (Rutan Medaeng is not Rutan Medan, Lapas Tanjung Gusta
// is not Lapas Tanjung Balai), 55 more values (two pages of 50), three rejected rows and a suspect NIP.
const CONFIDENT: Record<string, string> = { 'Imigrasi Batam': 'KANIM-BTM-1TPI', 'Ditjen Imigrasi': 'DITJENIM', 'Kanim Kls I Medan': 'KANIM-MDN-1TPI' };
const LOOK_ALIKES = ['Rutan Medaeng', 'Lapas Tanjung Gusta'];
const FIRST_NIP = '199001012015100001';
const SUSPECT_NIP = '199001012015999000';

function roster(): string {
  let n = 0;
  const nip = () => `199001012015${String(100001 + n++)}`;
  const lines = ['NIP;Nama;Unit Kerja'];
  for (const value of [...Object.keys(CONFIDENT), ...LOOK_ALIKES]) for (let i = 0; i < 3; i++) lines.push(`${nip()};Pegawai ${n};${value}`);
  for (let i = 1; i <= 55; i++) lines.push(`${nip()};Pegawai ${n};Satker Uji ${String(i).padStart(3, '0')}`);
  lines.push(`${SUSPECT_NIP};Pegawai Curiga;Imigrasi Batam`); // line 72
  lines.push('1,98001E+17;Rusak Excel;Imigrasi Batam'); // line 73
  lines.push(`${FIRST_NIP};Ganda;Imigrasi Batam`); // line 74: the first row's NIP again
  lines.push('12345;Pendek;Imigrasi Batam');
  return `${lines.join('\r\n')}\r\n`;
}

const row = (value: string) => `[data-testid="unmatched-row"][data-value="${value}"]`;

export const tests: E2ETest[] = [
  {
    name: 'reconcile: confidence shown, look-alikes not selected, confident ones applied in one go; report NIPs masked until revealed; rejects download for Excel',
    async run({ browser, url, origin }) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      const page = await context.newPage();
      const watch = watchPage(page, origin);
      await page.goto(url);
      await waitForDashboard(page);
      mkdirSync(RESULTS, { recursive: true });
      const file = join(RESULTS, 'reconcile-pegawai.csv');
      writeFileSync(file, roster());
      await uploadFiles(page, [file]);
      assertEqual(await page.getAttribute('[data-testid="upload-outcome"]', 'data-value'), 'done', 'upload outcome');

      // The validation report: NIPs masked (rejected values, suspect list), revealed on request.
      const report = page.locator('[data-testid="file-report"][data-file="reconcile-pegawai.csv"]');
      const rejectValues = async () => report.locator('[data-testid="reject-value"]').allTextContents();
      const masked = await rejectValues();
      assertEqual(masked.length, 3, 'rejected rows shown');
      assertEqual(masked, ['1,98•••••17', `1990${'•'.repeat(12)}01`, '12345'], 'rejected values, NIPs masked');
      assertEqual(await report.locator('[data-testid="suspect-nips"]').textContent(), `Baris 72: 1990${'•'.repeat(12)}00`, 'masked suspect NIP');
      await report.locator('[data-testid="report-reveal-nip"]').click();
      assert((await rejectValues()).includes(FIRST_NIP), 'revealed duplicate NIP');
      assert((await report.locator('[data-testid="suspect-nips"]').textContent())!.includes(SUSPECT_NIP), 'revealed suspect NIP');
      await report.locator('[data-testid="report-reveal-nip"]').click();
      assert(!(await rejectValues()).includes(FIRST_NIP), 'masked again');

      // The rejected rows as Indonesian Excel opens them: BOM, `;`, reason label and code, NIP as text.
      const download = page.waitForEvent('download');
      await report.locator('[data-testid="download-rejects"]').click();
      const bytes = readFileSync(await (await download).path());
      assertEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
      const lines = bytes.subarray(3).toString('utf8').split('\r\n');
      assertEqual(lines[0], 'baris;alasan;kode_alasan;kolom;nilai;keterangan;NIP;Nama;Unit Kerja', 'rejects header');
      assertEqual(lines[2], `74;NIP ganda di roster;duplicate_nip;nip;\t${FIRST_NIP};pertama di baris 2;\t${FIRST_NIP};Ganda;Imigrasi Batam`, 'duplicate row, NIP as text');

      // Reconciliation: suggestions worked out for all 60 values, confident ones selected.
      const reconcile = page.locator('[data-testid="reconcile"]');
      await page.waitForSelector('[data-testid="apply-confident"]');
      await page.waitForSelector('[data-testid="suggest-progress"]', { state: 'detached' });
      for (const [value, code] of Object.entries(CONFIDENT)) {
        assertEqual(await page.locator(`${row(value)} select`).inputValue(), code, `selected for ${value}`);
        assertEqual(await page.getAttribute(`${row(value)} [data-testid="confidence"]`, 'data-level'), 'high', `confidence of ${value}`);
      }
      for (const value of LOOK_ALIKES) {
        assertEqual(await page.locator(`${row(value)} select`).inputValue(), '', `nothing selected for ${value}`);
        assertEqual(await page.getAttribute(`${row(value)} [data-testid="confidence"]`, 'data-level'), 'low', `best suggestion's confidence for ${value}`);
        assert(/^saran teratas: \d+ % · lemah$/.test((await page.locator(`${row(value)} [data-testid="confidence"]`).textContent()) ?? ''), `confidence text for ${value}`);
        const options = await page.locator(`${row(value)} select optgroup option`).allTextContents();
        assert(options.length > 0 && options.every((o) => /keyakinan \d+ %$/.test(o)), `suggestions with confidence for ${value}: ${JSON.stringify(options)}`);
        assert(await page.locator(`${row(value)} [data-testid="apply-alias"]`).isDisabled(), `apply disabled for ${value}`);
      }
      assertEqual(await page.locator(`${row('Rutan Medaeng')} [data-testid="unmatched-source"]`).textContent(), 'roster pegawai · reconcile-pegawai.csv baris 11: Pegawai 10', 'where Rutan Medaeng was seen, with its row');

      // 60 values: 50 a page; the search finds one.
      assertEqual(await reconcile.locator('[data-testid="unmatched-row"]').count(), 50, 'rows on page 1');
      await reconcile.locator('[data-testid="reconcile-pager"] button').last().click();
      assertEqual(await reconcile.locator('[data-testid="unmatched-row"]').count(), 10, 'rows on page 2');
      await page.fill('[data-testid="reconcile-search"]', 'medaeng');
      assertEqual(await reconcile.locator('[data-testid="unmatched-row"]').count(), 1, 'rows found by the search');
      await page.fill('[data-testid="reconcile-search"]', '');
      await reconcile.screenshot({ path: screenshotPath('reconcile-before-bulk') });
      await report.screenshot({ path: screenshotPath('reconcile-report') });

      // One click applies the three confident matches; the look-alikes stay for the analyst.
      assertEqual(await page.getAttribute('[data-testid="apply-confident"]', 'data-count'), '3', 'confident matches counted');
      await page.click('[data-testid="apply-confident"]');
      for (const value of Object.keys(CONFIDENT)) await page.waitForSelector(row(value), { state: 'detached', timeout: 60_000 });
      await page.waitForSelector('[data-testid="apply-confident"][data-count="0"]');
      assertEqual(await reconcile.locator('[data-testid="unmatched-row"]').count(), 50, 'rows on page 1 after the bulk apply (57 values left)');
      for (const value of LOOK_ALIKES) assertEqual(await page.locator(row(value)).count(), 1, `${value} still to reconcile`);
      const aliasList = await reconcile.locator('details li code').allTextContents();
      assertEqual([...aliasList].sort(), Object.keys(CONFIDENT).sort(), 'aliases remembered');
      assertEqual(watch.pageErrors, [], 'uncaught page errors');
      assertEqual(watch.foreignRequests, [], 'requests to other origins');
      await context.close();
    },
  },
];
