import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/language';
import { queueStep, startQueue, type ApplyQueue } from './bulk-queue';
import { ListPager } from './ListPager';
import { inSlices, pageOf } from './paging';
import { ReconcileRow, type ReconcileSuggestion, type ReconcileUnit, type UnmatchedValue } from './ReconcileRow';

export type { ReconcileUnit } from './ReconcileRow';

type Suggest = ((value: string) => readonly ReconcileSuggestion[]) & {
  readonly confidentFrom?: number;
  /** The suggestions already worked out, without working them out (absent: `suggest` is cheap). */
  readonly peek?: (value: string) => readonly ReconcileSuggestion[] | undefined;
};

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
const PROGRESS_EVERY_MS = 250;


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
  const [scanned, setScanned] = useState(0);
  const confident = useRef(new Map<string, string>());
  const [queue, setQueue] = useState<ApplyQueue | null>(null);
  const [stoppedAt, setStoppedAt] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const found = new Map<string, string>();
    let shown = 0;
    confident.current = found;
    setScanned(0);
    void inSlices(unmatched, (item) => {
      const sure = suggest(item.value).find((s) => s.confident);
      if (sure) found.set(item.value, sure.code);
    }, {
      isCancelled: () => cancelled,
      onProgress: (done) => {
        const now = performance.now();
        if (done === unmatched.length || now - shown >= PROGRESS_EVERY_MS) {
          shown = now;
          setScanned(done);
        }
      },
    });
    return () => { cancelled = true; };
  }, [unmatched, suggest]);

  const shown = useMemo(() => pageOf(unmatched, page, PAGE_SIZE, query, (u) => [u.value, u.source?.file ?? '']), [unmatched, page, query]);
  const peek = useCallback((value: string) => (suggest.peek ? suggest.peek(value) : suggest(value)), [suggest]);

  // The rows on screen first: their missing suggestions in slices, then one render with all of them.
  const [, setShownReady] = useState(0);
  useEffect(() => {
    const missing = shown.rows.filter((u) => peek(u.value) === undefined);
    if (missing.length === 0) return;
    let cancelled = false;
    void inSlices(missing, (u) => { suggest(u.value); }, { isCancelled: () => cancelled })
      .then((done) => { if (done) setShownReady((n) => n + 1); });
    return () => { cancelled = true; };
  }, [shown, peek, suggest]);
  const scanning = scanned < unmatched.length;
  const bulk = useMemo(() => {
    const list: [string, string][] = [];
    for (const [value, code] of confident.current) {
      const chosen = choice[value] ?? code;
      if (chosen !== '' && aliases[value] === undefined) list.push([value, chosen]);
    }
    return list;
    // `scanned` stands for the growing map of confident choices.
  }, [scanned, choice, aliases]); // eslint-disable-line react-hooks/exhaustive-deps

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
  const nameOf = new Map(units.map((u) => [u.code, u.name]));
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
      {Object.keys(aliases).length > 0 ? (
        <details>
          <summary>{t('aliasesTitle')} ({fmt.int(Object.keys(aliases).length)})</summary>
          <ul className="compact">
            {Object.entries(aliases).sort().map(([value, code]) => (
              <li key={value}>
                <code>{value}</code> → {nameOf.get(code) ?? code} ({code}){' '}
                <button type="button" disabled={busy || queue !== null} onClick={() => onRemoveAlias(value)}>{t('removeAlias')}</button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <button type="button" onClick={onDownloadRegistry} data-testid="download-registry">{t('downloadRegistry')}</button>
    </div>
  );
}
