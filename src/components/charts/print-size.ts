// Charts on paper. The page is A4 landscape with 8 mm margins (@page in styles.css): 281 × 194 mm,
// 1062 × 733 CSS px. The printed overview is three equal columns 6 px apart, each a panel with a
// 1 px border and 4 px padding (print.css), so a chart has (1062 − 2 × 6) / 3 − 10 = 340 px.
// Keep these numbers and print.css together; a panel narrower than this shrinks the chart as a
// whole (print.css), it never spills out.
export const PRINT_CHART_WIDTH = 340;
/** Height of a trend or month chart on paper. */
export const PRINT_CHART_HEIGHT = 200;
/** One bar of a horizontal bar chart on paper: 34 Kanwil fit one column under the header and KPIs. */
export const PRINT_ROW = 15;
/** Axis and value labels on paper, in CSS px (6 pt). */
export const PRINT_FONT = 8;

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}
