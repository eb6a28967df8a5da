import { useI18n } from '../../i18n/language';
import type { Page } from './paging';

/** Previous / "1–50 of 20,000 · page 1 of 400" / next under a long list; nothing when it fits on one page. */
export function ListPager({ page, onPage, testId }: { page: Page<unknown>; onPage(page: number): void; testId?: string }) {
  const { t, fmt } = useI18n();
  if (page.pages <= 1) return null;
  return (
    <div className="pager" data-testid={testId}>
      <button type="button" onClick={() => onPage(page.page - 1)} disabled={page.page === 0}>{t('previous')}</button>
      <span>
        {t('listShowing', { from: fmt.int(page.from), to: fmt.int(page.to), n: fmt.int(page.total) })}
        {' · '}{t('page', { p: fmt.int(page.page + 1), n: fmt.int(page.pages) })}
      </span>
      <button type="button" onClick={() => onPage(page.page + 1)} disabled={page.page >= page.pages - 1}>{t('next')}</button>
    </div>
  );
}
