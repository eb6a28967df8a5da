// The four input kinds and their columns, as defined in DATA-CONTRACT.md section 1.
export type Kind = 'units' | 'employees' | 'signatures' | 'incidents';
export const KINDS: readonly Kind[] = ['units', 'employees', 'signatures', 'incidents'];

export interface ColumnSpec {
  readonly name: string;
  readonly required: boolean;
  readonly aliases: readonly string[];
}

const NIP_ALIASES = ['nip baru', 'nomor induk pegawai', 'ni pppk'];
const NAME_ALIASES = ['nama', 'nama lengkap', 'nama pegawai'];
const UNIT_ALIASES = ['unit code', 'unit kerja', 'satuan kerja', 'satker', 'kode unit'];

const col = (name: string, required: boolean, aliases: string[] = []): ColumnSpec => ({ name, required, aliases });

export const COLUMNS: Record<Kind, readonly ColumnSpec[]> = {
  units: [
    col('unit_code', true, ['kode unit', 'kode satker', 'kode']),
    col('unit_name', true, ['nama unit', 'unit kerja', 'satuan kerja', 'satker']),
    col('unit_type', true, ['jenis unit', 'tipe']),
    col('kanwil_code', false, ['kode kanwil', 'kanwil']),
    col('directorate_code', false, ['kode eselon1', 'direktorat', 'eselon i']),
    col('province', false, ['provinsi']),
    col('aliases', false, ['alias', 'nama lain']),
    col('headcount', false, ['jumlah pegawai']),
  ],
  employees: [
    col('nip', true, NIP_ALIASES),
    col('name', false, NAME_ALIASES),
    col('unit', true, UNIT_ALIASES),
    col('employment_type', false, ['status kepegawaian', 'jenis pegawai']),
    col('position_type', false, ['jenis jabatan']),
    col('active', false, ['aktif']),
  ],
  signatures: [
    col('nip', true, NIP_ALIASES),
    col('signed_at', true, ['timestamp', 'stempel waktu', 'tanggal', 'waktu', 'tanggal tanda tangan', 'signed on']),
    col('name', false, NAME_ALIASES),
    col('unit', false, UNIT_ALIASES),
    col('campaign', false, ['kampanye', 'pemilu', 'agenda']),
    col('channel', false, ['media', 'cara']),
  ],
  incidents: [
    col('case_id', false, ['nomor kasus', 'no kasus', 'id']),
    col('reported_at', true, ['tanggal lapor', 'tanggal laporan', 'dilaporkan']),
    col('unit', true, UNIT_ALIASES),
    col('nip', false, NIP_ALIASES),
    col('category', true, ['jenis pelanggaran', 'kategori']),
    col('source', false, ['sumber']),
    col('status', false, ['status kasus', 'tahap']),
    col('sanction', false, ['sanksi', 'jenis sanksi']),
    col('decided_at', false, ['tanggal putusan']),
    col('election', false, ['pemilihan']),
  ],
};

export const DEFAULT_CAMPAIGN = 'PEMILU2024';

/** Header names match after trimming, case-folding and folding runs of spaces, underscores, hyphens and dots. */
export function headerKey(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_.-]+/g, ' ').trim();
}

/** Whether a header names a column exactly (its name or an alias), rather than holding it among other words. */
export function isExactHeader(kind: Kind, column: string, header: string): boolean {
  const spec = COLUMNS[kind].find((c) => c.name === column);
  const key = headerKey(header);
  return spec !== undefined && [spec.name, ...spec.aliases].some((a) => headerKey(a) === key);
}
