import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/language';

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

// A date typed with the keyboard passes through partial values (year 0002, 0020, 0202, 2023): only a
// complete day is applied while typing; whatever is left when the field is left is applied as it is
// (and the view says when it cannot use it).
function DateField({ field, onChange, isDay }: { field: FilterField; onChange(value: string | null): void; isDay(value: string): boolean }) {
  const [draft, setDraft] = useState(field.value ?? '');
  useEffect(() => setDraft(field.value ?? ''), [field.value]);
  const settle = () => {
    if (draft === (field.value ?? '')) return;
    onChange(draft || null);
    setDraft(field.value ?? '');
  };
  return (
    <input type="date" value={draft} data-testid={`filter-${field.key}`}
      onChange={(e) => {
        const value = e.target.value;
        setDraft(value);
        if (value === '' || isDay(value)) onChange(value || null);
      }}
      onBlur={settle} onKeyDown={(e) => { if (e.key === 'Enter') settle(); }} />
  );
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
            <DateField field={f} onChange={(value) => onChange(f.key, value)} isDay={isDay} />
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
