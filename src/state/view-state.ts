import { CATEGORIES, SOURCES, STATUSES, UNIT_TYPES } from '../schema/codes';
import { parseDay } from './day';

// The whole view in the URL: page, filters and sorting, so a view can be bookmarked and shared.
// Defaults are not written. Hosts may link with the plain parameters kanwil, directorate, campaign, asof.
// Every parameter is parsed here, once: a value that is not a real day, not a known code or not a
// known sort key is dropped with a note the page shows ("ignored: asof=2023-02-31"), and never
// reaches SQL or a date function.
export const PAGES = ['overview', 'detail', 'behind', 'campaigns', 'incidents', 'data'] as const;
export type PageName = (typeof PAGES)[number];

export interface ViewState {
  readonly page: PageName;
  readonly campaign: string | null; // null: the default campaign
  readonly asOf: string | null; // null: the latest day in the data
  readonly deadline: string | null;
  readonly compare: string | null; // the comparison day of the KPI changes; null: 30 days before the as-of day
  readonly target: string | null; // target share in percent ("95"); null: the default target
  readonly kanwil: string | null;
  readonly directorate: string | null;
  readonly unitType: string | null;
  readonly unit: string | null;
  readonly category: string | null;
  readonly status: string | null;
  readonly source: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly sort: string | null; // units table: column, '-' prefix for descending
}

export type Field = Exclude<keyof ViewState, 'page'>;

export const DEFAULT_VIEW: ViewState = {
  page: 'overview', campaign: null, asOf: null, deadline: null, compare: null, target: null, kanwil: null, directorate: null, unitType: null, unit: null,
  category: null, status: null, source: null, from: null, to: null, sort: null,
};

// Query-string names: the documented short ones for hosts, the field names otherwise.
export const PARAM: Readonly<Record<Field, string>> = {
  campaign: 'campaign', asOf: 'asof', deadline: 'deadline', compare: 'compare', target: 'target', kanwil: 'kanwil', directorate: 'directorate', unitType: 'type',
  unit: 'unit', category: 'category', status: 'status', source: 'source', from: 'from', to: 'to', sort: 'sort',
};
const FIELDS = Object.keys(PARAM) as Field[];

export type IgnoredReason = 'day' | 'code' | 'sort' | 'page' | 'period' | 'unknownUnit' | 'unknownCampaign' | 'tooLong' | 'target' | 'compareAfter';

/** A parameter or typed value that was dropped, and why. */
export interface Ignored {
  readonly param: string;
  readonly value: string;
  readonly reason: IgnoredReason;
}

export const SORT_COLUMNS: readonly string[] = [
  'name', 'code', 'type', 'kanwil', 'directorate', 'employees', 'signed', 'notSigned', 'completion', 'incidents', 'openIncidents',
];

const codeSet = (codes: readonly string[]) => new Map(codes.map((c) => [c.toUpperCase(), c]));
const CODES: Partial<Record<Field, Map<string, string>>> = {
  category: codeSet(CATEGORIES.map((c) => c.code)),
  status: codeSet([...STATUSES.map((c) => c.code), 'open', 'closed']),
  source: codeSet(SOURCES.map((c) => c.code)),
  unitType: codeSet(UNIT_TYPES.map((c) => c.code)),
};
const DAY_FIELDS: ReadonlySet<Field> = new Set(['asOf', 'deadline', 'compare', 'from', 'to']);
// Unit and campaign codes are checked against the loaded data later (resolveView); here only their shape.
const FREE_TEXT = /^[\p{L}\p{N} ._\-/()&']{1,100}$/u;

/** One field's value, parsed; `null` with a reason when it cannot be used. */
export function parseField(field: Field, raw: string | null | undefined): { value: string | null; reason?: IgnoredReason } {
  const value = raw?.trim() ?? '';
  if (value === '') return { value: null };
  if (DAY_FIELDS.has(field)) return parseDay(value) ? { value } : { value: null, reason: 'day' };
  const codes = CODES[field];
  if (codes) {
    const code = codes.get(value.toUpperCase());
    return code === undefined ? { value: null, reason: 'code' } : { value: code };
  }
  if (field === 'target') {
    const share = parseTarget(value);
    return share === null ? { value: null, reason: 'target' } : { value: String(share) };
  }
  if (field === 'sort') {
    const column = value.startsWith('-') ? value.slice(1) : value;
    return SORT_COLUMNS.includes(column) ? { value } : { value: null, reason: 'sort' };
  }
  return FREE_TEXT.test(value) ? { value } : { value: null, reason: 'tooLong' };
}

/** The default target share, in percent, when the view names none. */
export const DEFAULT_TARGET = 95;

/** A target share in percent: a number above 0 and at most 100, with at most one decimal ("95", "97,5"). */
export function parseTarget(text: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d))?\s*%?$/.exec(text.trim());
  if (!m) return null;
  const share = Number(`${m[1]}.${m[2] ?? '0'}`);
  return share > 0 && share <= 100 ? share : null;
}

/** The view's target as a fraction (0.95). */
export const targetShare = (view: ViewState): number => (view.target === null ? DEFAULT_TARGET : Number(view.target)) / 100;

/** Reads a query string: every value parsed, the unusable ones listed in `ignored`. */
export function parseView(search: string): { view: ViewState; ignored: Ignored[] } {
  const params = new URLSearchParams(search);
  const ignored: Ignored[] = [];
  const page = params.get('page');
  const view: Record<string, unknown> = { ...DEFAULT_VIEW };
  if (page !== null && page !== '') {
    if ((PAGES as readonly string[]).includes(page)) view.page = page;
    else ignored.push({ param: 'page', value: page, reason: 'page' });
  }
  for (const field of FIELDS) {
    const raw = params.get(PARAM[field]);
    const parsed = parseField(field, raw);
    if (parsed.reason) ignored.push({ param: PARAM[field], value: clip(raw ?? ''), reason: parsed.reason });
    view[field] = parsed.value;
  }
  return checkPeriod(view as unknown as ViewState, ignored);
}

/** Applies a change (from a control, a click or a typed value) through the same parsing. */
export function changeView(view: ViewState, change: Partial<ViewState>): { view: ViewState; ignored: Ignored[] } {
  const ignored: Ignored[] = [];
  const next: Record<string, unknown> = { ...view };
  for (const [key, raw] of Object.entries(change)) {
    if (key === 'page') {
      if ((PAGES as readonly string[]).includes(String(raw))) next.page = raw;
      continue;
    }
    if (!(FIELDS as readonly string[]).includes(key)) continue;
    const parsed = parseField(key as Field, raw as string | null);
    if (parsed.reason) ignored.push({ param: PARAM[key as Field], value: clip(String(raw)), reason: parsed.reason });
    else next[key] = parsed.value;
  }
  return checkPeriod(next as unknown as ViewState, ignored);
}

function checkPeriod(view: ViewState, ignored: Ignored[]): { view: ViewState; ignored: Ignored[] } {
  if (view.from && view.to && view.from > view.to) {
    ignored.push({ param: 'from…to', value: `${view.from}…${view.to}`, reason: 'period' });
    return { view: { ...view, from: null, to: null }, ignored };
  }
  return { view, ignored };
}

const clip = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.page !== 'overview') params.set('page', view.page);
  for (const field of FIELDS) {
    const value = view[field];
    if (value !== null && value !== DEFAULT_VIEW[field]) params.set(PARAM[field], value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export type FilterKey = 'kanwil' | 'directorate' | 'unitType' | 'unit' | 'category' | 'status' | 'source' | 'from' | 'to';
export const FILTER_KEYS: readonly FilterKey[] = ['kanwil', 'directorate', 'unitType', 'unit', 'category', 'status', 'source', 'from', 'to'];

export const activeFilters = (view: ViewState): FilterKey[] => FILTER_KEYS.filter((k) => view[k] !== null);
