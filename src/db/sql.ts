// SQL text with parameters: values become `?` placeholders, identifiers come only through `ident`.
export type SqlValue = string | number | boolean | null;

export interface SqlQuery {
  readonly text: string;
  readonly params: readonly SqlValue[];
}

export class Fragment {
  constructor(readonly text: string, readonly params: readonly SqlValue[] = []) {}
}

/** A double-quoted identifier; names come from schema/ or a fixed list, never from input. */
export function ident(name: string): Fragment {
  return new Fragment(`"${name.replaceAll('"', '""')}"`);
}

/** Joins fragments (e.g. optional WHERE clauses). */
export function join(parts: readonly Fragment[], separator: string): Fragment {
  return new Fragment(parts.map((p) => p.text).join(separator), parts.flatMap((p) => p.params));
}

export function sql(strings: TemplateStringsArray, ...values: readonly (SqlValue | Fragment)[]): Fragment & SqlQuery {
  let text = strings[0];
  const params: SqlValue[] = [];
  values.forEach((value, i) => {
    if (value instanceof Fragment) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1];
  });
  return new Fragment(text, params);
}

/** A SQL string literal, for the few statements that cannot take parameters (file names in read_csv). */
export function literal(value: string): Fragment {
  return new Fragment(`'${value.replaceAll("'", "''")}'`);
}

const SQL_TYPES = new Set(['VARCHAR', 'INTEGER', 'BIGINT', 'BOOLEAN', 'DATE', 'TIMESTAMP']);

/** A column type from schema/tables.ts. */
export function sqlType(type: string): Fragment {
  if (!SQL_TYPES.has(type)) throw new Error(`Unknown SQL type ${type}`);
  return new Fragment(type);
}
