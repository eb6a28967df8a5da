import { describe, expect, it } from 'vitest';
import { cleanNip } from '../../src/ingest/nip';
import { matchCode } from '../../src/ingest/codes';
import { parseDate } from '../../src/ingest/dates';
import { mapHeaders } from '../../src/ingest/headers';
import { ingestText } from '../../src/ingest/ingest-file';
import { ingestFiles } from '../../src/ingest/ingest-files';
import { buildUnitLookup } from '../../src/ingest/unit-lookup';
import { unitKey } from '../../src/ingest/unit-key';
import { COLUMN_GUIDE } from '../../src/schema/column-guide';
import { COLUMNS, KINDS, type Kind } from '../../src/schema/columns';
import { TEMPLATE_FILES } from '../../src/schema/templates';
import { rowsOf } from '../ingest/helpers';

const DATE_COLUMNS = new Set(['signed_at', 'reported_at', 'decided_at']);
const NIP_COLUMNS = new Set(['nip']);

const field = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The template with one more data row, holding the guide's example value of every column it has. */
function templateWithExampleRow(kind: Kind): string {
  const { text } = TEMPLATE_FILES[kind];
  const header = text.replace(/^\uFEFF/, '').split('\r\n')[0];
  const headers = header.split(',');
  const mapping = mapHeaders(kind, headers);
  const cells = headers.map(() => '');
  for (const doc of COLUMN_GUIDE[kind].columns) {
    const i = mapping[doc.name];
    if (i !== undefined) cells[i] = doc.example;
  }
  return `${text}${cells.map(field).join(',')}\r\n`;
}

describe('template files', () => {
  for (const kind of KINDS) {
    describe(kind, () => {
      const template = TEMPLATE_FILES[kind];
      const r = ingestText(template.fileName, template.text);

      it('is a BOM-prefixed, comma-separated CRLF file with a .csv name', () => {
        expect(template.fileName).toMatch(/^template-[a-z-]+\.csv$/);
        expect(template.text.startsWith('\uFEFF')).toBe(true);
        expect(template.text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
        expect(r.delimiter).toBe(',');
      });

      it('is detected as its own kind and every header names a column', () => {
        expect(r.problem).toBeNull();
        expect(r.kind).toBe(kind);
        expect(r.headerLine).toBe(1);
        expect(Object.keys(r.mapping)).toHaveLength(r.headers.length);
      });

      it('loads every row with no rejects, warnings or suspect NIPs', () => {
        expect(r.rejects).toEqual([]);
        expect(r.warnings).toEqual([]);
        expect(r.suspectNips).toEqual([]);
        expect(r.parseErrors).toBe(0);
        expect(r.rowsRead).toBeGreaterThanOrEqual(3);
        expect(r.rowsRead).toBeLessThanOrEqual(6);
        expect(r.loaded).toBe(r.rowsRead);
      });

      it('reads its slash dates day-first', () => {
        for (const column of Object.keys(r.monthFirst)) expect(r.monthFirst[column]).toBe(false);
      });

      it('uses Indonesian header names (no English column names)', () => {
        const names = new Set(COLUMNS[kind].map((c) => c.name).filter((n) => n !== 'nip'));
        for (const h of r.headers) expect(names.has(h)).toBe(false);
      });

      it('also loads the guide example values put into it as one more row', () => {
        const withExamples = ingestText(template.fileName, templateWithExampleRow(kind));
        expect(withExamples.kind).toBe(kind);
        // The units example repeats a template unit code: the contract keeps the first row.
        const expectedRejects = kind === 'units' ? ['duplicate_unit_code'] : [];
        expect(withExamples.rejects.map((x) => x.reason)).toEqual(expectedRejects);
        expect(withExamples.warnings).toEqual([]);
        expect(withExamples.suspectNips).toEqual([]);
        expect(withExamples.loaded).toBe(r.loaded + 1 - expectedRejects.length);
        expect(withExamples.rowsRead).toBe(withExamples.loaded + withExamples.rejects.length);
      });
    });
  }

  it('load together: no duplicates, every unit and NIP refers to the registry and the roster', () => {
    const set = ingestFiles(KINDS.map((k) => ({ name: TEMPLATE_FILES[k].fileName, bytes: new TextEncoder().encode(TEMPLATE_FILES[k].text) })));
    for (const f of set.files) {
      expect(f.encoding).toBe('utf-8');
      expect(f.bom).toBe(true);
      expect(f.rejects).toEqual([]);
      expect(f.duplicates).toBe(0);
      expect(f.loaded).toBe(f.rowsRead);
    }
    const byKind = Object.fromEntries(set.files.map((f) => [f.kind, rowsOf(f)])) as Record<Kind, Record<string, string | null>[]>;
    const codes = new Set(byKind.units.map((u) => u.unit_code));
    for (const u of byKind.units) {
      for (const ref of [u.kanwil_code, u.directorate_code]) if (ref !== null) expect(codes).toContain(ref);
    }
    const lookup = new Map(buildUnitLookup(set.tables.units));
    for (const kind of ['employees', 'signatures', 'incidents'] as const) {
      for (const row of byKind[kind]) {
        if (row.unit_value !== null) expect(lookup.get(unitKey(row.unit_value)), `${kind}: ${row.unit_value}`).toBeDefined();
      }
    }
    const roster = new Set(byKind.employees.map((e) => e.nip));
    for (const kind of ['signatures', 'incidents'] as const) {
      for (const row of byKind[kind]) if (row.nip !== null) expect(roster).toContain(row.nip);
    }
    expect(byKind.employees.some((e) => e.active === 'false')).toBe(true);
    expect(new Set(byKind.units.map((u) => u.unit_type))).toEqual(new Set(['kanwil', 'eselon1', 'upt']));
  });
});

describe('column guide', () => {
  for (const kind of KINDS) {
    describe(kind, () => {
      const guide = COLUMN_GUIDE[kind];

      it('has a title and purpose in both languages', () => {
        for (const lang of ['id', 'en'] as const) {
          expect(guide[lang].title.trim()).not.toBe('');
          expect(guide[lang].purpose.trim()).not.toBe('');
        }
      });

      it('documents every column of COLUMNS, in order, with its aliases and required flag', () => {
        expect(guide.columns.map((c) => c.name)).toEqual(COLUMNS[kind].map((c) => c.name));
        guide.columns.forEach((doc, i) => {
          const spec = COLUMNS[kind][i];
          expect(doc.aliases).toBe(spec.aliases);
          if (doc.required === 'upt') {
            expect(kind).toBe('units');
            expect(['kanwil_code', 'directorate_code']).toContain(doc.name);
            expect(spec.required).toBe(false);
          } else expect(doc.required).toBe(spec.required);
          expect(doc.id.trim(), doc.name).not.toBe('');
          expect(doc.en.trim(), doc.name).not.toBe('');
          expect(doc.example.trim(), doc.name).not.toBe('');
          expect(doc.id).not.toBe(doc.en);
        });
      });

      it('gives example values the ingest accepts as they are', () => {
        for (const doc of guide.columns) {
          if (NIP_COLUMNS.has(doc.name)) {
            expect(cleanNip(doc.example)).toEqual({ ok: true, nip: doc.example, suspect: false });
          }
          if (DATE_COLUMNS.has(doc.name)) expect(parseDate(doc.example), doc.name).not.toBeNull();
          if (doc.codes) {
            expect(doc.codes.length).toBeGreaterThan(0);
            expect(matchCode(doc.codes, doc.example), doc.name).toBe(doc.example);
          }
        }
      });
    });
  }

  it('lists the code lists of the contract for the code columns', () => {
    const coded = (kind: Kind) => COLUMN_GUIDE[kind].columns.filter((c) => c.codes).map((c) => c.name);
    expect(coded('units')).toEqual(['unit_type']);
    expect(coded('employees')).toEqual(['employment_type', 'position_type']);
    expect(coded('signatures')).toEqual(['channel']);
    expect(coded('incidents')).toEqual(['category', 'source', 'status', 'sanction']);
    expect(COLUMN_GUIDE.units.columns.filter((c) => c.required === 'upt').map((c) => c.name)).toEqual(['kanwil_code', 'directorate_code']);
  });

  it('explains the NIP, date and leaver rules', () => {
    const doc = (kind: Kind, name: string) => COLUMN_GUIDE[kind].columns.find((c) => c.name === name)!;
    for (const lang of ['id', 'en'] as const) {
      expect(doc('employees', 'nip')[lang]).toMatch(/18/);
      expect(doc('employees', 'nip')[lang]).toContain('1,98609E+17');
      expect(doc('employees', 'nip')[lang]).toContain('000');
      expect(doc('signatures', 'signed_at')[lang]).toContain('dd/mm/yyyy');
      expect(doc('employees', 'active')[lang]).toMatch(/false, tidak, 0, n/);
    }
  });
});
