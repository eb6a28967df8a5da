/** A short, stable fingerprint of the loaded data (FNV-1a over what was loaded), for printed reports. */
export function fingerprint(parts: readonly (string | number)[]): string {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    const text = `${part}\u0001`;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(16).padStart(8, '0').toUpperCase();
}
