export type NipResult =
  | { ok: true; nip: string; suspect: boolean }
  | { ok: false; reason: 'nip_scientific_notation' | 'nip_invalid' | 'required_missing' };

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d*)?e[+-]?\d+$/i;

/** Cleans a NIP as the contract says: strip spaces, a leading apostrophe and surrounding quotes; 18 digits. */
export function cleanNip(raw: string): NipResult {
  let value = raw.trim();
  if (value === '') return { ok: false, reason: 'required_missing' };
  for (;;) {
    const before = value;
    if (value.startsWith("'")) value = value.slice(1);
    if (value.length >= 2 && ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'")))) {
      value = value.slice(1, -1);
    }
    value = value.trim();
    if (value === before) break;
  }
  value = value.replace(/\s+/g, '');
  if (SCIENTIFIC.test(value)) return { ok: false, reason: 'nip_scientific_notation' };
  if (!/^\d{18}$/.test(value)) return { ok: false, reason: 'nip_invalid' };
  return { ok: true, nip: value, suspect: value.endsWith('000') };
}
