import type { Page } from 'playwright-core';
import { watchPage } from './browser';
import { assert, assertEqual, runReport, screenshotPath, type E2ETest } from './harness';

// The small things a leader trips over: the language of a shared link, the skip link, chart labels
// that wrap or vanish, and the unmatched bucket ranked as if it were a Kanwil.
type Group = { code: string; employees: number; signed: number; incidents: number };

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="overview"][data-busy="false"] [data-testid="kpi-completion"]', { timeout: 120_000 });
}

/** Text of the Kanwil completion chart: its axis labels, the value at each bar, and the bars. */
async function kanwilChart(page: Page) {
  return page.$eval('section[aria-label] .hbars', (chart) => ({
    ticks: [...chart.querySelectorAll('text.hb-name')].map((t) => ({
      text: t.textContent ?? '', lines: t.querySelectorAll('tspan').length, full: t.querySelector('title')?.textContent ?? '',
    })),
    values: [...chart.querySelectorAll('text.bar-value')].map((t) => t.textContent ?? ''),
    bars: chart.querySelectorAll('rect.hb').length,
  }));
}

export const tests: E2ETest[] = [
  {
    name: 'a shared link keeps its language, switching language rewrites the link, and the first Tab reaches a skip link to the figures',
    async run({ browser, url, origin }) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const watch = watchPage(page, origin);
      await page.goto(`${url}?lang=en&kanwil=KW-SUMSEL`);
      await settled(page);
      assertEqual(await page.getAttribute('html', 'lang'), 'en', 'language of a ?lang=en link');
      await page.keyboard.press('Tab');
      assertEqual(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'skip-link', 'first tab stop');
      await page.keyboard.press('Enter');
      assertEqual(await page.evaluate(() => document.activeElement?.id), 'figures', 'focus after the skip link');
      await page.keyboard.press('Tab');
      assert(await page.evaluate(() => document.activeElement?.closest('.filters, .app-header') === null), 'the next tab stop is past the header and the filters');
      await page.selectOption('[data-testid="filter-unitType"]', 'upt');
      await page.waitForFunction(() => window.location.search.includes('type=upt'));
      const search = new URLSearchParams(new URL(page.url()).search);
      assertEqual([search.get('lang'), search.get('kanwil'), search.get('type')], ['en', 'KW-SUMSEL', 'upt'], 'URL after a filter change');
      await page.selectOption('[data-testid="lang-select"]', 'id');
      await page.waitForFunction(() => !window.location.search.includes('lang='));
      assertEqual(await page.getAttribute('html', 'lang'), 'id', 'language after switching back');
      await page.goBack();
      await page.waitForFunction(() => !window.location.search.includes('type=upt'));
      assert(!new URL(page.url()).search.includes('lang=en'), 'switching language added no history entry of its own');
      assertEqual(watch.pageErrors, [], 'page errors');
      await page.close();
    },
  },
  {
    name: 'chart labels stay on one line, every bar has its value, and the unmatched bucket is shown apart from the ranking',
    async run({ browser, url }) {
      const report = runReport('data') as unknown as { by_kanwil: Group[] };
      const unmatched = report.by_kanwil.find((g) => g.code === 'UNMATCHED');
      for (const width of [1280, 1920]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(`${url}?asof=2023-01-15`); // early in the campaign: many Kanwil still at 0 %
        await settled(page);
        const chart = await kanwilChart(page);
        assert(chart.bars > 0, 'Kanwil bars drawn');
        assertEqual([chart.bars, chart.values.length], [chart.ticks.length, chart.ticks.length], `a bar and a value for every Kanwil, 0 % included (${width} px)`);
        assert(chart.values.some((v) => v.startsWith('0,0')), `some Kanwil at 0,0 % on 15 Jan 2023 is labelled (${width} px)`);
        for (const v of chart.values) assert(!/\n/.test(v) && / %$/.test(v), `bar value on one line: ${JSON.stringify(v)}`);
        for (const t of chart.ticks) assert(t.lines <= 1, `axis label on one line: ${t.full}`);
        assert(!chart.ticks.some((t) => t.full === 'Unit tidak dikenal'), 'the unmatched bucket is not ranked among the Kanwil');
        if (unmatched) {
          const note = page.locator('[data-testid="unmatched-note"]');
          assertEqual(await note.getAttribute('data-employees'), String(unmatched.employees), 'unmatched staff in the note');
          assert((await note.innerText()).includes('registri'), 'the note says what the bucket means');
          if (width === 1280) {
            await page.click('[data-testid="fix-unmatched"]');
            await page.waitForSelector('[data-testid="tab-data"][aria-current="page"]');
          }
        }
        await page.screenshot({ path: screenshotPath(`details-labels-${width}`) });
        await page.close();
      }
    },
  },
];
