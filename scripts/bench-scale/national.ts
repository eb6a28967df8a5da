import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../test/e2e/static-server';

// National scale through the build: `DATA_DIR=<folder> vite build` (precompressed copies on, as the
// default build) under /usr/bin/time -v, for its wall time and peak resident memory; then what it
// publishes (bytes under data/, and of the .br copies a server sends) and its first view on a phone.

export interface BuildResult {
  readonly exitStatus: number | string; // a number, or why there is none (timed out)
  readonly seconds: number;
  readonly peakMb: number;
  readonly stderrTail: string; // the last lines, when the build failed
  readonly outDir: string;
}

const ANSI = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');
/** Where a failed build's whole standard error goes. */
export const BUILD_LOG = 'test-results/bench-scale-build.log';

/** Runs the build in its own process group, so that a build over its time can be stopped with everything it started. */
export function timedBuild(dataDir: string, timeoutMs: number): Promise<BuildResult> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-national-dist-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  delete env.PRECOMPRESS;
  delete env.PUBLISH_ROWS;
  const child = spawn('/usr/bin/time', ['-v', 'npx', 'vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => { stderr = (stderr + chunk).slice(-200_000); });
  const started = Date.now();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, timeoutMs);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('close', (code) => {
      clearTimeout(timer);
      const text = stderr.replace(ANSI, '');
      const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
      const status = /Exit status: (\d+)/.exec(text);
      const exitStatus = timedOut ? `stopped after ${timeoutMs / 60_000} min` : status ? Number(status[1]) : (code ?? 'killed');
      // The build's own words, without time's report (which starts at "Command being timed") nor Vite's
      // notes on its config file: the first line that names an error, then the last lines.
      const own = text.split(/\n\s*Command (?:being timed|exited with)/)[0].split('\n')
        .filter((l) => l.trim() && !/^\s+at /.test(l) && !/^\s+- import |configLoader|VITE_CONFIG_NATIVE|^\s*errors: \[Getter|^\s*\}\s*$/.test(l));
      const named = own.find((l) => /error/i.test(l) && !/^error during build|^Build failed with/i.test(l.trim()));
      const tail = [...new Set([named, ...own.slice(-4)].filter((l): l is string => Boolean(l)).map((l) => l.trim()))];
      if (exitStatus !== 0) {
        mkdirSync('test-results', { recursive: true });
        writeFileSync(BUILD_LOG, text);
      }
      resolve({ exitStatus, seconds: Math.round((Date.now() - started) / 100) / 10, peakMb: peak ? Math.round(Number(peak[1]) / 1024) : 0,
        stderrTail: exitStatus === 0 ? '' : tail.join(' · '), outDir });
    });
  });
}

export interface Published { readonly bytes: number; readonly brotliBytes: number; readonly files: number; readonly firstViewBrotli: number }

/** The published data: every file under data/ as built, and the .br copies where the build wrote them. */
export function publishedBytes(outDir: string): Published {
  let bytes = 0, brotliBytes = 0, files = 0, firstViewBrotli = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (name.endsWith('.br')) {
        brotliBytes += st.size;
        if (name === 'summary.json.br' || name === 'manifest.json.br') firstViewBrotli += st.size;
      } else if (!name.endsWith('.gz')) { bytes += st.size; files++; }
    }
  };
  walk(join(outDir, 'data'));
  return { bytes, brotliBytes, files, firstViewBrotli };
}

// Records, in the page, when the first KPI shows its figure (performance.now(): ms since navigation).
const WATCH_FIRST_KPI = () => {
  new MutationObserver((_m, observer) => {
    if (document.querySelector('[data-testid="kpi-completion"]:not([data-value=""])')) {
      (window as unknown as { __kpiAt: number }).__kpiAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
};

/** A first visit on a phone-sized screen (390×844), served as a host would (precompressed copies), to the first KPI's figure. */
export async function phoneFirstView(browser: Browser, dir: string): Promise<number> {
  const server = await serveStatic(dir);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  try {
    await context.addInitScript(WATCH_FIRST_KPI);
    const page = await context.newPage();
    await page.goto(server.url, { timeout: 120_000 });
    await page.waitForFunction(() => (window as unknown as { __kpiAt?: number }).__kpiAt !== undefined || document.querySelector('[data-testid="load-error"]'),
      null, { timeout: 300_000 }).catch(() => { throw new Error(`the first KPI of ${dir} did not show within 5 minutes`); });
    const problem = await page.$('[data-testid="load-error"]');
    if (problem) throw new Error(`the build in ${dir} shows a load error: ${await problem.innerText()}`);
    return Math.round(await page.evaluate(() => (window as unknown as { __kpiAt: number }).__kpiAt));
  } finally {
    await context.close();
    await server.close();
  }
}

export const removeBuild = (outDir: string) => rmSync(outDir, { recursive: true, force: true });
