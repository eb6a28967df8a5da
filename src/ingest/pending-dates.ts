/** A growing list of numbers kept out of the garbage collector's way (one entry per pending date). */
class NumberList {
  private data = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  at(i: number): number {
    return this.data[i];
  }
}

/** Slash dates stored day-first while their column may still turn out month-first. */
export class PendingDates {
  readonly rows = new NumberList(); // row handles
  readonly places = new NumberList(); // where the date value is stored
  readonly raws = new Map<number, string>(); // as written, for the entries month-first would reject
}

/**
 * A stored YYYY-MM-DD read the other way round (month and day swapped), or null when that is no
 * date: only a day above 12 fails, as every month has more days than there are months.
 */
export function swapped(day: string): string | null {
  return Number(day.slice(8, 10)) <= 12 ? `${day.slice(0, 4)}-${day.slice(8, 10)}-${day.slice(5, 7)}` : null;
}
