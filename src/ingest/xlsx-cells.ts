// The text a workbook cell shows: XML unescaping, shared-string runs, number formats and date cells.
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text → string: entities, character references, and OOXML's `_xHHHH_` escapes. */
export function xmlText(raw: string): string {
  let s = raw;
  if (s.includes('&')) {
    s = s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    });
  }
  // NUL is dropped, as in text files: no column can hold it.
  if (s.includes('_x')) s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => (hex === '0000' ? '' : String.fromCharCode(parseInt(hex, 16))));
  return s;
}

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs, leaving out phonetic guides. */
export function runsText(xml: string): string {
  const body = xml.includes('rPh') ? xml.replace(/<(?:[A-Za-z_][\w.-]*:)?rPh\b[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?rPh>/g, '') : xml;
  let text = '';
  for (const m of body.matchAll(/<(?:[A-Za-z_][\w.-]*:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?t>)/g)) text += xmlText(m[1] ?? '');
  return text;
}

// Built-in number formats that are dates or times (ECMA-376 18.8.30, plus the East Asian date ids).
const DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const BUILT_IN: Record<number, string> = { 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 37: '#,##0', 38: '#,##0', 39: '#,##0.00', 40: '#,##0.00' };

export type NumberStyle =
  | { readonly kind: 'general' }
  | { readonly kind: 'date'; readonly time: boolean; readonly day: boolean }
  | { readonly kind: 'fixed'; readonly decimals: number; readonly thousands: boolean; readonly percent: boolean };

const GENERAL: NumberStyle = { kind: 'general' };

/** What a number format does to a value, for the formats analysts' sheets use; others read as General. */
export function numberStyle(id: number, code: string | undefined): NumberStyle {
  if (DATE_IDS.has(id)) {
    const timeOnly = (id >= 18 && id <= 21) || (id >= 45 && id <= 47);
    return { kind: 'date', day: !timeOnly, time: timeOnly || id === 22 };
  }
  const format = code ?? BUILT_IN[id];
  if (!format || /^general$/i.test(format) || format === '@') return GENERAL;
  // The first section, without quoted text, escapes, colours and conditions.
  const section = format.split(';')[0].replace(/"[^"]*"|\\.|_.|\*./g, '').replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '');
  if (/[ymdhs]/i.test(section.replace(/E[+-]/gi, ''))) {
    return { kind: 'date', day: /[yd]/i.test(section) || /m{3,}/i.test(section), time: /[hs]/i.test(section) };
  }
  const fixed = /^[#0,]*0?(?:\.(0+))?%?$/.exec(section.replace(/\s/g, ''));
  if (fixed && /0|#/.test(section)) {
    return { kind: 'fixed', decimals: fixed[1]?.length ?? 0, thousands: section.includes(','), percent: section.includes('%') };
  }
  return GENERAL;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A date cell as ISO text (its wall-clock day and time), so the date rules read it unambiguously. */
export function serialToIso(serial: number, date1904: boolean, withDay: boolean, withTime: boolean): string | null {
  const days = serial + (date1904 ? 1462 : 0);
  if (!Number.isFinite(days) || days < 0 || days > 2_958_466) return null; // up to 9999-12-31
  // A date-only format shows the day the serial falls in; a time is rounded to the second shown.
  const ms = (withTime || !withDay ? Math.round(days * 86_400) : Math.floor(days) * 86_400) * 1000 + Date.UTC(1899, 11, 30);
  const d = new Date(ms);
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (!withDay) return time;
  return withTime ? `${day} ${time}` : day;
}

// Excel keeps 15 significant digits: a number this large (a NIP typed into a number cell) has lost
// its last digits whatever its format shows, so it reads as the E-notation of a General cell.
const DIGITS_LOST = 1e15;

/** Excel's General format: up to 11 characters, E-notation for very large or small numbers. */
export function generalText(n: number): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exp] = n.toExponential(5).split('e');
    const m = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
    const e = Number(exp);
    return `${m}E${e < 0 ? '-' : '+'}${pad(Math.abs(e))}`;
  }
  const digitsBefore = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - digitsBefore - (n < 0 ? 1 : 0));
  const fixed = n.toFixed(Math.min(decimals, 20));
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

export function numberText(n: number, style: NumberStyle, date1904: boolean): string {
  if (Math.abs(n) >= DIGITS_LOST) return generalText(n);
  if (style.kind === 'date') return serialToIso(n, date1904, style.day, style.time) ?? generalText(n);
  if (style.kind === 'general') return generalText(n);
  const value = style.percent ? n * 100 : n;
  let text = value.toFixed(style.decimals);
  if (style.thousands) {
    const [int, frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac === undefined ? '' : `.${frac}`);
  }
  return style.percent ? `${text}%` : text;
}
