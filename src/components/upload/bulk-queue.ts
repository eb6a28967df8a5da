// Applying many unit choices one after another through a page that takes one at a time: the next
// is asked for once the last is among the aliases and the page is no longer busy.

export interface ApplyQueue {
  readonly items: readonly (readonly [value: string, code: string])[];
  readonly next: number; // index of the choice being applied
  readonly requested: boolean; // the page was asked to apply it
}

export type QueueStep =
  | { readonly kind: 'wait' } // the page is still working on it
  | { readonly kind: 'apply'; readonly value: string; readonly code: string; readonly queue: ApplyQueue }
  | { readonly kind: 'advance'; readonly queue: ApplyQueue } // it arrived: on to the next
  | { readonly kind: 'done' }
  | { readonly kind: 'stopped'; readonly value: string }; // asked, page idle again, choice absent: it failed

export function startQueue(items: readonly (readonly [string, string])[]): ApplyQueue {
  return { items, next: 0, requested: false };
}

/** What to do now, given the aliases the page has and whether it is busy. */
export function queueStep(queue: ApplyQueue, aliases: Readonly<Record<string, string>>, busy: boolean): QueueStep {
  const item = queue.items[queue.next];
  if (!item) return { kind: 'done' };
  const [value, code] = item;
  if (aliases[value] === code) return { kind: 'advance', queue: { ...queue, next: queue.next + 1, requested: false } };
  if (busy) return { kind: 'wait' };
  if (queue.requested) return { kind: 'stopped', value };
  return { kind: 'apply', value, code, queue: { ...queue, requested: true } };
}
