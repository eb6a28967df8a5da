import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

export interface PageWatch {
  readonly foreignRequests: string[];
  readonly failedRequests: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

/** Records what a page asks of other origins, what fails, and every console error. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { foreignRequests: [], failedRequests: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
  });
  page.on('requestfailed', (r) => watch.failedRequests.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => { if (r.status() >= 400) watch.failedRequests.push(`${r.url()} HTTP ${r.status()}`); });
  page.on('console', (m) => { if (m.type() === 'error') watch.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => watch.pageErrors.push(e.message));
  return watch;
}

/** Waits for the overview's KPIs; fails at once with the page's message when loading failed. */
export async function waitForDashboard(page: Page): Promise<void> {
  const found = await page.waitForSelector('[data-testid="overview"] [data-testid="kpi-completion"], [data-testid="load-error"]', { timeout: 120_000 });
  if ((await found.getAttribute('data-testid')) === 'load-error') throw new Error(`dashboard failed to load: ${await found.innerText()}`);
}
