import { useI18n } from '../../i18n/language';
import type { StringKey } from '../../i18n/strings';
import type { Kind } from '../../schema/columns';
import './confirm-dialog.css';

type Mode = 'replace' | 'append';

interface ModeChoiceProps {
  readonly kinds: readonly Kind[]; // the kinds of the files about to be loaded
  readonly modes: Readonly<Record<Kind, Mode>>;
  readonly defaults: Readonly<Record<Kind, Mode>>;
  readonly disabled: boolean;
  onMode(kind: Kind, mode: Mode): void;
}

/** Replace or append, per kind of data, each choice explained; it stays as chosen for later uploads. */
export function ModeChoice({ kinds, modes, defaults, disabled, onMode }: ModeChoiceProps) {
  const { t } = useI18n();
  if (kinds.length === 0) return null;
  const explain = (kind: Kind, mode: Mode): string => {
    const name = t(`kind_${kind}` as StringKey);
    if (mode === 'replace') return t('modeReplaceExplain', { kind: name });
    if (kind === 'signatures') return t('modeAppendSignatures');
    if (kind === 'incidents') return t('modeAppendIncidents');
    return t('modeAppendExplain', { kind: name });
  };
  return (
    <fieldset className="mode-choice" data-testid="mode-choice">
      <legend>{t('modesTitle')}</legend>
      {kinds.map((kind) => {
        const id = `mode-${kind}`;
        return (
          <label key={kind} htmlFor={id}>
            <span>{t(`kind_${kind}` as StringKey)}:</span>
            <select id={id} value={modes[kind]} disabled={disabled} data-testid={`kind-mode-${kind}`} aria-describedby={`${id}-explain`}
              onChange={(e) => onMode(kind, e.target.value as Mode)}>
              <option value="replace">{t('modeReplace')}{defaults[kind] === 'replace' ? ` ${t('modeDefault')}` : ''}</option>
              <option value="append">{t('modeAppend')}{defaults[kind] === 'append' ? ` ${t('modeDefault')}` : ''}</option>
            </select>
            <span className="muted" id={`${id}-explain`} data-testid={`kind-mode-explain-${kind}`}>{explain(kind, modes[kind])}</span>
          </label>
        );
      })}
      <p className="muted">{t('modesHint')}</p>
    </fieldset>
  );
}
