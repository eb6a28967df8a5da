import { NumberList } from './number-list';

/** Slash dates stored day-first while their column may still turn out month-first. */
export class PendingDates {
  readonly rows = new NumberList(); // row handles
  readonly places = new NumberList(); // where the date value is stored
  // As written, for the entries month-first would reject: their indexes, in order, and the values.
  readonly rawAt = new NumberList();
  readonly raws: string[] = [];

  /** Adds a pending date; `raw` only when month-first would reject it. */
  add(row: number, place: number, raw: string | null): void {
    if (raw !== null) {
      this.rawAt.push(this.rows.length);
      this.raws.push(raw);
    }
    this.rows.push(row);
    this.places.push(place);
  }
}

/**
 * A stored YYYY-MM-DD read the other way round (month and day swapped), or null when that is no
 * date: only a day above 12 fails, as every month has more days than there are months.
 */
export function swapped(day: string): string | null {
  return Number(day.slice(8, 10)) <= 12 ? `${day.slice(0, 4)}-${day.slice(8, 10)}-${day.slice(5, 7)}` : null;
}
