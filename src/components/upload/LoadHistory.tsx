import { useI18n } from '../../i18n/language';
import type { StringKey } from '../../i18n/strings';
import { KINDS, type Kind } from '../../schema/columns';
import './confirm-dialog.css';

export interface LoadHistoryEntry {
  readonly id: number;
  readonly savedAt: string;
  readonly files: readonly { readonly name: string; readonly kind: Kind }[];
  readonly modes: Partial<Record<Kind, 'replace' | 'append'>>;
  readonly before: Readonly<Record<Kind, number>>;
  readonly after: Readonly<Record<Kind, number>>;
  readonly kept: boolean;
}

interface LoadHistoryProps {
  readonly entries: readonly LoadHistoryEntry[];
  readonly busy: boolean;
  onUndo(): void;
}

/** The confirmed loads in effect, newest first, with their files and rows per kind; the last can be undone. */
export function LoadHistory({ entries, busy, onUndo }: LoadHistoryProps) {
  const { t, fmt, lang } = useI18n();
  if (entries.length === 0) return <p className="muted" data-testid="history-none">{t('historyNone')}</p>;
  const time = (iso: string) => new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="load-history" data-testid="load-history">
      <ol reversed>
        {[...entries].reverse().map((e) => (
          <li key={e.id} data-testid="history-entry">
            <strong>{time(e.savedAt)}</strong>{e.kept ? null : <span className="muted"> · {t('historyNotKept')}</span>}
            <div>{t('historyFiles')}: {e.files.map((f) => `${f.name} (${t(`kind_${f.kind}` as StringKey)}, ${f.kind in e.modes && e.modes[f.kind] === 'append' ? t('modeAppend') : t('modeReplace')})`).join('; ')}</div>
            <div className="muted">
              {t('historyCounts')}: {KINDS.filter((k) => e.before[k] !== 0 || e.after[k] !== 0)
                .map((k) => `${t(`kind_${k}` as StringKey)} ${fmt.int(e.before[k])} → ${fmt.int(e.after[k])}`).join(' · ')}
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={onUndo} disabled={busy} data-testid="undo-last">{t('undoLast')}</button>
    </div>
  );
}
