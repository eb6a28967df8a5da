import { CHANNELS, EMPLOYMENT_TYPES, POSITION_TYPES } from '../schema/codes';
import { matchCode } from '../ingest/codes';
import { unitKey } from '../ingest/unit-key';
import { campaignCode, parseActive } from '../ingest/values';
import { Fragment, ident, join, literal, sql } from './sql';

// The contract's row rules as SQL, for the engine's reading path (engine-reading.ts): for each row of
// a roster or pledge export, the table values where the rules are plainly sure of them, and `ok` when
// they are. A row without ok goes to the TypeScript rules (ingest/rules.ts), which give its reject,
// warning or value; so these rules only need to be exact where they say ok.

/** The trimmed cell in the TypeScript rules is String.prototype.trim(): these characters, at both ends. */
export const JS_SPACE = ' \t\n\u000b\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
// The same, as a character class for the engine's regular expressions (RE2's \s lacks the vertical tab).
const SPACE_CLASS = String.raw`[\s\x{0b}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}]`;
export const EDGE_SPACE = `^${SPACE_CLASS}|${SPACE_CLASS}$`;

/** What the rules need of the reading: its cells, and tables of what the TypeScript rules make of a column's values. */
export interface RuleTools {
  readonly fields: readonly Fragment[]; // every column as written
  cell(column: string): Fragment; // trimmed, '' when the file has no such column
  rawCell(column: string): Fragment; // as written, '' when the file has no such column
  has(column: string): boolean;
  /** A table (v, t, m, ok) from a column's values as written: t trimmed, m what `fn` makes of it, ok whether it could. */
  map(column: string, fn: (trimmed: string) => string | null | undefined): Promise<string>;
}

export interface RowSql {
  readonly cells: Fragment; // computed per raw row (t_nip, t_name, …)
  readonly joins: Fragment; // the value tables
  readonly select: Fragment; // the table's columns but the source ones, in TABLES order
  readonly ok: Fragment;
}

/** The row rules of a roster or a pledge export. `monthFirst`: the signing dates' column reads month first. */
export async function rowSql(kind: 'employees' | 'signatures', t: RuleTools, monthFirst: boolean): Promise<RowSql> {
  const short = join(t.fields.map((f) => sql`strlen(${f}) <= 10000`), ' AND ');
  // NIP: an apostrophe (Excel's text mark), digits and spaces; 18 digits once they are taken out.
  const nip = sql`replace(replace(t_nip, '''', ''), ' ', '')`;
  const nipOk = sql`regexp_full_match(t_nip, '''?[0-9 ]*') AND length(${nip}) = 18`;
  const unitMap = await t.map('unit', (v) => (v === '' ? null : unitKey(v)));
  const joined = (table: string | null, alias: string, column: string) =>
    (table ? sql`JOIN ${ident(table)} ${ident(alias)} ON ${ident(alias)}.v = ${t.rawCell(column)}` : sql``);
  const code = (list: Parameters<typeof matchCode>[0]) => (v: string) => (v === '' ? null : matchCode(list, v) ?? undefined);
  if (kind === 'employees') {
    const et = t.has('employment_type') ? await t.map('employment_type', code(EMPLOYMENT_TYPES)) : null;
    const pt = t.has('position_type') ? await t.map('position_type', code(POSITION_TYPES)) : null;
    const active = await t.map('active', (v) => String(parseActive(v)));
    return {
      cells: sql`${t.cell('nip')} AS t_nip, ${t.cell('name')} AS t_name`,
      joins: join([joined(unitMap, 'mu', 'unit'), joined(active, 'ma', 'active'), joined(et, 'me', 'employment_type'), joined(pt, 'mp', 'position_type')], ' '),
      select: sql`${nip} AS nip, nullif(t_name, '') AS name, mu.t AS unit_value, mu.m AS unit_key,
        ${et ? sql`me.m` : sql`NULL`} AS employment_type, ${pt ? sql`mp.m` : sql`NULL`} AS position_type, ma.m::BOOLEAN AS active`,
      ok: sql`${short} AND ${nipOk} AND mu.t IS NOT NULL ${et ? sql`AND me.ok` : sql``} ${pt ? sql`AND mp.ok` : sql``}`,
    };
  }
  const campaign = await t.map('campaign', (v) => campaignCode(v));
  const channel = t.has('channel') ? await t.map('channel', code(CHANNELS)) : null;
  // The shapes almost every export writes (ingest/dates.ts: its quick day/month/year with h:mm[:ss],
  // and ISO without zone or fraction), checked by shape, then read (and checked as a calendar date)
  // by the engine; anything else is read by the TypeScript rules.
  const [d, m] = monthFirst ? ['%m', '%d'] : ['%d', '%m'];
  const formats = (list: string[]) => join(list.map((f) => literal(f)), ', ');
  const slash = formats([`${d}/${m}/%Y %H:%M:%S`, `${d}/${m}/%Y %H:%M`, `${d}/${m}/%Y`]);
  const iso = formats(['%Y-%m-%d %H:%M:%S', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%dT%H:%M', '%Y-%m-%d']);
  const date = t.cell('signed_at');
  const signedAt = sql`CASE WHEN regexp_full_match(${date}, '[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}( [0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?')
      THEN try_strptime(${date}, [${slash}])
    WHEN regexp_full_match(${date}, '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([T ][0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?')
      THEN try_strptime(${date}, [${iso}]) END`;
  return {
    cells: sql`${t.cell('nip')} AS t_nip, ${t.cell('name')} AS t_name, ${signedAt} AS signed_at`,
    joins: join([joined(unitMap, 'mu', 'unit'), joined(campaign, 'mc', 'campaign'), joined(channel, 'mh', 'channel')], ' '),
    select: sql`${nip} AS nip, signed_at, nullif(t_name, '') AS name, mu.t AS unit_value, mu.m AS unit_key, mc.m AS campaign,
      ${channel ? sql`mh.m` : sql`NULL`} AS channel`,
    // Year 0000 is no calendar year (ingest/dates.ts).
    ok: sql`${short} AND ${nipOk} AND signed_at >= TIMESTAMP '0001-01-01' ${channel ? sql`AND mh.ok` : sql``}`,
  };
}
