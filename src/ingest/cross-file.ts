import type { Kind } from '../schema/columns';
import type { TableRow } from '../schema/tables';
import type { PriorKeys, Seen } from './combine';

export type CrossFileVerdict =
  | { readonly keep: true; readonly repeated: boolean }
  | { readonly keep: false; readonly reason: string; readonly column: string; readonly value: string; readonly first: Seen };

/**
 * Duplicate rules that span rows, files and what is already loaded, decided as each row is read
 * (so a rejected duplicate keeps its original fields): the first unit code and the first roster NIP
 * win; a repeated signature of a campaign is kept and counted. Re-sent incidents are resolved after
 * reading (the later row wins), in combine().
 */
export class CrossFileRules {
  private readonly units: Map<string, Seen>;
  private readonly employees: Map<string, Seen>;
  private readonly signatures: Set<string>;
  private journal: (() => void)[] | null = null;

  constructor(prior: PriorKeys = {}) {
    this.units = new Map(prior.units);
    this.employees = new Map(prior.employees);
    this.signatures = new Set(prior.signatures);
  }

  /** Starts an attempt at reading a file; a failed attempt (wrong encoding guess) is rolled back. */
  begin(): void {
    this.journal = [];
  }

  commit(): void {
    this.journal = null;
  }

  rollback(): void {
    for (const undo of (this.journal ?? []).reverse()) undo();
    this.journal = null;
  }

  check(kind: Kind, row: TableRow, file: string, line: number): CrossFileVerdict {
    if (kind === 'units' || kind === 'employees') {
      const seen = kind === 'units' ? this.units : this.employees;
      const value = row[0] ?? '';
      const key = kind === 'units' ? value.toLowerCase() : value;
      const first = seen.get(key);
      if (first) {
        return { keep: false, reason: kind === 'units' ? 'duplicate_unit_code' : 'duplicate_nip', column: kind === 'units' ? 'unit_code' : 'nip', value, first };
      }
      seen.set(key, { file, line });
      this.journal?.push(() => seen.delete(key));
      return { keep: true, repeated: false };
    }
    if (kind === 'signatures') {
      const key = `${row[5]}|${row[0]}`; // campaign, nip
      if (this.signatures.has(key)) return { keep: true, repeated: true };
      this.signatures.add(key);
      this.journal?.push(() => this.signatures.delete(key));
    }
    return { keep: true, repeated: false };
  }
}
