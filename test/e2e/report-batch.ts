import { readInputs } from '../../src/cli/data-files';
import { parseReportArgs } from '../../src/cli/args';
import { loadTables } from '../../src/db/load';
import { openNodeDb } from '../../src/db/node';
import { ingestFiles } from '../../src/ingest/ingest-files';
import { QueryClient } from '../../src/query/client';
import { buildReport } from '../../src/report/build-report';

// `npm run report` for several campaigns and as-of days of the same files, read and loaded once:
// the same functions as src/cli/report.ts (ingest, load, buildReport), one process for the browser
// tests' reports instead of one per set of arguments. argv[2]: a JSON list of argument lists.
async function main(): Promise<void> {
  const sets = JSON.parse(process.argv[2]) as string[][];
  const parsed = sets.map((argv) => parseReportArgs(argv));
  const paths = JSON.stringify(parsed[0].paths);
  if (parsed.some((p) => JSON.stringify(p.paths) !== paths)) throw new Error('every set must read the same files');
  const { files, tables } = ingestFiles(readInputs(parsed[0].paths));
  const db = await openNodeDb();
  await loadTables(db, tables);
  const client = new QueryClient(db);
  const out: Record<string, unknown> = {};
  for (const [i, p] of parsed.entries()) out[JSON.stringify(sets[i])] = await buildReport(client, files, { campaign: p.campaign, asOf: p.asOf });
  process.stdout.write(JSON.stringify(out));
  await db.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
