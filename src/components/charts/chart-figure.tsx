import type { ReactElement } from 'react';
import type { ChartSize } from './print-size';
import { usePanelWidth } from '../ui/panel-width';
import { useWidth } from './use-width';

interface ChartFigureProps {
  readonly description: string;
  readonly height: number; // on screen; the width follows the panel
  readonly print: ChartSize | null; // while printing: the fixed size the chart is drawn at
  readonly children: (size: ChartSize) => ReactElement; // the chart at that size
}

/**
 * A chart's frame: as wide as its panel on screen, a fixed size on paper. The width is measured here
 * (use-width.ts) and given to the chart, so the chart plans its axis labels for it (Recharts measures
 * none) and is drawn once, not first empty and then again at its size as Recharts'
 * ResponsiveContainer does. In a panel measured before (the overview's panels are drawn with the
 * KPIs), it starts at the panel's width without measuring.
 */
export function ChartFigure({ description, height, print, children }: ChartFigureProps) {
  const [figure, width] = useWidth<HTMLElement>(usePanelWidth());
  const size = print ?? { width, height };
  return (
    <figure ref={figure} className={print ? 'chart chart-print' : 'chart'} style={{ height: size.height }} aria-label={description}>
      {size.width > 0 ? children(size) : null}
    </figure>
  );
}
