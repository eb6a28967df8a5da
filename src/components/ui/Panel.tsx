import type { ReactNode } from 'react';

interface PanelProps {
  readonly title: string;
  readonly subtitle?: string;
  readonly wide?: boolean;
  readonly noPrint?: boolean;
  readonly children: ReactNode;
}

export function Panel({ title, subtitle, wide = false, noPrint = false, children }: PanelProps) {
  return (
    <section className={`panel${wide ? ' panel-wide' : ''}${noPrint ? ' no-print' : ''}`} aria-label={title}>
      <header className="panel-header">
        <h2>{title}</h2>
        {subtitle ? <p className="panel-subtitle">{subtitle}</p> : null}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
