import type { Kind } from '../schema/columns';
import {
  CATEGORIES, CHANNELS, EMPLOYMENT_TYPES, POSITION_TYPES, SANCTIONS, SOURCES, STATUSES, UNIT_TYPES, type CodeEntry,
} from '../schema/codes';
import type { TableRow } from '../schema/tables';
import { matchCode } from './codes';
import { parseDate } from './dates';
import { cleanNip } from './nip';
import { unitKey } from './unit-key';
import { campaignCode, freeCode, parseActive, parseCount } from './values';

// Row rules per kind (DATA-CONTRACT.md section 2): a row becomes a table row or a rejection.
export interface Issue {
  readonly reason: string;
  readonly column: string;
  readonly value: string;
}

export interface RowContext {
  get(column: string): string; // trimmed cell, '' when the column is absent
  monthFirst(column: string): boolean;
  readonly file: string;
  readonly line: number;
}

export type RowOutcome =
  | { ok: true; row: TableRow; warnings: Issue[]; suspectNip: string | null }
  | { ok: false; issue: Issue };

class Reject {
  constructor(readonly issue: Issue) {}
}

class RowBuilder {
  readonly warnings: Issue[] = [];
  suspectNip: string | null = null;
  constructor(private readonly ctx: RowContext) {}

  required(column: string): string {
    const value = this.ctx.get(column);
    if (value === '') throw new Reject({ reason: 'required_missing', column, value });
    return value;
  }

  optional(column: string): string | null {
    const value = this.ctx.get(column);
    return value === '' ? null : value;
  }

  nip(column: string, required: boolean): string | null {
    const raw = this.ctx.get(column);
    if (raw === '' && !required) return null;
    const result = cleanNip(raw);
    if (!result.ok) throw new Reject({ reason: result.reason, column, value: raw });
    if (result.suspect) this.suspectNip = result.nip;
    return result.nip;
  }

  date(column: string, required: boolean, withTime: boolean): string | null {
    const raw = required ? this.required(column) : this.ctx.get(column);
    if (raw === '') return null;
    const parsed = parseDate(raw, this.ctx.monthFirst(column));
    if (!parsed) throw new Reject({ reason: 'date_invalid', column, value: raw });
    return withTime ? `${parsed.day} ${parsed.time}` : parsed.day;
  }

  /** A code from a list; unknown values become `fallback` (or null) with a warning. */
  code(column: string, list: readonly CodeEntry[], fallback: string | null): string | null {
    const raw = this.ctx.get(column);
    if (raw === '') return fallback;
    const code = matchCode(list, raw);
    if (code) return code;
    this.warnings.push({ reason: `${column}_unknown`, column, value: raw });
    return fallback;
  }

  source(): string[] {
    return [this.ctx.file, String(this.ctx.line)];
  }
}

type Rule = (b: RowBuilder, ctx: RowContext) => TableRow;

// The dashboard's buckets for central units, regional-office staff and unmatched values (contract section 1).
const RESERVED_CODES = new Set(['PUSAT', 'KANWIL', 'UNMATCHED']);
const MAX_HEADCOUNT = 10_000_000;

const unitsRule: Rule = (b, ctx) => {
  const code = b.required('unit_code');
  if (RESERVED_CODES.has(code.toUpperCase())) throw new Reject({ reason: 'unit_code_reserved', column: 'unit_code', value: code });
  const name = b.required('unit_name');
  const rawType = b.required('unit_type');
  const type = matchCode(UNIT_TYPES, rawType);
  if (!type) throw new Reject({ reason: 'unit_type_invalid', column: 'unit_type', value: rawType });
  let kanwil = b.optional('kanwil_code');
  let directorate = b.optional('directorate_code');
  if (type === 'kanwil') kanwil = code;
  if (type === 'eselon1') [kanwil, directorate] = [null, code];
  if (type === 'upt') {
    kanwil = b.required('kanwil_code');
    directorate = b.required('directorate_code');
  }
  // A headcount must fit the table's INTEGER column and make sense as a staff count (contract section 2).
  const rawHeadcount = ctx.get('headcount');
  const headcount = rawHeadcount === '' ? null : parseCount(rawHeadcount);
  if (rawHeadcount !== '' && (headcount === null || headcount > MAX_HEADCOUNT)) {
    throw new Reject({ reason: 'headcount_invalid', column: 'headcount', value: rawHeadcount });
  }
  return [code, name, type, kanwil, directorate, b.optional('province'), b.optional('aliases'),
    headcount === null ? null : String(headcount), ...b.source()];
};

const employeesRule: Rule = (b) => {
  const nip = b.nip('nip', true);
  const unit = b.required('unit');
  return [nip, b.optional('name'), unit, unitKey(unit), b.code('employment_type', EMPLOYMENT_TYPES, null),
    b.code('position_type', POSITION_TYPES, null), String(parseActive(b.optional('active') ?? '')), ...b.source()];
};

const signaturesRule: Rule = (b) => {
  const nip = b.nip('nip', true);
  const signedAt = b.date('signed_at', true, true);
  const unit = b.optional('unit');
  return [nip, signedAt, b.optional('name'), unit, unit === null ? null : unitKey(unit),
    campaignCode(b.optional('campaign') ?? ''), b.code('channel', CHANNELS, null), ...b.source()];
};

const incidentsRule: Rule = (b, ctx) => {
  const reported = b.date('reported_at', true, false);
  const unit = b.required('unit');
  b.required('category');
  const category = b.code('category', CATEGORIES, 'LAINNYA');
  const nip = b.nip('nip', false);
  const election = b.optional('election');
  return [b.optional('case_id') ?? `${ctx.file}:${ctx.line}`, reported, unit, unitKey(unit), nip, category,
    b.code('source', SOURCES, null), b.code('status', STATUSES, 'DILAPORKAN'), b.code('sanction', SANCTIONS, null),
    b.date('decided_at', false, false), election === null ? null : freeCode(election), ...b.source()];
};

const RULES: Record<Kind, Rule> = { units: unitsRule, employees: employeesRule, signatures: signaturesRule, incidents: incidentsRule };

export function applyRule(kind: Kind, ctx: RowContext): RowOutcome {
  const builder = new RowBuilder(ctx);
  try {
    const row = RULES[kind](builder, ctx);
    return { ok: true, row, warnings: builder.warnings, suspectNip: builder.suspectNip };
  } catch (e) {
    if (e instanceof Reject) return { ok: false, issue: e.issue };
    throw e;
  }
}

/** Date columns: the input column, its place in the table row, and whether it keeps the time. */
export interface DateColumn {
  readonly column: string;
  readonly index: number;
  readonly withTime: boolean;
}

export const DATE_COLUMNS: Record<Kind, readonly DateColumn[]> = {
  units: [],
  employees: [],
  signatures: [{ column: 'signed_at', index: 1, withTime: true }],
  incidents: [{ column: 'reported_at', index: 1, withTime: false }, { column: 'decided_at', index: 9, withTime: false }],
};
