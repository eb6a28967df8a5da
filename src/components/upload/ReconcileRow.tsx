import { memo } from 'react';
import { useI18n } from '../../i18n/language';
import type { StringKey } from '../../i18n/strings';

export interface ReconcileUnit {
  readonly code: string;
  readonly name: string;
}

export interface ReconcileSuggestion {
  readonly code: string;
  readonly name: string;
  readonly confidence: number;
  /** The one suggestion selected without asking (confident, and clearly ahead of the next). */
  readonly confident: boolean;
}

export interface UnmatchedValue {
  readonly value: string;
  readonly rows: number;
  /** A row where the value was seen; null or absent when the loaded data has no rows (published aggregates). */
  readonly source?: { readonly kind: string; readonly file: string; readonly line: number; readonly files: number; readonly sample?: string } | null;
}

interface RowProps {
  readonly item: UnmatchedValue;
  /** Undefined while they are worked out. */
  readonly suggestions: readonly ReconcileSuggestion[] | undefined;
  readonly selected: string;
  readonly units: readonly ReconcileUnit[];
  readonly open: boolean; // the full unit list is in the select (only for the one the analyst opens)
  readonly disabled: boolean;
  onOpen(value: string): void;
  onChoose(value: string, code: string): void;
  onApply(value: string, code: string): void;
}

const LEVEL_MEDIUM = 0.5;

/** One unmatched value: where it was seen, its rows, the unit chosen for it with the confidence, and Apply. */
export const ReconcileRow = memo(function ReconcileRow({ item, suggestions: found, selected, units, open, disabled, onOpen, onChoose, onApply }: RowProps) {
  const { t, fmt } = useI18n();
  const suggestions = found ?? [];
  const chosen = suggestions.find((s) => s.code === selected);
  // With nothing chosen, the best suggestion's confidence says why it was not selected.
  const rated = chosen ?? (selected === '' ? suggestions[0] : undefined);
  const level = !rated ? null : rated.confident ? 'high' : rated.confidence >= LEVEL_MEDIUM ? 'medium' : 'low';
  const src = item.source;
  return (
    <tr data-testid="unmatched-row" data-value={item.value} data-ready={found !== undefined}>
      <td>
        <code>{item.value}</code>
        <div className="muted" data-testid="unmatched-source">
          {src ? <>{t('seenIn', { kind: t(`kind_${src.kind}` as StringKey), file: src.file, line: fmt.int(src.line) })}
            {src.files > 1 ? <> {t('seenInMore', { n: fmt.int(src.files - 1) })}</> : null}
            {src.sample ? <>: <q data-testid="unmatched-sample">{src.sample}</q></> : null}</> : t('seenNowhere')}
        </div>
      </td>
      <td className="num">{fmt.int(item.rows)}</td>
      <td>
        <select value={selected} aria-label={`${t('meantUnit')}: ${item.value}`}
          onFocus={() => onOpen(item.value)} onMouseDown={() => onOpen(item.value)}
          onChange={(e) => onChoose(item.value, e.target.value)}>
          <option value="">{t('chooseUnit')}</option>
          {suggestions.length > 0 ? (
            <optgroup label={t('suggestions')}>
              {suggestions.map((s) => (
                <option key={`s-${s.code}`} value={s.code}>{s.name} ({s.code}) · {t('confidenceOf', { p: fmt.int(Math.round(s.confidence * 100)) })}</option>
              ))}
            </optgroup>
          ) : null}
          {open || (selected !== '' && !chosen) ? (
            <optgroup label={t('allUnits')}>
              {units.map((unit) => <option key={unit.code} value={unit.code}>{unit.name} ({unit.code})</option>)}
            </optgroup>
          ) : null}
        </select>
      </td>
      <td data-testid="confidence" data-level={level ?? 'none'} data-chosen={chosen !== undefined} data-value={rated ? rated.confidence.toFixed(3) : ''}>
        {rated ? <>{chosen ? null : <span className="muted">{t('bestSuggestion')} </span>}
          {`${fmt.int(Math.round(rated.confidence * 100))} % · ${t(level === 'high' ? 'confidenceHigh' : level === 'medium' ? 'confidenceMedium' : 'confidenceLow')}`}</>
          : found === undefined ? <span className="muted" role="status">{t('suggestionsPending')}</span>
            : suggestions.length === 0 ? <span className="muted">{t('noSuggestion')}</span> : '–'}
      </td>
      <td>
        <button type="button" disabled={disabled || !selected} onClick={() => onApply(item.value, selected)} data-testid="apply-alias">
          {t('apply')}
        </button>
      </td>
    </tr>
  );
});
