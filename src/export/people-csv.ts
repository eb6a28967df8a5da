import { translate, type Lang, type StringKey } from '../i18n/strings';
import { CATEGORIES, EMPLOYMENT_TYPES, labelOf, POSITION_TYPES, SANCTIONS, SOURCES, STATUSES, type CodeEntry } from '../schema/codes';
import { toCsv, type CsvValue } from './csv';

// The case list and the unsigned list as Excel files (toCsv: `;`, BOM, NIPs as text): each coded
// field as its label in the interface language, then the code itself in its own column.

/** A case as the case list shows it (metrics' CaseRow). */
export interface CaseLine {
  readonly caseId: string;
  readonly reportedOn: string;
  readonly unitCode: string;
  readonly unitName: string;
  readonly category: string;
  readonly source: string | null;
  readonly status: string;
  readonly isOpen: boolean;
  readonly sanction: string | null;
  readonly decidedOn: string | null;
  readonly ageDays: number | null;
}

/** An employee who has not signed (metrics' UnsignedEmployee). */
export interface UnsignedLine {
  readonly nip: string;
  readonly name: string | null;
  readonly positionType: string | null;
  readonly employmentType: string | null;
  readonly unitCode: string;
  readonly unitName: string;
}

const coded = (list: readonly CodeEntry[], code: string | null, lang: Lang): [CsvValue, CsvValue] =>
  code === null || code === '' ? [null, null] : [labelOf(list, code, lang), code];

/** Column heads: a coded field's label, then `<label> (kode)`. */
function heads(lang: Lang, keys: readonly (StringKey | readonly [StringKey])[]): string[] {
  return keys.flatMap((k) => (typeof k === 'string'
    ? [translate(lang, k)]
    : [translate(lang, k[0]), `${translate(lang, k[0])} (${translate(lang, 'csvCode')})`]));
}

export function casesCsv(list: readonly CaseLine[], lang: Lang = 'id'): string {
  const header = heads(lang, ['caseId', 'reportedOn', 'code', 'unit', ['category'], ['source'], ['status'], 'openOnAsOf', ['sanction'], 'decidedOn', 'caseAge']);
  return toCsv(header, list.map((r) => [
    r.caseId, r.reportedOn, r.unitCode, r.unitName, ...coded(CATEGORIES, r.category, lang), ...coded(SOURCES, r.source, lang),
    ...coded(STATUSES, r.status, lang), translate(lang, r.isOpen ? 'yes' : 'no'), ...coded(SANCTIONS, r.sanction, lang), r.decidedOn, r.ageDays,
  ]));
}

/** `nipText` masks the NIP unless the analyst revealed them on the page. */
export function unsignedCsv(list: readonly UnsignedLine[], lang: Lang = 'id', nipText: (nip: string) => string = (nip) => nip): string {
  const header = heads(lang, ['nip', 'name', ['position'], ['employmentType'], 'code', 'unit']);
  return toCsv(header, list.map((r) => [
    nipText(r.nip), r.name, ...coded(POSITION_TYPES, r.positionType, lang), ...coded(EMPLOYMENT_TYPES, r.employmentType, lang), r.unitCode, r.unitName,
  ]));
}
