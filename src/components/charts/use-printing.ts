import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

// Recharts' ResponsiveContainer keeps the screen's size on paper (recharts/recharts#1114): a chart
// measured 900 px wide on a projector spills out of its 340 px printed panel. While the page prints,
// the charts are drawn at fixed print sizes instead (print-size.ts). Chromium and Firefox fire
// `beforeprint` for window.print(), Ctrl+P and a headless PDF, and `matchMedia('print')` changes when
// print media is emulated; the redraw is flushed synchronously because the browser lays the page out
// for paper as soon as the `beforeprint` handlers return.
let printing = false;
let installed = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (value === printing) return;
  printing = value;
  flushSync(() => listeners.forEach((notify) => notify()));
}

function install(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  const query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
  printing = query?.matches ?? false;
  query?.addEventListener('change', (event) => set(event.matches));
  window.addEventListener('beforeprint', () => set(true));
  window.addEventListener('afterprint', () => set(query?.matches ?? false));
}

function subscribe(notify: () => void): () => void {
  install();
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/** True while the page is being printed (or print media is emulated). */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing, () => false);
}
