import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { engineMayStart, holdEngineStart, MAX_HOLD_MS } from '../../src/app/engine-hold';

// The engine's start waits for the overview's charts, never for long (app/engine-hold.ts).
const settled = async (p: Promise<void>): Promise<boolean> => {
  let done = false;
  void p.then(() => { done = true; });
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

describe('engine hold', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('lets the engine start at once when nothing holds it', async () => {
    expect(await settled(engineMayStart())).toBe(true);
  });

  it('waits for every hold to be released, a release counting once', async () => {
    const a = holdEngineStart();
    const b = holdEngineStart();
    const start = engineMayStart();
    a();
    a();
    expect(await settled(start)).toBe(false);
    b();
    expect(await settled(start)).toBe(true);
    expect(await settled(engineMayStart())).toBe(true);
  });

  it('waits at most MAX_HOLD_MS', async () => {
    const release = holdEngineStart();
    const start = engineMayStart();
    await vi.advanceTimersByTimeAsync(MAX_HOLD_MS - 1);
    expect(await settled(start)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(start)).toBe(true);
    release();
  });

  it("starts on the analyst's first press or key", async () => {
    const listeners = new Map<string, () => void>();
    vi.stubGlobal('addEventListener', (type: string, fn: () => void) => listeners.set(type, fn));
    vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
    try {
      const release = holdEngineStart();
      const start = engineMayStart();
      expect(await settled(start)).toBe(false);
      listeners.get('pointerdown')!();
      expect(await settled(start)).toBe(true);
      expect(listeners.size).toBe(0);
      release();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
