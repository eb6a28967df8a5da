import type { Page } from 'playwright-core';
import { assert, assertEqual, runReport, screenshotPath, type E2ETest } from './harness';

// The questions leaders ask, answered by reading the page (data-value attributes) on a phone, and
// checked against `npm run report` on the same data.
type Group = { code: string; employees: number; signed: number; completion: number | null };
type Report = { totals: { employees: number; signed: number; completion: number; incidents: number; open_incidents: number }; by_kanwil: Group[]; by_directorate: Group[] };
const report = (...args: string[]) => runReport('data', ...args) as unknown as Report;
const neededFor = (employees: number, signed: number, share: number) => Math.max(0, Math.ceil(share * employees - 1e-9) - signed);

async function settled(page: Page, root: string): Promise<void> {
  await page.waitForSelector(`[data-testid="${root}"][data-busy="false"]`, { timeout: 120_000 });
}
const attr = (page: Page, selector: string, name = 'data-value') => page.getAttribute(selector, name, { timeout: 15_000 });

/** Furthest behind first, as the page ranks them: lowest completion, then more still needed, then code. */
function ranked(groups: Group[]): Group[] {
  return groups.filter((g) => g.completion !== null && g.code !== 'UNMATCHED')
    .sort((a, b) => a.completion! - b.completion! || (b.employees - b.signed) - (a.employees - a.signed) || a.code.localeCompare(b.code));
}

export const tests: E2ETest[] = [
  {
    name: 'a leader on a phone reads the three Kanwil and Eselon I units furthest behind with the signatures each still needs (100 % and a 90 % target)',
    async run({ browser, url }) {
      const expected = report();
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(`${url}?page=behind&target=90`);
      await settled(page, 'behind');
      const answered = Date.now() - start;
      for (const [level, groups] of [['kanwil', expected.by_kanwil], ['directorate', expected.by_directorate]] as const) {
        const rows = await page.$$eval(`[data-testid="behind-${level}"] tbody tr[data-code]`, (trs) => trs.slice(0, 3).map((tr) => ({
          code: tr.getAttribute('data-code'), needed: Number(tr.getAttribute('data-needed')), target: Number(tr.getAttribute('data-needed-target')),
        })));
        const want = ranked(groups).slice(0, 3).map((g) => ({ code: g.code, needed: g.employees - g.signed, target: neededFor(g.employees, g.signed, 0.9) }));
        assertEqual(rows, want, `three ${level} furthest behind`);
      }
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(sideways <= 0, `the page scrolls sideways by ${sideways} px`);
      await page.screenshot({ path: screenshotPath('answers-behind-390') });
      // The same answer on the overview: the Kanwil chart as a table gives employees, signed and still needed.
      await page.click('[data-testid="tab-overview"]');
      await settled(page, 'overview');
      const panel = page.locator('section[aria-label="Penyelesaian per Kanwil"]');
      await panel.locator('[data-testid="toggle-table"]').tap();
      const header = await panel.locator('.chart-table thead th').allInnerTexts();
      assertEqual(header, ['Nama', 'Penyelesaian', 'Pegawai', 'Sudah', 'Kurang untuk 100 %', 'Kurang untuk 90 %'], 'table view columns');
      const first = (await panel.locator('.chart-table tbody tr').first().locator('td').allInnerTexts()).map((c) => c.replace(/\./g, ''));
      const worst = ranked(expected.by_kanwil)[0];
      assertEqual(first.slice(2).map(Number), [worst.employees, worst.signed, worst.employees - worst.signed, neededFor(worst.employees, worst.signed, 0.9)], 'first row of the table view');
      console.log(`  answered ${Math.round(answered / 100) / 10} s after opening the link`);
      await context.close();
    },
  },
  {
    name: 'the KPI cards give the change since the comparison day (30 days before by default, or chosen) and the signatures per day to meet the deadline',
    async run({ browser, url }) {
      const june = report('--as-of', '2023-06-30');
      const may = report('--as-of', '2023-05-31');
      const march = report('--as-of', '2023-03-31');
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${url}?asof=2023-06-30&deadline=2023-12-31&target=95`);
      await settled(page, 'overview');
      const read = async () => ({
        completion: Number(await attr(page, '[data-testid="kpi-completion-change"]')),
        signed: Number(await attr(page, '[data-testid="kpi-signed-change"]')),
        incidents: Number(await attr(page, '[data-testid="kpi-incidents-change"]')),
      });
      const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
      // Default: 30 days before 30 June is 31 May.
      let got = await read();
      assert(close(got.completion, june.totals.completion - may.totals.completion), `completion change ${got.completion} vs ${june.totals.completion - may.totals.completion}`);
      assertEqual([got.signed, got.incidents], [june.totals.signed - may.totals.signed, june.totals.incidents - may.totals.incidents], 'signed and incidents since 31 May');
      // Signatures still needed for 95 % and per day from 1 July through 31 December (184 days).
      const needed = neededFor(june.totals.employees, june.totals.signed, 0.95);
      assertEqual(Number(await attr(page, '[data-testid="kpi-needed"]')), needed, 'signatures still needed for 95 %');
      assertEqual(Number(await attr(page, '[data-testid="kpi-needed-100"]')), june.totals.employees - june.totals.signed, 'signatures still needed for 100 %');
      assertEqual(Number(await attr(page, '[data-testid="kpi-needed-note"]')), Math.ceil(needed / 184), 'signatures per day to the deadline');
      await page.screenshot({ path: screenshotPath('answers-kpis'), clip: { x: 0, y: 0, width: 1440, height: 520 } });
      // A comparison day chosen in the filters travels in the URL.
      await page.locator('[data-testid="filter-compare"]').fill('31/03/2023');
      await page.locator('[data-testid="filter-compare"]').press('Enter');
      await page.waitForFunction(() => new URLSearchParams(window.location.search).get('compare') === '2023-03-31', null, { timeout: 10_000 });
      await settled(page, 'overview');
      await page.waitForFunction((want) => document.querySelector('[data-testid="kpi-signed-change"]')?.getAttribute('data-value') === String(want),
        june.totals.signed - march.totals.signed, { timeout: 30_000 });
      got = await read();
      assert(close(got.completion, june.totals.completion - march.totals.completion), `completion change since 31 March ${got.completion}`);
      // The deadline passed: said, not a negative pace.
      await page.goto(`${url}?asof=2023-06-30&deadline=2023-06-01`);
      await settled(page, 'overview');
      assertEqual(await attr(page, '[data-testid="kpi-needed-note"]'), 'passed', 'a deadline before the as-of day');
      await page.close();
    },
  },
  {
    name: 'campaigns side by side per Kanwil and per Eselon I unit equal the report of each campaign, on one screen',
    async run({ browser, url }) {
      const campaigns = ['PEMILU2024', 'PILKADA2024', 'ZI2023'];
      const reports = Object.fromEntries(campaigns.map((c) => [c, report('--campaign', c)]));
      for (const [width, height] of [[1440, 900], [390, 844]] as const) {
        const page = await browser.newPage({ viewport: { width, height } });
        await page.goto(`${url}?page=campaigns`);
        await settled(page, 'campaigns');
        for (const [level, key] of [['kanwil', 'by_kanwil'], ['directorate', 'by_directorate']] as const) {
          const cells = await page.$$eval(`[data-testid="campaigns-${level}"] tbody tr[data-code] td[data-campaign]`, (tds) => tds.map((td) => ({
            code: td.closest('tr')!.getAttribute('data-code')!, campaign: td.getAttribute('data-campaign')!, value: td.getAttribute('data-value'), signed: Number(td.getAttribute('data-signed')),
          })));
          const failures: string[] = [];
          for (const c of campaigns) {
            for (const g of reports[c][key].filter((x) => x.code !== 'UNMATCHED' && x.employees > 0)) {
              const cell = cells.find((x) => x.code === g.code && x.campaign === c);
              if (!cell || cell.signed !== g.signed || Math.abs(Number(cell.value) - g.completion!) > 1e-9) failures.push(`${level} ${g.code} ${c}: ${JSON.stringify(cell)} vs ${g.signed} ${g.completion}`);
            }
            const total = cells.find((x) => x.code === 'TOTAL' && x.campaign === c);
            if (total && total.signed !== reports[c].totals.signed) failures.push(`${level} total ${c}: ${total.signed} vs ${reports[c].totals.signed}`);
          }
          assertEqual(failures, [], `campaign cells by ${level} at ${width}`);
        }
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert(sideways <= 0, `${width}: the page scrolls sideways by ${sideways} px`);
        await page.screenshot({ path: screenshotPath(`answers-campaigns-${width}`), fullPage: width > 1000 });
        await page.close();
      }
    },
  },
];
