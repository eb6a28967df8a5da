import type { Page } from 'playwright-core';
import { longTasks, readMarks, resetMarks, type LongTasks } from './page-watch';

// One upload as an analyst makes it, timed on the page's own clock: files chosen on the Data page,
// "load" pressed, the replace question answered, the outcome shown, then the overview opened until its
// staff count shows the new roster. The bench's own reaction times (answering the question, opening
// the overview) are taken out of `ms`; `totalMs` is everything from the click to the new figures.

export type UploadOutcome = 'loaded' | 'refused before loading' | 'refused while loading' | 'crashed' | 'timed out';

export interface UploadResult {
  readonly outcome: UploadOutcome;
  readonly sentence: string; // what the page said, for anything but a clean load
  readonly ms: number; // confirm click → new KPIs, without the time the question and the tab waited for the bench
  readonly totalMs: number;
  readonly longTasks: LongTasks | null; // during the upload, until the new KPIs
  readonly phases: Phases | null;
}

/** Where an upload's time goes, from the page's own marks (app/dataset.ts, db/load.ts), in ms. */
export interface Phases { read: number; insert: number; derive: number; after: number }

// Sent to the page as text: no named functions inside (a bundler's name helpers do not exist there).
const phasesOf = async (page: Page, kpi: number): Promise<Phases> => {
  const marks = await page.evaluate(() => ['pledge-read-start', 'pledge-read-end', 'pledge-load-start', 'pledge-derive-start', 'pledge-load-end']
    .map((name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? NaN));
  const [readStart, readEnd, loadStart, derive, loadEnd] = marks;
  const round = (x: number) => (Number.isFinite(x) ? Math.round(x) : -1);
  return {
    read: round(readEnd - readStart),
    insert: round((Number.isFinite(derive) ? derive : loadEnd) - loadStart),
    derive: round(loadEnd - derive),
    after: round(kpi - loadEnd),
  };
};

class Crashed extends Error {}

const failed = (outcome: UploadOutcome, sentence: string): UploadResult => ({ outcome, sentence, ms: 0, totalMs: 0, longTasks: null, phases: null });

export async function timedUpload(page: Page, files: readonly string[], expectEmployees: number, timeoutMs: number): Promise<UploadResult> {
  const crash = new Promise<never>((_, reject) => page.once('crash', () => reject(new Crashed('the page crashed'))));
  crash.catch(() => undefined);
  const guard = <T>(p: Promise<T>) => Promise.race([p, crash]);
  try {
    await guard(page.click('[data-testid="tab-data"]'));
    await guard(page.setInputFiles('[data-testid="upload-input"]', [...files]));
    // Looked at first: a file the page will not take is said so on its card, before anything loads.
    const ready = await guard(page.waitForSelector('[data-testid="pending-file"] [role="alert"], [data-testid="upload-confirm"]:not([disabled])', { timeout: 300_000 }));
    if ((await ready.getAttribute('data-testid')) !== 'upload-confirm') return failed('refused before loading', await ready.innerText());
    await resetMarks(page, expectEmployees);
    await guard(page.click('[data-testid="upload-confirm"]'));
    const asked = await guard(page.waitForSelector('[data-testid="upload-outcome"], [data-testid="confirm-dialog"]', { timeout: timeoutMs }));
    if ((await asked.getAttribute('data-testid')) === 'confirm-dialog') await guard(page.click('[data-testid="dialog-confirm"]'));
    const outcome = await guard(page.waitForSelector('[data-testid="upload-outcome"]', { timeout: timeoutMs }));
    if ((await outcome.getAttribute('data-value')) !== 'done') return failed('refused while loading', await outcome.innerText());
    await guard(page.click('[data-testid="tab-overview"]'));
    await guard(page.waitForFunction(() => (window as unknown as { __scale: { marks: { kpi?: number } } }).__scale.marks.kpi !== undefined,
      undefined, { timeout: timeoutMs, polling: 100 })).catch(async (error: unknown) => {
      if (error instanceof Crashed) throw error;
      const shown = await page.getAttribute('[data-testid="kpi-employees"]', 'data-value', { timeout: 1000 }).catch(() => null);
      const late = new Error(`the overview did not show ${expectEmployees} staff within ${timeoutMs / 1000} s (it shows ${shown ?? 'no staff count'})`);
      late.name = 'TimeoutError';
      throw late;
    });
    const m = await readMarks(page);
    const start = m['upload-confirm']!;
    const questionWait = m.dialog !== undefined && m['dialog-confirm'] !== undefined ? m['dialog-confirm'] - m.dialog : 0;
    const tabWait = m['tab-overview']! - m.outcome!;
    return {
      outcome: 'loaded', sentence: '', ms: Math.round(m.kpi! - start - questionWait - Math.max(0, tabWait)), totalMs: Math.round(m.kpi! - start),
      longTasks: await longTasks(page, start, m.kpi!), phases: await phasesOf(page, m.kpi!),
    };
  } catch (error) {
    if (error instanceof Crashed) return failed('crashed', 'the page crashed (renderer gone)');
    if (error instanceof Error && error.name === 'TimeoutError') return failed('timed out', error.message.split('\n')[0]);
    throw error;
  }
}
