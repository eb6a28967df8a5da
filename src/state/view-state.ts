// The whole view in the URL: page, filters and sorting, so a view can be bookmarked and shared.
// Defaults are not written. Hosts may link with the plain parameters kanwil, directorate, campaign, asof.
export const PAGES = ['overview', 'detail', 'behind', 'incidents', 'data'] as const;
export type PageName = (typeof PAGES)[number];

export interface ViewState {
  readonly page: PageName;
  readonly campaign: string | null; // null: the default campaign
  readonly asOf: string | null; // null: the latest signature day
  readonly deadline: string | null;
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

export const DEFAULT_VIEW: ViewState = {
  page: 'overview', campaign: null, asOf: null, deadline: null, kanwil: null, directorate: null, unitType: null, unit: null,
  category: null, status: null, source: null, from: null, to: null, sort: null,
};

// Query-string names: the documented short ones for hosts, the field names otherwise.
const PARAM: Record<Exclude<keyof ViewState, 'page'>, string> = {
  campaign: 'campaign', asOf: 'asof', deadline: 'deadline', kanwil: 'kanwil', directorate: 'directorate', unitType: 'type',
  unit: 'unit', category: 'category', status: 'status', source: 'source', from: 'from', to: 'to', sort: 'sort',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_FIELDS = new Set(['asOf', 'deadline', 'from', 'to']);

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const page = params.get('page');
  const view: Record<string, unknown> = { ...DEFAULT_VIEW, page: (PAGES as readonly string[]).includes(page ?? '') ? page : 'overview' };
  for (const [field, name] of Object.entries(PARAM)) {
    const value = params.get(name)?.trim();
    if (!value) continue;
    if (DAY_FIELDS.has(field) && !DAY.test(value)) continue;
    view[field] = value.slice(0, 200);
  }
  return view as unknown as ViewState;
}

export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.page !== 'overview') params.set('page', view.page);
  for (const [field, name] of Object.entries(PARAM)) {
    const value = view[field as keyof typeof PARAM];
    if (value !== null && value !== DEFAULT_VIEW[field as keyof typeof PARAM]) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export type FilterKey = 'kanwil' | 'directorate' | 'unitType' | 'unit' | 'category' | 'status' | 'source' | 'from' | 'to';
export const FILTER_KEYS: readonly FilterKey[] = ['kanwil', 'directorate', 'unitType', 'unit', 'category', 'status', 'source', 'from', 'to'];

export const activeFilters = (view: ViewState): FilterKey[] => FILTER_KEYS.filter((k) => view[k] !== null);
