import { createContext, useContext, useRef, useState, type KeyboardEvent } from 'react';

export interface BarKey {
  readonly code: string; // the category's value on the chart's category axis
  readonly name: string; // what a screen reader says: label and value
}

/** Where a key's ring is drawn, in the chart's coordinates. */
export interface KeyBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The chosen bar and what choosing one does; given by the chart around the keys. */
export interface BarChoice {
  readonly selected: string | null;
  onSelect?(code: string): void;
}
export const BarChoiceContext = createContext<BarChoice>({ selected: null });

const STEP: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

// The bars of a chart as one keyboard stop: Tab enters the chart at the chosen bar (or the first),
// the arrow keys, Home and End move between bars, Enter or Space chooses one as a click does, and Tab
// leaves. One stop per chart rather than one per bar: the overview has over a hundred bars, and Tab
// should reach the table and the next chart without passing each of them (the WAI-ARIA toolbar
// pattern). Each bar is a toggle button named with its label and value, pressed when chosen.
// The keys draw only a focus ring and let the mouse through to the bars (pointer-events: none).
// `boxes[i]` is where the ring of `items[i]` goes (null: not drawn).
export function KeyRings({ items, boxes, across, label }: { items: readonly BarKey[]; boxes: readonly (KeyBox | null)[]; across: boolean; label: string }) {
  const { selected, onSelect } = useContext(BarChoiceContext);
  const [active, setActive] = useState<string | null>(null);
  const group = useRef<SVGGElement>(null);
  if (!onSelect || items.length === 0) return null;
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
  return (
    <g ref={group} role="toolbar" aria-label={label} aria-orientation={across ? 'horizontal' : 'vertical'} className="bar-keys">
      {items.map((item, index) => {
        const box = boxes[index];
        if (!box) return null;
        return (
          <rect key={item.code} {...box} rx={3} className="bar-key" data-code={item.code} role="button" aria-label={item.name}
            aria-pressed={selected === item.code} tabIndex={item === stop ? 0 : -1}
            onKeyDown={(event) => onKeyDown(event, index)} onClick={() => onSelect(item.code)} onFocus={() => setActive(item.code)} />
        );
      })}
    </g>
  );
}
