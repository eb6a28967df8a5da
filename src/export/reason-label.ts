import { isStringKey, translate, type Lang } from '../i18n/strings';

/**
 * A reject or warning reason in the interface language: its own label when it has one, `unknown
 * code: status` for the `<column>_unknown` warnings, else the code itself (a reason added later).
 */
export function reasonLabel(lang: Lang, reason: string): string {
  const key = `reason_${reason}`;
  if (isStringKey(key)) return translate(lang, key);
  return reason.endsWith('_unknown') ? `${translate(lang, 'reason_other')}: ${reason.replace(/_unknown$/, '')}` : reason;
}
