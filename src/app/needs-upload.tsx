import { useI18n } from '../i18n/language';

/** Where a view needs people (names, NIPs, case numbers) that the host did not publish: what to do instead. */
export function NeedsUpload({ text, onGo, testId }: { text: string; onGo(): void; testId: string }) {
  const { t } = useI18n();
  return (
    <div className="notice" role="note" data-testid={testId}>
      <p>{text}</p>
      <button type="button" onClick={onGo}>{t('goToData')}</button>
    </div>
  );
}
