import { useOffset, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { KeyRings, type BarKey, type KeyBox } from './key-rings';

const ON_TOP = 5000; // above bars, labels and axes (Recharts' DefaultZIndexes stop at 2000)

/** The keyboard keys (key-rings.tsx) of a Recharts bar chart, placed by its category axis. */
export function BarKeys({ items, across, label }: { items: readonly BarKey[]; across: boolean; label: string }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const offset = useOffset();
  const scale = across ? xScale : yScale;
  if (!scale || !plot || !offset || items.length === 0) return null;
  const chartWidth = offset.left + plot.width + offset.right;
  const boxes = items.map((item): KeyBox | null => {
    const start = scale(item.code, { position: 'start' });
    const end = scale(item.code, { position: 'end' });
    if (start === undefined || end === undefined) return null;
    // The ring takes in the whole row of a horizontal bar (label, bar, value) or the whole column.
    return across
      ? { x: start + 1, y: plot.y - 2, width: Math.max(2, end - start - 2), height: plot.height + 18 }
      : { x: 1, y: start + 1, width: chartWidth - 2, height: Math.max(2, end - start - 2) };
  });
  return <ZIndexLayer zIndex={ON_TOP}><KeyRings items={items} boxes={boxes} across={across} label={label} /></ZIndexLayer>;
}
