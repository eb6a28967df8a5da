import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db';
import { DERIVED_TABLES } from '../../src/db/model';
import { sql } from '../../src/db/sql';
import { completionByCampaign } from '../../src/metrics/campaigns';
import { caseList, openCaseAges, openCasesByUnit, type CaseRow } from '../../src/metrics/cases';
import { datasetInfo, latestDay } from '../../src/metrics/dataset-info';
import type { Filters } from '../../src/metrics/filters';
import { completionByDirectorate, completionByKanwil, completionByUnit, type GroupRow } from '../../src/metrics/groups';
import { incidentsByCategory, incidentsByMonth, incidentsBySource, incidentsByStatus } from '../../src/metrics/incidents';
import { NO_PARAMS, runMetric, type Metric } from '../../src/metrics/metric';
import { totals, type Totals } from '../../src/metrics/totals';
import { signersByDay } from '../../src/metrics/trend';
import { registryUnits, unitRegistry } from '../../src/metrics/units';
import { unmatchedUnits, unmatchedUnitSources } from '../../src/metrics/unmatched';
import { unsignedEmployees } from '../../src/metrics/unsigned';
import { reportFor } from '../report/load-fixture';

// Every metric of src/metrics on real DuckDB over the fixtures, under every filter case: it runs,
// returns its declared shape, and the figures agree with each other (contract section 4).

// ---- helpers ---------------------------------------------------------------------------------
type Shape = { readonly kind: 'rows' | 'object'; readonly keys: readonly string[] } | { readonly kind: 'day' };
const rows = (...keys: string[]): Shape => ({ kind: 'rows', keys });
const object = (...keys: string[]): Shape => ({ kind: 'object', keys });
const GROUP = rows('code', 'name', 'employees', 'signed', 'completion', 'incidents', 'openIncidents');
const CODE_COUNT = rows('code', 'count', 'open');

/** Numbers finite and >= 0, completion null or within 0..1, exactly the declared keys. */
function expectShape(where: string, value: unknown, shape: Shape): void {
  if (shape.kind === 'day') {
    expect(value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)), `${where}: ${String(value)}`).toBe(true);
    return;
  }
  if (shape.kind === 'rows') expect(Array.isArray(value), `${where} is an array`).toBe(true);
  const items = (shape.kind === 'rows' ? value : [value]) as unknown[];
  for (const item of items) {
    expect(item !== null && typeof item === 'object' && !Array.isArray(item), `${where} row is an object`).toBe(true);
    const row = item as Record<string, unknown>;
    expect(Object.keys(row).sort(), `${where} keys`).toEqual([...shape.keys].sort());
    for (const [key, v] of Object.entries(row)) {
      if (typeof v === 'number') expect(Number.isFinite(v) && v >= 0, `${where}.${key} = ${v}`).toBe(true);
      if (key === 'completion') expect(v === null || (typeof v === 'number' && v <= 1), `${where}.completion = ${String(v)}`).toBe(true);
    }
  }
}

const sum = <T>(list: readonly T[], f: (row: T) => number): number => list.reduce((n, row) => n + f(row), 0);
const SUMMED = ['employees', 'signed', 'incidents', 'openIncidents'] as const;

// ---- the metrics -----------------------------------------------------------------------------
// Metrics that take the view's filters (run under every case) …
const FILTERED: Record<string, readonly [Metric<Filters, unknown>, Shape]> = {
  totals: [totals, object('employees', 'signed', 'completion', 'unmatchedSigners', 'duplicateSignatures', 'incidents', 'openIncidents')],
  completionByKanwil: [completionByKanwil, GROUP],
  completionByDirectorate: [completionByDirectorate, GROUP],
  completionByUnit: [completionByUnit, GROUP],
  signersByDay: [signersByDay, rows('day', 'signers')],
  incidentsByCategory: [incidentsByCategory, rows('category', 'count')],
  incidentsByMonth: [incidentsByMonth, rows('month', 'count', 'open')],
  incidentsByStatus: [incidentsByStatus, CODE_COUNT],
  incidentsBySource: [incidentsBySource, CODE_COUNT],
  caseList: [caseList, rows('caseId', 'reportedOn', 'unitCode', 'unitName', 'category', 'source', 'status', 'isOpen', 'sanction', 'decidedOn', 'ageDays')],
  openCasesByUnit: [openCasesByUnit, rows('unitCode', 'unitName', 'open', 'oldestDays')],
  openCaseAges: [openCaseAges, rows('ageDays', 'isOpen', 'cases')],
  unsignedEmployees: [unsignedEmployees, rows('nip', 'name', 'positionType', 'employmentType', 'unitCode', 'unitName')],
};
// … and those that read nothing but the loaded data (run once per fixture).
const UNFILTERED: Record<string, readonly [(db: Db) => Promise<unknown>, Shape]> = {
  unmatchedUnits: [(db) => runMetric(db, unmatchedUnits, NO_PARAMS), rows('value', 'rows')],
  unmatchedUnitSources: [(db) => runMetric(db, unmatchedUnitSources, NO_PARAMS), rows('value', 'rows', 'source')],
  unitRegistry: [(db) => runMetric(db, unitRegistry, NO_PARAMS), rows('code', 'name', 'type', 'kanwil', 'directorate', 'province', 'shortName')],
  registryUnits: [(db) => runMetric(db, registryUnits, NO_PARAMS), rows('code', 'name', 'type', 'kanwilCode', 'directorateCode', 'province', 'aliases', 'headcount')],
  datasetInfo: [(db) => runMetric(db, datasetInfo, NO_PARAMS), object('basis', 'campaigns', 'units', 'employees', 'signatureRows', 'incidents', 'firstSignatureDay', 'lastSignatureDay')],
  latestDay: [(db) => runMetric(db, latestDay, { campaign: 'PEMILU2024' }), { kind: 'day' }],
  completionByCampaign: [(db) => runMetric(db, completionByCampaign, { dimension: 'kanwil', asOf: null }), rows('code', 'name', 'campaign', 'asOf', 'firstDay', 'employees', 'signed', 'completion')],
};

// ---- the filter cases (campaign and asOf default to PEMILU2024 and its latest day) -----------
type Case = Partial<Filters>;
const INJECT = "x' OR 1=1 --";
const CASES: readonly Case[] = [
  {},
  // each filter alone
  { kanwil: 'KW-SUMSEL' }, { directorate: 'DITJENPAS' }, { unitType: 'upt' }, { unitType: 'eselon1' }, { unit: 'LAPAS-PLG-1' },
  { category: 'SPANDUK' }, { status: 'open' }, { status: 'closed' }, { status: 'SELESAI' }, { source: 'BAWASLU' },
  { from: '2024-01-01' }, { to: '2023-12-31' }, { from: '2023-12-01', to: '2024-01-31' },
  // combinations
  { kanwil: 'KW-SUMSEL', unitType: 'upt', category: 'MEDSOS_KAMPANYE' },
  { directorate: 'SETJEN', status: 'open', from: '2024-01-01', to: '2024-12-31' },
  { unit: 'SETJEN', source: 'MASYARAKAT' },
  { kanwil: 'PUSAT', directorate: 'SETJEN', status: 'closed', category: 'FOTO_BERPIHAK' },
  { kanwil: 'KW-SUMSEL', directorate: 'KANWIL', unitType: 'kanwil', unit: 'KW-SUMSEL', status: 'SANKSI_DIJATUHKAN' },
  // buckets
  { kanwil: 'PUSAT' }, { kanwil: 'UNMATCHED' }, { directorate: 'KANWIL' }, { directorate: 'UNMATCHED' }, { unit: 'UNMATCHED' },
  // bad but well-formed values, reaching SQL as parameters
  { kanwil: 'NOPE' }, { directorate: 'NOPE' }, { unitType: 'NOPE' }, { unit: 'NOPE' }, { category: 'NOPE' }, { status: 'NOPE' }, { source: 'NOPE' },
  { kanwil: INJECT }, { directorate: INJECT }, { unitType: INJECT }, { unit: INJECT }, { category: INJECT }, { status: INJECT }, { source: INJECT },
  { from: '2030-01-01', to: '2030-12-31' }, { from: '2024-02-01', to: '2023-01-01' },
  { asOf: '1900-01-01' }, { asOf: '2100-12-31' }, { asOf: '2100-12-31', status: 'open', kanwil: 'PUSAT' },
  // campaigns: the default one named, and one with no signatures
  { campaign: 'PEMILU2024' }, { campaign: 'PILKADA2024' }, { campaign: 'PILKADA2024', kanwil: 'KW-SUMSEL', status: 'open' },
];

async function paramsFor(db: Db, c: Case): Promise<Filters> {
  const campaign = c.campaign ?? 'PEMILU2024';
  const asOf = c.asOf ?? (await runMetric(db, latestDay, { campaign })) ?? '9999-12-31'; // as build-report does
  return { ...c, campaign, asOf };
}

async function runAll(db: Db, f: Filters): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [name, [m]] of Object.entries(FILTERED)) out[name] = await runMetric(db, m, f);
  return out;
}

// ---- 1. the table is complete ----------------------------------------------------------------
describe('the metric table', () => {
  it('lists every metric exported from src/metrics', () => {
    const dir = join(__dirname, '..', '..', 'src', 'metrics');
    const exported = readdirSync(dir).filter((n) => n.endsWith('.ts'))
      .flatMap((n) => [...readFileSync(join(dir, n), 'utf8').matchAll(/export const (\w+)\s*=\s*(?:metric\s*<|byGroup\s*\()/g)].map((m) => m[1]));
    expect(exported.length).toBeGreaterThan(0);
    const listed = new Set([...Object.keys(FILTERED), ...Object.keys(UNFILTERED)]);
    expect(exported.filter((name) => !listed.has(name))).toEqual([]);
  });
});

// ---- 2 + 3 + 5. every metric under every case, on both fixtures --------------------------------
for (const fixture of ['small', 'headcount'] as const) {
  describe(`every metric on test/fixtures/${fixture}`, async () => {
    const { db, report } = await reportFor(fixture);
    const roster = report.basis === 'roster';

    it('declares the columns of every derived table', async () => {
      for (const table of DERIVED_TABLES) {
        const got = await db.run(sql`SELECT column_name FROM information_schema.columns WHERE table_name = ${table.name}`);
        expect(got.map((r) => String(r.column_name)).sort(), table.name).toEqual(table.columns.map((c) => c.name).sort());
      }
    });

    it('runs the metrics without filters', async () => {
      for (const [name, [run, shape]] of Object.entries(UNFILTERED)) expectShape(name, await run(db), shape);
    });

    it.each(CASES.map((c) => [JSON.stringify(c), c] as const))('under %s', async (label, c) => {
      const f = await paramsFor(db, c);
      const got = await runAll(db, f);
      for (const [name, [, shape]] of Object.entries(FILTERED)) expectShape(`${label} ${name}`, got[name], shape);

      const t = got.totals as Totals;
      const groups = { kanwil: got.completionByKanwil, directorate: got.completionByDirectorate, unit: got.completionByUnit } as Record<'kanwil' | 'directorate' | 'unit', GroupRow[]>;
      for (const [dim, list] of Object.entries(groups)) {
        for (const k of SUMMED) expect(sum(list, (g) => g[k]), `${label}: sum of ${k} by ${dim}`).toBe(t[k]);
      }
      // A group filter leaves only that group (or none) in its own dimension.
      if (c.kanwil) expect(groups.kanwil.every((g) => g.code === c.kanwil), label).toBe(true);
      if (c.directorate) expect(groups.directorate.every((g) => g.code === c.directorate), label).toBe(true);
      if (c.unit) expect(groups.unit.every((g) => g.code === c.unit), label).toBe(true);

      const cases = got.caseList as CaseRow[];
      expect(cases.length, `${label}: cases`).toBe(t.incidents);
      expect(sum(got.incidentsByCategory as { count: number }[], (r) => r.count), `${label}: by category`).toBe(t.incidents);
      expect(sum(got.incidentsByMonth as { count: number }[], (r) => r.count), `${label}: by month`).toBe(t.incidents);
      expect(sum(got.incidentsByStatus as { count: number }[], (r) => r.count), `${label}: by status`).toBe(t.incidents);
      expect(sum(got.incidentsBySource as { count: number }[], (r) => r.count), `${label}: by source`).toBe(t.incidents);
      expect(cases.filter((r) => r.isOpen).length, `${label}: open cases`).toBe(t.openIncidents);
      expect(sum(got.incidentsByMonth as { open: number }[], (r) => r.open), `${label}: open by month`).toBe(t.openIncidents);
      expect(sum(got.openCasesByUnit as { open: number }[], (r) => r.open), `${label}: open by unit`).toBe(t.openIncidents);
      expect(sum(got.openCaseAges as { cases: number }[], (r) => r.cases), `${label}: open by age`).toBe(t.openIncidents);
      expect(sum(got.signersByDay as { signers: number }[], (r) => r.signers), `${label}: signers by day`).toBe(t.signed);
      if (roster) expect((got.unsignedEmployees as unknown[]).length, `${label}: unsigned`).toBe(t.employees - t.signed);
      else expect(got.unsignedEmployees, `${label}: no roster, no unsigned list`).toEqual([]);
    });
  });
}

// ---- 4. hand-checked answers on test/fixtures/small ---------------------------------------------
// Loaded rows (see test/report/small.test.ts). Active roster: Andi, Budi (SETJEN → PUSAT / SETJEN);
// Dewi, Eko (KW-SUMSEL → KW-SUMSEL / KANWIL); Fajar, Gita, Hadi (LAPAS-PLG-1, upt → KW-SUMSEL /
// DITJENPAS); Joko ("Lapas Plg" → UNMATCHED). Citra is a leaver. PEMILU2024 signers counted: Andi,
// Budi (30/01/2023), Dewi, Fajar (15/02/2023), Joko (05/03/2023); Andi signed twice.
// Cases (as of 2024-02-06): INS-1 LAPAS-PLG-1 04/11/2023 MEDSOS_KAMPANYE SANKSI_DIJATUHKAN (re-sent
// row wins: closed); INS-2 SETJEN 15/12/2023 FOTO_BERPIHAK SELESAI (closed); INS-3 KW-BALI 10/01/2024
// LAINNYA DILAPORKAN (open); no id, "Lapas Plg" → UNMATCHED 02/02/2024 SPANDUK, empty status (open);
// INS-7 SETJEN 06/02/2024 SPANDUK "Menunggu" → DILAPORKAN (open). INS-5 and INS-6 are rejected.
describe('hand-checked answers under filters on test/fixtures/small', async () => {
  const { db } = await reportFor('small');
  const at = async (c: Case) => runMetric(db, totals, await paramsFor(db, c));

  it('kanwil=KW-SUMSEL', async () => {
    expect(await at({ kanwil: 'KW-SUMSEL' })).toEqual({
      employees: 5, // Dewi, Eko, Fajar, Gita, Hadi
      signed: 2, // Dewi, Fajar
      completion: 0.4,
      unmatchedSigners: 0, // a unit filter hides the signers outside the roster
      duplicateSignatures: 0, // Andi's second row is in PUSAT
      incidents: 1, // INS-1
      openIncidents: 0, // INS-1 carries SANKSI_DIJATUHKAN
    });
  });

  it('unitType=upt', async () => {
    // Only LAPAS-PLG-1 is a upt: Fajar, Gita, Hadi; Fajar signed; INS-1 (closed).
    expect(await at({ unitType: 'upt' })).toMatchObject({ employees: 3, signed: 1, completion: 1 / 3, incidents: 1, openIncidents: 0 });
  });

  it('category=SPANDUK', async () => {
    // The unnumbered "Lapas Plg" case and INS-7, both open; staff figures are not filtered by category.
    expect(await at({ category: 'SPANDUK' })).toMatchObject({ employees: 8, signed: 5, incidents: 2, openIncidents: 2 });
    const list = await runMetric(db, caseList, await paramsFor(db, { category: 'SPANDUK' }));
    expect(list.map((r) => [r.reportedOn, r.unitCode, r.isOpen, r.ageDays])).toEqual([
      ['2024-02-06', 'SETJEN', true, 0], // INS-7, reported on the as-of day
      ['2024-02-02', 'UNMATCHED', true, 4], // the unnumbered case, 02/02 → 06/02
    ]);
  });

  it('status=open at the default as-of day (2024-02-06)', async () => {
    // INS-3, the unnumbered case, INS-7.
    expect(await at({ status: 'open' })).toMatchObject({ incidents: 3, openIncidents: 3 });
    expect(await at({ status: 'closed' })).toMatchObject({ incidents: 2, openIncidents: 0 }); // INS-1, INS-2
    expect(await runMetric(db, openCasesByUnit, await paramsFor(db, { status: 'open' }))).toEqual([
      { unitCode: 'KW-BALI', unitName: 'Kantor Wilayah Kementerian Hukum dan HAM Bali', open: 1, oldestDays: 27 }, // INS-3, 10/01 → 06/02
      { unitCode: 'UNMATCHED', unitName: 'Lapas Plg', open: 1, oldestDays: 4 }, // the unnumbered case, 02/02 → 06/02
      { unitCode: 'SETJEN', unitName: 'Sekretariat Jenderal', open: 1, oldestDays: 0 }, // INS-7 (ties: oldest first)
    ]);
  });

  it('unit=UNMATCHED', async () => {
    // Joko (roster "Lapas Plg") signed on 05/03/2023; the unnumbered "Lapas Plg" case is open.
    expect(await at({ unit: 'UNMATCHED' })).toEqual({
      employees: 1, signed: 1, completion: 1, unmatchedSigners: 0, duplicateSignatures: 0, incidents: 1, openIncidents: 1,
    });
  });

  it('directorate=KANWIL and from/to', async () => {
    // Dewi, Eko in KW-SUMSEL; Dewi signed; INS-3 (KW-BALI) is the one KANWIL case, reported 10/01/2024.
    expect(await at({ directorate: 'KANWIL' })).toMatchObject({ employees: 2, signed: 1, incidents: 1, openIncidents: 1 });
    expect(await at({ directorate: 'KANWIL', to: '2023-12-31' })).toMatchObject({ employees: 2, signed: 1, incidents: 0 });
    // December 2023 to January 2024: INS-2 (15/12, closed) and INS-3 (10/01, open).
    expect(await at({ from: '2023-12-01', to: '2024-01-31' })).toMatchObject({ incidents: 2, openIncidents: 1 });
  });

  it('describes the loaded data', async () => {
    expect(await runMetric(db, datasetInfo, NO_PARAMS)).toEqual({
      basis: 'roster', campaigns: ['PEMILU2024'], // no campaign column: the default campaign
      units: 5, employees: 9, // five registry rows; nine loaded roster rows, Citra the leaver included
      signatureRows: 8, incidents: 5, // Andi's second row is loaded; INS-1's re-sent row replaces the first
      firstSignatureDay: '2023-01-30', lastSignatureDay: '2023-03-05', // Andi and Budi; Joko
    });
  });

  it('as of a day before any case and on a campaign without signatures', async () => {
    // By 2023-02-14 only Andi and Budi had signed (30/01); no case reported before 04/11/2023.
    expect(await at({ asOf: '2023-02-14', kanwil: 'PUSAT' })).toMatchObject({ employees: 2, signed: 2, duplicateSignatures: 1, incidents: 0 });
    expect(await at({ campaign: 'PILKADA2024', kanwil: 'KW-SUMSEL' })).toMatchObject({ employees: 5, signed: 0, completion: 0, incidents: 1 });
  });
});
