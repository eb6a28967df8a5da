import { useI18n } from '../i18n/language';
import { fingerprint } from '../view-models/fingerprint';
import type { Frame, PageProps } from './frame';
import { useFilterFields } from './filter-fields';

/** Shown on paper only: what the printed page is, on which data, as of when, with which filters. */
export function PrintHeader({ props, frame }: { props: PageProps; frame: Frame }) {
  const { t, fmt } = useI18n();
  const { snap } = props;
  const view = frame.view;
  const { chips } = useFilterFields({
    view, registry: frame.registry, names: frame.names, campaigns: snap.info?.campaigns ?? [], campaign: frame.filters.campaign, asOf: frame.filters.asOf,
  });
  const print = fingerprint([...snap.files.flatMap((f) => [f.file, f.bytes, f.rowsRead, f.loaded]), ...Object.entries(snap.aliases).flat()]);
  const source = snap.source === 'local' ? t('sourceLocal') : t('sourcePublished');
  return (
    <div className="print-header" data-testid="print-header">
      <h1>{t('printTitle')}</h1>
      <p>
        {t('campaign')}: <strong>{frame.filters.campaign}</strong> · {t('asOf')}: <strong>{fmt.day(frame.filters.asOf)}</strong>
        {view.deadline ? <> · {t('deadline')}: <strong>{fmt.day(view.deadline)}</strong></> : null}
        {' · '}{snap.info?.basis === 'roster' ? t('basisRoster') : t('basisHeadcount')}
      </p>
      <p>
        {t('printData')}: {source}{snap.synthetic && snap.source === 'published' ? ` (${t('printSynthetic')})` : ''} · {t('printFingerprint')}: <code>{print}</code>
        {' · '}{t('printFilters')}: {chips.length ? chips.map((c) => c.label).join('; ') : t('printNone')}
        {' · '}{t('printGenerated')}: {fmt.day(new Date().toISOString().slice(0, 10))}
      </p>
    </div>
  );
}
