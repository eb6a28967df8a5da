// What each input file and column means, for the upload help (DATA-CONTRACT.md sections 1–3), in
// Indonesian and English: the wording of column-guide-text.ts with the names, required flags and
// aliases of COLUMNS (the accepted codes come from codes.ts), so the guide cannot drift from what the
// ingest accepts.
import type { CodeEntry } from './codes';
import { COLUMN_LABELS, TEXT, type ColumnText, type KindText } from './column-guide-text';
import { COLUMNS, KINDS, type Kind } from './columns';

export { GUIDE_FILE_NOTES } from './column-guide-text';

export interface ColumnDoc {
  name: string;
  label: { readonly id: string; readonly en: string }; // the column's name in the interface language
  required: boolean | 'upt';
  aliases: readonly string[];
  id: string;
  en: string;
  example: string;
  codes?: readonly CodeEntry[];
}

export interface KindGuide {
  id: KindText;
  en: KindText;
  columns: ColumnDoc[];
}

export const columnLabel = (name: string, lang: 'id' | 'en'): string => COLUMN_LABELS[name]?.[lang] ?? name;

/** `required` as the guide shows it: Kanwil and Eselon I codes of the registry are required only for UPT rows. */
function requiredOf(kind: Kind, name: string, required: boolean): boolean | 'upt' {
  return kind === 'units' && (name === 'kanwil_code' || name === 'directorate_code') ? 'upt' : required;
}

function guideOf(kind: Kind): KindGuide {
  const text = TEXT[kind];
  return {
    id: text.id,
    en: text.en,
    // A column without text gets empty strings (the tests catch it) rather than breaking the page.
    columns: COLUMNS[kind].map((spec): ColumnDoc => {
      const doc: ColumnText = text.columns[spec.name] ?? { id: '', en: '', example: '' };
      return {
        name: spec.name,
        label: COLUMN_LABELS[spec.name] ?? { id: spec.name, en: spec.name },
        required: requiredOf(kind, spec.name, spec.required),
        aliases: spec.aliases,
        id: doc.id,
        en: doc.en,
        example: doc.example,
        ...(doc.codes ? { codes: doc.codes } : {}),
      };
    }),
  };
}

export const COLUMN_GUIDE: Record<Kind, KindGuide> = Object.fromEntries(KINDS.map((k) => [k, guideOf(k)])) as Record<Kind, KindGuide>;
