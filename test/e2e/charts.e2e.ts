import type { Page } from 'playwright-core';
import { watchPage } from './browser';
import { assert, assertEqual, runReport, screenshotPath, type E2ETest } from './harness';

// The charts' bars from the keyboard, as the table rows are, and their labels whole at any width.
type Group = { code: string; employees: number; signed: number; incidents: number; open_incidents: number };
const KANWIL = 'section[aria-label="Penyelesaian per Kanwil"]';
const MONTHS = 'section[aria-label="Kasus per bulan dilaporkan"]';

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('main [data-testid="overview"][data-busy="false"] [data-testid="kpi-completion"]', { timeout: 120_000 });
}

/** What has the keyboard focus: a bar key's code, name, pressed state and ring, or nothing of a chart. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  if (!(el instanceof SVGElement) || !el.classList.contains('bar-key')) return null;
  return {
    code: el.dataset.code ?? '', role: el.getAttribute('role'), name: el.getAttribute('aria-label') ?? '', pressed: el.getAttribute('aria-pressed'),
    ring: getComputedStyle(el).stroke, chart: el.closest('section')?.getAttribute('aria-label') ?? '',
  };
});

/** Chart texts that leave their drawing, wrap, or have no value at a bar, for every chart on the page. */
const labelProblems = (page: Page) => page.$$eval('figure.chart svg.chart-surface, figure.chart .recharts-wrapper > svg.recharts-surface', (svgs) => svgs.flatMap((svg) => {
  const box = svg.getBoundingClientRect();
  const name = svg.closest('section')?.getAttribute('aria-label') ?? '?';
  const problems: string[] = [];
  for (const t of svg.querySelectorAll('text')) {
    const r = t.getBoundingClientRect();
    if (r.width === 0) continue;
    if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
      problems.push(`${name}: "${t.textContent}" leaves the chart (${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)})`);
    }
    if (t.querySelectorAll('tspan').length > 1) problems.push(`${name}: "${t.textContent}" wraps`);
  }
  const bars = svg.querySelectorAll('.hb').length;
  const values = svg.querySelectorAll('text.bar-value').length;
  if (bars !== values) problems.push(`${name}: ${bars} bars, ${values} values`);
  return problems;
}));

/** Opens a view: the first by loading the page, the next ones as the app's own links do (no new engine). */
async function go(page: Page, url: string, query: string, opened: boolean): Promise<void> {
  if (!opened) {
    await page.goto(`${url}${query}`);
    return;
  }
  await page.evaluate((q) => {
    window.history.pushState(null, '', `${window.location.pathname}${q}`);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, query);
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30)))));
}

export const tests: E2ETest[] = [
  {
    name: 'charts: Tab reaches the Kanwil chart, arrows move to Kanwil Papua, Enter filters the page to it and Space undoes it; a month by Enter',
    async run({ browser, url, origin }) {
      const report = runReport('data') as unknown as { by_kanwil: Group[] };
      const papua = report.by_kanwil.find((g) => g.code === 'KW-PAPUA')!;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const watch = watchPage(page, origin);
      await page.goto(url);
      await settled(page);
      const codes = await page.$$eval(`${KANWIL} .bar-key`, (keys) => keys.map((k) => k.getAttribute('data-code') ?? ''));
      assert(codes.includes('KW-PAPUA'), `a key for every Kanwil bar: ${codes.join(' ')}`);
      // The chart is one Tab stop after its panel's PNG button, entered at its first bar.
      await page.focus(`${KANWIL} [data-testid="download-png"]`);
      await page.keyboard.press('Tab');
      const first = await focused(page);
      assertEqual([first?.code, first?.role, first?.chart], [codes[0], 'button', 'Penyelesaian per Kanwil'], 'Tab enters the Kanwil chart at its first bar');
      assert(first!.ring !== 'none' && first!.ring !== '', `the focused bar has a visible ring (stroke ${first!.ring})`);
      await page.keyboard.press('End');
      assertEqual((await focused(page))?.code, codes[codes.length - 1], 'End: the last bar');
      await page.keyboard.press('Home');
      for (let i = 0; i < codes.indexOf('KW-PAPUA'); i++) await page.keyboard.press('ArrowDown');
      const bar = await focused(page);
      assertEqual(bar?.code, 'KW-PAPUA', 'arrows move to Kanwil Papua');
      assert(/^Kanwil Papua: \d+,\d %$/.test(bar!.name), `the bar's accessible name gives its label and value: ${bar!.name}`);
      assertEqual(bar!.pressed, 'false', 'not chosen yet');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => new URLSearchParams(window.location.search).get('kanwil') === 'KW-PAPUA');
      await page.waitForFunction((n) => document.querySelector('[data-testid="kpi-employees"]')?.getAttribute('data-value') === String(n), papua.employees, { timeout: 30_000 });
      assertEqual(Number(await page.getAttribute('[data-testid="kpi-signed"]', 'data-value')), papua.signed, 'signed KPI of Kanwil Papua');
      // The charts follow the KPIs in a deferred render.
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') === 'true', undefined, { timeout: 10_000 }).catch(() => undefined);
      const chosen = await focused(page);
      assertEqual([chosen?.code, chosen?.pressed], ['KW-PAPUA', 'true'], 'the chosen bar keeps the focus and is marked pressed');
      await page.screenshot({ path: screenshotPath('charts-keyboard-papua') });
      // One stop per chart: Tab leaves it, Shift+Tab comes back to the chosen bar.
      await page.keyboard.press('Tab');
      assert((await focused(page))?.chart !== 'Penyelesaian per Kanwil', 'Tab leaves the Kanwil chart');
      await page.keyboard.press('Shift+Tab');
      assertEqual((await focused(page))?.code, 'KW-PAPUA', 'Shift+Tab returns to the chosen bar');
      await page.keyboard.press(' ');
      await page.waitForFunction(() => !window.location.search.includes('kanwil='));
      // The month columns: the same keys, left and right.
      const months = await page.$$eval(`${MONTHS} .bar-key`, (keys) => keys.map((k) => k.getAttribute('data-code') ?? ''));
      assert(months.length > 2, 'a key per month');
      await page.focus(`${MONTHS} .bar-key[tabindex="0"]`);
      await page.keyboard.press('ArrowRight');
      assertEqual((await focused(page))?.code, months[1], 'ArrowRight: the next month');
      await page.keyboard.press('Enter');
      await page.waitForFunction((m) => new URLSearchParams(window.location.search).get('from') === `${m}-01`, months[1]);
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') === 'true', undefined, { timeout: 10_000 }).catch(() => undefined);
      assertEqual((await focused(page))?.pressed, 'true', 'the chosen month is marked pressed');
      assertEqual(watch.pageErrors, [], 'page errors');
      await page.close();
    },
  },
  {
    name: 'charts: a pointer over a bar shows its full name and value; a click on a name or a value chooses it as the bar does; a month column likewise',
    async run({ browser, url, origin }) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const watch = watchPage(page, origin);
      await page.goto(url);
      await settled(page);
      const codes = await page.$$eval(`${KANWIL} .bar-key`, (keys) => keys.map((k) => k.getAttribute('data-code') ?? ''));
      const values = await page.$$eval(`${KANWIL} text.bar-value`, (ts) => ts.map((t) => t.textContent ?? ''));
      await page.locator(`${KANWIL} rect.hb`).nth(2).hover();
      const tip = page.locator(`${KANWIL} .chart-tooltip`);
      await tip.waitFor({ timeout: 5_000 });
      const text = await tip.textContent();
      assert(text!.startsWith('Kantor Wilayah') && text!.endsWith(values[2]), `the tooltip gives the full name and the value ${values[2]}: ${text}`);
      await page.mouse.move(5, 5);
      await tip.waitFor({ state: 'detached', timeout: 5_000 });
      // The whole row is the target, not only the bar: a short bar (0 %) is hard to hit on a phone.
      await page.locator(`${KANWIL} text.hb-name`).nth(2).click();
      await page.waitForFunction((c) => new URLSearchParams(window.location.search).get('kanwil') === c, codes[2]);
      await page.waitForSelector(`${KANWIL} .hbars[data-selected="${codes[2]}"]`);
      await page.locator(`${KANWIL} text.bar-value`).nth(4).click();
      await page.waitForFunction((c) => new URLSearchParams(window.location.search).get('kanwil') === c, codes[4]);
      // The month columns: a pointer over a column names its month and counts; a click anywhere in its band chooses it.
      const months = await page.$$eval(`${MONTHS} g.mc`, (gs) => gs.map((g) => g.getAttribute('data-month') ?? ''));
      const month = months[months.length - 2];
      await page.locator(`${MONTHS} svg.month-columns`).scrollIntoViewIfNeeded();
      // The column's band, as its keyboard key covers it; the pointer goes near its top, above a short column.
      const column = (await page.locator(`${MONTHS} .bar-key[data-code="${month}"]`).boundingBox())!;
      await page.mouse.move(column.x + column.width / 2, column.y + 12);
      const monthTip = page.locator(`${MONTHS} .chart-tooltip`);
      await monthTip.waitFor({ timeout: 5_000 });
      assert(/\d/.test((await monthTip.textContent()) ?? ''), `the month's tooltip gives its counts: ${await monthTip.textContent()}`);
      await page.mouse.click(column.x + column.width / 2, column.y + 12);
      await page.waitForFunction((m) => new URLSearchParams(window.location.search).get('from') === `${m}-01`, month);
      await page.waitForFunction(() => document.querySelectorAll('svg.month-columns g.mc[fill-opacity="1"]').length === 1);
      assertEqual(watch.pageErrors, [], 'page errors');
      await page.close();
    },
  },
  {
    name: 'charts: no label leaves its chart or wraps at 390 and 1920 px (100,0 %, long names, 0 % bars, the deadline near the end)',
    async run({ browser, url }) {
      const problems: string[] = [];
      for (const width of [390, 1920]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        let opened = false;
        for (const query of ['?deadline=2024-09-30', '?asof=2023-01-15&deadline=2023-01-20']) {
          await go(page, url, query, opened);
          opened = true;
          await settled(page);
          problems.push(...(await labelProblems(page)).map((p) => `${width} px ${query}: ${p}`));
          const texts = await page.$$eval(`${KANWIL} svg text`, (ts) => ts.map((t) => t.textContent ?? ''));
          if (!texts.some((t) => t.startsWith('Pusat (unit Eselon I)'))) problems.push(`${width} px: "Pusat (unit Eselon I)" shortened`);
          const trend = await page.$$eval('section[aria-label="Penyelesaian kumulatif dari waktu ke waktu"] svg text', (ts) => ts.map((t) => t.textContent ?? ''));
          if (!trend.includes('100,0 %')) problems.push(`${width} px: the trend's top tick "100,0 %" missing`);
          if (!trend.some((t) => t.startsWith('Tenggat'))) problems.push(`${width} px ${query}: the deadline is not labelled`);
          await page.screenshot({ path: screenshotPath(`charts-labels-${width}${query.includes('asof') ? '-early' : ''}`), fullPage: true });
        }
        await go(page, url, '?page=detail&kanwil=KW-PABAR&deadline=2023-12-31', true);
        await page.waitForSelector('main [data-testid="detail"][data-busy="false"] figure.chart', { timeout: 120_000 });
        problems.push(...(await labelProblems(page)).map((p) => `${width} px detail: ${p}`));
        await page.close();
      }
      assertEqual(problems, [], 'chart labels');
    },
  },
];
