import { useCallback, useRef, useState } from 'react';

/**
 * The width of an element in whole CSS px, followed as it changes (a turned phone, a resized window,
 * a panel that wraps). A callback ref: measured as soon as the element is attached, before the first
 * paint, whenever that is (a chart shown after a table, figures that come after an empty answer).
 */
export function useWidth<T extends HTMLElement>(): [(element: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) setWidth(Math.floor(box.width));
    });
    observer.current.observe(element);
  }, []);
  return [ref, width];
}
