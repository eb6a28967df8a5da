import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { InputFile } from '../ingest/ingest-files';

// The data files of a folder (or named files), as the report and the build read them: text exports and
// Excel workbooks, read by the same ingest code as an upload. Excel's own lock files (~$name.xlsx) are skipped.
export const DATA_FILE = /\.(csv|tsv|txt|xlsx)$/i;
const LOCK_FILE = /^~\$/;

export class NoSuchPath extends Error {}

export function readInputs(paths: readonly string[]): InputFile[] {
  const files: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new NoSuchPath(`no such file or folder: ${path}`);
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        const full = join(path, name);
        if (DATA_FILE.test(name) && !LOCK_FILE.test(name) && statSync(full).isFile()) files.push(full);
      }
    } else files.push(path);
  }
  // Read when used, not all at once: a national export is read and let go one file at a time.
  return files.map((f) => ({ name: basename(f), get bytes() { return new Uint8Array(readFileSync(f)); } }));
}
