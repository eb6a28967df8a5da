import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileIngestor } from '../../src/ingest/file-ingestor';
import { ChunkDecoder, ingestBytes } from '../../src/ingest/ingest-file';
import type { FileResult } from '../../src/ingest/report-types';

// Reading a file in pieces of any size gives exactly what one pass gives.
function inPieces(name: string, bytes: Uint8Array, size: number): FileResult {
  const decoder = new ChunkDecoder('utf-8');
  const ingestor = new FileIngestor(name, bytes.length, {});
  for (let i = 0; i < bytes.length; i += size) {
    const end = Math.min(bytes.length, i + size);
    ingestor.push(decoder.decode(bytes.subarray(i, end), end === bytes.length));
  }
  return ingestor.finish();
}

const strip = (r: FileResult) => ({ ...r, encoding: null, bom: false });

describe('streaming in pieces gives the same result as one pass', () => {
  const signatures = '\uFEFFTimestamp,NIP,Nama,Unit Kerja\r\n'
    + '30/01/2023 9:05:01,198001012005011001,"Andi\r\nSetiawan",Setjen\r\n'
    + '\r\n'
    + '4/2/2023 10:00:00,198001022005011002,"Budi ""B""",Setjen\r\n'
    + '2/15/2023 10:00:00,198001032005011003,Citra,Setjen\r\n' // makes the column month-first
    + '15/02/2023 10:00:00,198001042005011004,Dewi,Setjen\r\n' // then not a date
    + 'x,1,Eko,Setjen\r\n';
  const bytes = new TextEncoder().encode(signatures);
  const whole = ingestBytes('s.csv', bytes);

  it('reads the month-first column the same way, whatever the piece size', () => {
    expect(whole.monthFirst).toEqual({ signed_at: true });
    // Month-first: 4/2 is 2 April, 2/15 is 15 February; 30/01 and 15/02 are no dates at all.
    expect(whole.rows.map((r) => r[1])).toEqual(['2023-04-02 10:00:00', '2023-02-15 10:00:00']);
    expect(whole.rejects.map((r) => [r.line, r.reason, r.value])).toEqual([
      [2, 'date_invalid', '30/01/2023 9:05:01'], [7, 'date_invalid', '15/02/2023 10:00:00'], [8, 'nip_invalid', '1'],
    ]);
    expect(whole.rowsRead).toBe(whole.loaded + whole.rejects.length);
  });

  it.each([1, 2, 3, 5, 7, 16, 64, 1000])('piece size %i', (size) => {
    expect(strip(inPieces('s.csv', bytes, size))).toEqual(strip(whole));
  });

  it('on the bundled roster, in 64 KiB pieces', () => {
    const roster = new Uint8Array(readFileSync('data/pegawai.csv'));
    const one = ingestBytes('pegawai.csv', roster);
    const pieces = inPieces('pegawai.csv', roster, 64 * 1024);
    expect(pieces.rowsRead).toBe(one.rowsRead);
    expect(pieces.rejects).toEqual(one.rejects);
    expect(pieces.rows).toEqual(one.rows);
  });
});
