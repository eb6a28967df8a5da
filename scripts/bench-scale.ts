import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';
import { generateNational } from './generate-national';
import { writeRosterPair } from './large-export';
import { BUILD_LOG, phoneFirstView, publishedBytes, removeBuild, timedBuild } from './bench-scale/national';
import { bigPhase, clicksPhase, floorPhase, memoryRow, uploadPhase, type Pair } from './bench-scale/phases';
import { ratio, ScaleTable, within } from './bench-scale/table';

// The scale bench of the production build (run `npm run build` first; BENCH_DIST, default dist), in one
// Chromium: DuckDB's own read_csv of a 1M roster and 1M pledge export as the floor, the upload of the
// same files through the page, the clicks after it, the renderer's peak memory, a 4M roster in a fresh
// page, and a national export of 5M staff in 600+ agencies through the build. One table (console.table)
// of figures, floors, ratios, targets and results, also written to test-results/bench-scale.json. The
// large files are generated deterministically under the system's temporary folder (reused when there).
// Quick run: BENCH_SCALE_ROWS=100000 NATIONAL_ROWS=200000 BENCH_BIG_ROWS=0 BENCH_RUNS=1 npm run bench:scale (BENCH_UPLOAD_RUNS:
// uploads to take the median of, default BENCH_RUNS; 0 rows skip the very large roster or the national build).
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const DIST = process.env.BENCH_DIST ?? 'dist';
const ROWS = env('BENCH_SCALE_ROWS', 1_000_000);
const RUNS = Math.max(1, env('BENCH_RUNS', 3));
const UPLOAD_RUNS = Math.max(1, env('BENCH_UPLOAD_RUNS', RUNS));
const BIG_ROWS = env('BENCH_BIG_ROWS', 4_000_000);
const NATIONAL_ROWS = env('NATIONAL_ROWS', 5_000_000);
const BIG_TIMEOUT = env('BENCH_BIG_TIMEOUT_MIN', 20) * 60_000;
const BUILD_TIMEOUT = env('BENCH_BUILD_TIMEOUT_MIN', 40) * 60_000;
const FOLDER = join(tmpdir(), 'pledge-bench-scale');

/** The roster (and pledge export) of `rows`, written once and reused; the staff count the overview should then show. */
function pairOf(rows: number, withSignatures: boolean): Pair {
  mkdirSync(FOLDER, { recursive: true });
  const roster = join(FOLDER, `roster-${rows}.csv`);
  const signatures = join(FOLDER, `signatures-${rows}.csv`);
  const counts = join(FOLDER, `pair-${rows}${withSignatures ? '' : '-roster'}.json`);
  if (!existsSync(counts)) {
    process.stderr.write(`writing ${rows.toLocaleString('en')} rows to ${FOLDER}\n`);
    const units = readFileSync('data/units.csv', 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(',')[0]);
    writeFileSync(counts, JSON.stringify(writeRosterPair(rows, units, roster, withSignatures ? signatures : null)));
  }
  const { active } = JSON.parse(readFileSync(counts, 'utf8')) as { active: number };
  return { roster, signatures, rows, active };
}

async function browserPart(table: ScaleTable, browser: Awaited<ReturnType<typeof launchBrowser>>, url: string): Promise<void> {
  if (ROWS <= 0) {
    table.miss('upload roster + signatures → KPIs', 'ms', '≤ 2× floor', 'BENCH_SCALE_ROWS=0', 'skipped');
    return bigPart(table, browser, url);
  }
  const pair = pairOf(ROWS, true);
  const floorMs = await floorPhase(table, browser, pair, RUNS);
  const uploaded = await uploadPhase(table, browser, url, pair, floorMs, UPLOAD_RUNS);
  if (uploaded) {
    try {
      await clicksPhase(table, uploaded.page);
      memoryRow(table, `renderer peak, ${ROWS.toLocaleString('en')} + signatures`, 'after the upload and the clicks');
    } finally {
      await uploaded.context.close();
    }
  } else table.miss('click → all redrawn, p95', 'ms', '≤ 100 ms', 'the upload did not load');
  await bigPart(table, browser, url);
}

async function bigPart(table: ScaleTable, browser: Awaited<ReturnType<typeof launchBrowser>>, url: string): Promise<void> {
  if (BIG_ROWS > 0) {
    const big = pairOf(BIG_ROWS, false);
    await bigPhase(table, browser, url, big.roster, BIG_ROWS, big.active, BIG_TIMEOUT);
  } else table.miss('very large roster', '', 'loads or refused up front', 'BENCH_BIG_ROWS=0', 'skipped');
}

async function nationalPart(table: ScaleTable, browser: Awaited<ReturnType<typeof launchBrowser>>, bundledPhone: number): Promise<void> {
  const n = NATIONAL_ROWS.toLocaleString('en');
  const made = generateNational(join(tmpdir(), `pledge-national-${NATIONAL_ROWS}`), NATIONAL_ROWS);
  const build = await timedBuild(made.folder, BUILD_TIMEOUT);
  const about = `${made.agencies} agencies, ${made.units.toLocaleString('en')} units, ${Math.round(made.bytes / 1e6)} MB of CSV`;
  try {
    table.add(`national build, ${n} staff`, { figure: build.seconds, unit: 's', target: 'finishes', result: within(build.exitStatus === 0),
      note: build.exitStatus === 0 ? about : `${about}; exit ${build.exitStatus}: ${build.stderrTail} (all of it: ${BUILD_LOG})` });
    table.add('national build, peak memory', { figure: build.peakMb, unit: 'MB', target: 'bounded (stated)', result: build.exitStatus === 0 ? 'info' : 'fail', note: 'maximum resident set size (/usr/bin/time -v)' });
    if (build.exitStatus !== 0) return;
    const published = publishedBytes(build.outDir);
    const kb = (b: number) => Math.round(b / 1024);
    table.add('national published data (brotli)', { figure: kb(published.brotliBytes), unit: 'KB', target: '≤ 5 MB for a phone (yardstick)', result: within(published.brotliBytes <= 5 * 1024 * 1024),
      note: `${published.files} files, ${kb(published.bytes)} KB as built; first view (summary + manifest) ${kb(published.firstViewBrotli)} KB brotli` });
    const phone = await phoneFirstView(browser, build.outDir);
    table.add('national first view, phone (first KPI)', { figure: phone, unit: 'ms', floor: bundledPhone, ratio: ratio(phone, bundledPhone),
      target: 'reported (yardstick ≤ 2× the bundled data)', result: within(phone <= 2 * bundledPhone), note: '390×844, loopback, precompressed; floor: the bundled data build on the same phone' });
  } finally {
    removeBuild(build.outDir);
  }
}

async function main(): Promise<void> {
  const table = new ScaleTable();
  // Figures from a shared machine depend on what else runs: the load before and after goes with them.
  const loadBefore = loadavg().map((x) => Math.round(x * 10) / 10);
  const server = await serveStatic(DIST);
  const browser = await launchBrowser();
  try {
    await browserPart(table, browser, server.url);
    if (NATIONAL_ROWS > 0) await nationalPart(table, browser, await phoneFirstView(browser, DIST));
    else table.miss('national build', 's', 'finishes', 'NATIONAL_ROWS=0', 'skipped');
  } finally {
    await browser.close();
    await server.close();
    const machine = { cores: cpus().length, loadBefore, loadAfter: loadavg().map((x) => Math.round(x * 10) / 10) };
    process.stderr.write(`machine: ${JSON.stringify(machine)} (load averages over 1, 5 and 15 minutes)\n`);
    table.print({ dist: DIST, rows: ROWS, runs: RUNS, uploadRuns: UPLOAD_RUNS, bigRows: BIG_ROWS, nationalRows: NATIONAL_ROWS, folder: FOLDER, machine });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
