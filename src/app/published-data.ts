import type { InputFile } from '../ingest/ingest-files';

interface Manifest {
  readonly synthetic?: boolean;
  readonly files: { readonly name: string; readonly bytes: number }[];
}

export interface PublishedFiles {
  readonly synthetic: boolean;
  readonly files: InputFile[];
}

/** The host's default dataset: data/manifest.json and the CSV files it lists, from this site. */
export async function fetchPublishedFiles(): Promise<PublishedFiles> {
  const base = new URL('data/', document.baseURI);
  const response = await fetch(new URL('manifest.json', base));
  if (!response.ok) throw new Error(`data/manifest.json: HTTP ${response.status}`);
  const manifest = (await response.json()) as Manifest;
  const files = await Promise.all(manifest.files.map(async ({ name }) => {
    const file = await fetch(new URL(encodeURIComponent(name), base));
    if (!file.ok) throw new Error(`data/${name}: HTTP ${file.status}`);
    return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }));
  return { synthetic: manifest.synthetic === true, files };
}
