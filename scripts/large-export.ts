import { closeSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** mulberry32: the same numbers for the same seed, on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A large Google Forms-style pledge export for load and speed checks: deterministic, ~85 bytes a row.
export function largeSignatureExport(rows: number, seed = 1): string {
  const rand = seededRandom(seed);
  const units = ['Sekretariat Jenderal', 'Lapas Palembang', 'Kanwil Sumsel', 'Kantor Imigrasi Kelas I TPI Medan', 'Rutan Kelas I Surabaya'];
  const names = ['Andi Saputra', 'Siti Rahayu', 'Budi Santoso', 'Dewi Lestari', 'Made Wirawan', 'Yohanes Wenda'];
  const out: string[] = ['\uFEFFStempel waktu,Nama Lengkap,NIP,Unit Kerja'];
  for (let i = 0; i < rows; i++) {
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 12);
    const nip = `19${String(60 + Math.floor(rand() * 40)).padStart(2, '0')}0101${String(2000 + Math.floor(rand() * 20))}01${1 + Math.floor(rand() * 2)}${String(i % 1000).padStart(3, '0')}`;
    out.push(`${day}/${month}/2023 ${8 + Math.floor(rand() * 9)}:${String(Math.floor(rand() * 60)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')},${names[i % names.length]},${nip},${units[i % units.length]}`);
  }
  return `${out.join('\r\n')}\r\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const out = process.argv[3] ?? `test-results/signatures-${rows}.csv`;
  writeFileSync(out, largeSignatureExport(rows));
  process.stderr.write(`${out}: ${rows} rows\n`);
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The pair's NIPs up to ~1.15M rows: birth yyyymmdd + appointment yyyymm + gender + serial, unique by i below that. */
const pairNip = (i: number) => `19${pad(60 + (i % 40), 2)}${pad(1 + (i % 12), 2)}${pad(1 + (i % 28), 2)}${pad(2000 + Math.floor(i / 48_000) % 24, 4)}${pad(1 + Math.floor(i / 4_000) % 12, 2)}${1 + (i % 2)}${pad(i % 1000, 3)}`;

/**
 * An 18-digit NIP unique for every i below ~4 billion (mixed radix: serial, gender, appointment month,
 * appointment year after the 19th birthday, birth day, month, year): national-size rosters without repeats.
 */
export function uniqueNip(i: number): string {
  const serial = i % 1000;
  let q = Math.floor(i / 1000);
  const gender = 1 + (q % 2); q = Math.floor(q / 2);
  const month = 1 + (q % 12); q = Math.floor(q / 12);
  const after = q % 20; q = Math.floor(q / 20);
  const day = 1 + (q % 28); q = Math.floor(q / 28);
  const birthMonth = 1 + (q % 12); q = Math.floor(q / 12);
  const birthYear = 1960 + (q % 26);
  return `${birthYear}${pad(birthMonth, 2)}${pad(day, 2)}${birthYear + 19 + after}${pad(month, 2)}${gender}${pad(serial, 3)}`;
}

/** One employee of the pair, and the signature line(s) of those who signed (~90 %, 1 % of them twice). */
function* pairRows(rows: number, unitCodes: readonly string[], seed: number, nip: (i: number) => string) {
  const rand = seededRandom(seed);
  for (let i = 0; i < rows; i++) {
    const id = nip(i);
    const unit = unitCodes[Math.floor(rand() * unitCodes.length)];
    const active = rand() >= 0.01;
    const roster = `${id};Pegawai ${i};${unit};PNS;${active ? 'Ya' : 'Tidak'}`;
    const signatures: string[] = [];
    if (rand() < 0.9) {
      const line = `${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}/2023 ${8 + Math.floor(rand() * 9)}:${pad(Math.floor(rand() * 60), 2)}:00,${id},Pegawai ${i}`;
      signatures.push(line);
      if (rand() < 0.01) signatures.push(line);
    }
    yield { roster, active, signatures };
  }
}

const ROSTER_HEADER = 'NIP;Nama Lengkap;Unit Kerja;Status Kepegawaian;Aktif';
const SIGNATURE_HEADER = 'Stempel waktu,NIP,Nama Lengkap';

/**
 * A roster of `rows` staff spread over the given unit codes (1 % leavers), and the pledge export of ~90 %
 * of them (plus 1 % repeated rows), signed over 2023: a national-size pair for speed checks. Deterministic.
 */
export function largeRosterPair(rows: number, unitCodes: readonly string[], seed = 7): { roster: string; signatures: string } {
  const roster: string[] = [ROSTER_HEADER];
  const signatures: string[] = [SIGNATURE_HEADER];
  for (const row of pairRows(rows, unitCodes, seed, pairNip)) {
    roster.push(row.roster);
    signatures.push(...row.signatures);
  }
  return { roster: `${roster.join('\r\n')}\r\n`, signatures: `${signatures.join('\r\n')}\r\n` };
}

/** Lines written to a file in blocks of ~4 MB, never the whole file in one string; renamed into place when complete. */
export class BlockWriter {
  private readonly fd: number;
  private block: string[] = [];
  private size = 0;
  constructor(private readonly path: string) {
    this.fd = openSync(`${path}.part`, 'w');
  }
  line(text: string): void {
    this.block.push(text);
    this.size += text.length + 2;
    if (this.size > 4_000_000) this.flush();
  }
  private flush(): void {
    if (this.block.length) writeSync(this.fd, `${this.block.join('\r\n')}\r\n`);
    this.block = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(`${this.path}.part`, this.path);
  }
}

/**
 * The same kind of pair at any size, streamed to files; returns the counts
 * the dashboard should then show. With `signatures` null only the roster is written.
 */
export function writeRosterPair(rows: number, unitCodes: readonly string[], rosterPath: string, signaturesPath: string | null, seed = 7) {
  const roster = new BlockWriter(rosterPath);
  const signatures = signaturesPath ? new BlockWriter(signaturesPath) : null;
  roster.line(ROSTER_HEADER);
  signatures?.line(SIGNATURE_HEADER);
  let active = 0;
  let signatureRows = 0;
  // Below ~1.1M rows the very rows of largeRosterPair (its NIPs are unique there); above, NIPs unique at any size.
  for (const row of pairRows(rows, unitCodes, seed, rows <= 1_100_000 ? pairNip : uniqueNip)) {
    roster.line(row.roster);
    if (row.active) active++;
    for (const s of row.signatures) signatures?.line(s);
    signatureRows += row.signatures.length;
  }
  roster.close();
  signatures?.close();
  return { rows, active, signatureRows };
}
