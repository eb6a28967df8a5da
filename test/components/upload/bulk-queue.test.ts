import { describe, expect, it } from 'vitest';
import { queueStep, startQueue, type ApplyQueue } from '../../../src/components/upload/bulk-queue';

const ITEMS = [['Imigrasi Batam', 'KANIM-BTM-1TPI'], ['Ditjen Imigrasi', 'DITJENIM']] as const;

/** Plays the page: `apply` makes it busy; `finish` sets the alias (unless it fails) and makes it idle. */
function run(failOn: string | null): { applied: string[]; outcome: string } {
  let queue: ApplyQueue | null = startQueue(ITEMS);
  let aliases: Record<string, string> = {};
  let busy = false;
  let pending: [string, string] | null = null;
  const applied: string[] = [];
  for (let guard = 0; guard < 50; guard++) {
    if (pending && busy) { // the page finishes its work between two renders
      if (pending[0] !== failOn) aliases = { ...aliases, [pending[0]]: pending[1] };
      busy = false;
      pending = null;
      continue;
    }
    if (!queue) return { applied, outcome: 'done' };
    const step = queueStep(queue, aliases, busy);
    if (step.kind === 'done') queue = null;
    else if (step.kind === 'advance') queue = step.queue;
    else if (step.kind === 'stopped') return { applied, outcome: `stopped at ${step.value}` };
    else if (step.kind === 'apply') { applied.push(step.value); pending = [step.value, step.code]; busy = true; queue = step.queue; }
  }
  return { applied, outcome: 'stuck' };
}

describe('queueStep', () => {
  it('applies each choice once, the next only after the last arrived and the page is idle', () => {
    expect(run(null)).toEqual({ applied: ['Imigrasi Batam', 'Ditjen Imigrasi'], outcome: 'done' });
  });

  it('stops, naming the value, when a choice does not arrive (never waits for ever)', () => {
    expect(run('Imigrasi Batam')).toEqual({ applied: ['Imigrasi Batam'], outcome: 'stopped at Imigrasi Batam' });
  });

  it('waits while the page is busy, and skips a choice already in the aliases', () => {
    const q = startQueue(ITEMS);
    expect(queueStep(q, {}, true)).toEqual({ kind: 'wait' });
    expect(queueStep(q, { 'Imigrasi Batam': 'KANIM-BTM-1TPI' }, true)).toEqual({ kind: 'advance', queue: { items: ITEMS, next: 1, requested: false } });
    expect(queueStep(q, { 'Imigrasi Batam': 'OTHER' }, false)).toEqual({ kind: 'apply', value: 'Imigrasi Batam', code: 'KANIM-BTM-1TPI', queue: { items: ITEMS, next: 0, requested: true } });
    expect(queueStep(startQueue([]), {}, false)).toEqual({ kind: 'done' });
  });
});
