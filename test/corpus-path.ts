import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The shared robustness corpus lives beside the checkout (../shared/csv-corpus); CSV_CORPUS overrides.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const candidates = [process.env.CSV_CORPUS, resolve(ROOT, '../shared/csv-corpus'), '/work/shared/csv-corpus'].filter((p): p is string => Boolean(p));

export const CORPUS = candidates.find((p) => existsSync(p)) ?? (() => {
  throw new Error(`CSV corpus not found (looked in ${candidates.join(', ')}); set CSV_CORPUS`);
})();
