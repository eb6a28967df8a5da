import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPacked, loadTables } from '../../src/db/load';
import { openNodeDb } from '../../src/db/node';
import type { Db } from '../../src/db/db';
import { ingestFiles, ingestFilesPacked, type InputFile } from '../../src/ingest/ingest-files';
import { packRows, RowPacker } from '../../src/ingest/row-packer';
import { swapped } from '../../src/ingest/pending-dates';
import { parseDate } from '../../src/ingest/dates';
import { ident, sql } from '../../src/db/sql';
import { KINDS } from '../../src/schema/columns';
import { TABLES } from '../../src/schema/tables';

const text = (pieces: readonly Uint8Array[]) => pieces.map((p) => new TextDecoder().decode(p)).join('');
const bytes = (s: string) => new TextEncoder().encode(s);

describe('packed rows', () => {
  it('writes a keep flag, quoted values and empty NULLs, one row a line', () => {
    expect(text(packRows([['a', null, 'say "hi"'], [null, 'b\nc', 'é']]))).toBe('1,"a",,"say ""hi"""\n1,,"b\nc","é"\n');
  });

  it('never splits a row across pieces, and finds, changes and drops rows in any piece', () => {
    const packer = new RowPacker([1], 64);
    const places: number[] = [];
    const starts: number[] = [];
    for (let i = 0; i < 40; i++) {
      starts.push(packer.add([`Näme ${i} "q"`, `2023-0${1 + (i % 9)}-1${i % 10} 08:00:00`, i % 3 === 0 ? null : 'x,y']));
      places.push(packer.markedAt[0]);
    }
    expect(packer.read(places[7], 10)).toBe('2023-08-17');
    packer.overwrite(places[7], '2023-07-18');
    packer.drop(starts[30]);
    expect(packer.valuesAt(starts[30])).toEqual(['Näme 30 "q"', '2023-04-10 08:00:00', null]);
    const pieces = packer.finish();
    expect(pieces.length).toBeGreaterThan(10);
    for (const p of pieces) expect(p[p.length - 1]).toBe(0x0a);
    const lines = text(pieces).split('\n');
    expect(lines[7]).toBe('1,"Näme 7 ""q""","2023-07-18 08:00:00","x,y"');
    expect(lines[30].startsWith('0,')).toBe(true);
    expect(lines.filter((l) => l.startsWith('1,'))).toHaveLength(39);
  });

  it('finds rows and dates across pieces, whatever the characters', () => {
    const packer = new RowPacker([2], 1 << 16);
    const rows: (string | null)[][] = [];
    const starts: number[] = [];
    const places: number[] = [];
    const names = ['Ani', 'Néné "N"', 'Wayan 😀 "W"', 'Ḍewi', 'a,b\nc', '', '"'];
    for (let i = 0; i < 30_000; i++) {
      // Runs of plain rows and runs with other characters (written by the encoder from the first of them).
      const name = Math.floor(i / 700) % 2 === 0 ? `Pegawai ${i}` : names[i % names.length];
      const row = [String(i), name, `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')} 08:00:00`, i % 5 === 0 ? null : 'x'];
      starts.push(packer.add(row));
      rows.push(row);
      places.push(packer.markedAt[0]);
    }
    for (const i of [0, 1, 699, 700, 701, 702, 703, 704, 705, 709, 1403, 15_000, 29_998, 29_999]) {
      expect(packer.valuesAt(starts[i])).toEqual(rows[i]);
      expect(packer.read(places[i], 10)).toBe(rows[i][2]!.slice(0, 10));
    }
    packer.overwrite(places[701], '1999-12-31');
    packer.drop(starts[702]);
    const pieces = packer.finish();
    expect(pieces.length).toBeGreaterThan(10);
    const lines = text(pieces).split(/\n(?=[01],)/);
    expect(lines[701]).toContain('"1999-12-31 08:00:00"');
    expect(lines[702].startsWith('0,')).toBe(true);
    expect(lines[709]).toBe('1,"709","Wayan 😀 ""W""","2023-02-10 08:00:00","x"');
    expect(lines.filter((l) => l.startsWith('1,'))).toHaveLength(29_999);
  });

  it('gives the place of a null date as -1', () => {
    const packer = new RowPacker([1]);
    packer.add(['a', null]);
    expect(packer.markedAt[0]).toBe(-1);
  });
});

/** Every loaded table, in a comparable form. */
async function contents(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const kind of KINDS) out[kind] = await db.run(sql`SELECT * FROM ${ident(TABLES[kind].table)} ORDER BY src_file, src_line`);
  return out;
}

// Two engines for the whole file (each load replaces every table): starting one per case was most of the time.
let a: Db;
let b: Db;
beforeAll(async () => {
  [a, b] = [await openNodeDb(), await openNodeDb()];
});
afterAll(async () => {
  await a.close();
  await b.close();
});

async function compare(inputs: InputFile[]): Promise<void> {
  const rows = ingestFiles(inputs);
  const packed = ingestFilesPacked(inputs);
  const strip = (f: (typeof rows.files)[number]) => ({ ...f, rows: [], packed: undefined });
  expect(packed.files.map(strip)).toEqual(rows.files.map(strip));
  for (const f of packed.files) if (f.kind !== 'incidents') expect(f.rows).toEqual([]);
  await loadTables(a, rows.tables);
  await loadPacked(b, packed.packed);
  expect(await contents(b)).toEqual(await contents(a));
}

describe('a stored day read month-first', () => {
  it('is what reading the written slash date month-first gives, for every day-first date', () => {
    let checked = 0;
    for (const y of [1900, 2000, 2023, 2024]) {
      for (let a = 1; a <= 31; a++) {
        for (let b = 1; b <= 12; b++) {
          const dayFirst = parseDate(`${a}/${b}/${y}`, false);
          if (!dayFirst) continue;
          expect(swapped(dayFirst.day)).toBe(parseDate(`${a}/${b}/${y}`, true)?.day ?? null);
          checked++;
        }
      }
    }
    expect(checked).toBe(1462);
  });
});

describe('reading straight into packed rows gives what reading into arrays gives', () => {
  it('on a month-first column found late: earlier dates read again, rows that are then no date rejected', async () => {
    const csv = 'Timestamp,NIP\n'
      + '5/3/2023 08:00:00,198001012005011001\n' // day-first so far: 5 March; month-first: 3 May
      + '25/3/2023 09:00:00,198001012005011002\n' // a real day-first date: no date month-first → rejected
      + '7/7/2023 10:00:00,198001012005011003\n' // the same both ways
      + '3/25/2023 11:00:00,198001012005011004\n' // the hint: the column is month-first
      + '2/1/2023 12:00:00,198001012005011005\n';
    const set = ingestFilesPacked([{ name: 'ttd.csv', bytes: bytes(csv) }]);
    expect(set.files[0]).toMatchObject({ loaded: 4, monthFirst: { signed_at: true } });
    expect(set.files[0].rejects).toMatchObject([{ line: 3, reason: 'date_invalid', value: '25/3/2023 09:00:00', fields: ['198001012005011002', '2023-03-25 09:00:00', '', '', '', 'PEMILU2024', '', 'ttd.csv', '3'] }]);
    await compare([{ name: 'ttd.csv', bytes: bytes(csv) }]);
    await loadPacked(b, set.packed);
    const days = await b.run(sql`SELECT nip, strftime(signed_at, '%Y-%m-%d') AS d FROM signatures ORDER BY src_line`);
    expect(days.map((r) => r.d)).toEqual(['2023-05-03', '2023-07-07', '2023-03-25', '2023-02-01']);
  });

  it('on cases with two date columns, both month-first', async () => {
    const csv = 'Nomor Kasus,Tanggal Lapor,Unit Kerja,Jenis Pelanggaran,Tanggal Putusan\n'
      + 'K-1,13/1/2024,Setjen,SPANDUK,14/2/2024\nK-2,1/2/2024,Setjen,LAINNYA,1/13/2024\nK-3,1/14/2024,Setjen,LAINNYA,\n';
    await compare([{ name: 'kasus.csv', bytes: bytes(csv) }]);
  });

  for (const folder of ['small', 'campaigns', 'headcount', 'formats']) {
    it(`on the fixture folder ${folder}`, async () => {
      const dir = join(__dirname, '..', 'fixtures', folder);
      await compare(readdirSync(dir).filter((n) => /\.(csv|tsv|txt|xlsx)$/i.test(n)).sort()
        .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })));
    });
  }

  // The bundled files, cut to their first 3,000 rows and every row the whole files reject (with the
  // rows they name as first seen): each kind of mess at a fraction of the time of the whole files,
  // which the browser tests load as the page does.
  it('on the bundled data: the first rows and every rejected one', async () => {
    const dir = join(__dirname, '..', '..', 'data');
    const whole = readdirSync(dir).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
    const kept = new Map<string, Set<number>>(whole.map((f) => [f.name, new Set<number>()]));
    for (const f of ingestFiles(whole).files) {
      for (const r of f.rejects) {
        kept.get(f.file)?.add(r.line);
        if (r.first) kept.get(r.first.file)?.add(r.first.line);
      }
    }
    const cut = whole.map((f) => {
      const lines = new TextDecoder().decode(f.bytes).split('\n');
      const keep = kept.get(f.name)!;
      return { name: f.name, bytes: bytes(lines.filter((_, i) => i <= 3_000 || keep.has(i + 1)).join('\n')) };
    });
    const report = ingestFiles(cut).files;
    const reasons = new Set(report.flatMap((f) => f.rejects.map((r) => r.reason)));
    for (const reason of ['nip_invalid', 'nip_scientific_notation', 'duplicate_nip', 'date_invalid', 'required_missing']) expect(reasons).toContain(reason);
    await compare(cut);
  }, 120_000);
});
