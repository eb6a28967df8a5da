import { exportPublished } from '../db/load';
import { aggregatesDb, PART_ROWS } from './partitioned';
import { ingestFilesPacked, type InputFile } from '../ingest/ingest-files';
import { countBy, type FileResult } from '../ingest/report-types';
import { translate } from '../i18n/strings';
import type { PublishedFileReport, PublishedManifest } from '../schema/published-manifest';
import { QueryClient } from '../query/client';
import { firstViewSummary } from '../report/first-view';
import { summaryFile } from '../report/summary-file';

// What a build publishes from the host's data folder: checked with the same ingest as the page, then
// either the aggregates (default: no name, no NIP, no per-person row) or, on explicit request, the
// files themselves.
export class PublishError extends Error {}

export interface Published {
  readonly files: { readonly name: string; readonly bytes: Uint8Array }[]; // paths under data/
  readonly log: string[]; // the validation report, one line per file
}

/** One file's validation report without a single row of it: counts and reasons only. */
export function reportOf(f: FileResult): PublishedFileReport {
  return {
    file: f.file, bytes: f.bytes, kind: f.kind, encoding: f.encoding, delimiter: f.delimiter, rowsRead: f.rowsRead, loaded: f.loaded,
    rejected: f.rejects.length, warnings: f.warnings.length, duplicates: f.duplicates, suspectNips: f.suspectNips.length,
    rejectReasons: countBy(f.rejects, (r) => r.reason), warningReasons: countBy(f.warnings, (w) => w.reason),
  };
}

function describe(f: FileResult): string {
  if (f.problem) return `NOT LOADED: ${translate('en', `problem_${f.problem}`, { columns: f.missingColumns.join(', ') })}`;
  const reasons = Object.entries(countBy(f.rejects, (r) => r.reason)).sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ');
  return `${f.kind}: ${f.rowsRead} rows read, ${f.loaded} loaded, ${f.rejects.length} rejected${reasons ? ` (${reasons})` : ''}, ${f.warnings.length} warnings`;
}

const encoder = new TextEncoder();
const json = (value: unknown) => encoder.encode(JSON.stringify(value));

export async function publishData(folder: string, inputs: readonly InputFile[], options: { rows: boolean; synthetic: boolean; parts?: number }): Promise<Published> {
  if (inputs.length === 0) throw new PublishError(`${folder} holds no data file (.csv, .tsv or .txt): nothing to publish.`);
  const { files, packed } = ingestFilesPacked(inputs);
  const log = files.map((f) => `${folder}/${f.file}: ${describe(f)}`);
  const broken = files.find((f) => f.problem !== null);
  if (broken) {
    throw new PublishError(`${folder}/${broken.file} cannot be published: ${translate('en', `problem_${broken.problem!}`, { columns: broken.missingColumns.join(', ') })}`);
  }
  const report = files.map(reportOf);
  if (options.rows) {
    const manifest: PublishedManifest = { form: 'rows', synthetic: options.synthetic, files: inputs.map((f) => ({ name: f.name, bytes: f.bytes.length })), report };
    return { files: [...inputs.map((f) => ({ name: f.name, bytes: f.bytes })), { name: 'manifest.json', bytes: json(manifest) }], log };
  }
  // A national export is built in parts (partitioned.ts); an agency's fits the engine whole.
  const people = Math.max(...['employees', 'signatures'].map((k) => files.filter((f) => f.kind === k).reduce((n, f) => n + f.loaded, 0)));
  const parts = options.parts ?? Math.ceil(people / PART_ROWS);
  const hasRoster = files.some((f) => f.kind === 'employees' && f.loaded > 0);
  // Without a roster, staff counts are the registry's headcounts: they do not add up over parts.
  const db = await aggregatesDb(packed, hasRoster ? parts : 1);
  try {
    const exported = await exportPublished(db);
    const summary = await firstViewSummary(new QueryClient(db));
    const manifest: PublishedManifest = {
      form: 'aggregate', synthetic: options.synthetic, files: [], report,
      tables: exported.map((t) => ({ name: t.name, file: `agg/${t.name}.arrow`, rows: t.rows, bytes: t.ipc.length })),
    };
    return {
      files: [
        ...exported.map((t) => ({ name: `agg/${t.name}.arrow`, bytes: t.ipc })),
        { name: 'summary.json', bytes: json(summaryFile(summary)) },
        { name: 'manifest.json', bytes: json(manifest) },
      ],
      log,
    };
  } finally {
    await db.close();
  }
}
