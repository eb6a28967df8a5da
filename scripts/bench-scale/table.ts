import { mkdirSync, writeFileSync } from 'node:fs';

// The scale bench's one table: per measure, the figure, its floor, the ratio, the target and whether
// it is met; printed with console.table and written as JSON (test-results/bench-scale.json).

export type Result = 'pass' | 'fail' | 'info' | 'skipped' | 'not measured';

export interface Row {
  readonly figure: number | string;
  readonly unit: string;
  readonly floor: number | string;
  readonly ratio: number | string;
  readonly target: string;
  readonly result: Result;
  readonly note: string;
}

export class ScaleTable {
  readonly rows: Record<string, Row> = {};

  add(measure: string, row: Partial<Row> & Pick<Row, 'figure' | 'unit'>): void {
    // In this order in the table: the figure first, the note (often long) last.
    this.rows[measure] = { figure: row.figure, unit: row.unit, floor: row.floor ?? '', ratio: row.ratio ?? '', target: row.target ?? '',
      result: row.result ?? 'info', note: row.note ?? '' };
    process.stderr.write(`${measure}: ${JSON.stringify(this.rows[measure])}\n`);
  }

  /** A measure that was not taken, and why (skipped by a setting, or an earlier step failed). */
  miss(measure: string, unit: string, target: string, why: string, result: Result = 'not measured'): void {
    this.add(measure, { figure: '', unit, target, result, note: why });
  }

  print(settings: Record<string, unknown>, file = 'test-results/bench-scale.json'): void {
    console.table(this.rows);
    mkdirSync('test-results', { recursive: true });
    writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), settings, rows: this.rows }, null, 2)}\n`);
  }
}

export const ratio = (figure: number, floor: number) => (floor > 0 ? Math.round((figure / floor) * 100) / 100 : '');
export const within = (ok: boolean): Result => (ok ? 'pass' : 'fail');
