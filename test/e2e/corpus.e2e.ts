import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { STRINGS, type Lang } from '../../src/i18n/strings';
import { ingestBytes } from '../../src/ingest/ingest-file';
import { watchPage, waitForDashboard } from './browser';
import { RESULTS, screenshotPath, type E2ETest } from './harness';
import { readKpis } from './upload.e2e';

// Every file of the robustness corpus (/work/shared/csv-corpus, see its SOURCES.md), uploaded one at a time in
// one page through the real upload UI: each file is loaded or refused with a message, nothing hangs or throws,
// and a refused file leaves the data loaded before exactly as it was.
import { CORPUS } from '../corpus-path';
const PER_FILE_MS = Number(process.env.CSV_CORPUS_PER_FILE_MS ?? 30_000);
const ONLY = process.env.CSV_CORPUS_ONLY; // debugging: only the files whose name contains this

/**
 * The files sent through the page. Every file is read by the same ingest in test/ingest/corpus.test.ts;
 * here, by default, one file of each way a file comes out of it (kind or problem, encoding, delimiter,
 * loaded or not, with rejects or not) goes through the file input, the worker, DuckDB and the page:
 * the browser tests must fit CI's 15 minutes. CSV_CORPUS_ALL=1 sends every file.
 */
function corpusFiles(): string[] {
  const all = readdirSync(CORPUS).filter((f) => f !== 'SOURCES.md' && (!ONLY || f.includes(ONLY))).sort();
  if (process.env.CSV_CORPUS_ALL === '1' || ONLY) return all;
  const seen = new Map<string, string>();
  for (const file of all) {
    const r = ingestBytes(file, readFileSync(join(CORPUS, file)));
    const key = [r.kind, r.problem, r.encoding, r.delimiter, r.loaded > 0, r.rejects.length > 0, r.warnings.length > 0].join('|');
    if (!seen.has(key)) seen.set(key, file);
  }
  return [...seen.values()];
}

interface FileOutcome {
  readonly file: string;
  readonly outcome: string; // done | failed | cancelled
  readonly outcomeText: string;
  readonly problem: string | null; // the message shown in the file's report
  readonly problemKey: string | null; // the message's i18n key, when it is one
  readonly uploadMs: number; // tabMs + inspectMs + ingestMs
  readonly times: UploadTimes;
  readonly overviewMs: number; // to the overview tab, until its KPIs are shown
  readonly kpisKept: boolean | null; // refused files: the overview KPIs are unchanged
}

class FileTimeout extends Error {}

/** The i18n key of a problem message as shown (`problem_kind_unknown` …), whatever the page language. */
function problemKey(text: string): string | null {
  for (const lang of Object.keys(STRINGS) as Lang[]) {
    for (const [key, value] of Object.entries(STRINGS[lang])) {
      if (!key.startsWith('problem_')) continue;
      const pattern = new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{columns\\\}/g, '.*')}$`, 's');
      if (pattern.test(text.trim())) return key;
    }
  }
  return null;
}

async function within<T>(file: string, deadline: number, step: string, action: (timeout: number) => Promise<T>): Promise<T> {
  const timeout = deadline - Date.now();
  if (timeout <= 0) throw new FileTimeout(`${file}: no outcome within ${PER_FILE_MS / 1000} s (stuck before: ${step})`);
  try {
    return await action(timeout);
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new FileTimeout(`${file}: no outcome within ${PER_FILE_MS / 1000} s (stuck at: ${step})`);
    }
    throw error;
  }
}

interface UploadTimes {
  readonly tabMs: number; // to the data tab, until the upload input is enabled
  readonly inspectMs: number; // file put in the input, until the confirm button is enabled
  readonly ingestMs: number; // confirm clicked, until this file's outcome and report are shown
}

/** Puts one file in the upload input, confirms, and waits until this file's outcome and report are shown. */
async function uploadOne(page: Page, path: string, file: string): Promise<UploadTimes> {
  const deadline = Date.now() + PER_FILE_MS;
  const t0 = Date.now();
  if (!(await page.$('[data-testid="upload-input"]'))) {
    await within(file, deadline, 'data tab', (timeout) => page.click('[data-testid="tab-data"]', { timeout }));
  }
  await within(file, deadline, 'upload input enabled', (timeout) =>
    page.waitForSelector('[data-testid="upload-input"]:not([disabled])', { state: 'attached', timeout }));
  const t1 = Date.now();
  await within(file, deadline, 'putting the file in the input', (timeout) => page.setInputFiles('[data-testid="upload-input"]', path, { timeout }));
  await within(file, deadline, 'confirm button after inspection', (timeout) =>
    page.waitForSelector('[data-testid="upload-confirm"]:not([disabled])', { timeout }));
  const t2 = Date.now();
  await within(file, deadline, 'clicking confirm', (timeout) => page.click('[data-testid="upload-confirm"]', { timeout }));
  // A file that would remove more than half of a kind's rows is asked about first: the answer is yes.
  const first = await within(file, deadline, 'outcome or question', (timeout) =>
    page.waitForSelector('[data-testid="upload-outcome"], [data-testid="confirm-dialog"]', { timeout }));
  if ((await first.getAttribute('data-testid')) === 'confirm-dialog') await page.click('[data-testid="dialog-confirm"]');
  // The previous file's outcome went away when this file was added; its report has another name.
  await within(file, deadline, 'upload outcome and file report', (timeout) => page.waitForFunction(
    (name) => document.querySelector('[data-testid="upload-outcome"]') !== null
      && [...document.querySelectorAll('[data-testid="file-report"]')].some((e) => e.getAttribute('data-file') === name),
    file, { timeout, polling: 50 }));
  return { tabMs: t1 - t0, inspectMs: t2 - t1, ingestMs: Date.now() - t2 };
}

async function readOutcome(page: Page, file: string): Promise<{ outcome: string; outcomeText: string; problem: string | null }> {
  return page.evaluate((name) => {
    const outcome = document.querySelector('[data-testid="upload-outcome"]');
    const report = [...document.querySelectorAll('[data-testid="file-report"]')].find((e) => e.getAttribute('data-file') === name);
    const problem = report?.querySelector('[data-testid="file-problem"]');
    return {
      outcome: outcome?.getAttribute('data-value') ?? '',
      outcomeText: (outcome as HTMLElement | null)?.innerText.trim() ?? '',
      problem: problem ? (problem as HTMLElement).innerText.trim() : null,
    };
  }, file);
}

async function overviewState(page: Page): Promise<{ kpis: Record<string, number>; source: string | null }> {
  await page.click('[data-testid="tab-overview"]');
  await waitForDashboard(page);
  return { kpis: await readKpis(page), source: await page.getAttribute('[data-testid="data-source"]', 'data-value') };
}

/** One corpus file: uploaded through the UI, its outcome read, then the overview as it is afterwards. */
async function uploadAndCheck(page: Page, file: string) {
  const t0 = Date.now();
  const times = await uploadOne(page, join(CORPUS, file), file);
  const shown = await readOutcome(page, file);
  const t1 = Date.now();
  const after = await overviewState(page);
  return { shown, times, uploadMs: t1 - t0, after, overviewMs: Date.now() - t1 };
}

export const tests: E2ETest[] = [
  {
    // (The name avoids the words "upload" and "overview": `run.ts upload` must not pick this 4-minute test.)
    name: 'a CSV robustness corpus file of each outcome, sent one by one through the file input, is loaded or refused with a message, and a refusal keeps the data',
    async run({ browser, url, origin }) {
      const files = corpusFiles();
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const watch = watchPage(page, origin);
      const results: FileOutcome[] = [];
      const failures: string[] = [];
      const started = Date.now();
      let fatal: Error | null = null;
      try {
        await page.goto(url);
        await waitForDashboard(page);
        let baseline = { kpis: await readKpis(page), source: await page.getAttribute('[data-testid="data-source"]', 'data-value') };
        const pageErrorsSeen = () => watch.pageErrors.length;
        for (const file of files) {
          const errorsBefore = pageErrorsSeen();
          let step: Awaited<ReturnType<typeof uploadAndCheck>>;
          try {
            step = await uploadAndCheck(page, file);
          } catch (error) {
            if (error instanceof FileTimeout) throw error;
            throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
          }
          const { shown, times, uploadMs, after, overviewMs } = step;
          let kpisKept: boolean | null = null;
          if (shown.outcome === 'done') {
            baseline = after; // a loaded file is the new baseline
          } else {
            kpisKept = JSON.stringify(after) === JSON.stringify(baseline);
            if (!kpisKept) {
              failures.push(`${file}: refused (${shown.outcome}) but the overview changed: ${JSON.stringify(baseline)} -> ${JSON.stringify(after)}`);
              baseline = after; // later files are judged on their own
            }
            if (shown.outcome !== 'failed') failures.push(`${file}: outcome "${shown.outcome}" (${shown.outcomeText})`);
            if (!shown.problem) failures.push(`${file}: refused without a problem message in its report`);
          }
          if (pageErrorsSeen() > errorsBefore) failures.push(`${file}: uncaught page error: ${watch.pageErrors.slice(errorsBefore).join(' | ')}`);
          results.push({ file, ...shown, problemKey: shown.problem ? problemKey(shown.problem) : null, uploadMs, times, overviewMs, kpisKept });
        }
      } catch (error) {
        fatal = error instanceof Error ? error : new Error(String(error));
      } finally {
        const totalMs = Date.now() - started;
        const loaded = results.filter((r) => r.outcome === 'done').map((r) => r.file);
        const refused: Record<string, { key: string | null; files: string[] }> = {};
        for (const r of results.filter((x) => x.outcome !== 'done')) {
          const message = r.problem ?? `(no problem message; outcome: ${r.outcomeText})`;
          (refused[message] ??= { key: r.problemKey, files: [] }).files.push(r.file);
        }
        const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? null;
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
        const uploadTimes = results.map((r) => r.uploadMs).sort((a, b) => a - b);
        const slowest = [...results].sort((a, b) => b.uploadMs - a.uploadMs).slice(0, 5).map((r) => ({ file: r.file, uploadMs: r.uploadMs }));
        const summary = {
          corpus: CORPUS,
          files: files.length,
          processed: results.length,
          loaded,
          refused,
          failures,
          fatal: fatal?.message ?? null,
          foreignRequests: watch.foreignRequests,
          pageErrors: watch.pageErrors,
          consoleErrors: watch.consoleErrors,
          failedRequests: watch.failedRequests,
          timing: {
            totalMs,
            perFileMsMedian: median(results.map((r) => r.uploadMs + r.overviewMs)),
            uploadMsMedian: median(uploadTimes),
            uploadMsMax: uploadTimes.at(-1) ?? null,
            tabMsMedian: median(results.map((r) => r.times.tabMs)),
            inspectMsMedian: median(results.map((r) => r.times.inspectMs)),
            ingestMsMedian: median(results.map((r) => r.times.ingestMs)),
            overviewMsMedian: median(results.map((r) => r.overviewMs)),
            totals: {
              tabMs: sum(results.map((r) => r.times.tabMs)), inspectMs: sum(results.map((r) => r.times.inspectMs)),
              ingestMs: sum(results.map((r) => r.times.ingestMs)), overviewMs: sum(results.map((r) => r.overviewMs)),
            },
            slowest,
          },
          perFile: results,
        };
        mkdirSync(RESULTS, { recursive: true });
        writeFileSync(join(RESULTS, 'corpus-summary.json'), JSON.stringify(summary, null, 2) + '\n');
        // The last file's outcome and report on the data tab (on failure: the page as it was left).
        if (!fatal && results.length > 0) {
          await page.click('[data-testid="tab-data"]', { timeout: 10_000 })
            .then(() => page.waitForSelector('[data-testid="upload-outcome"]', { timeout: 10_000 })).catch(() => undefined);
        }
        await page.screenshot({ path: screenshotPath('corpus-last'), fullPage: true }).catch(() => undefined);
        const byProblem = Object.values(refused).map((v) => `${v.key ?? 'other'} ${v.files.length}`).join(', ');
        console.log(`  corpus: ${results.length}/${files.length} files in ${(totalMs / 1000).toFixed(1)} s: ${loaded.length} loaded, ${results.length - loaded.length} refused (${byProblem}); `
          + `${failures.length} failures, ${watch.pageErrors.length} page errors, ${watch.foreignRequests.length} foreign requests, ${watch.consoleErrors.length} console errors`);
        await context.close();
      }
      if (fatal) throw fatal;
      const problems = [...failures];
      if (watch.pageErrors.length) problems.push(`uncaught page errors: ${watch.pageErrors.join(' | ')}`);
      if (watch.foreignRequests.length) problems.push(`requests to other origins: ${watch.foreignRequests.join(', ')}`);
      if (problems.length) throw new Error(`${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    },
  },
];
