import type { FileResult } from '../ingest/report-types';
import { countBy } from '../ingest/report-types';
import type { StringKey } from '../i18n/strings';
import type { FileSummary } from '../components/data/FilesPanel';

export function fileSummaries(files: readonly FileResult[], t: (key: StringKey) => string): FileSummary[] {
  return files.map((f) => ({
    file: f.file,
    kind: f.kind ? t(`kind_${f.kind}` as StringKey) : '–',
    rows: f.rowsRead,
    loaded: f.loaded,
    rejected: f.rejects.length,
    warnings: f.warnings.length,
    reasons: Object.entries(countBy(f.rejects, (r) => r.reason)).map(([reason, n]) => `${reason}: ${n}`).join(', '),
  }));
}
