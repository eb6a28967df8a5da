// Deterministic generator of the bundled synthetic demonstration dataset (data/*.csv).
//
//   npx tsx scripts/generate-data.ts [--seed N] [--out DIR]
//
// Same seed → same bytes: a seeded PRNG (scripts/generate-data/random.ts), no clock, no locale
// formatting, stable iteration order. All people, numbers and cases are synthetic.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvText } from './generate-data/format';
import { buildIncidents } from './generate-data/incidents';
import { buildRegistry, type Unit } from './generate-data/registry';
import { buildRoster, type Roster } from './generate-data/roster';
import { buildPilkada } from './generate-data/pilkada';
import { buildSignatures, signatureRecord } from './generate-data/signatures';
import { Rng } from './generate-data/random';
import { UnitTexts } from './generate-data/unit-text';
import { buildZonaIntegritas } from './generate-data/zona-integritas';

export const SYNTHETIC_HASHES = 'scripts/generate-data/synthetic-hashes.json';

export const DEFAULT_SEED = 20240214;

export const FILES = {
  units: 'units.csv',
  employees: 'pegawai.csv',
  signatures: 'tanda-tangan-ikrar.csv',
  incidents: 'insiden.csv',
  /** Pilkada 2024 pledge (campaign PILKADA2024), a Google Forms export re-saved in Excel. */
  pilkada: 'tanda-tangan-pilkada2024.csv',
  /** Zona Integritas commitment (campaign ZI2023), a typed paper / roll-call register. */
  zonaIntegritas: 'komitmen-zi2023.csv',
} as const;

const UNITS_HEADER = ['kode_unit', 'nama_unit', 'jenis_unit', 'kode_kanwil', 'kode_eselon1', 'provinsi', 'alias', 'jumlah_pegawai'];
const EMPLOYEES_HEADER = ['NIP', 'Nama Lengkap', 'Unit Kerja', 'Status Kepegawaian', 'Jenis Jabatan', 'Aktif'];
const SIGNATURES_HEADER = ['Stempel waktu', 'Nama Lengkap', 'NIP', 'Unit Kerja', 'Kantor Wilayah', 'Jabatan', 'Pernyataan'];
const INCIDENTS_HEADER = [
  'Nomor Kasus', 'Tanggal Lapor', 'Unit Kerja', 'NIP', 'Jenis Pelanggaran', 'Sumber', 'Status Kasus', 'Sanksi', 'Tanggal Putusan', 'Pemilihan',
];

function unitsCsv(units: readonly Unit[], roster: Roster, seed: number): string {
  const rng = Rng.stream(seed, 'headcount');
  const rows = units.map((u) => {
    const planned = roster.planned.get(u.code) ?? 0;
    const headcount = Math.round(planned * rng.range(0.97, 1.03));
    return [u.code, u.name, u.type, u.kanwilCode, u.eselon1Code, u.province, u.aliases.join('|'), String(headcount)];
  });
  return csvText(UNITS_HEADER, rows, { delim: ',', eol: '\n', bom: false });
}

function employeesCsv(roster: Roster): string {
  const rows = roster.rows.map(({ employee: e, unitText }) => [
    e.rosterNip, e.name, unitText, e.status, e.positionType, e.active ? 'Ya' : 'Tidak',
  ]);
  return csvText(EMPLOYEES_HEADER, rows, { delim: ';', eol: '\r\n', bom: true });
}

/** File name → exact file text (BOM and line endings included). */
export function generateDataset(seed = DEFAULT_SEED): Record<string, string> {
  const units = buildRegistry();
  const texts = new UnitTexts(units);
  const roster = buildRoster(units, texts, seed);
  const signatures = buildSignatures(units, roster, texts, seed);
  const incidents = buildIncidents(units, roster, texts, seed);
  // The later campaigns: their own random streams, so the files above do not change with them.
  const pilkada = buildPilkada(units, roster, signatures, texts, seed);
  const zonaIntegritas = buildZonaIntegritas(units, roster, signatures, texts, seed);
  return {
    [FILES.units]: unitsCsv(units, roster, seed),
    [FILES.employees]: employeesCsv(roster),
    [FILES.signatures]: csvText(SIGNATURES_HEADER, signatures.rows.map(signatureRecord), { delim: ',', eol: '\r\n', bom: true }),
    [FILES.incidents]: csvText(INCIDENTS_HEADER, incidents.rows, { delim: ',', eol: '\n', bom: false }),
    [FILES.pilkada]: csvText(pilkada.header, pilkada.rows, { delim: ';', eol: '\r\n', bom: false }),
    [FILES.zonaIntegritas]: csvText(zonaIntegritas.header, zonaIntegritas.rows, { delim: ';', eol: '\r\n', bom: false }),
  };
}

function parseArgs(argv: readonly string[]): { seed: number; out: string } {
  let seed = DEFAULT_SEED;
  let out = 'data';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--seed' && i + 1 < argv.length) {
      seed = Number(argv[++i]);
      if (!Number.isInteger(seed)) throw new Error(`--seed needs an integer, got ${argv[i]}`);
    } else if (arg === '--out' && i + 1 < argv.length) {
      out = argv[++i];
    } else {
      throw new Error(`unknown argument ${arg}; usage: generate-data.ts [--seed N] [--out DIR]`);
    }
  }
  return { seed, out };
}

/** Data rows: lines after the header (quoted fields here never hold line breaks). */
function countRows(text: string): number {
  return text.split('\n').filter((l) => l.trim() !== '').length - 1;
}

function main(): void {
  const { seed, out } = parseArgs(process.argv.slice(2));
  const files = generateDataset(seed);
  fs.mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(out, name);
    fs.writeFileSync(file, text, 'utf8');
    process.stderr.write(`${file}: ${countRows(text)} rows, ${Buffer.byteLength(text, 'utf8')} bytes (seed ${seed})\n`);
  }
  if (path.resolve(out) === path.resolve('data')) writeSyntheticHashes(files);
}

/** Fingerprints of the generated files: the build marks the published data synthetic while data/ still holds them. */
function writeSyntheticHashes(files: Record<string, string>): void {
  const hashes = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, createHash('sha256').update(text, 'utf8').digest('hex')]));
  fs.writeFileSync(SYNTHETIC_HASHES, `${JSON.stringify(hashes, null, 2)}\n`);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`generate-data: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
