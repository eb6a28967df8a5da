import type { GroupRow } from '../metrics/groups';

export const BUCKETS = ['PUSAT', 'KANWIL', 'UNMATCHED'] as const;

/** Names of the groups that are not registry units, as printed in the report. */
export const BUCKET_NAMES: Readonly<Record<string, string>> = {
  PUSAT: 'Pusat',
  KANWIL: 'Kantor Wilayah',
  UNMATCHED: 'Unit tidak dikenal',
};

const bucketRank = (code: string): number => (BUCKETS as readonly string[]).indexOf(code);

/** Registry groups by code, then the PUSAT, KANWIL and UNMATCHED buckets. */
export function sortGroups<T extends Pick<GroupRow, 'code'>>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => bucketRank(a.code) - bucketRank(b.code) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
