import { describe, expect, it } from 'vitest';
import { COLUMN_GUIDE, columnLabel } from '../../src/schema/column-guide';
import { COLUMNS, KINDS } from '../../src/schema/columns';

// The mapping panel and the guide show every column in the interface language, never as a raw field name.
describe('column names in Indonesian and English', () => {
  const names = [...new Set(KINDS.flatMap((k) => COLUMNS[k].map((c) => c.name)))];

  it.each(names)('%s has a label in both languages', (name) => {
    const id = columnLabel(name, 'id');
    const en = columnLabel(name, 'en');
    expect(id.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    if (name !== 'nip') expect([id, en]).not.toContain(name);
  });

  it('the glosses the issue names', () => {
    expect([columnLabel('nip', 'id'), columnLabel('nip', 'en')]).toEqual(['NIP', 'NIP']);
    expect([columnLabel('signed_at', 'id'), columnLabel('signed_at', 'en')]).toEqual(['Waktu tanda tangan', 'Signed at']);
  });

  it('the guide carries the same labels', () => {
    for (const kind of KINDS) for (const doc of COLUMN_GUIDE[kind].columns) expect(doc.label).toEqual({ id: columnLabel(doc.name, 'id'), en: columnLabel(doc.name, 'en') });
  });
});
