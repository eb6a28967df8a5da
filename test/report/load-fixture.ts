import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPacked } from '../../src/db/load';
import { openNodeDb } from '../../src/db/node';
import type { Db } from '../../src/db/db';
import { ingestFilesPacked } from '../../src/ingest/ingest-files';
import { QueryClient } from '../../src/query/client';
import { buildReport, type Report } from '../../src/report/build-report';

export const FIXTURES = join(__dirname, '..', 'fixtures');

/** Reads a fixture folder the way `npm run report` does and returns its report and the open database. */
export async function reportFor(folder: string, campaign = 'PEMILU2024', asOf: string | null = null): Promise<{ report: Report; db: Db }> {
  const dir = join(FIXTURES, folder);
  const inputs = readdirSync(dir).filter((n) => /\.(csv|tsv|txt)$/i.test(n)).sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  const { files, packed } = ingestFilesPacked(inputs);
  const db = await openNodeDb();
  await loadPacked(db, packed);
  return { report: await buildReport(new QueryClient(db), files, { campaign, asOf }), db };
}
