// Width of a label as the browser will draw it, so that labels are shortened or given room before
// they are drawn, rather than clipped by the chart's edge. A canvas measures with the page's own font.
let context: CanvasRenderingContext2D | null | undefined;
let family = '';
let font = ''; // the canvas's font now: setting it makes the browser parse the CSS text, so only on a change
// Charts ask for the same labels on every draw (names, values, ticks): each is measured once.
const known = new Map<string, number>();

/**
 * Reads the page's font family and makes the canvas. Called once the stylesheet applies and before the
 * first chart (main.tsx): reading a computed style in the middle of drawing the charts would make the
 * browser work out the style of the whole page there and then. Later calls do nothing.
 */
export function prepareTextWidth(): void {
  if (context !== undefined) return;
  context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  family = typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
}

export function textWidth(text: string, fontSize: number): number {
  prepareTextWidth();
  // No canvas (tests without a DOM): a generous estimate of 0.62 em per character.
  if (!context) return text.length * fontSize * 0.62;
  const key = `${fontSize}|${text}`;
  let width = known.get(key);
  if (width === undefined) {
    if (known.size > 20_000) known.clear();
    const wanted = `${fontSize}px ${family}`;
    if (font !== wanted) context.font = font = wanted;
    width = context.measureText(text).width;
    known.set(key, width);
  }
  return width;
}

/**
 * The text itself when it fits `room` px, else its longest start that fits followed by an ellipsis
 * (at least one character of a longer text). A start grows no narrower as it gets longer, so the longest that fits is
 * found by halving: a few measurements per label, not one per character cut.
 */
export function fitText(text: string, fontSize: number, room: number): string {
  if (textWidth(text, fontSize) <= room) return text;
  const cut = (keep: number) => `${text.slice(0, keep).trimEnd()}…`;
  let fits = Math.min(1, text.length - 1); // kept even when it does not fit
  let tooLong = text.length; // the whole text does not fit
  while (tooLong - fits > 1) {
    const mid = (fits + tooLong) >>> 1;
    if (textWidth(cut(mid), fontSize) <= room) fits = mid;
    else tooLong = mid;
  }
  return cut(fits);
}
