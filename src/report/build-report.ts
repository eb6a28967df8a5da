import type { FileResult } from '../ingest/report-types';
import { countBy } from '../ingest/report-types';
import { datasetInfo, latestDay } from '../metrics/dataset-info';
import { completionByDirectorate, completionByKanwil, type GroupRow } from '../metrics/groups';
import { incidentsByCategory, incidentsByMonth } from '../metrics/incidents';
import { NO_PARAMS } from '../metrics/metric';
import { totals } from '../metrics/totals';
import { unmatchedUnits } from '../metrics/unmatched';
import type { QueryClient } from '../query/client';
import { BUCKET_NAMES, sortGroups } from './buckets';

// The machine-readable report of DATA-CONTRACT.md section 5, from loaded data.
export interface ReportOptions {
  readonly campaign: string;
  readonly asOf?: string | null;
}

const groupJson = (g: GroupRow) => ({
  code: g.code, name: g.name ?? BUCKET_NAMES[g.code] ?? g.code, employees: g.employees, signed: g.signed,
  completion: g.completion, incidents: g.incidents, open_incidents: g.openIncidents,
});

export function fileJson(f: FileResult) {
  return {
    file: f.file, kind: f.kind, rows: f.rowsRead, loaded: f.loaded, rejected: f.rejects.length, warnings: f.warnings.length,
    reasons: countBy(f.rejects, (r) => r.reason),
    ...(f.problem ? { problem: f.problem, missing_columns: f.missingColumns } : {}),
    warning_reasons: countBy(f.warnings, (w) => w.reason),
    suspect_nips: f.suspectNips.length, duplicates: f.duplicates,
    encoding: f.encoding, delimiter: f.delimiter,
  };
}

export async function buildReport(client: QueryClient, files: readonly FileResult[], options: ReportOptions) {
  const info = await client.request(datasetInfo, NO_PARAMS);
  const asOf = options.asOf ?? (await client.request(latestDay, { campaign: options.campaign }));
  // With no day in the data at all, nothing is limited by the day.
  const f = { campaign: options.campaign, asOf: asOf ?? '9999-12-31' };
  const [t, byKanwil, byDirectorate, categories, months, unmatched] = await Promise.all([
    client.request(totals, f), client.request(completionByKanwil, f), client.request(completionByDirectorate, f),
    client.request(incidentsByCategory, f), client.request(incidentsByMonth, f), client.request(unmatchedUnits, NO_PARAMS),
  ]);
  return {
    campaign: options.campaign,
    as_of: asOf,
    basis: info.basis,
    totals: {
      employees: t.employees, signed: t.signed, completion: t.completion, unmatched_signers: t.unmatchedSigners,
      duplicate_signatures: t.duplicateSignatures, incidents: t.incidents, open_incidents: t.openIncidents,
    },
    by_kanwil: sortGroups(byKanwil).map(groupJson),
    by_directorate: sortGroups(byDirectorate).map(groupJson),
    incidents_by_category: categories.map((c) => ({ category: c.category, count: c.count })),
    incidents_by_month: months.map((m) => ({ month: m.month, count: m.count })),
    files: files.map(fileJson),
    unmatched_units: unmatched,
  };
}

export type Report = Awaited<ReturnType<typeof buildReport>>;
