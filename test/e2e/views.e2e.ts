import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { watchPage, type PageWatch } from './browser';
import { assert, assertEqual, caseCount, kpiValue, ROOT, runReport, screenshotPath, type E2ETest } from './harness';

// Every page under every filter, alone and combined; unusable values in the link and in the date
// inputs; a dead engine; back and forward. Loading the published data takes the page tens of
// seconds (it is read and loaded into DuckDB on every load), so each test loads the page once and
// then moves between views the way the app itself does on back/forward: history.pushState and a
// popstate event, which the app answers by parsing the URL again (app/use-view.ts). Links whose
// clean-up on load is under test (bad values) are loaded with page.goto.

type Root = 'overview' | 'detail' | 'behind' | 'campaigns' | 'incidents';
const ROOTS: readonly Root[] = ['overview', 'detail', 'behind', 'campaigns', 'incidents'];
const VIEWPORT = { width: 1280, height: 800 };
const SETTLE_MS = 30_000;
// What DuckDB or the JS engine would say; none of it may reach the page.
const ENGINE_TEXT = /Conversion Error|Binder Error|Parser Error|Catalog Error|Invalid Input Error|Out of Range Error|Constraint Error|INTERNAL Error|LINE 1|RuntimeError|TypeError|ReferenceError/;
// URL parameter -> the chip the page shows for it (filters only; asof, deadline, campaign, sort have none).
const CHIP: Record<string, string> = {
  kanwil: 'kanwil', directorate: 'directorate', type: 'unitType', unit: 'unit', category: 'category', status: 'status', source: 'source', from: 'from', to: 'to',
};
const GROUP_PARAMS = ['kanwil', 'directorate', 'unit'];

type Group = { code: string; employees: number; signed: number; incidents: number; open_incidents: number };
type Report = {
  campaign: string; as_of: string; totals: Record<string, number>;
  by_kanwil: Group[]; by_directorate: Group[]; incidents_by_month: { month: string; count: number }[];
};

/** Real codes taken from the published data, so that every filter selects something. */
interface Codes {
  readonly report: Report;
  readonly kanwil: string; // the Kanwil with most cases
  readonly directorate: string; // the directorate (not a bucket) with most open cases
  readonly unit: string; // the UPT with most cases
  readonly month: string; // the month of 2023 with most cases, YYYY-MM
  readonly monthEnd: string;
}

let codesCache: Codes | null = null;
function codes(): Codes {
  if (codesCache) return codesCache;
  const report = runReport('data') as unknown as Report;
  const most = (groups: Group[], key: 'incidents' | 'open_incidents') => [...groups].sort((a, b) => b[key] - a[key])[0].code;
  const kanwil = most(report.by_kanwil.filter((g) => g.code.startsWith('KW-')), 'incidents');
  const directorate = most(report.by_directorate.filter((g) => g.code !== 'KANWIL' && g.code !== 'UNMATCHED'), 'open_incidents');
  // units.csv: kode_unit,nama_unit,jenis_unit,...; insiden.csv names the unit in its third column.
  const units = readFileSync(join(ROOT, 'data/units.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
  const caseUnits = readFileSync(join(ROOT, 'data/insiden.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(',')[2]);
  const count = (name: string) => caseUnits.filter((n) => n === name).length;
  const unit = units.filter((u) => u[2] === 'upt').sort((a, b) => count(b[1]) - count(a[1]))[0][0];
  const month = [...report.incidents_by_month].filter((m) => m.month.startsWith('2023-')).sort((a, b) => b.count - a.count)[0].month;
  const [y, m] = month.split('-').map(Number);
  const monthEnd = `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  codesCache = { report, kanwil, directorate, unit, month, monthEnd };
  return codesCache;
}

/** Moves to another view inside the loaded app, as back/forward does. */
async function visit(page: Page, search: string): Promise<void> {
  await page.evaluate((s) => {
    window.history.pushState(null, '', `${window.location.pathname}${s}`);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, search);
  // Let React commit the new view before looking for "not busy" (else the previous view answers).
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30)))));
}

type Outcome = 'ok' | 'no-busy' | 'page-failed' | 'engine-dead' | 'load-error' | 'timeout';

function outcomeOf(root: string): Outcome | false {
  for (const id of ['page-failed', 'engine-dead', 'load-error']) if (document.querySelector(`[data-testid="${id}"]`)) return id as Outcome;
  const el = document.querySelector(`[data-testid="${root}"]`);
  if (!el) return false;
  const busy = el.getAttribute('data-busy');
  return busy === 'false' ? 'ok' : busy === null ? 'no-busy' : false;
}

/** Waits until the page root says data-busy="false" (twice, 200 ms apart), or the page failed as a whole. */
async function settle(page: Page, root: Root, timeout = SETTLE_MS): Promise<Outcome> {
  const end = Date.now() + timeout;
  for (;;) {
    const left = end - Date.now();
    if (left <= 0) return 'timeout';
    const first = await page.waitForFunction(outcomeOf, root, { timeout: left, polling: 100 })
      .then((h) => h.jsonValue() as Promise<Outcome>, () => 'timeout' as const);
    if (first !== 'ok' && first !== 'no-busy') return first;
    await page.waitForTimeout(200);
    if ((await page.evaluate(outcomeOf, root)) === first) return first;
  }
}

interface Seen {
  readonly search: string;
  readonly slotErrors: string[];
  readonly slotLoading: number;
  readonly kpi: boolean;
  readonly detailUnits: boolean;
  readonly behindTable: boolean;
  readonly campaignTable: boolean;
  readonly caseCount: boolean;
  readonly header: boolean;
  readonly ignored: string[];
  readonly chips: string[];
  readonly engineText: string | null;
}

async function look(page: Page): Promise<Seen> {
  // No named helper functions inside: tsx would wrap them in a __name() the page does not have.
  return page.evaluate((source) => {
    const text = document.body.innerText;
    // The case list, or (published aggregate form) the note that it needs an upload.
    const [kpi, detailUnits, behindTable, caseCount, campaignTable, casesNote] = ['kpi-completion', 'detail-units', 'behind-kanwil', 'case-count', 'campaigns-kanwil', 'cases-need-upload']
      .map((id) => document.querySelector(`[data-testid="${id}"]`) !== null);
    return {
      search: window.location.search,
      slotErrors: [...document.querySelectorAll('[data-testid="slot-error"]')].map((e) => e.getAttribute('data-kind') ?? '?'),
      slotLoading: document.querySelectorAll('[data-testid="slot-loading"]').length,
      kpi, detailUnits, behindTable, caseCount: caseCount || casesNote, campaignTable,
      header: document.querySelector('header.app-header h1') !== null,
      ignored: [...document.querySelectorAll('[data-testid="ignored-item"]')].map((e) => e.getAttribute('data-param') ?? '?'),
      chips: [...document.querySelectorAll('[data-testid^="chip-"]')].map((e) => e.getAttribute('data-testid')!.slice(5)).sort(),
      engineText: new RegExp(source).exec(text)?.[0] ?? null,
    };
  }, ENGINE_TEXT.source);
}

const rootOf = (search: string): Root => {
  const page = new URLSearchParams(search).get('page');
  return (ROOTS as readonly string[]).includes(page ?? '') ? (page as Root) : 'overview';
};

/** What is wrong with a settled view: the page's own content missing, a panel failed or still waiting. */
function problems(root: Root, outcome: Outcome, seen: Seen, group: boolean): string[] {
  const out: string[] = [];
  if (outcome === 'no-busy') out.push(`page root [data-testid="${root}"] carries no data-busy attribute`);
  else if (outcome !== 'ok') out.push(outcome === 'timeout' ? `still data-busy (or no page root) after ${SETTLE_MS / 1000} s` : `[data-testid="${outcome}"] shown`);
  if (seen.slotErrors.length) out.push(`slot-error (${seen.slotErrors.join(', ')})`);
  if (seen.slotLoading) out.push(`${seen.slotLoading} slot-loading left`);
  if (seen.engineText) out.push(`engine text on the page: "${seen.engineText}"`);
  if (!seen.header) out.push('header gone');
  if (outcome === 'ok' || outcome === 'no-busy') {
    if (root === 'overview' && !seen.kpi) out.push('no kpi-completion');
    if (root === 'detail' && group && !(seen.kpi && seen.detailUnits)) out.push(`detail without ${seen.kpi ? '' : 'kpi-completion '}${seen.detailUnits ? '' : 'detail-units'}`);
    if (root === 'behind' && !seen.behindTable) out.push('no behind-kanwil');
    if (root === 'campaigns' && !seen.campaignTable) out.push('no campaigns-kanwil');
    if (root === 'incidents' && !seen.caseCount) out.push('no case-count');
  }
  return out;
}

/** A query string's parameters in a fixed order (the app writes them in its own). */
const sameParams = (search: string): string => [...new URLSearchParams(search)].map(([k, v]) => `${k}=${v}`).sort().join('&');

/** The chips a URL's filters should show. */
const chipsOf = (search: string): string[] => [...new URLSearchParams(search).keys()].filter((k) => k in CHIP).map((k) => CHIP[k]).sort();

async function readKpis(page: Page): Promise<Record<string, number | string>> {
  const raw = await page.evaluate(() => Object.fromEntries(['employees', 'signed', 'incidents', 'open-incidents'].map((k) =>
    [k, document.querySelector(`[data-testid="kpi-${k}"]`)?.getAttribute('data-value') ?? null])));
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, kpiValue(v)]));
}
const groupKpis = (g: Group, shown: (n: number) => number | string) =>
  ({ employees: g.employees, signed: g.signed, incidents: shown(g.incidents), 'open-incidents': shown(g.open_incidents) });

/** Page errors and console errors that arrived since `mark`. */
function newErrors(watch: PageWatch, mark: { page: number; console: number }): string[] {
  return [...watch.pageErrors.slice(mark.page).map((e) => `uncaught: ${e}`), ...watch.consoleErrors.slice(mark.console).map((e) => `console.error: ${e}`)];
}
const markOf = (watch: PageWatch) => ({ page: watch.pageErrors.length, console: watch.consoleErrors.length });

/**
 * Loads the dashboard at a link and waits for the page it names, or for a page-wide failure (which
 * the caller's checks then report); throws only when the dashboard could not load at all.
 */
async function openDashboard(page: Page, url: string, search = ''): Promise<void> {
  await page.goto(`${url}${search}`);
  const found = await page.waitForSelector(
    `[data-testid="${rootOf(search)}"], [data-testid="page-failed"], [data-testid="engine-dead"], [data-testid="load-error"]`, { timeout: 120_000 });
  if ((await found.getAttribute('data-testid')) === 'load-error') throw new Error(`dashboard failed to load: ${await found.innerText()}`);
}

/** A control's value now, without waiting for it (null when it is not on the page). */
const valueOf = (page: Page, testId: string): Promise<string | null> =>
  page.evaluate((id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | HTMLSelectElement | null)?.value ?? null, testId);

/** Sets a date input's value as typing it would (the native setter, then input and change events); false when the input is gone. */
async function typeIntoDate(page: Page, testId: string, value: string): Promise<boolean> {
  const found = await page.evaluate(([id, v]) => {
    const el = document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | null;
    if (!el) return false;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    // and leaves the field: a date that is not complete is applied (and refused) only then.
    el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    return true;
  }, [testId, value] as const);
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30)))));
  return found;
}

/** A page of its own for a test; actions on a control that is gone fail within 15 s. */
async function newPage(browser: Browser, locale?: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT, ...(locale ? { locale } : {}) });
  page.setDefaultTimeout(15_000);
  return page;
}

let shots = 0;
async function shotOnFailure(page: Page, failures: string[], before: number, name: string): Promise<void> {
  if (failures.length > before && shots < 6) {
    shots++;
    const path = screenshotPath(`views-failure-${name}`);
    await page.screenshot({ path, fullPage: true });
    failures[failures.length - 1] += ` [screenshot ${path}]`;
  }
}

export const tests: E2ETest[] = [
  {
    name: 'every page under every filter alone and ~6 combinations settles with its content, no spinner, no failed panel; Kanwil and directorate KPIs match the report',
    async run({ browser, url, origin, dist }) {
      const c = codes();
      const asOfReport = runReport('data', '--as-of', '2023-06-30') as unknown as Report;
      const { kanwil: K, directorate: D, unit: U, month, monthEnd } = c;
      // The deadline, comparison day and target are visited within the combinations below.
      const alone = [
        'asof=2023-06-30', `kanwil=${K}`, `directorate=${D}`,
        'type=upt', 'type=kanwil', 'type=eselon1', `unit=${U}`, 'category=SPANDUK', 'status=open', 'status=closed', 'status=KLARIFIKASI',
        'source=BAWASLU', `from=${month}-01`, `to=${monthEnd}`, 'sort=-completion', 'campaign=PILKADA2024',
      ];
      const combined = [
        `kanwil=${K}&type=upt`,
        `directorate=${D}&category=SPANDUK&status=open`,
        `unit=${U}&from=${month}-01&to=${monthEnd}`,
        `kanwil=${K}&asof=2023-06-30&deadline=2023-11-30`,
        'type=eselon1&source=BAWASLU&status=closed&sort=incidents',
        `directorate=KANWIL&kanwil=${K}&type=upt&from=2023-03-01&to=2024-02-29&asof=2024-01-31`,
        `kanwil=PUSAT&directorate=${D}&status=KLARIFIKASI`,
        `campaign=ZI2023&kanwil=${K}&target=97.5&compare=2023-01-31&deadline=2023-12-31`,
      ];
      const page = await newPage(browser);
      const watch = watchPage(page, origin);
      await openDashboard(page, url);
      const failures: string[] = [];
      let views = 0;
      // The campaign page reads unit filters only: it is visited with those (incident filters leave it as it is).
      const unitParams = ['kanwil', 'directorate', 'type', 'unit', 'campaign', 'asof'];
      for (const query of [...alone, ...combined]) {
        for (const root of ROOTS) {
          if (root === 'campaigns' && ![...new URLSearchParams(query).keys()].some((k) => unitParams.includes(k))) continue;
          const search = root === 'overview' ? `?${query}` : `?page=${root}&${query}`;
          const mark = markOf(watch);
          const before = failures.length;
          await visit(page, search);
          const outcome = await settle(page, root);
          const seen = await look(page);
          views++;
          const group = GROUP_PARAMS.some((k) => new URLSearchParams(search).has(k));
          const found = [...problems(root, outcome, seen, group), ...newErrors(watch, mark)];
          if (sameParams(seen.search) !== sameParams(search)) found.push(`URL became ${seen.search}`);
          if (seen.ignored.length) found.push(`values ignored: ${seen.ignored.join(', ')}`);
          if (JSON.stringify(seen.chips) !== JSON.stringify(chipsOf(search))) found.push(`chips ${seen.chips.join(',')} instead of ${chipsOf(search).join(',')}`);
          for (const f of found) failures.push(`${search}: ${f}`);
          await shotOnFailure(page, failures, before, `${root}-${views}`);
        }
      }
      // The overview's KPIs for one Kanwil or directorate (and the buckets) are the report's, at the same default as-of day.
      const groups: [string, Group | undefined][] = [
        [`kanwil=${K}`, c.report.by_kanwil.find((g) => g.code === K)],
        ['kanwil=PUSAT', c.report.by_kanwil.find((g) => g.code === 'PUSAT')],
        ['kanwil=UNMATCHED', c.report.by_kanwil.find((g) => g.code === 'UNMATCHED')],
        [`directorate=${D}`, c.report.by_directorate.find((g) => g.code === D)],
        ['directorate=KANWIL', c.report.by_directorate.find((g) => g.code === 'KANWIL')],
        ['directorate=UNMATCHED', c.report.by_directorate.find((g) => g.code === 'UNMATCHED')],
      ];
      for (const [query, group] of groups) {
        assert(group, `the report has a group for ${query}`);
        await visit(page, `?${query}`);
        const outcome = await settle(page, 'overview');
        const kpis = await readKpis(page);
        if (outcome !== 'ok' || JSON.stringify(kpis) !== JSON.stringify(groupKpis(group, caseCount(dist)))) {
          failures.push(`?${query}: KPIs ${JSON.stringify(kpis)} (${outcome}), report ${JSON.stringify(groupKpis(group, caseCount(dist)))}`);
        }
        if (query === `kanwil=${K}`) await page.screenshot({ path: screenshotPath('views-overview-kanwil'), fullPage: true });
      }
      await visit(page, '?asof=2023-06-30');
      await settle(page, 'overview');
      const early = { employees: asOfReport.totals.employees, signed: asOfReport.totals.signed, incidents: caseCount(dist)(asOfReport.totals.incidents), 'open-incidents': caseCount(dist)(asOfReport.totals.open_incidents) };
      const kpisEarly = await readKpis(page);
      if (JSON.stringify(kpisEarly) !== JSON.stringify(early)) failures.push(`?asof=2023-06-30: KPIs ${JSON.stringify(kpisEarly)}, report --as-of 2023-06-30 ${JSON.stringify(early)}`);
      await visit(page, `?page=detail&kanwil=${K}&type=upt`);
      await settle(page, 'detail');
      await page.screenshot({ path: screenshotPath('views-detail-kanwil-upt'), fullPage: true });
      await visit(page, `?page=incidents&unit=${U}`);
      await settle(page, 'incidents');
      await page.screenshot({ path: screenshotPath('views-incidents-unit'), fullPage: true });
      console.log(`  ${views} views checked`);
      assertEqual(failures, [], 'views that did not settle with their content');
      assertEqual(watch.pageErrors, [], 'uncaught page errors');
      await page.close();
    },
  },
  {
    name: 'unusable values in the link are dropped with a note, leave the URL, never show engine text, on every page',
    async run({ browser, url, origin }) {
      const { directorate: D } = codes();
      const bad: [string, string][] = [
        ['asof', '2023-02-31'], ['from', '2023-13-01'], ['deadline', '2023-13-45'], ['sort', '__proto__'], ['sort', 'constructor'],
        ['sort', 'toString'], ['kanwil', 'NOPE'], ['campaign', 'NOPE'], ['category', '<script>alert(1)</script>'], ['status', 'maybe'],
        ['target', '150'], ['target', '<b>'], ['compare', '2099-01-01'],
      ];
      const page = await newPage(browser);
      const watch = watchPage(page, origin);
      const dialogs: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      const failures: string[] = [];
      const check = async (search: string, root: Root, params: string[], fromLoad: boolean) => {
        const mark = markOf(watch);
        const outcome = await settle(page, root);
        const seen = await look(page);
        const group = root !== 'detail' || GROUP_PARAMS.some((k) => new URLSearchParams(search).has(k) && !params.includes(k));
        const found = [...problems(root, outcome, seen, group), ...newErrors(watch, mark)];
        for (const p of params) if (!seen.ignored.includes(p)) found.push(`no ignored-item for ${p} (items: ${seen.ignored.join(', ') || 'none'})`);
        const left = new URLSearchParams(seen.search);
        for (const p of params) if (left.has(p)) found.push(`URL still carries ${p}=${left.get(p)} (${seen.search})`);
        // Whatever the address says, the value is not in effect: its control shows the default.
        const controls = await page.evaluate(() => Object.fromEntries(['asOf', 'from', 'deadline', 'kanwil', 'campaign', 'category', 'status'].map((k) =>
          [k, (document.querySelector(`[data-testid="filter-${k}"]`) as HTMLInputElement | HTMLSelectElement | null)?.value ?? null])));
        const control: Record<string, string> = { asof: 'asOf', from: 'from', deadline: 'deadline', kanwil: 'kanwil', category: 'category', status: 'status' };
        for (const p of params) {
          const k = control[p];
          if (k && controls[k] !== null && controls[k] !== '' && k !== 'asOf') found.push(`filter-${k} shows ${controls[k]}`);
          if (k === 'asOf' && controls.asOf === '2023-02-31') found.push('filter-asOf shows 2023-02-31');
        }
        if (params.includes('campaign') && controls.campaign === 'NOPE') found.push('filter-campaign shows NOPE');
        for (const f of found) failures.push(`${search} (${fromLoad ? 'loaded' : 'in-app'}): ${f}`);
      };

      // Loaded as a link: all at once on a page that does not exist (the overview), then one page with its own set.
      const all = `?page=__proto__&${bad.filter(([p, v]) => !(p === 'sort' && v !== '__proto__')).map(([p, v]) => `${p}=${encodeURIComponent(v)}`).join('&')}`;
      await openDashboard(page, url, all);
      await check(all, 'overview', ['page', 'asof', 'from', 'deadline', 'sort', 'kanwil', 'campaign', 'category', 'status'], true);
      if (new URL(page.url()).search !== '') failures.push(`${all} (loaded): the URL became ${new URL(page.url()).search}, not empty`);
      await page.screenshot({ path: screenshotPath('views-bad-link'), fullPage: true });

      // Each value alone on each page (the detail page with a directorate, so that it has figures to show).
      for (const root of ROOTS) {
        for (const [param, value] of bad) {
          const search = `${root === 'overview' ? '?' : `?page=${root}&`}${root === 'detail' ? `directorate=${D}&` : ''}${param}=${encodeURIComponent(value)}`;
          await visit(page, search);
          await check(search, root, [param], false);
        }
      }
      const proto = '?page=__proto__';
      await visit(page, proto);
      await check(proto, 'overview', ['page'], false);

      // Loaded as a link on another page: the same values leave the URL there too.
      const detail = `?page=detail&directorate=${D}&asof=2023-02-31&from=2023-13-01&deadline=2023-13-45&sort=constructor&kanwil=NOPE&campaign=NOPE&status=maybe`;
      await openDashboard(page, url, detail);
      await check(detail, 'detail', ['asof', 'from', 'deadline', 'sort', 'kanwil', 'campaign', 'status'], true);
      if (new URL(page.url()).search !== `?page=detail&directorate=${D}`) failures.push(`${detail} (loaded): the URL became ${new URL(page.url()).search}`);
      await page.screenshot({ path: screenshotPath('views-bad-link-detail'), fullPage: true });

      assertEqual(failures, [], 'views with unusable values');
      assertEqual(dialogs, [], 'dialogs opened (script in a value ran)');
      assertEqual(watch.pageErrors, [], 'uncaught page errors');
      await page.close();
    },
  },
  {
    name: 'typing a 5-digit year into the deadline and as-of inputs, and every unit type, keep the overview rendering',
    async run({ browser, url, origin }) {
      const page = await newPage(browser, 'en-US');
      const watch = watchPage(page, origin);
      await openDashboard(page, url);
      const failures: string[] = [];
      const asOfDefault = await valueOf(page, 'filter-asOf');
      const expectRendering = async (what: string) => {
        const outcome = await settle(page, 'overview');
        const seen = await look(page);
        for (const f of problems('overview', outcome, seen, false)) failures.push(`${what}: ${f}`);
        return seen;
      };
      for (const [id, param] of [['filter-deadline', 'deadline'], ['filter-asOf', 'asof']] as const) {
        if (!(await typeIntoDate(page, id, '20235-06-30'))) {
          failures.push(`${id} is not on the page`);
          continue;
        }
        const seen = await expectRendering(`${param} typed as 20235-06-30`);
        if (!seen.ignored.includes(param)) failures.push(`${param} typed as 20235-06-30: no ignored-item for ${param}`);
        if (new URLSearchParams(seen.search).has(param)) failures.push(`${param} typed as 20235-06-30: URL ${seen.search}`);
        const shown = await valueOf(page, id);
        if (shown !== (param === 'asof' ? asOfDefault : '')) failures.push(`${param} typed as 20235-06-30: the input shows ${shown}`);
      }
      await page.screenshot({ path: screenshotPath('views-typed-year'), fullPage: true });
      // The same with the keyboard: month, day, then a five-digit year.
      for (const id of ['filter-deadline', 'filter-asOf']) {
        if (!(await page.locator(`[data-testid="${id}"]`).count())) {
          failures.push(`${id} is not on the page for keyboard typing`);
          continue;
        }
        await page.locator(`[data-testid="${id}"]`).focus();
        await page.keyboard.type('06302023');
        await page.keyboard.type('5');
        await expectRendering(`keyboard 06/30/20235 into ${id}`);
      }
      // Every option of the unit-type select in turn, then back to all.
      const options = await page.$$eval('[data-testid="filter-unitType"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
      if (JSON.stringify(options.filter(Boolean).sort()) !== JSON.stringify(['eselon1', 'kanwil', 'upt'])) failures.push(`unit-type options: ${options.join(',') || 'none'}`);
      for (const value of options.length ? [...options.filter(Boolean), '', 'upt', 'kanwil'] : []) {
        await page.selectOption('[data-testid="filter-unitType"]', value);
        await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30)))));
        const seen = await expectRendering(`unit type "${value}"`);
        if ((new URLSearchParams(seen.search).get('type') ?? '') !== value) failures.push(`unit type "${value}": URL ${seen.search}`);
        if (seen.chips.includes('unitType') !== (value !== '')) failures.push(`unit type "${value}": chips ${seen.chips.join(',')}`);
        if (value === 'upt') await page.screenshot({ path: screenshotPath('views-type-upt'), fullPage: true });
      }
      assertEqual(failures, [], 'typed values');
      assertEqual(watch.pageErrors, [], 'uncaught page errors');
      await page.close();
    },
  },
  {
    name: 'dates are typed and shown day-first (the interface language\'s order) on an en-US browser, in Indonesian and in English',
    async run({ browser, url, origin }) {
      const page = await newPage(browser, 'en-US');
      const watch = watchPage(page, origin);
      await openDashboard(page, url);
      const placeholder = () => page.getAttribute('[data-testid="filter-deadline"]', 'placeholder');
      assertEqual(await placeholder(), 'hh/bb/tttt', 'deadline placeholder in Indonesian');
      await page.locator('[data-testid="filter-deadline"]').focus();
      await page.keyboard.type('30/11/2023', { delay: 30 });
      await page.waitForFunction(() => new URLSearchParams(window.location.search).has('deadline'), null, { timeout: 5_000 }).catch(() => undefined);
      await settle(page, 'overview');
      let seen = await look(page);
      await page.screenshot({ path: screenshotPath('views-keyboard-deadline'), fullPage: true });
      assertEqual({ search: seen.search, input: await valueOf(page, 'filter-deadline'), ignored: seen.ignored },
        { search: '?deadline=2023-11-30', input: '30/11/2023', ignored: [] }, 'URL, input and notes after typing 30/11/2023 into the deadline');
      // The as-of day shows day-first too, and a day typed with dashes and one-digit parts is taken on leaving the field.
      const asOf = await page.getAttribute('[data-testid="filter-asOf"]', 'data-day');
      assertEqual(await valueOf(page, 'filter-asOf'), `${asOf!.slice(8)}/${asOf!.slice(5, 7)}/${asOf!.slice(0, 4)}`, 'as-of input shown day-first');
      await page.locator('[data-testid="filter-asOf"]').fill('5-2-2024');
      await page.locator('[data-testid="filter-asOf"]').press('Tab');
      await page.waitForFunction(() => new URLSearchParams(window.location.search).get('asof') === '2024-02-05', null, { timeout: 5_000 }).catch(() => undefined);
      await settle(page, 'overview');
      seen = await look(page);
      assertEqual({ search: seen.search, input: await valueOf(page, 'filter-asOf') }, { search: '?asof=2024-02-05&deadline=2023-11-30', input: '05/02/2024' }, 'as-of typed 5-2-2024');
      // A day that does not exist is refused with a note and leaves the view as it was.
      await page.locator('[data-testid="filter-deadline"]').fill('31/02/2024');
      await page.locator('[data-testid="filter-deadline"]').press('Enter');
      await settle(page, 'overview');
      seen = await look(page);
      assertEqual({ search: seen.search, ignored: seen.ignored, input: await valueOf(page, 'filter-deadline') },
        { search: '?asof=2024-02-05&deadline=2023-11-30', ignored: ['deadline'], input: '30/11/2023' }, 'deadline typed 31/02/2024');
      // In English the order stays day-first.
      await page.selectOption('[data-testid="lang-select"]', 'en');
      await page.waitForFunction(() => document.querySelector('[data-testid="filter-deadline"]')?.getAttribute('placeholder') === 'dd/mm/yyyy', null, { timeout: 5_000 });
      assertEqual(await valueOf(page, 'filter-deadline'), '30/11/2023', 'deadline shown in English');
      assertEqual(watch.pageErrors, [], 'uncaught page errors');
      await page.close();
    },
  },
  {
    name: 'when the DuckDB worker dies, a new Kanwil filter shows engine-dead within 30 s and never the old figures under the new chip',
    async run({ browser, url, origin }) {
      const { report, kanwil } = codes();
      const page = await newPage(browser);
      watchPage(page, origin);
      await openDashboard(page, url);
      assertEqual(await settle(page, 'overview'), 'ok', 'overview settled');
      // The first figures come from the build's summary: the engine is killed once it has the data.
      await page.waitForSelector('[data-testid="data-source"][data-engine="ready"]', { timeout: 120_000 });
      const worker = page.workers().find((w) => w.url().includes('duckdb'));
      assert(worker, `a DuckDB worker among ${page.workers().map((w) => w.url()).join(', ')}`);
      // The worker stops from inside: no error event, its calls simply never answer.
      await Promise.race([
        worker.evaluate(() => (self as unknown as { close(): void }).close()).catch(() => undefined),
        new Promise((r) => setTimeout(r, 3_000)),
      ]);
      const start = Date.now();
      await page.selectOption('[data-testid="filter-kanwil"]', kanwil);
      const stale: string[] = [];
      let dead = false;
      while (Date.now() - start < 30_000) {
        const s = await page.evaluate(() => ({
          dead: document.querySelector('[data-testid="engine-dead"]') !== null,
          chip: document.querySelector('[data-testid="chip-kanwil"]') !== null,
          employees: document.querySelector('[data-testid="kpi-employees"]')?.getAttribute('data-value') ?? null,
          stale: document.querySelector('.slot-stale [data-testid="kpi-employees"]') !== null,
        }));
        if (s.dead) {
          dead = true;
          // Once dead, no figures at all may stand under the new filter.
          if (s.chip && s.employees !== null) stale.push(`kpi-employees ${s.employees} under chip-kanwil after engine-dead`);
          break;
        }
        if (s.chip && s.employees === String(report.totals.employees) && !s.stale) stale.push(`unfiltered kpi-employees ${s.employees} shown as current under chip-kanwil`);
        await page.waitForTimeout(250);
      }
      const took = Date.now() - start;
      await page.screenshot({ path: screenshotPath('views-engine-dead'), fullPage: true });
      assert(dead, `[data-testid="engine-dead"] within 30 s (${took} ms)`);
      // And it stays so.
      await page.waitForTimeout(1_500);
      const after = await page.evaluate(() => ({
        dead: document.querySelector('[data-testid="engine-dead"]') !== null,
        kpis: [...document.querySelectorAll('[data-testid^="kpi-"]')].map((e) => `${e.getAttribute('data-testid')}=${e.getAttribute('data-value')}`),
        loading: document.querySelectorAll('[data-testid="slot-loading"], [data-testid="loading"]').length,
      }));
      assertEqual(after, { dead: true, kpis: [], loading: 0 }, 'after the engine died: the dead notice, no KPI, no spinner');
      assertEqual(stale, [], 'old figures under the new filter');
      console.log(`  engine-dead after ${took} ms`);
      await page.close();
    },
  },
  {
    name: 'back and forward across filtered views keep rendering, with no spinner left and the chips of the URL',
    async run({ browser, url, origin }) {
      const { kanwil, directorate } = codes();
      const page = await newPage(browser);
      const watch = watchPage(page, origin);
      await openDashboard(page, url);
      const failures: string[] = [];
      const verify = async (what: string, expected?: string) => {
        const search = new URL(page.url()).search;
        const root = rootOf(search);
        const outcome = await settle(page, root);
        const seen = await look(page);
        const group = GROUP_PARAMS.some((k) => new URLSearchParams(search).has(k));
        const found = problems(root, outcome, seen, group);
        if (expected !== undefined && seen.search !== expected) found.push(`URL ${seen.search}, expected ${expected}`);
        if (JSON.stringify(seen.chips) !== JSON.stringify(chipsOf(seen.search))) found.push(`chips ${seen.chips.join(',')} for ${seen.search}`);
        for (const f of found) failures.push(`${what} (${search}): ${f}`);
      };
      const settleNow = () => settle(page, rootOf(new URL(page.url()).search));
      const steps: [string, () => Promise<unknown>][] = [
        ['pick a Kanwil', () => page.selectOption('[data-testid="filter-kanwil"]', kanwil)],
        ['pick SPANDUK', () => page.selectOption('[data-testid="filter-category"]', 'SPANDUK')],
        ['open incidents', () => page.click('[data-testid="tab-incidents"]')],
        ['pick open cases', () => page.selectOption('[data-testid="filter-status"]', 'open')],
        ['open behind', () => page.click('[data-testid="tab-behind"]')],
        ['pick UPT', () => page.selectOption('[data-testid="filter-unitType"]', 'upt')],
        ['open detail', () => page.click('[data-testid="tab-detail"]')],
        ['pick a directorate', () => page.selectOption('[data-testid="filter-directorate"]', directorate)],
        ['open overview', () => page.click('[data-testid="tab-overview"]')],
      ];
      const history = [new URL(page.url()).search];
      for (const [what, act] of steps) {
        const before = new URL(page.url()).search;
        await act();
        // The app writes the URL after drawing the new view.
        await page.waitForFunction((b) => window.location.search !== b, before, { timeout: 10_000 })
          .catch(() => failures.push(`${what}: the URL stayed ${before}`));
        await settleNow();
        await verify(what);
        history.push(new URL(page.url()).search);
      }
      assertEqual(new Set(history).size, history.length, `every step a new URL: ${history.join(' | ')}`);
      for (let i = history.length - 2; i >= 0; i--) {
        await page.goBack();
        await verify(`back to step ${i}`, history[i]);
      }
      for (let i = 1; i < history.length; i++) {
        await page.goForward();
        await verify(`forward to step ${i}`, history[i]);
      }
      // Quickly, without waiting in between: the last view must still settle.
      for (let i = 0; i < 4; i++) await page.goBack();
      await page.goForward();
      await page.goBack();
      await verify('after quick back/forward', history[history.length - 5]);
      await page.screenshot({ path: screenshotPath('views-back-forward'), fullPage: true });
      assertEqual(failures, [], 'views after back and forward');
      assertEqual(watch.pageErrors, [], 'uncaught page errors');
      await page.close();
    },
  },
];
