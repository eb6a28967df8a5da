import { useI18n } from '../../i18n/language';
import type { StringKey } from '../../i18n/strings';
import { COLUMNS, KINDS, type Kind } from '../../schema/columns';

export interface PendingFileModel {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly kind: Kind | null;
  readonly problem: string | null; // a reason the file cannot be read as it is
  readonly missingColumns: readonly string[];
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly headerLine: number;
  readonly headers: readonly string[];
  readonly mapping: Readonly<Record<string, number>>;
  readonly sample: readonly (readonly string[])[];
  readonly tooLarge: boolean;
}

interface PendingFileCardProps {
  readonly file: PendingFileModel;
  readonly mode: 'replace' | 'append';
  readonly formatBytes: (n: number) => string;
  readonly limit: string;
  onKind(kind: Kind | null): void;
  onMapping(column: string, index: number | null): void;
  onMode(mode: 'replace' | 'append'): void;
  onRemove(): void;
}

const DELIMITER_NAMES: Record<string, string> = { ',': ', (koma / comma)', ';': '; (titik koma / semicolon)', '\t': 'tab', '|': '| (pipe)' };

export function PendingFileCard({ file, mode, formatBytes, limit, onKind, onMapping, onMode, onRemove }: PendingFileCardProps) {
  const { t } = useI18n();
  const unreadable = file.tooLarge || (file.problem !== null && !['kind_unknown', 'missing_columns'].includes(file.problem));
  const mapped = new Set(Object.values(file.mapping));
  const extra = file.headers.filter((_, i) => !mapped.has(i));
  return (
    <article className="file-card" data-testid="pending-file" aria-label={file.name}>
      <header className="file-card-header">
        <h3>{file.name} <span className="muted">· {formatBytes(file.size)}</span></h3>
        <button type="button" onClick={onRemove}>{t('remove')}</button>
      </header>
      {file.tooLarge ? (
        <p className="problem" role="alert">{t('tooLarge', { file: file.name, size: formatBytes(file.size), limit })}</p>
      ) : file.problem && unreadable ? (
        <p className="problem" role="alert" data-testid="file-problem">{t(`problem_${file.problem}` as StringKey)}</p>
      ) : null}
      {!unreadable ? (
        <>
          <div className="file-settings">
            <label>
              <span>{t('detectedKind')}</span>
              <select value={file.kind ?? ''} onChange={(e) => onKind((e.target.value || null) as Kind | null)} data-testid="kind-select">
                <option value="">{t('kindUnknown')}</option>
                {KINDS.map((k) => <option key={k} value={k}>{t(`kind_${k}` as StringKey)}</option>)}
              </select>
            </label>
            {file.kind ? (
              <label>
                <span>{t('mode')}</span>
                <select value={mode} onChange={(e) => onMode(e.target.value as 'replace' | 'append')} data-testid="mode-select">
                  <option value="replace">{t('modeReplace')}</option>
                  <option value="append">{t('modeAppend')}</option>
                </select>
              </label>
            ) : null}
            <span className="muted">{t('encoding')}: {file.encoding ?? '–'} · {t('delimiter')}: {file.delimiter ? DELIMITER_NAMES[file.delimiter] : '–'} · {t('headerRow')}: {file.headerLine || '–'}</span>
          </div>
          {file.problem === 'kind_unknown' && !file.kind ? <p className="problem" role="alert" data-testid="file-problem">{t('problem_kind_unknown')}</p> : null}
          {file.kind && file.missingColumns.length > 0 ? (
            <p className="problem" role="alert" data-testid="file-problem">{t('problem_missing_columns', { columns: file.missingColumns.join(', ') })}</p>
          ) : null}
          {file.kind ? (
            <details className="mapping" open={file.missingColumns.length > 0}>
              <summary>{t('columnMapping')}</summary>
              <div className="mapping-grid">
                {COLUMNS[file.kind].map((c) => (
                  <label key={c.name}>
                    <span>{c.name}{c.required ? ' *' : ''}</span>
                    <select value={file.mapping[c.name] ?? ''} onChange={(e) => onMapping(c.name, e.target.value === '' ? null : Number(e.target.value))}>
                      <option value="">{t('notMapped')}</option>
                      {file.headers.map((h, i) => <option key={i} value={i}>{h || `#${i + 1}`}</option>)}
                    </select>
                  </label>
                ))}
              </div>
              {extra.length > 0 ? <p className="muted">{t('extraColumns')}: {extra.join(', ')}</p> : null}
            </details>
          ) : null}
          {file.sample.length > 0 ? (
            <details className="sample">
              <summary>{t('sample')}</summary>
              <div className="table-scroll">
                <table>
                  <thead><tr>{file.headers.map((h, i) => <th key={i}>{h}</th>)}</tr></thead>
                  <tbody>{file.sample.map((row, r) => <tr key={r}>{row.map((v, i) => <td key={i}>{v}</td>)}</tr>)}</tbody>
                </table>
              </div>
            </details>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
