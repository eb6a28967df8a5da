import type { FileResult } from '../ingest/report-types';
import { translate, type Lang } from '../i18n/strings';
import { toCsv, type CsvValue } from './csv';
import { reasonLabel } from './reason-label';

export type RejectsFile = Pick<FileResult, 'file' | 'headers' | 'rejects'>;

/**
 * The rejected rows of one file as CSV for Excel (toCsv: `;`, BOM, NIPs as text): line, the
 * reason in the interface language, the reason's code (stable, for filters and scripts), column,
 * value and detail (for a duplicate: where the kept row is), then the row's own fields under the
 * file's header names (fields past the header are named extra_1, extra_2, …).
 */
export function rejectsCsv(file: RejectsFile, lang: Lang = 'id'): string {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(lang, key, vars);
  const width = Math.max(file.headers.length, ...file.rejects.map((r) => r.fields.length));
  const extras = Array.from({ length: width - file.headers.length }, (_, i) => `extra_${i + 1}`);
  const rows = file.rejects.map((r): CsvValue[] => {
    const fields = Array.from({ length: width }, (_, i) => r.fields[i] ?? '');
    // The ingest's own detail is English (`first at …`); where the kept row is known, it is said in the interface language.
    const detail = r.first
      ? (r.first.file === file.file ? t('firstAtLine', { line: r.first.line }) : t('firstAt', { file: r.first.file, line: r.first.line }))
      : r.detail ?? '';
    return [r.line, reasonLabel(lang, r.reason), r.reason, r.column, r.value, detail, ...fields];
  });
  const fixed = [t('csvLine'), t('csvReason'), t('csvReasonCode'), t('csvColumn'), t('csvValue'), t('csvDetail')];
  return toCsv([...fixed, ...file.headers, ...extras], rows);
}
