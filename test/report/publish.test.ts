import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/cli/data-files';
import { publishData, PublishError } from '../../src/cli/publish';
import { loadAggregates, loadTables } from '../../src/db/load';
import { openNodeDb } from '../../src/db/node';
import { ingestFiles } from '../../src/ingest/ingest-files';
import { completionByCampaign } from '../../src/metrics/campaigns';
import { caseList, openCaseAges, openCasesByUnit } from '../../src/metrics/cases';
import { datasetInfo, latestDay } from '../../src/metrics/dataset-info';
import type { Filters } from '../../src/metrics/filters';
import { completionByDirectorate, completionByKanwil, completionByUnit } from '../../src/metrics/groups';
import { incidentsByCategory, incidentsByMonth, incidentsBySource, incidentsByStatus } from '../../src/metrics/incidents';
import { NO_PARAMS, runMetric, type Metric } from '../../src/metrics/metric';
import { totals } from '../../src/metrics/totals';
import { signersByDay } from '../../src/metrics/trend';
import { registryUnits, unitRegistry } from '../../src/metrics/units';
import { unmatchedUnits } from '../../src/metrics/unmatched';
import { unsignedEmployees } from '../../src/metrics/unsigned';
import type { PublishedManifest } from '../../src/schema/published-manifest';
import { readSummaryFile } from '../../src/report/summary-file';
import { FIXTURES } from './load-fixture';

// The build publishes aggregates, not people: every figure of the dashboard computed from the
// published files equals the figure computed from the data folder's rows, and no NIP or name of
// the folder appears in any published file.
const folder = join(FIXTURES, 'campaigns');
const inputs = () => readInputs([folder]);
const decoder = new TextDecoder();

// Published once for the whole file: every case below only reads what was published.
let publishing: ReturnType<typeof publishOnce> | undefined;
const published = () => (publishing ??= publishOnce());

async function publishOnce() {
  const out = await publishData('campaigns', inputs(), { rows: false, synthetic: false });
  const byName = new Map(out.files.map((f) => [f.name, f.bytes]));
  const manifest = JSON.parse(decoder.decode(byName.get('manifest.json'))) as PublishedManifest;
  return { out, byName, manifest };
}

/** Every string a published file holds: JSON text as it is, Arrow tables cell by cell. */
function textOf(name: string, bytes: Uint8Array): string {
  if (!name.endsWith('.arrow')) return decoder.decode(bytes);
  const table = tableFromIPC(bytes);
  return table.toArray().map((row) => JSON.stringify(row.toJSON(), (_k, v) => (typeof v === 'bigint' ? Number(v) : v))).join('\n');
}

describe('publishing a data folder', () => {
  it('writes the aggregates, the first view and a manifest with the validation report (counts only)', async () => {
    const { out, manifest } = await published();
    expect(out.files.map((f) => f.name).sort()).toEqual([
      'agg/campaigns.arrow', 'agg/dataset_counts.arrow', 'agg/inc_counts.arrow', 'agg/signed_by_day.arrow', 'agg/staff_by_unit.arrow',
      'agg/units.arrow', 'agg/unmatched_units.arrow', 'manifest.json', 'summary.json',
    ]);
    expect(manifest.form).toBe('aggregate');
    expect(manifest.report!.map((r) => [r.file, r.kind, r.rowsRead, r.loaded, r.rejected])).toEqual([
      ['employees.csv', 'employees', 12, 9, 3], ['incidents.tsv', 'incidents', 8, 6, 2], ['pilkada.csv', 'signatures', 4, 4, 0],
      ['signatures.csv', 'signatures', 10, 8, 2], ['units.csv', 'units', 5, 5, 0],
    ]);
    expect(out.log).toHaveLength(5);
  });

  it('publishes no NIP and no name of the folder, in any file', async () => {
    const { out } = await published();
    const secrets = new Set<string>();
    for (const f of ingestFiles(inputs()).files) {
      for (const row of f.rows) {
        if (f.kind === 'employees' || f.kind === 'signatures') { secrets.add(row[0]!); if (row[f.kind === 'employees' ? 1 : 2]) secrets.add(row[f.kind === 'employees' ? 1 : 2]!); }
        if (f.kind === 'incidents') { if (row[4]) secrets.add(row[4]!); secrets.add(row[0]!); }
      }
    }
    expect(secrets.size).toBeGreaterThan(15);
    for (const f of out.files) {
      const text = textOf(f.name, f.bytes);
      const found = [...secrets].filter((s) => s.length >= 4 && text.includes(s));
      expect(found, f.name).toEqual([]);
    }
  });

  it('gives every figure the rows give, under filters, from the published files alone', async () => {
    const { byName, manifest } = await published();
    const rowsDb = await openNodeDb();
    await loadTables(rowsDb, ingestFiles(inputs()).tables);
    const aggDb = await openNodeDb();
    await loadAggregates(aggDb, new Map(manifest.tables!.map((t) => [t.name, byName.get(t.file)!])));
    const same = async <P>(m: Metric<P, unknown>, p: P) => expect(await runMetric(aggDb, m, p), `${m.name} ${JSON.stringify(p)}`).toEqual(await runMetric(rowsDb, m, p));
    for (const m of [datasetInfo, unitRegistry, registryUnits, unmatchedUnits]) await same(m as Metric<typeof NO_PARAMS, unknown>, NO_PARAMS);
    for (const campaign of ['PEMILU2024', 'PILKADA2024', 'NONE']) await same(latestDay, { campaign });
    await same(completionByCampaign, { dimension: 'kanwil', asOf: null });
    await same(completionByCampaign, { dimension: 'directorate', asOf: '2024-08-31', kanwil: 'KW-SUMSEL' });
    const metrics = [totals, completionByKanwil, completionByDirectorate, completionByUnit, signersByDay, incidentsByCategory, incidentsByMonth,
      incidentsByStatus, incidentsBySource, openCasesByUnit, openCaseAges] as Metric<Filters, unknown>[];
    const cases: Partial<Filters>[] = [{}, { kanwil: 'KW-SUMSEL' }, { directorate: 'DITJENPAS', status: 'open' }, { unitType: 'upt' }, { unit: 'UNMATCHED' },
      { category: 'SPANDUK', from: '2024-01-01' }, { campaign: 'PILKADA2024', kanwil: 'PUSAT' }, { asOf: '2023-02-14' }, { status: 'closed', source: 'BAWASLU' }];
    for (const c of cases) {
      const campaign = c.campaign ?? 'PEMILU2024';
      const f = { ...c, campaign, asOf: c.asOf ?? (await runMetric(rowsDb, latestDay, { campaign }))! } as Filters;
      for (const m of metrics) await same(m, f);
      // People are not published: the lists that need them are empty on the published form.
      expect(await runMetric(aggDb, caseList, f)).toEqual([]);
      expect(await runMetric(aggDb, unsignedEmployees, f)).toEqual([]);
    }
  });

  it('answers the default overview in the first-view summary exactly as the engine does', async () => {
    const { byName } = await published();
    const summary = readSummaryFile(JSON.parse(decoder.decode(byName.get('summary.json'))))!;
    const names = summary.answers.map((a) => a.metric);
    for (const name of ['dataset-info', 'latest-day', 'unit-registry', 'totals', 'completion-by-kanwil', 'completion-by-directorate', 'completion-by-unit', 'signers-by-day', 'incidents-by-category', 'incidents-by-month']) {
      expect(names, name).toContain(name);
    }
    const kpis = summary.answers.filter((a) => a.metric === 'totals').map((a) => a.value as { signed: number; employees: number });
    expect(kpis[0]).toMatchObject({ employees: 8, signed: 5 }); // as of 2024-02-06 (test/metrics/every-metric.test.ts)
  });

  it('publishes the files themselves only when asked, and refuses a folder with a broken file in one sentence', async () => {
    const rows = await publishData('campaigns', inputs(), { rows: true, synthetic: false });
    expect(rows.files.map((f) => f.name)).toContain('employees.csv');
    const broken = [...inputs(), { name: 'roster-without-nip.csv', bytes: new TextEncoder().encode('Nama;Unit Kerja;Aktif\nAndi;Setjen;Ya\n') }];
    await expect(publishData('data', broken, { rows: false, synthetic: false })).rejects.toThrow(PublishError);
    await expect(publishData('data', [{ name: 'book.csv', bytes: new Uint8Array() }], { rows: false, synthetic: false }))
      .rejects.toThrow(/data\/book\.csv cannot be published: The file is empty/);
    await expect(publishData('data', [], { rows: false, synthetic: false })).rejects.toThrow(/holds no data file/);
  });
});
