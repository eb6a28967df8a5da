import { useState } from 'react';
import { useI18n } from '../../i18n/language';
import type { StringKey } from '../../i18n/strings';
import { columnLabel } from '../../schema/column-guide';
import { COLUMNS, isExactHeader, KINDS, type Kind } from '../../schema/columns';

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
  readonly sheets?: readonly string[]; // a workbook's worksheets
  readonly sheet?: string | null; // the worksheet read
}

interface PendingFileCardProps {
  readonly file: PendingFileModel;
  readonly formatBytes: (n: number) => string;
  readonly limit: string;
  onKind(kind: Kind | null): void;
  onMapping(column: string, index: number | null): void;
  onRemove(): void;
  onSheet?(sheet: string): void; // read another worksheet of a workbook
}

const DELIMITER_NAMES: Record<string, string> = { ',': ', (koma / comma)', ';': '; (titik koma / semicolon)', '\t': 'tab', '|': '| (pipe)' };
const ENCODING_NAMES: Record<string, string> = { 'utf-16le': 'UTF-16 LE (Unicode Text)', 'utf-16be': 'UTF-16 BE (Unicode Text)' };
const SAMPLE_CHARS = 60;

/** The first non-empty value of a column in the sample rows, shortened for a glance. */
function sampleOf(sample: PendingFileModel['sample'], index: number | undefined): string {
  if (index === undefined) return '';
  const value = sample.map((row) => (row[index] ?? '').trim()).find((v) => v !== '') ?? '';
  return value.length > SAMPLE_CHARS ? `${value.slice(0, SAMPLE_CHARS)}…` : value;
}

function MappingPanel({ file, kind, onMapping }: { file: PendingFileModel; kind: Kind; onMapping(column: string, index: number | null): void }) {
  const { t, lang } = useI18n();
  const headerOf = (i: number) => file.headers[i] || `#${i + 1}`;
  const guesses = COLUMNS[kind].filter((c) => file.mapping[c.name] !== undefined && !isExactHeader(kind, c.name, file.headers[file.mapping[c.name]] ?? ''));
  // The panel opens when something needs a look, and stays open until the analyst confirms it.
  const [open, setOpen] = useState(file.missingColumns.length > 0 || guesses.length > 0);
  const [confirmed, setConfirmed] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const mapped = new Set(Object.values(file.mapping));
  const extra = file.headers.filter((_, i) => !mapped.has(i));
  return (
    <details className="mapping" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="mapping-panel">
      <summary>{t('columnMapping')}{confirmed ? <span className="muted"> · {t('mappingConfirmed')}</span> : null}</summary>
      {guesses.length > 0 && !confirmed ? <p className="notice" data-testid="mapping-guess-notice">{t('mappingGuessNotice', { n: guesses.length })}</p> : null}
      <div className="mapping-grid">
        {COLUMNS[kind].map((c) => {
          const index = file.mapping[c.name];
          const guess = index !== undefined && !chosen.has(c.name) && guesses.some((g) => g.name === c.name);
          const value = sampleOf(file.sample, index);
          return (
            <label key={c.name} data-testid={`mapping-${c.name}`} data-guess={guess ? 'true' : undefined}>
              <span>{columnLabel(c.name, lang)}{c.required ? ' *' : ''} <code className="muted">{c.name}</code></span>
              <select value={index ?? ''} onChange={(e) => {
                setChosen(new Set([...chosen, c.name]));
                setConfirmed(false);
                onMapping(c.name, e.target.value === '' ? null : Number(e.target.value));
              }}>
                <option value="">{t('notMapped')}</option>
                {file.headers.map((h, i) => <option key={i} value={i}>{h || `#${i + 1}`}</option>)}
              </select>
              {index !== undefined ? (
                <span className={guess ? 'problem' : undefined}>{t(guess ? 'mappingGuess' : 'mappingExact', { header: headerOf(index) })}</span>
              ) : null}
              {value ? <span data-testid="mapping-sample">{t('mappingSample', { value })}</span> : null}
            </label>
          );
        })}
      </div>
      {extra.length > 0 ? <p className="muted">{t('extraColumns')}: {extra.join(', ')}</p> : null}
      <p>
        <button type="button" data-testid="mapping-confirm" disabled={file.missingColumns.length > 0}
          onClick={() => { setConfirmed(true); setChosen(new Set(COLUMNS[kind].map((c) => c.name))); setOpen(false); }}>
          {t('mappingConfirm')}
        </button>
      </p>
    </details>
  );
}

export function PendingFileCard({ file, formatBytes, limit, onKind, onMapping, onRemove, onSheet }: PendingFileCardProps) {
  const { t, lang } = useI18n();
  const unreadable = file.tooLarge || (file.problem !== null && !['kind_unknown', 'missing_columns', 'sheet_not_found'].includes(file.problem));
  const sheets = file.sheets ?? [];
  // A workbook has neither encoding nor delimiter; text always has both once its header is read.
  const workbook = sheets.length > 0 || (file.encoding === null && file.delimiter === null && file.headers.length > 0);
  return (
    <article className="file-card" data-testid="pending-file" aria-label={file.name}>
      <header className="file-card-header">
        <h3>{file.name} <span className="muted">· {formatBytes(file.size)}</span></h3>
        <button type="button" onClick={onRemove}>{t('remove')}</button>
      </header>
      {file.tooLarge ? (
        <p className="problem" role="alert">{t('tooLarge', { file: file.name, size: formatBytes(file.size), limit })}</p>
      ) : file.problem && (unreadable || file.problem === 'sheet_not_found') ? (
        <p className="problem" role="alert" data-testid="file-problem">{t(`problem_${file.problem}` as StringKey)}</p>
      ) : null}
      {!unreadable ? (
        <>
          <div className="file-settings">
            {sheets.length > 0 ? (
              <label>
                <span>{t('sheet')}</span>
                <select value={file.sheet ?? ''} disabled={!onSheet || sheets.length < 2} title={t('sheetHint')}
                  onChange={(e) => onSheet?.(e.target.value)} data-testid="sheet-select">
                  {sheets.map((s) => <option key={s} value={s}>{s}</option>)}
                </select>
              </label>
            ) : null}
            <label>
              <span>{t('detectedKind')}</span>
              <select value={file.kind ?? ''} onChange={(e) => onKind((e.target.value || null) as Kind | null)} data-testid="kind-select">
                <option value="">{t('kindUnknown')}</option>
                {KINDS.map((k) => <option key={k} value={k}>{t(`kind_${k}` as StringKey)}</option>)}
              </select>
            </label>
            <span className="muted">
              {workbook ? <>{t('workbook')} · </> : null}
              {!workbook ? <>{t('encoding')}: {file.encoding ? ENCODING_NAMES[file.encoding] ?? file.encoding : '–'} · {t('delimiter')}: {file.delimiter ? DELIMITER_NAMES[file.delimiter] : '–'} · </> : null}
              {t('headerRow')}: {file.headerLine || '–'}
            </span>
          </div>
          {file.problem === 'kind_unknown' && !file.kind ? <p className="problem" role="alert" data-testid="file-problem">{t('problem_kind_unknown')}</p> : null}
          {file.kind && file.missingColumns.length > 0 ? (
            <p className="problem" role="alert" data-testid="file-problem">{t('problem_missing_columns', { columns: file.missingColumns.map((c) => columnLabel(c, lang)).join(', ') })}</p>
          ) : null}
          {file.kind ? <MappingPanel key={`${file.kind}|${file.sheet ?? ''}`} file={file} kind={file.kind} onMapping={onMapping} /> : null}
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
