import type { BrowserContext, Page } from 'playwright-core';
import { assert, assertEqual, screenshotPath, type E2ETest } from './harness';

// A leader on a phone (390×844), a tablet (768) and a projector (1920): nothing wider than the
// screen, KPI values whole, every page one tap away, and on the phone the KPIs on the first screen.
const PAGES = ['overview', 'detail', 'behind', 'campaigns', 'incidents', 'data'] as const;

async function layout(page: Page) {
  return page.evaluate(() => ({
    sideways: document.documentElement.scrollWidth - window.innerWidth,
    cutKpis: [...document.querySelectorAll('.kpi-value')].filter((v) => v.scrollWidth > v.clientWidth + 1).map((v) => v.textContent),
    firstKpiBottom: document.querySelector('.kpi')?.getBoundingClientRect().bottom ?? Infinity,
  }));
}

async function settled(page: Page, name: string): Promise<void> {
  await page.waitForSelector(`[data-testid="${name}"]:not([data-busy="true"])`, { timeout: 120_000 });
}

export const tests: E2ETest[] = [
  {
    name: 'on a phone, a tablet and a projector: no sideways scroll, whole KPI values, every page reachable by tapping',
    async run({ browser, url }) {
      // The laptop and projector widths share one page (resized): a new page costs an engine start.
      let desktop: { context: BrowserContext; page: Page } | null = null;
      for (const [width, height] of [[390, 844], [768, 1024], [1440, 900], [1920, 1080]] as const) {
        let context: BrowserContext;
        let page: Page;
        if (width > 1000 && desktop) {
          ({ context, page } = desktop);
          await page.setViewportSize({ width, height });
          await page.click('[data-testid="tab-overview"]');
          await page.waitForTimeout(300);
        } else {
          context = await browser.newContext({ viewport: { width, height }, hasTouch: width < 1000, isMobile: width < 500 });
          page = await context.newPage();
          if (width > 1000) desktop = { context, page };
          await page.goto(`${url}?kanwil=KW-SUMSEL`);
        }
        await settled(page, 'overview');
        const first = await layout(page);
        assert(first.sideways <= 0, `${width} px: the page scrolls sideways by ${first.sideways} px`);
        assertEqual(first.cutKpis, [], `${width} px: KPI values cut`);
        if (width === 390) {
          assert(first.firstKpiBottom <= height, `390 px: the first KPI ends at ${Math.round(first.firstKpiBottom)} px, below the first screen`);
          const toggle = page.locator('[data-testid="filters-toggle"]');
          assertEqual(await toggle.getAttribute('data-count'), '1', 'the filter button counts the active Kanwil filter');
          assert(!(await page.locator('[data-testid="filter-kanwil"]').isVisible()), 'filters folded away on a phone');
          await toggle.tap();
          assert(await page.locator('[data-testid="filter-kanwil"]').isVisible(), 'filters shown after tapping the button');
          assert((await layout(page)).sideways <= 0, '390 px: open filters scroll sideways');
          await toggle.tap();
        }
        await page.screenshot({ path: screenshotPath(`phone-overview-${width}`) });
        for (const name of PAGES) {
          const tab = page.locator(`[data-testid="tab-${name}"]`);
          assert(await tab.isVisible(), `${width} px: the ${name} tab is visible`);
          if (width < 1000) await tab.tap();
          else await tab.click();
          await page.waitForSelector(`[data-testid="tab-${name}"][aria-current="page"]`);
          if (name !== 'data') await settled(page, name);
          else await page.waitForSelector('[data-testid="upload-input"]', { state: 'attached' });
          const seen = await layout(page);
          assert(seen.sideways <= 0, `${width} px, ${name}: the page scrolls sideways by ${seen.sideways} px`);
          assertEqual(seen.cutKpis, [], `${width} px, ${name}: KPI values cut`);
          if (width === 390) await page.screenshot({ path: screenshotPath(`phone-${name}-390`), fullPage: false });
        }
        if (width < 1000 || width === 1920) await context.close();
      }
    },
  },
];
