import Papa from 'papaparse';
import type { Delimiter } from './delimiter';

export interface RawRecord {
  readonly line: number; // 1-based physical line where the record starts
  readonly fields: string[];
}

const LINE_BREAK = /\r\n|\r|\n/g;

function breaksIn(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) {
    if (f.includes('\n') || f.includes('\r')) n += f.match(LINE_BREAK)?.length ?? 0;
  }
  return n;
}

/** A line that is empty or holds only white space (with a tab delimiter, tabs are white space too). */
export const isBlankRecord = (fields: readonly string[], delimiter: string = ','): boolean =>
  (fields.length === 1 || delimiter === '\t') && fields.every((f) => f.trim() === '');

/**
 * Splits text into records with their starting line numbers, using PapaParse. Line numbers
 * follow the line breaks inside quoted fields, so a reported line is the one an editor shows.
 * `startLine` lets a caller feed the text in chunks that end on record boundaries.
 */
export class RecordSplitter {
  private nextLine: number;
  constructor(private readonly delimiter: Delimiter, startLine = 1) {
    this.nextLine = startLine;
  }

  split(text: string, onRecord: (record: RawRecord) => void): { errors: Papa.ParseError[] } {
    const errors: Papa.ParseError[] = [];
    if (text === '') {
      // An empty piece is one empty line (PapaParse would give no record for it).
      onRecord({ line: this.nextLine++, fields: [''] });
      return { errors };
    }
    Papa.parse<string[]>(text, {
      delimiter: this.delimiter,
      quoteChar: '"',
      escapeChar: '"',
      header: false,
      skipEmptyLines: false,
      step: (result) => {
        const fields = result.data;
        onRecord({ line: this.nextLine, fields });
        this.nextLine += breaksIn(fields) + 1;
        for (const e of result.errors) if (e.code !== 'UndetectableDelimiter') errors.push(e);
      },
    });
    return { errors };
  }
}
