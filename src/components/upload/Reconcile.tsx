import { useCallback, useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/language';
import { AliasList } from './AliasList';
import { queueStep, startQueue, type ApplyQueue } from './bulk-queue';
import { ListPager } from './ListPager';
import { pageOf } from './paging';
import { ReconcileRow, type ReconcileUnit, type UnmatchedValue } from './ReconcileRow';
import { useSuggestionScan, type Suggest } from './use-suggestion-scan';

export type { ReconcileUnit } from './ReconcileRow';

interface ReconcileProps {
  readonly unmatched: readonly UnmatchedValue[];
  readonly units: readonly ReconcileUnit[];
  readonly aliases: Readonly<Record<string, string>>;
  readonly busy: boolean;
  readonly suggest: Suggest;
  onApply(value: string, code: string): void;
  /** Several choices in one go (one rematch); without it they are applied one after another. */
  onApplyMany?(choices: Readonly<Record<string, string>>): void;
  onRemoveAlias(value: string): void;
  onDownloadRegistry(): void;
}

export const PAGE_SIZE = 50;

/**
 * Unmatched unit values, 50 a page with a search, each with where it was seen and a choice of the
 * registry unit it means: a confident suggestion is selected, others are offered with their
 * confidence. The confident ones can be applied in one go; suggestions for all values are worked
 * out in slices that leave the page responsive.
 */
export function Reconcile({ unmatched, units, aliases, busy, suggest, onApply, onApplyMany, onRemoveAlias, onDownloadRegistry }: ReconcileProps) {
  const { t, fmt } = useI18n();
  const [choice, setChoice] = useState<Record<string, string>>({});
  // The full unit list (hundreds of options) only in the select the analyst opens: one per row made the tab slow.
  const [open, setOpen] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [queue, setQueue] = useState<ApplyQueue | null>(null);
  const [stoppedAt, setStoppedAt] = useState<string | null>(null);

  const shown = useMemo(() => pageOf(unmatched, page, PAGE_SIZE, query, (u) => [u.value, u.source?.file ?? '']), [unmatched, page, query]);
  const { scanned, scanning, confident, peek } = useSuggestionScan(unmatched, suggest, shown.rows);
  const bulk = useMemo(() => {
    const list: [string, string][] = [];
    for (const [value, code] of confident) {
      const chosen = choice[value] ?? code;
      if (chosen !== '' && aliases[value] === undefined) list.push([value, chosen]);
    }
    return list;
  }, [confident, choice, aliases]);

  // One after another when the page gives no bulk action: the next once the last is in the aliases
  // and the page is no longer busy; a choice that does not arrive stops the run, with a message.
  useEffect(() => {
    if (!queue) return;
    const step = queueStep(queue, aliases, busy);
    if (step.kind === 'done') setQueue(null);
    else if (step.kind === 'advance') setQueue(step.queue);
    else if (step.kind === 'stopped') { setStoppedAt(step.value); setQueue(null); }
    else if (step.kind === 'apply') { onApply(step.value, step.code); setQueue(step.queue); }
  }, [queue, aliases, busy, onApply]);

  const applyAll = () => {
    setStoppedAt(null);
    if (onApplyMany) onApplyMany(Object.fromEntries(bulk));
    else setQueue(startQueue(bulk));
  };
  const choose = useCallback((value: string, code: string) => setChoice((c) => ({ ...c, [value]: code })), []);
  const percent = fmt.int(Math.round((suggest.confidentFrom ?? 0.8) * 100));

  return (
    <div className="reconcile" data-testid="reconcile">
      <p className="muted">{t('reconcileHint')} {t('confidentHint', { p: percent })}</p>
      {unmatched.length === 0 ? <p>{t('reconcileNone')}</p> : (
        <>
          <div className="chips">
            <label>{t('reconcileSearch')}{' '}
              <input type="search" value={query} placeholder={t('reconcileSearchPlaceholder')} data-testid="reconcile-search"
                onChange={(e) => { setQuery(e.target.value); setPage(0); }} />
            </label>
            {queue ? (
              <span role="status" data-testid="bulk-progress">
                {t('applyingConfident', { done: fmt.int(queue.next), n: fmt.int(queue.items.length) })}{' '}
                <button type="button" onClick={() => setQueue(null)}>{t('stopApplying')}</button>
              </span>
            ) : (
              <button type="button" className="primary" disabled={busy || bulk.length === 0} onClick={applyAll} data-testid="apply-confident" data-count={bulk.length}>
                {t('applyConfident', { n: fmt.int(bulk.length) })}
              </button>
            )}
            {scanning ? <span className="muted" role="status" data-testid="suggest-progress">{t('scanningSuggestions', { done: fmt.int(scanned), n: fmt.int(unmatched.length) })}</span>
              : bulk.length === 0 && !queue ? <span className="muted">{t('applyConfidentNone')}</span> : null}
          </div>
          {stoppedAt !== null ? <p className="problem" role="alert" data-testid="bulk-stopped">{t('applyStopped', { value: stoppedAt })}</p> : null}
          {shown.total === 0 ? <p className="muted">{t('reconcileNoHits')}</p> : (
            <div className="table-scroll">
              <table>
                <thead><tr><th>{t('unitValue')}</th><th className="num">{t('rows')}</th><th>{t('meantUnit')}</th><th>{t('confidence')}</th><th /></tr></thead>
                <tbody>
                  {shown.rows.map((u) => {
                    const suggestions = peek(u.value);
                    const selected = choice[u.value] ?? suggestions?.find((s) => s.confident)?.code ?? '';
                    return (
                      <ReconcileRow key={u.value} item={u} suggestions={suggestions} selected={selected} units={units} open={open === u.value}
                        disabled={busy || queue !== null} onOpen={setOpen} onChoose={choose} onApply={onApply} />
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <ListPager page={shown} onPage={setPage} testId="reconcile-pager" />
        </>
      )}
      <AliasList aliases={aliases} units={units} disabled={busy || queue !== null} onRemove={onRemoveAlias} />
      <button type="button" onClick={onDownloadRegistry} data-testid="download-registry">{t('downloadRegistry')}</button>
    </div>
  );
}
