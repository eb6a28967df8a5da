import { useCallback, useRef, useState } from 'react';

/**
 * A callback ref that follows an element's width in whole CSS px with a resize observer (after the
 * browser's own layout, never in the middle of drawing the page). `onWidth` is read once, when the ref
 * is made: a state setter or a write to a ref.
 */
export function useWidthObserver<T extends HTMLElement>(onWidth: (width: number) => void): (element: T | null) => void {
  const observer = useRef<ResizeObserver | null>(null);
  return useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) onWidth(Math.floor(box.width));
    });
    observer.current.observe(element);
  }, []);
}

/**
 * The width of an element in whole CSS px, followed as it changes (a turned phone, a resized window,
 * a panel that wraps). A callback ref: measured as soon as the element is attached, before the first
 * paint, whenever that is (a chart shown after a table, figures that come after an empty answer).
 *
 * `known`: the width the element will have, when the caller knows it already (a chart in a panel
 * measured before: ui/panel-width.ts). The element is then not measured on the spot, which would make
 * the browser lay out the whole page in the middle of drawing it and draw the chart a second time;
 * its resize observer still corrects a width that turns out different. Read once, when attached.
 */
export function useWidth<T extends HTMLElement>(known = 0): [(element: T | null) => void, number] {
  const [width, setWidth] = useState(known);
  const observe = useWidthObserver<T>(setWidth);
  const ref = useCallback((element: T | null) => {
    if (element && known <= 0) setWidth(Math.floor(element.getBoundingClientRect().width));
    observe(element);
  }, [observe]);
  return [ref, width];
}
