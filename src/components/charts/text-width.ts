// Width of a label as the browser will draw it, so that labels are shortened or given room before
// they are drawn, rather than clipped by the chart's edge. A canvas measures with the page's own font.
let context: CanvasRenderingContext2D | null | undefined;
let family = '';
// Charts ask for the same labels on every draw (names, values, ticks): each is measured once.
const known = new Map<string, number>();

export function textWidth(text: string, fontSize: number): number {
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    family = typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  }
  // No canvas (tests without a DOM): a generous estimate of 0.62 em per character.
  if (!context) return text.length * fontSize * 0.62;
  const key = `${fontSize}|${text}`;
  let width = known.get(key);
  if (width === undefined) {
    if (known.size > 20_000) known.clear();
    context.font = `${fontSize}px ${family}`;
    width = context.measureText(text).width;
    known.set(key, width);
  }
  return width;
}

/** The text itself when it fits `room` px, else as much as fits followed by an ellipsis. */
export function fitText(text: string, fontSize: number, room: number): string {
  if (textWidth(text, fontSize) <= room) return text;
  let keep = text.length - 1;
  while (keep > 1 && textWidth(`${text.slice(0, keep).trimEnd()}…`, fontSize) > room) keep--;
  return `${text.slice(0, keep).trimEnd()}…`;
}
