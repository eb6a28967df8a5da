import { createContext, useContext, useRef } from 'react';
import { useWidthObserver } from '../charts/use-width';

/**
 * The width of a panel's body, followed by a resize observer (Panel.tsx) from when the panel is first
 * drawn, before its figures come: a chart drawn in it later starts at that width instead of measuring
 * itself in the middle of its first drawing (charts/use-width.ts). A box, not React state: a change
 * draws nothing again (the chart follows its own size), it is only read when a chart is first drawn.
 * 0 while not known.
 */
export const PanelWidth = createContext<{ readonly current: number }>({ current: 0 });

/** A chart's starting width: its panel's, when the panel has been laid out already. */
export const usePanelWidth = (): number => useContext(PanelWidth).current;

/** For the panel: the box to provide and the callback ref that keeps it up to date. */
export function usePanelWidthBox(): [{ readonly current: number }, (element: HTMLElement | null) => void] {
  const box = useRef(0);
  return [box, useWidthObserver((width) => { box.current = width; })];
}
