import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser } from './browser';
import { ROOT, type E2ETest } from './harness';
import { serveStatic } from './static-server';

// Browser tests against the production build in dist/, served from a sub-path by a plain static server.
async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const here = fileURLToPath(new URL('.', import.meta.url));
  const files = readdirSync(here).filter((f) => f.endsWith('.e2e.ts')).sort();
  const tests: E2ETest[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { tests: E2ETest[] };
    tests.push(...mod.tests.filter((t) => only.length === 0 || only.some((o) => t.name.includes(o) || file.includes(o))));
  }
  const dist = process.env.E2E_DIST ?? join(ROOT, 'dist');
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  // Screenshots are for people looking at the results; CI (CI=true) has no one looking and two shared
  // cores, so it skips drawing them unless E2E_SCREENSHOTS=1. Nothing a test asserts reads them.
  if (process.env.CI === 'true' && process.env.E2E_SCREENSHOTS !== '1') {
    const probe = await browser.newPage();
    const proto = Object.getPrototypeOf(probe) as { screenshot: (...args: unknown[]) => Promise<Buffer> };
    proto.screenshot = async () => Buffer.alloc(0);
    await probe.context().close();
  }
  let passed = 0;
  let failed = 0;
  // One test at a time by default: the tests are bound by the CPU (the page reads its data and starts
  // the engine), and two at a time were no faster on 2 cores. E2E_JOBS=2 runs two.
  const jobs = Math.max(1, Number(process.env.E2E_JOBS ?? 1));
  const queue = [...tests];
  const runOne = async (test: E2ETest) => {
    const start = Date.now();
    try {
      await test.run({ browser, url: server.url, origin: new URL(server.url).origin, dist });
      passed++;
      console.log(`✓ ${test.name} (${Date.now() - start} ms)`);
    } catch (error) {
      failed++;
      console.log(`✗ ${test.name} (${Date.now() - start} ms)\n  ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs }, async () => {
      while (queue.length > 0) await runOne(queue.shift()!);
    }));
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
