import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../../i18n/language';
import type { StringKey } from '../../i18n/strings';
import type { Kind } from '../../schema/columns';
import './confirm-dialog.css';

export interface ChangeRow {
  readonly kind: Kind;
  readonly before: number;
  readonly after: number;
}

interface ConfirmDialogProps {
  readonly type: 'load' | 'undo' | 'published';
  readonly changes: readonly ChangeRow[];
  onAnswer(yes: boolean): void;
}

const TEXT = {
  load: { title: 'askLoadTitle', text: 'askLoadText', confirm: 'askLoadConfirm' },
  undo: { title: 'askUndoTitle', text: 'askUndoText', confirm: 'askUndoConfirm' },
  published: { title: 'askPublishedTitle', text: 'askPublishedText', confirm: 'askPublishedConfirm' },
} as const satisfies Record<string, Record<string, StringKey>>;

const removesOverHalf = (c: ChangeRow) => c.before > 0 && c.before - c.after > c.before / 2;

/** A modal question in the page (the browser's own dialog element: focus kept inside, Escape answers no). */
export function ConfirmDialog({ type, changes, onAnswer }: ConfirmDialogProps) {
  const { t, fmt } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId(), textId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const text = TEXT[type];
  const shown = changes.filter((c) => c.before !== 0 || c.after !== 0);
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={titleId} aria-describedby={textId} data-testid="confirm-dialog" data-type={type}
      onCancel={(e) => { e.preventDefault(); onAnswer(false); }}>
      <h2 id={titleId}>{t(text.title)}</h2>
      <p id={textId}>{t(text.text)}</p>
      <table className="change-table">
        <thead><tr><th scope="col">{t('changeKind')}</th><th scope="col" className="num">{t('changeBefore')}</th><th scope="col" className="num">{t('changeAfter')}</th></tr></thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.kind} data-testid="change-row" data-kind={c.kind} data-before={c.before} data-after={c.after} className={removesOverHalf(c) ? 'removes' : undefined}>
              <th scope="row">{t(`kind_${c.kind}` as StringKey)}</th>
              <td className="num">{fmt.int(c.before)}</td>
              <td className="num">{fmt.int(c.after)}{removesOverHalf(c) ? <span className="removes-note"> · {t('changeRemoves')}</span> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="dialog-actions">
        <button type="button" onClick={() => onAnswer(false)} data-testid="dialog-keep" autoFocus>{t('askKeep')}</button>{' '}
        <button type="button" className="danger" onClick={() => onAnswer(true)} data-testid="dialog-confirm">{t(text.confirm)}</button>
      </p>
    </dialog>
  );
}
