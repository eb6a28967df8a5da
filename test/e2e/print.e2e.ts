import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { formatter } from '../../src/i18n/format';
import { watchPage } from './browser';
import { assert, assertEqual, RESULTS, runReport, screenshotPath, type E2ETest } from './harness';

// Printing as a leader does it (the browser's print, here Chromium's PDF of it) from a phone, a
// laptop and a projector, checked on the PDF itself: one page, every word inside the page, no two
// words drawn over each other, and the report's title, as-of day and deadline on it.
// A phone and a projector by default (charts redraw at the paper's size whatever the window);
// E2E_PRINT_WIDTHS=all adds a laptop's 1280 and 1440 (the browser tests must fit CI's 15 minutes).
const WIDTHS = process.env.E2E_PRINT_WIDTHS === 'all' ? [390, 1280, 1440, 1920] : [390, 1920];
const ALL_VIEWS = [
  { name: 'overview', query: '', settled: 'overview' },
  { name: 'overview-sumsel', query: '?kanwil=KW-SUMSEL&deadline=2023-12-31', settled: 'overview' },
  { name: 'overview-ditjenpas', query: '?directorate=DITJENPAS&deadline=2023-12-31', settled: 'overview' },
  { name: 'detail-pabar', query: '?page=detail&kanwil=KW-PABAR&deadline=2024-03-31', settled: 'detail' },
  { name: 'detail-ditjenpas', query: '?page=detail&directorate=DITJENPAS', settled: 'detail' },
] as const;
// By default the Eselon I views are left out (the same layout as the Kanwil ones); E2E_PRINT_WIDTHS=all prints them too.
const VIEWS = process.env.E2E_PRINT_WIDTHS === 'all' ? ALL_VIEWS : ALL_VIEWS.filter((v) => !v.name.endsWith('ditjenpas'));
const TOLERANCE = 0.5; // pt: boxes that touch are not drawn over each other
const fmt = formatter('id');

interface Word { readonly text: string; readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }

/** The words of a one-page PDF with their boxes (poppler's pdftotext -bbox), and the page size. */
function pdfWords(file: string): { width: number; height: number; words: Word[] } {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(xml);
  assert(page, `pdftotext found no page in ${file}`);
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const words = [...xml.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: unescape(m[5]) }));
  return { width: Number(page[1]), height: Number(page[2]), words };
}

/** Pairs of words whose boxes overlap by more than the tolerance in both directions. */
function overlaps(words: readonly Word[]): string[] {
  const found: string[] = [];
  const sorted = [...words].sort((a, b) => a.y0 - b.y0);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].y0 < a.y1 - TOLERANCE; j++) {
      const b = sorted[j];
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (across > TOLERANCE && down > TOLERANCE) found.push(`"${a.text}" (${a.x0.toFixed(1)},${a.y0.toFixed(1)}) × "${b.text}" (${b.x0.toFixed(1)},${b.y0.toFixed(1)})`);
    }
  }
  return found;
}

/** Fails at once, saying how to get them, when poppler's tools are missing. */
function needPoppler(): void {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('poppler-utils is missing (pdfinfo, pdftotext, pdftoppm): run bash scripts/ensure-poppler.sh');
  }
}

const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

/** Every chart text inside its drawing, and every drawing at its print size (checked under print media). */
async function chartsOnPaper(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => f.classList.contains('chart-print')));
  const seen = await page.$$eval('figure.chart svg.chart-surface, figure.chart .recharts-wrapper > svg.recharts-surface', (svgs) => svgs.map((svg) => {
    const box = svg.getBoundingClientRect();
    const scale = box.width / Number(svg.getAttribute('width'));
    const cut = [...svg.querySelectorAll('text')].filter((t) => {
      const r = t.getBoundingClientRect();
      return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5);
    }).map((t) => t.textContent ?? '');
    return { width: Number(svg.getAttribute('width')), scale, cut };
  }));
  await page.emulateMedia({ media: null });
  return seen;
}

async function open(page: Page, url: string, view: (typeof VIEWS)[number]): Promise<void> {
  await page.goto(`${url}${view.query}`);
  await page.waitForSelector(`main [data-testid="${view.settled}"][data-busy="false"] [data-testid="kpi-completion"]`, { timeout: 120_000 });
}

export const tests: E2ETest[] = [
  {
    name: 'print: the overview and Rincian print on one A4-landscape page from 390 to 1920 px, no word over another or off the page',
    async run({ browser, url, origin }) {
      needPoppler();
      const report = runReport('data') as unknown as { as_of: string };
      const problems: string[] = [];
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const watch = watchPage(page, origin);
      for (const view of VIEWS) {
        await open(page, url, view);
        const deadline = new URLSearchParams(view.query).get('deadline');
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.waitForTimeout(300); // the charts follow the new width (ResizeObserver)
          const name = `print-${view.name}-${width}`;
          for (const chart of await chartsOnPaper(page)) {
            if (chart.width !== 340) problems.push(`${name}: a chart drawn ${chart.width} px wide on paper, not 340`);
            if (chart.cut.length) problems.push(`${name}: chart text outside its drawing: ${chart.cut.join(', ')}`);
          }
          const file = join(RESULTS, `${name}.pdf`);
          writeFileSync(file, await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true }));
          execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, join(RESULTS, name)]);
          const pages = pageCount(file);
          if (pages !== 1) problems.push(`${name}: ${pages} pages`);
          const pdf = pdfWords(file);
          const outside = pdf.words.filter((w) => w.x0 < 0 || w.y0 < 0 || w.x1 > pdf.width || w.y1 > pdf.height);
          if (outside.length) problems.push(`${name}: words off the page: ${outside.map((w) => w.text).join(' ')}`);
          const over = overlaps(pdf.words);
          if (over.length) problems.push(`${name}: ${over.length} overlapping words: ${over.slice(0, 6).join('; ')}`);
          const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
          const expected = ['Laporan kepatuhan ikrar netralitas ASN', `Per tanggal: ${fmt.day(report.as_of)}`, 'Sidik data'];
          if (deadline) expected.push(`Tenggat: ${fmt.day(deadline)}`);
          if (view.name.startsWith('detail')) expected.push('Rincian:');
          for (const want of expected) if (!text.includes(want)) problems.push(`${name}: "${want}" not printed`);
          if (view.name.startsWith('detail') && /NIP|belum menandatangani/i.test(text)) problems.push(`${name}: the personal list of staff not yet signed is printed`);
          if (width === WIDTHS[WIDTHS.length - 1]) console.log(`  ${name}: ${pages} page, ${pdf.words.length} words, ${over.length} overlaps`);
        }
      }
      assertEqual(problems, [], 'printed pages');
      assertEqual(watch.pageErrors, [], 'page errors');
      await page.close();
    },
  },
  {
    name: 'print: a long unit list is cut to what fits with "dan N unit lainnya"; the header names title, Kanwil, basis, data and fingerprint',
    async run({ browser, url }) {
      needPoppler();
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await open(page, url, ALL_VIEWS[4]);
      const units = page.locator('[data-testid="print-units"]');
      const [shown, more] = [Number(await units.getAttribute('data-rows')), Number(await units.getAttribute('data-more'))];
      assert(shown > 0 && more > 0, `DITJENPAS has more units than fit (shown ${shown}, more ${more})`);
      const file = join(RESULTS, 'print-detail-cut.pdf');
      writeFileSync(file, await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true }));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      assert(text.includes(`dan ${fmt.int(more)} unit lainnya`), `the cut line for ${more} units is printed`);
      await open(page, url, ALL_VIEWS[1]);
      await page.emulateMedia({ media: 'print' });
      const header = await page.locator('[data-testid="print-header"]').innerText();
      for (const want of ['Laporan kepatuhan', 'Kanwil Sumsel', 'daftar pegawai', 'sintetis', 'Sidik data', 'Tenggat']) assert(header.includes(want), `print header mentions ${want}: ${header}`);
      await page.close();
    },
  },
  {
    name: 'print: a chart downloads as a PNG',
    async run({ browser, url }) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      const page = await context.newPage();
      await open(page, url, ALL_VIEWS[1]);
      const png = page.waitForEvent('download');
      await page.locator('[data-testid="download-png"]').first().click();
      const file = await png;
      const bytes = readFileSync(await file.path());
      assertEqual(file.suggestedFilename(), 'penyelesaian-kanwil.png', 'PNG file name');
      assertEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'PNG signature');
      assert(bytes.length > 5000, `PNG has content (${bytes.length} bytes)`);
      await page.screenshot({ path: screenshotPath('print-screen-after') });
      await context.close();
    },
  },
];
