import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import type { ChartSize } from './print-size';

interface ChartFigureProps {
  readonly description: string;
  readonly height: number; // on screen; the width follows the panel
  readonly print: ChartSize | null; // while printing: the fixed size the chart is drawn at
  readonly children: ReactElement;
}

/**
 * A chart's frame: as wide as its panel on screen, a fixed size on paper. The same container is
 * kept in both cases (given numbers instead of percentages), so switching to print redraws the chart
 * without mounting it again.
 */
export function ChartFigure({ description, height, print, children }: ChartFigureProps) {
  return (
    <figure className={print ? 'chart chart-print' : 'chart'} style={{ height: print ? print.height : height }} aria-label={description}>
      <ResponsiveContainer width={print ? print.width : '100%'} height={print ? print.height : '100%'}>
        {children}
      </ResponsiveContainer>
    </figure>
  );
}
