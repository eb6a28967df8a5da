import { useCallback, useRef, type ReactNode } from 'react';
import { downloadChartPng } from '../charts/chart-png';
import { useI18n } from '../../i18n/language';
import { PanelWidth, usePanelWidthBox } from './panel-width';

interface PanelProps {
  readonly title: string;
  readonly subtitle?: string;
  readonly wide?: boolean;
  readonly noPrint?: boolean;
  readonly png?: string; // file name: offers the panel's chart as a PNG download
  readonly children: ReactNode;
}

export function Panel({ title, subtitle, wide = false, noPrint = false, png, children }: PanelProps) {
  const { t } = useI18n();
  const body = useRef<HTMLDivElement | null>(null);
  // The overview's panels are drawn with the KPIs, well before their charts: measured by then.
  const [width, measure] = usePanelWidthBox();
  const attach = useCallback((element: HTMLDivElement | null) => { body.current = element; measure(element); }, [measure]);
  return (
    <section className={`panel${wide ? ' panel-wide' : ''}${noPrint ? ' no-print' : ''}`} aria-label={title}>
      <header className="panel-header">
        <div>
          <h2>{title}</h2>
          {subtitle ? <p className="panel-subtitle">{subtitle}</p> : null}
        </div>
        {png ? (
          <button type="button" className="small" onClick={() => body.current && void downloadChartPng(body.current, png)}
            aria-label={`${t('downloadPng')}: ${title}`} data-testid="download-png">PNG</button>
        ) : null}
      </header>
      <div className="panel-body" ref={attach}><PanelWidth.Provider value={width}>{children}</PanelWidth.Provider></div>
    </section>
  );
}
