import type { Page } from 'playwright-core';

// Installed in every page of the scale bench before the app starts (page.addInitScript): the page's
// long main-thread tasks (PerformanceObserver 'longtask', buffered), and the moments of an upload on
// the page's own clock: the confirm click, the replace question shown and answered, the outcome shown,
// the overview tab clicked, and the overview's staff count showing the expected figure.

export interface Marks {
  'upload-confirm'?: number; dialog?: number; 'dialog-confirm'?: number; outcome?: number; 'tab-overview'?: number; kpi?: number;
}
interface ScaleWatch { longtasks: [number, number][]; marks: Marks; expect: string }

export const WATCH_PAGE = () => {
  const s: ScaleWatch = { longtasks: [], marks: {}, expect: '' };
  (window as unknown as { __scale: ScaleWatch }).__scale = s;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the bench reports none measured.
  }
  document.addEventListener('click', (e) => {
    const id = (e.target instanceof Element ? e.target.closest('[data-testid]') : null)?.getAttribute('data-testid');
    if (id === 'upload-confirm' || id === 'dialog-confirm' || id === 'tab-overview') s.marks[id] = e.timeStamp;
  }, true);
  // Checked in the frame after each change of the page: the moment it is drawn. (No named functions in
  // here: the script is sent to the page as text, without the helpers a bundler would add for names.)
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      const now = performance.now();
      if (s.marks['upload-confirm'] !== undefined) {
        if (s.marks.dialog === undefined && document.querySelector('[data-testid="confirm-dialog"]')) s.marks.dialog = now;
        if (s.marks.outcome === undefined && document.querySelector('[data-testid="upload-outcome"]')) s.marks.outcome = now;
      }
      if (s.expect && s.marks.kpi === undefined
        && document.querySelector(`[data-testid="overview"]:not([data-busy="true"]) [data-testid="kpi-employees"][data-value="${s.expect}"]`)) s.marks.kpi = now;
    });
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
};

/** Starts a new upload's marks; the overview is "updated" once its staff count reads `expectEmployees`. */
export const resetMarks = (page: Page, expectEmployees: number) => page.evaluate((n) => {
  const s = (window as unknown as { __scale: ScaleWatch }).__scale;
  s.marks = {};
  s.expect = String(n);
}, expectEmployees);

export const readMarks = (page: Page) => page.evaluate(() => (window as unknown as { __scale: ScaleWatch }).__scale.marks);
export const pageNow = (page: Page) => page.evaluate(() => performance.now());

export interface LongTasks { readonly maxMs: number; readonly over100: number; readonly count: number }

/** The long tasks that started between `from` and `to` (the page's clock). */
export async function longTasks(page: Page, from: number, to: number): Promise<LongTasks> {
  const all = await page.evaluate(() => (window as unknown as { __scale: ScaleWatch }).__scale.longtasks);
  const inside = all.filter(([start]) => start >= from && start <= to).map(([, d]) => d);
  return { maxMs: Math.round(Math.max(0, ...inside)), over100: inside.filter((d) => d > 100).length, count: inside.length };
}
