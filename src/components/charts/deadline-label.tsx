import { usePlotArea } from 'recharts';
import { fitText, textWidth } from './text-width';

interface DeadlineLabelProps {
  readonly text: string;
  readonly font: number;
  readonly viewBox?: { x?: number; y?: number }; // given by the ReferenceLine: where the line is
}

// The deadline's name beside its line, on the side with room: a deadline near the end of the
// campaign is labelled to the left of its line instead of running off the chart ("Te…" on paper).
export function DeadlineLabel({ text, font, viewBox }: DeadlineLabelProps) {
  const plot = usePlotArea();
  if (!text || !plot || viewBox?.x === undefined) return null;
  const x = viewBox.x;
  const gap = 4;
  const roomRight = plot.x + plot.width - x - gap;
  const roomLeft = x - plot.x - gap;
  const right = textWidth(text, font) <= roomRight || roomRight >= roomLeft;
  return (
    <text x={right ? x + gap : x - gap} y={plot.y + font + 2} textAnchor={right ? 'start' : 'end'} fontSize={font} fill="#8a2c00"
      className="deadline-label" style={{ whiteSpace: 'pre' }}>
      {fitText(text, font, right ? roomRight : roomLeft)}
    </text>
  );
}
