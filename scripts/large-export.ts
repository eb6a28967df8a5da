import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** mulberry32: the same numbers for the same seed, on every machine. */
function seededRandom(seed: number): () => number {
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

/**
 * A roster of `rows` active staff spread over the given unit codes, and the pledge export of ~90 % of
 * them (plus 1 % repeated rows), signed over 2023: a national-size pair for speed checks. Deterministic.
 */
export function largeRosterPair(rows: number, unitCodes: readonly string[], seed = 7): { roster: string; signatures: string } {
  const rand = seededRandom(seed);
  const roster: string[] = ['NIP;Nama Lengkap;Unit Kerja;Status Kepegawaian;Aktif'];
  const signatures: string[] = ['Stempel waktu,NIP,Nama Lengkap'];
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  for (let i = 0; i < rows; i++) {
    // birth yyyymmdd + appointment yyyymm + gender + serial: unique by i.
    const nip = `19${pad(60 + (i % 40), 2)}${pad(1 + (i % 12), 2)}${pad(1 + (i % 28), 2)}${pad(2000 + Math.floor(i / 48_000) % 24, 4)}${pad(1 + Math.floor(i / 4_000) % 12, 2)}${1 + (i % 2)}${pad(i % 1000, 3)}`;
    const unit = unitCodes[Math.floor(rand() * unitCodes.length)];
    roster.push(`${nip};Pegawai ${i};${unit};PNS;${rand() < 0.01 ? 'Tidak' : 'Ya'}`);
    if (rand() < 0.9) {
      const line = `${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}/2023 ${8 + Math.floor(rand() * 9)}:${pad(Math.floor(rand() * 60), 2)}:00,${nip},Pegawai ${i}`;
      signatures.push(line);
      if (rand() < 0.01) signatures.push(line);
    }
  }
  return { roster: `${roster.join('\r\n')}\r\n`, signatures: `${signatures.join('\r\n')}\r\n` };
}
