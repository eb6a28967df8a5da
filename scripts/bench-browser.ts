import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';
import { largeSignatureExport } from './large-export';

// Upload of a large signature export in the built page (dist/, run `npm run build` first): time to
// load, and how long a click on a tab takes to answer while the file is being read. Medians of runs.
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  mkdirSync('test-results', { recursive: true });
  const file = join('test-results', `signatures-${ROWS}.csv`);
  if (!existsSync(file)) writeFileSync(file, largeSignatureExport(ROWS));
  const server = await serveStatic('dist');
  const browser = await launchBrowser();
  const loads: number[] = [];
  const clicks: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${server.url}?page=data`);
      await page.waitForSelector('[data-testid="upload-input"]', { timeout: 120_000 });
      await page.setInputFiles('[data-testid="upload-input"]', file);
      await page.waitForSelector('[data-testid="upload-confirm"]');
      const start = Date.now();
      await page.click('[data-testid="upload-confirm"]');
      await page.waitForSelector('[data-testid="upload-progress"]');
      while (!(await page.$('[data-testid="upload-outcome"]'))) {
        const t = Date.now();
        await page.click('[data-testid="tab-overview"]');
        await page.waitForSelector('[data-testid="tab-overview"][aria-current="page"]');
        clicks.push(Date.now() - t);
        await page.click('[data-testid="tab-data"]');
        await page.waitForTimeout(500);
      }
      loads.push(Date.now() - start);
      await page.click('[data-testid="back-to-published"]');
      await page.click('[data-testid="dialog-confirm"]');
      await page.close();
      process.stderr.write(`run ${run + 1}: ${loads[loads.length - 1]} ms\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.table({
    [`${ROWS} rows`]: { 'load ms (median)': median(loads), 'click answer ms (median)': median(clicks), 'click answer ms (max)': Math.max(...clicks), clicks: clicks.length },
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
