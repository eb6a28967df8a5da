import { launchBrowser, watchPage, waitForDashboard } from '/work/main/test/e2e/browser';
import { serveStatic } from '/work/main/test/e2e/static-server';
const server = await serveStatic('/work/main/dist');
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(process.env.W ?? 1280), height: Number(process.env.H ?? 800) } });
const watch = watchPage(page, new URL(server.url).origin);
const t0 = Date.now();
await page.goto(server.url + (process.env.Q ?? ''));
try { await waitForDashboard(page); } catch (e) { console.log('wait failed', String(e)); }
console.log('ready ms', Date.now() - t0);
await page.waitForTimeout(800);
await page.screenshot({ path: process.env.OUT ?? '/tmp/shot.png', fullPage: true });
const kpis = await page.$$eval('[data-testid^="kpi-"]', (els) => els.map((e) => `${e.getAttribute('data-testid')}=${e.getAttribute('data-value')}`));
console.log(kpis.join(' '));
console.log(JSON.stringify(watch));
await browser.close(); await server.close();
