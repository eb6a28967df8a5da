import type { Kind } from '../schema/columns';
import type { TableRow } from '../schema/tables';
import type { PriorKeys, Seen } from './combine';
import { NipTable } from './nip-table';

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
  // Where a key was first seen, as one number (file index × 2^32 + line): a million roster NIPs
  // then hold no object each. Files are numbered in the order they are first seen.
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly units = new Map<string, number>();
  private readonly employees = new NipTable();
  private readonly signatures = new Map<string, NipTable>(); // campaign → NIPs
  // Keys added during the current attempt, to undo it (plain lists: a closure per row would cost more).
  private journal: { units: string[]; employees: string[]; signerSets: NipTable[]; signers: string[] } | null = null;

  constructor(prior: PriorKeys = {}) {
    for (const [key, seen] of prior.units ?? []) this.units.set(key, this.place(seen.file, seen.line));
    for (const [key, seen] of prior.employees ?? []) this.employees.set(key, this.place(seen.file, seen.line));
    for (const key of prior.signatures ?? []) {
      const bar = key.indexOf('|');
      this.signersOf(key.slice(0, bar)).add(key.slice(bar + 1));
    }
  }

  private place(file: string, line: number): number {
    let index = this.fileIndex.get(file);
    if (index === undefined) {
      index = this.files.push(file) - 1;
      this.fileIndex.set(file, index);
    }
    return index * 2 ** 32 + line;
  }

  private seen(place: number): Seen {
    return { file: this.files[Math.floor(place / 2 ** 32)], line: place % 2 ** 32 };
  }

  private signersOf(campaign: string): NipTable {
    let set = this.signatures.get(campaign);
    if (!set) {
      set = new NipTable(false);
      this.signatures.set(campaign, set);
    }
    return set;
  }

  /** Room for a file's NIPs at once (the roster's; a pledge export's are split by campaign, so they grow as they come). */
  reserve(kind: Kind, rows: number): void {
    if (kind === 'employees') this.employees.reserve(this.employees.size + rows);
  }

  /** Starts an attempt at reading a file; a failed attempt (wrong encoding guess) is rolled back. */
  begin(): void {
    this.journal = { units: [], employees: [], signerSets: [], signers: [] };
  }

  commit(): void {
    this.journal = null;
  }

  rollback(): void {
    const j = this.journal;
    this.journal = null;
    if (!j) return;
    for (const key of j.units) this.units.delete(key);
    for (const key of j.employees) this.employees.delete(key);
    for (let i = 0; i < j.signers.length; i++) j.signerSets[i].delete(j.signers[i]);
  }

  check(kind: Kind, row: TableRow, file: string, line: number): CrossFileVerdict {
    if (kind === 'units' || kind === 'employees') {
      const seen: { get(key: string): number | undefined; set(key: string, value: number): void } = kind === 'units' ? this.units : this.employees;
      const value = row[0] ?? '';
      const key = kind === 'units' ? value.toLowerCase() : value;
      const first = seen.get(key);
      if (first !== undefined) {
        return { keep: false, reason: kind === 'units' ? 'duplicate_unit_code' : 'duplicate_nip', column: kind === 'units' ? 'unit_code' : 'nip', value, first: this.seen(first) };
      }
      seen.set(key, this.place(file, line));
      this.journal?.[kind].push(key);
      return KEPT;
    }
    if (kind === 'signatures') {
      const signers = this.signersOf(row[5] ?? ''); // campaign
      const nip = row[0] ?? '';
      if (!signers.add(nip)) return REPEATED;
      if (this.journal) {
        this.journal.signerSets.push(signers);
        this.journal.signers.push(nip);
      }
    }
    return KEPT;
  }
}

const KEPT: CrossFileVerdict = { keep: true, repeated: false };
const REPEATED: CrossFileVerdict = { keep: true, repeated: true };
