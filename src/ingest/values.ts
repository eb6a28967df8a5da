import { DEFAULT_CAMPAIGN } from '../schema/columns';

const FALSE_WORDS = new Set(['false', 'tidak', '0', 'n', 'no']);

/** `active` is true unless the value says false/tidak/0/n/no (any case). */
export const parseActive = (value: string): boolean => !FALSE_WORDS.has(value.trim().toLowerCase());

/** Free codes (campaign, election): upper case, runs of spaces, hyphens and underscores as one underscore. */
export const freeCode = (value: string): string => value.trim().toUpperCase().replace(/[\s_-]+/g, '_');

export const campaignCode = (value: string): string => (value.trim() === '' ? DEFAULT_CAMPAIGN : freeCode(value));

/** A non-negative whole number, allowing id-ID or en thousands separators; null when not one. */
export function parseCount(value: string): number | null {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  if (/^\d{1,3}([.,\s]\d{3})+$/.test(v)) return Number(v.replace(/[.,\s]/g, ''));
  return null;
}
