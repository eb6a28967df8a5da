import { useI18n } from '../../i18n/language';
import { isStringKey } from '../../i18n/strings';

interface RefusedFile {
  readonly file: string;
  readonly reasons: readonly { readonly reason: string; readonly count: number }[];
}

/** The files refused as a whole because no row of theirs loads, each with its main reasons. */
export function RefusedFiles({ files }: { readonly files: readonly RefusedFile[] }) {
  const { t, fmt } = useI18n();
  if (files.length === 0) return null;
  const label = (reason: string) => {
    const key = `reason_${reason}`;
    return isStringKey(key) ? t(key) : reason;
  };
  return (
    <div className="problem" role="alert" data-testid="refused-files">
      <p>{t('refusedTitle')}</p>
      <ul>
        {files.map((f) => (
          <li key={f.file} data-testid="refused-file" data-file={f.file}>
            {t('refusedLine', { file: f.file })}{f.reasons.length > 0 ? ` — ${t('refusedReasons')}: ` : ''}
            {f.reasons.map((r) => `${label(r.reason)} (${fmt.int(r.count)})`).join('; ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
