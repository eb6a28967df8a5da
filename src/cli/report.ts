import { openNodeDb } from '../db/node';
import { loadPacked } from '../db/load';
import { ingestFilesPacked } from '../ingest/ingest-files';
import { NoSuchPath, readInputs } from './data-files';
import { buildReport } from '../report/build-report';
import { QueryClient } from '../query/client';
import { parseReportArgs, USAGE, UsageError } from './args';

async function main(): Promise<number> {
  let args;
  let inputs;
  try {
    args = parseReportArgs(process.argv.slice(2));
    inputs = readInputs(args.paths);
  } catch (e) {
    if (!(e instanceof UsageError) && !(e instanceof NoSuchPath)) throw e;
    if (e.message) process.stderr.write(`report: ${e.message}\n`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { files, packed } = ingestFilesPacked(inputs);
  for (const f of files) {
    const what = f.problem ? `not loaded (${f.problem}${f.missingColumns.length ? `: ${f.missingColumns.join(', ')}` : ''})` : `${f.kind}: ${f.rowsRead} rows, ${f.loaded} loaded, ${f.rejects.length} rejected, ${f.warnings.length} warnings`;
    process.stderr.write(`${f.file}: ${what}\n`);
  }
  if (!files.some((f) => f.problem === null)) {
    process.stderr.write('report: nothing could be read\n');
    return 1;
  }
  const db = await openNodeDb();
  await loadPacked(db, packed);
  const report = await buildReport(new QueryClient(db), files, { campaign: args.campaign, asOf: args.asOf });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  await db.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`report: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
