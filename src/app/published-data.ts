import type { InputFile } from '../ingest/ingest-files';
import type { FirstView } from '../report/first-view';
import { readSummaryFile } from '../report/summary-file';
import type { PublishedFileReport, PublishedManifest } from '../schema/published-manifest';

/** The host's default dataset as this site publishes it (data/manifest.json and what it lists). */
export type PublishedData =
  | { readonly form: 'rows'; readonly synthetic: boolean; readonly files: InputFile[] }
  | {
    readonly form: 'aggregate'; readonly synthetic: boolean; readonly tables: ReadonlyMap<string, Uint8Array>;
    readonly report: readonly PublishedFileReport[]; readonly firstView: FirstView | null;
  };

const base = () => new URL('data/', document.baseURI);

async function fetchBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(new URL(path.split('/').map(encodeURIComponent).join('/'), base()));
  if (!response.ok) throw new Error(`data/${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function fetchManifest(): Promise<PublishedManifest> {
  const response = await fetch(new URL('manifest.json', base()));
  if (!response.ok) throw new Error(`data/manifest.json: HTTP ${response.status}`);
  return (await response.json()) as PublishedManifest;
}

/** The first-view summary (aggregate form), or null when it is missing or unreadable: the engine then answers. */
export async function fetchFirstView(): Promise<FirstView | null> {
  try {
    const response = await fetch(new URL('summary.json', base()));
    if (!response.ok) return null;
    return readSummaryFile(await response.json());
  } catch {
    return null;
  }
}

/** The published files or tables the manifest lists, fetched from this site. */
export async function fetchPublished(manifest: PublishedManifest, firstView: FirstView | null): Promise<PublishedData> {
  if (manifest.form === 'aggregate') {
    const tables = new Map(await Promise.all((manifest.tables ?? []).map(async (t) => [t.name, await fetchBytes(t.file)] as const)));
    return { form: 'aggregate', synthetic: manifest.synthetic === true, tables, report: manifest.report ?? [], firstView };
  }
  const files = await Promise.all(manifest.files.map(async ({ name }) => ({ name, bytes: await fetchBytes(name) })));
  return { form: 'rows', synthetic: manifest.synthetic === true, files };
}
