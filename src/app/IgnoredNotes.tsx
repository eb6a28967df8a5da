import { useI18n } from '../i18n/language';
import type { StringKey } from '../i18n/strings';
import type { Ignored } from '../state/view-state';

/** "Ignored: asof=2023-02-31 (no such day)": values of the link or of a control that could not be used. */
export function IgnoredNotes({ ignored, onDismiss }: { ignored: readonly Ignored[]; onDismiss(): void }) {
  const { t } = useI18n();
  if (ignored.length === 0) return null;
  return (
    <div className="notice ignored" role="status" data-testid="ignored-notes">
      <span>{t('ignoredTitle')}: </span>
      {ignored.map((i, n) => (
        <span key={`${i.param}-${n}`} className="ignored-item" data-testid="ignored-item" data-param={i.param}>
          <code>{i.param}={i.value}</code> ({t(`ignored_${i.reason}` as StringKey)}){n < ignored.length - 1 ? '; ' : ''}
        </span>
      ))}
      <button type="button" className="small" onClick={onDismiss} aria-label={t('dismiss')}>×</button>
    </div>
  );
}
