import { useOffset, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import { KeyRings, type BarKey, type KeyBox } from './key-rings';

const ON_TOP = 5000; // above bars, labels and axes (Recharts' DefaultZIndexes stop at 2000)

/** The keyboard keys (key-rings.tsx) of a Recharts column chart, placed by its category axis: a ring takes in a whole column. */
export function ColumnKeys({ items, label }: { items: readonly BarKey[]; label: string }) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  const offset = useOffset();
  if (!scale || !plot || !offset || items.length === 0) return null;
  const boxes = items.map((item): KeyBox | null => {
    const start = scale(item.code, { position: 'start' });
    const end = scale(item.code, { position: 'end' });
    if (start === undefined || end === undefined) return null;
    return { x: start + 1, y: plot.y - 2, width: Math.max(2, end - start - 2), height: plot.height + 18 };
  });
  return <ZIndexLayer zIndex={ON_TOP}><KeyRings items={items} boxes={boxes} across label={label} /></ZIndexLayer>;
}
