import { useState, type MouseEvent } from 'react';
import { rowAt } from './bar-layout';

/**
 * The band under the pointer of a chart of rows (`axis` y) or columns (`axis` x): the one hovered, and
 * the one a click picks. `length` is the drawing's size along the axis (the drawing may be shown
 * scaled, on paper or a narrow panel); bands of `band` px start at `start`.
 */
export function useBandPointer(axis: 'x' | 'y', length: number, start: number, band: number, count: number, onPick?: (index: number) => void) {
  const [hover, setHover] = useState(-1);
  const at = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const shown = axis === 'x' ? box.width : box.height;
    const offset = axis === 'x' ? event.clientX - box.left : event.clientY - box.top;
    return rowAt(offset * (shown > 0 ? length / shown : 1), start, band, count);
  };
  return {
    hover,
    onMouseMove: (event: MouseEvent<SVGSVGElement>) => { const i = at(event); if (i !== hover) setHover(i); },
    onMouseLeave: () => setHover(-1),
    onClick: onPick ? (event: MouseEvent<SVGSVGElement>) => { const i = at(event); if (i >= 0) onPick(i); } : undefined,
  };
}
