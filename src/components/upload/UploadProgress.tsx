import { useI18n } from '../../i18n/language';

interface UploadProgressProps {
  readonly phase: 'reading' | 'loadingDb';
  readonly fileName: string;
  readonly bytes: number;
  readonly totalBytes: number;
  readonly rows: number;
  readonly formatBytes: (n: number) => string;
  onCancel(): void;
}

export function UploadProgress({ phase, fileName, bytes, totalBytes, rows, formatBytes, onCancel }: UploadProgressProps) {
  const { t, fmt } = useI18n();
  const fraction = totalBytes > 0 ? bytes / totalBytes : 0;
  return (
    <div className="upload-progress" role="status" aria-live="polite" data-testid="upload-progress">
      <p>{phase === 'reading' ? t('reading', { file: fileName }) : t('loadingIntoDb')}</p>
      <progress max={1} value={phase === 'reading' ? fraction : undefined} aria-label={t('reading', { file: fileName })} />
      {phase === 'reading' ? (
        <p className="muted">{t('readProgress', { rows: fmt.int(rows), read: formatBytes(bytes), total: formatBytes(totalBytes) })}</p>
      ) : null}
      {phase === 'reading' ? <button type="button" onClick={onCancel} data-testid="upload-cancel">{t('cancel')}</button> : null}
    </div>
  );
}
