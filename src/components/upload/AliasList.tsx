import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/language';
import { ListPager } from './ListPager';
import { pageOf } from './paging';
import type { ReconcileUnit } from './ReconcileRow';

const PER_PAGE = 50;

/** The analyst's unit choices (value → unit), 50 a page, each with a way to take it back. */
export function AliasList({ aliases, units, disabled, onRemove }: {
  aliases: Readonly<Record<string, string>>; units: readonly ReconcileUnit[]; disabled: boolean; onRemove(value: string): void;
}) {
  const { t, fmt } = useI18n();
  const [page, setPage] = useState(0);
  const entries = useMemo(() => Object.entries(aliases).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), [aliases]);
  const nameOf = useMemo(() => new Map(units.map((u) => [u.code, u.name])), [units]);
  if (entries.length === 0) return null;
  const shown = pageOf(entries, page, PER_PAGE);
  return (
    <details data-testid="alias-list">
      <summary>{t('aliasesTitle')} ({fmt.int(entries.length)})</summary>
      <ul className="compact">
        {shown.rows.map(([value, code]) => (
          <li key={value}>
            <code>{value}</code> → {nameOf.get(code) ?? code} ({code}){' '}
            <button type="button" disabled={disabled} onClick={() => onRemove(value)}>{t('removeAlias')}</button>
          </li>
        ))}
      </ul>
      <ListPager page={shown} onPage={setPage} />
    </details>
  );
}
