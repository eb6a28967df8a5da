import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BlockWriter, seededRandom, uniqueNip } from './large-export';
import { nationalAgencies, type NationalUnit } from './bench-scale/agencies';

// A national export for the scale bench: a unit registry of AGENCIES agencies (each an eselon1-type
// unit with its own regional offices and technical units), a roster of `rows` civil servants spread
// over those units (sorted by unit, as a personnel system exports it; 1 % leavers), and a Google
// Forms-style pledge export of ~90 % of them (1 % sent twice). Deterministic for a seed, streamed to
// disk in blocks. Usage: tsx scripts/generate-national.ts [rows] [folder]

const FIRST = ['Andi', 'Siti', 'Budi', 'Dewi', 'Made', 'Yohanes', 'Nur', "Ma'ruf", 'Rina', 'Agus', 'Wayan', 'Fitri', 'Hendra', 'Lestari'];
const LAST = ['Saputra', 'Rahayu', 'Santoso', 'Lestari', 'Wirawan', 'Wenda', 'Hidayat', 'Siregar', 'Nainggolan', 'Pratama', 'Kusuma', 'Sembiring'];
const TITLES = ['', '', '', ', S.H.', ', S.E., M.M.', ', A.Md.', ', S.Kom.'];
const EMPLOYMENT = [['PNS', 0.8], ['PPPK', 0.97], ['CPNS', 1]] as const;
const POSITION = [['PELAKSANA', 0.45], ['FUNGSIONAL', 0.85], ['PENGAWAS', 0.94], ['ADMINISTRATOR', 0.99], ['JPT', 1]] as const;
const pick = <T extends readonly (readonly [string, number])[]>(table: T, r: number) => table.find(([, upTo]) => r < upTo)![0];
const pad = (n: number) => String(n).padStart(2, '0');
/** A CSV field: quoted when it holds the delimiter, a quote or a line break. */
const field = (text: string, delim: string) => (text.includes(delim) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export interface NationalExport {
  readonly folder: string;
  readonly agencies: number;
  readonly units: number;
  readonly rows: number;
  readonly active: number;
  readonly signatureRows: number;
  readonly bytes: number;
}

/** Per unit, how many staff: the agency's size split 10 % head office, 20 % regional offices, 70 % technical units. */
function staffPerUnit(units: readonly NationalUnit[], rows: number): number[] {
  const total = units.reduce((n, u) => n + u.weight, 0);
  const counts = units.map((u) => Math.floor((rows * u.weight) / total));
  let rest = rows - counts.reduce((n, c) => n + c, 0);
  for (let i = 0; rest > 0; i = (i + 1) % counts.length, rest--) counts[i]++;
  return counts;
}

export function generateNational(folder: string, rows: number, seed = 11): NationalExport {
  const done = join(folder, 'national.json');
  if (existsSync(done)) return JSON.parse(readFileSync(done, 'utf8')) as NationalExport;
  mkdirSync(folder, { recursive: true });
  const rand = seededRandom(seed);
  const { agencies, units } = nationalAgencies(rand);
  const registry = new BlockWriter(join(folder, 'units.csv'));
  registry.line('kode_unit,nama_unit,jenis_unit,kode_kanwil,kode_eselon1,provinsi,alias,jumlah_pegawai');
  const counts = staffPerUnit(units, rows);
  units.forEach((u, i) => registry.line([u.code, u.name, u.type, u.kanwil, u.directorate, u.province, u.alias, String(counts[i])].map((v) => field(v, ',')).join(',')));
  registry.close();
  const roster = new BlockWriter(join(folder, 'pegawai-nasional.csv'));
  const signatures = new BlockWriter(join(folder, 'tanda-tangan-nasional.csv'));
  roster.line('NIP;Nama Lengkap;Unit Kerja;Status Kepegawaian;Jenis Jabatan;Aktif');
  signatures.line('Stempel waktu,NIP,Nama Lengkap,Unit Kerja');
  let i = 0;
  let active = 0;
  let signatureRows = 0;
  units.forEach((u, k) => {
    for (let n = 0; n < counts[k]; n++, i++) {
      const nip = uniqueNip(i);
      const name = `${FIRST[Math.floor(rand() * FIRST.length)]} ${LAST[Math.floor(rand() * LAST.length)]}${TITLES[Math.floor(rand() * TITLES.length)]}`;
      // Most exports give the unit's code; one row in five its name, as people type it.
      const unit = rand() < 0.8 ? u.code : u.name;
      const isActive = rand() >= 0.01;
      if (isActive) active++;
      roster.line(`${nip};${field(name, ';')};${field(unit, ';')};${pick(EMPLOYMENT, rand())};${pick(POSITION, rand())};${isActive ? 'Ya' : 'Tidak'}`);
      if (rand() < 0.9) {
        const line = `${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}/2023 ${8 + Math.floor(rand() * 9)}:${pad(Math.floor(rand() * 60))}:${pad(Math.floor(rand() * 60))},${nip},${field(name, ',')},${field(unit, ',')}`;
        signatures.line(line);
        signatureRows++;
        if (rand() < 0.01) { signatures.line(line); signatureRows++; }
      }
    }
  });
  roster.close();
  signatures.close();
  const bytes = ['units.csv', 'pegawai-nasional.csv', 'tanda-tangan-nasional.csv'].reduce((n, f) => n + statSync(join(folder, f)).size, 0);
  const result: NationalExport = { folder, agencies, units: units.length, rows, active, signatureRows, bytes };
  writeFileSync(done, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = Number(process.argv[2] ?? 5_000_000);
  const folder = process.argv[3] ?? join(tmpdir(), `pledge-national-${rows}`);
  const t0 = Date.now();
  const made = generateNational(folder, rows);
  process.stderr.write(`${JSON.stringify(made)} (${Math.round((Date.now() - t0) / 1000)} s)\n`);
}
