import { useI18n } from '../../i18n/language';
import { DateField } from './DateField';

export interface Option {
  readonly value: string;
  readonly label: string;
}

export interface FilterField {
  readonly key: string;
  readonly label: string;
  readonly value: string | null;
  readonly options?: readonly Option[]; // a select; without options, a date input
  readonly allLabel?: string;
}

interface FilterBarProps {
  readonly fields: readonly FilterField[];
  onChange(key: string, value: string | null): void;
  isDay(value: string): boolean; // a complete, real day the view can take
}

/** The view's filters as labelled controls: every one reachable and usable by keyboard. */
export function FilterBar({ fields, onChange, isDay }: FilterBarProps) {
  const { t } = useI18n();
  return (
    <div className="filters" role="group" aria-label={t('filters')}>
      {fields.map((f) => (
        <label key={f.key}>
          <span>{f.label}</span>
          {f.options ? (
            <select value={f.value ?? ''} onChange={(e) => onChange(f.key, e.target.value || null)} data-testid={`filter-${f.key}`}>
              {f.allLabel !== undefined ? <option value="">{f.allLabel}</option> : null}
              {f.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          ) : (
            <DateField testId={`filter-${f.key}`} value={f.value} label={f.label} placeholder={t('datePlaceholder')} pickLabel={t('pickDate')}
              onChange={(value) => onChange(f.key, value)} isDay={isDay} />
          )}
        </label>
      ))}
    </div>
  );
}

interface ChipsProps {
  readonly chips: readonly { key: string; label: string }[];
  onRemove(key: string): void;
  onClear(): void;
}

/** Active filters as removable chips, and one control to clear them all. */
export function FilterChips({ chips, onRemove, onClear }: ChipsProps) {
  const { t } = useI18n();
  if (chips.length === 0) return null;
  return (
    <div className="chips" data-testid="filter-chips">
      <span className="muted">{t('activeFilters')}:</span>
      {chips.map((c) => (
        <span key={c.key} className="chip" data-testid={`chip-${c.key}`}>
          {c.label}
          <button type="button" aria-label={`${t('removeFilter')}: ${c.label}`} onClick={() => onRemove(c.key)}>×</button>
        </span>
      ))}
      <button type="button" className="link" onClick={onClear} data-testid="clear-filters">{t('clearFilters')}</button>
    </div>
  );
}
