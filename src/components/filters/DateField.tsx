import { useEffect, useRef, useState } from 'react';

// A day typed and shown day-first (dd/mm/yyyy), as Indonesian and British English write it, whatever
// the browser's own locale: a native date input follows the browser (mm/dd/yyyy on an en-US machine
// showing an Indonesian page). The calendar button still opens the browser's picker.

/** dd/mm/yyyy (or with - or .), d/m/yyyy, or yyyy-mm-dd → yyyy-mm-dd; null when it is not that shape. */
export function dayFromText(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  return parts ? `${parts[0]}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}` : null;
}

/** yyyy-mm-dd → dd/mm/yyyy. */
export const dayToText = (day: string | null): string => (day ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : '');

interface DateFieldProps {
  readonly testId: string;
  readonly value: string | null; // yyyy-mm-dd
  readonly placeholder: string; // "hh/bb/tttt", "dd/mm/yyyy"
  readonly pickLabel: string;
  readonly label: string;
  onChange(value: string | null): void; // a day, null to clear, or the typed text when it is not a day (the view refuses it with a note)
  isDay(value: string): boolean; // a complete, real day the view can take
}

export function DateField({ testId, value, placeholder, pickLabel, label, onChange, isDay }: DateFieldProps) {
  const [draft, setDraft] = useState(dayToText(value));
  const picker = useRef<HTMLInputElement>(null);
  useEffect(() => setDraft(dayToText(value)), [value]);
  // Applied while typing only once the text is a whole real day; whatever is left on leaving the field is applied as it is.
  const settle = () => {
    if (draft === dayToText(value)) return;
    const day = dayFromText(draft);
    onChange(draft.trim() === '' ? null : day ?? draft.trim());
    setDraft(dayToText(value));
  };
  return (
    <span className="date-field">
      <input type="text" inputMode="numeric" autoComplete="off" value={draft} placeholder={placeholder} aria-label={`${label} (${placeholder})`}
        data-testid={testId} data-day={value ?? ''} size={10} maxLength={24}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          const day = dayFromText(text);
          if (text.trim() === '') onChange(null);
          else if (day && isDay(day) && /\d{4}\s*$|^\d{4}-\d{1,2}-\d{2}$/.test(text.trim())) onChange(day);
        }}
        onBlur={settle} onKeyDown={(e) => { if (e.key === 'Enter') settle(); }} />
      <button type="button" className="date-pick" aria-label={`${pickLabel}: ${label}`} tabIndex={-1}
        onClick={() => { try { picker.current?.showPicker(); } catch { picker.current?.focus(); } }}>▦</button>
      <input ref={picker} type="date" className="date-native" tabIndex={-1} aria-hidden="true" value={value ?? ''}
        onChange={(e) => { if (e.target.value === '' || isDay(e.target.value)) onChange(e.target.value || null); }} />
    </span>
  );
}
