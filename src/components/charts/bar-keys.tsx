import { createContext, useContext, useRef, useState, type KeyboardEvent } from 'react';
import { useOffset, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';

export interface BarKey {
  readonly code: string; // the category's value on the chart's category axis
  readonly name: string; // what a screen reader says: label and value
}

/** The chosen bar and what choosing one does; given by the chart around the keys. */
export interface BarChoice {
  readonly selected: string | null;
  onSelect?(code: string): void;
}
export const BarChoiceContext = createContext<BarChoice>({ selected: null });

const STEP: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
const ON_TOP = 5000; // above bars, labels and axes (Recharts' DefaultZIndexes stop at 2000)

// The bars of a chart as one keyboard stop: Tab enters the chart at the chosen bar (or the first),
// the arrow keys, Home and End move between bars, Enter or Space chooses one as a click does, and Tab
// leaves. One stop per chart rather than one per bar: the overview has over a hundred bars, and Tab
// should reach the table and the next chart without passing each of them (the WAI-ARIA toolbar
// pattern). Each bar is a toggle button named with its label and value, pressed when chosen.
// The keys draw only a focus ring and let the mouse through to the bars (pointer-events: none).
export function BarKeys({ items, across, label }: { items: readonly BarKey[]; across: boolean; label: string }) {
  const { selected, onSelect } = useContext(BarChoiceContext);
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const offset = useOffset();
  const [active, setActive] = useState<string | null>(null);
  const group = useRef<SVGGElement>(null);
  const scale = across ? xScale : yScale;
  if (!onSelect || !scale || !plot || !offset || items.length === 0) return null;
  const stop = items.find((i) => i.code === active) ?? items.find((i) => i.code === selected) ?? items[0];
  const focus = (index: number) => {
    const item = items[Math.max(0, Math.min(items.length - 1, index))];
    setActive(item.code);
    group.current?.querySelector<SVGElement>(`[data-code="${CSS.escape(item.code)}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (event.key === 'Enter' || event.key === ' ') onSelect(items[index].code);
    else if (event.key in STEP) focus(index + STEP[event.key]);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else return;
    event.preventDefault();
  };
  const chartWidth = offset.left + plot.width + offset.right;
  return (
    <ZIndexLayer zIndex={ON_TOP}>
      <g ref={group} role="toolbar" aria-label={label} aria-orientation={across ? 'horizontal' : 'vertical'} className="bar-keys">
        {items.map((item, index) => {
          const start = scale(item.code, { position: 'start' });
          const end = scale(item.code, { position: 'end' });
          if (start === undefined || end === undefined) return null;
          // The ring takes in the whole row of a horizontal bar (label, bar, value) or the whole column.
          const box = across
            ? { x: start + 1, y: plot.y - 2, width: Math.max(2, end - start - 2), height: plot.height + 18 }
            : { x: 1, y: start + 1, width: chartWidth - 2, height: Math.max(2, end - start - 2) };
          return (
            <rect key={item.code} {...box} rx={3} className="bar-key" data-code={item.code} role="button" aria-label={item.name}
              aria-pressed={selected === item.code} tabIndex={item === stop ? 0 : -1}
              onKeyDown={(event) => onKeyDown(event, index)} onClick={() => onSelect(item.code)} onFocus={() => setActive(item.code)} />
          );
        })}
      </g>
    </ZIndexLayer>
  );
}
