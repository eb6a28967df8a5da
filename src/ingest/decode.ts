import { decodeWindows1252 } from './windows-1252';

// Bytes → text: UTF-8 with or without BOM, else Windows-1252. Files that are not text are refused with a reason.
// (UTF-16 with a BOM and .xlsx workbooks are read by ingest-file.ts; here they are told apart.)
export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export type UnreadableReason = 'empty' | 'xlsx' | 'xls' | 'utf16' | 'binary';

/** The UTF-16 byte order a byte-order mark announces (Excel's "Unicode Text"), or null. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; bom: boolean; nulBytes: number }
  | { ok: false; reason: UnreadableReason };

const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

export function sniffUnreadable(bytes: Uint8Array): UnreadableReason | null {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'utf16';
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let nul = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) {
      nul++;
      if (i % 2 === 1) nulOdd++;
    } else if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (nul > sample.length / 4 && (nulOdd > nul * 0.9 || nulOdd < nul * 0.1)) return 'utf16';
  if ((nul + control) > sample.length / 10) return 'binary';
  return null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const unreadable = sniffUnreadable(bytes);
  if (unreadable) return { ok: false, reason: unreadable };
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  let encoding: Encoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = decodeWindows1252(body);
    encoding = 'windows-1252';
  }
  let nulBytes = 0;
  if (text.includes('\u0000')) {
    nulBytes = text.split('\u0000').length - 1;
    text = text.replaceAll('\u0000', '');
  }
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  return { ok: true, text, encoding, bom, nulBytes };
}
