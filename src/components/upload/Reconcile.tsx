import { useState } from 'react';
import { useI18n } from '../../i18n/language';

export interface ReconcileUnit {
  readonly code: string;
  readonly name: string;
}

interface ReconcileProps {
  readonly unmatched: readonly { value: string; rows: number }[];
  readonly units: readonly ReconcileUnit[];
  readonly aliases: Readonly<Record<string, string>>;
  readonly busy: boolean;
  suggest(value: string): readonly { code: string; name: string; score: number }[];
  onApply(value: string, code: string): void;
  onRemoveAlias(value: string): void;
  onDownloadRegistry(): void;
}

/** Unmatched unit values, each with a choice of the registry unit it means (suggestions first). */
export function Reconcile({ unmatched, units, aliases, busy, suggest, onApply, onRemoveAlias, onDownloadRegistry }: ReconcileProps) {
  const { t, fmt } = useI18n();
  const [choice, setChoice] = useState<Record<string, string>>({});
  // The full unit list (hundreds of options) only in the select the analyst opens: one per row made the tab slow.
  const [open, setOpen] = useState<string | null>(null);
  const nameOf = new Map(units.map((u) => [u.code, u.name]));
  return (
    <div className="reconcile" data-testid="reconcile">
      <p className="muted">{t('reconcileHint')}</p>
      {unmatched.length === 0 ? <p>{t('reconcileNone')}</p> : (
        <div className="table-scroll">
          <table>
            <thead><tr><th>{t('unitValue')}</th><th className="num">{t('rows')}</th><th>{t('meantUnit')}</th><th /></tr></thead>
            <tbody>
              {unmatched.map((u) => {
                const suggestions = suggest(u.value);
                const selected = choice[u.value] ?? suggestions[0]?.code ?? '';
                return (
                  <tr key={u.value} data-testid="unmatched-row">
                    <td><code>{u.value}</code></td>
                    <td className="num">{fmt.int(u.rows)}</td>
                    <td>
                      <select value={selected} aria-label={`${t('meantUnit')}: ${u.value}`}
                        onFocus={() => setOpen(u.value)} onMouseDown={() => setOpen(u.value)}
                        onChange={(e) => setChoice({ ...choice, [u.value]: e.target.value })}>
                        <option value="">{t('chooseUnit')}</option>
                        {suggestions.length > 0 ? (
                          <optgroup label={t('suggestions')}>
                            {suggestions.map((s) => <option key={`s-${s.code}`} value={s.code}>{s.name} ({s.code})</option>)}
                          </optgroup>
                        ) : null}
                        {open === u.value || (selected !== '' && !suggestions.some((s) => s.code === selected)) ? (
                          <optgroup label={t('allUnits')}>
                            {units.map((unit) => <option key={unit.code} value={unit.code}>{unit.name} ({unit.code})</option>)}
                          </optgroup>
                        ) : null}
                      </select>
                    </td>
                    <td>
                      <button type="button" disabled={busy || !selected} onClick={() => onApply(u.value, selected)} data-testid="apply-alias">
                        {t('apply')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {Object.keys(aliases).length > 0 ? (
        <details>
          <summary>{t('aliasesTitle')} ({fmt.int(Object.keys(aliases).length)})</summary>
          <ul className="compact">
            {Object.entries(aliases).sort().map(([value, code]) => (
              <li key={value}>
                <code>{value}</code> → {nameOf.get(code) ?? code} ({code}){' '}
                <button type="button" disabled={busy} onClick={() => onRemoveAlias(value)}>{t('removeAlias')}</button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <button type="button" onClick={onDownloadRegistry} data-testid="download-registry">{t('downloadRegistry')}</button>
    </div>
  );
}
