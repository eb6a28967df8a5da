import { browserDb } from '../db/browser';
import type { Db } from '../db/db';
import { loadTables } from '../db/load';
import type { FileResult } from '../ingest/report-types';
import { datasetInfo, defaultCampaign, type DatasetInfo } from '../metrics/dataset-info';
import { ingestInWorker } from './ingest-client';
import { fetchPublishedFiles } from './published-data';

export type LoadStep = 'starting' | 'fetching' | 'ingesting' | 'loadingDb';

export interface LoadedDataset {
  readonly db: Db;
  readonly info: DatasetInfo;
  readonly campaign: string;
  readonly files: FileResult[]; // without their rows, which now live in DuckDB
  readonly source: 'published' | 'local';
  readonly synthetic: boolean;
}

let published: Promise<LoadedDataset> | null = null;
const stepListeners = new Set<(step: LoadStep) => void>();

/** The published dataset, loaded once per page; every caller hears the loading steps. */
export function loadPublished(onStep: (step: LoadStep) => void): Promise<LoadedDataset> {
  stepListeners.add(onStep);
  published ??= startPublished((step) => stepListeners.forEach((listener) => listener(step)));
  const done = () => stepListeners.delete(onStep);
  published.then(done, done);
  return published;
}

/** Starts DuckDB and loads the published dataset through the same ingest as the report command. */
async function startPublished(onStep: (step: LoadStep) => void): Promise<LoadedDataset> {
  onStep('starting');
  const dbPromise = browserDb();
  onStep('fetching');
  const publishedFiles = await fetchPublishedFiles();
  onStep('ingesting');
  const { files, tables } = await ingestInWorker(publishedFiles.files);
  const db = await dbPromise;
  onStep('loadingDb');
  await loadTables(db, tables);
  const info = await datasetInfo(db);
  return { db, info, campaign: defaultCampaign(info), files: files.map((f) => ({ ...f, rows: [] })), source: 'published', synthetic: publishedFiles.synthetic };
}
