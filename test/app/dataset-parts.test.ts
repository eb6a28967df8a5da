import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberModes, savedModes } from '../../src/app/dataset-parts';
import { DEFAULT_MODES } from '../../src/app/load-guard';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

afterEach(() => vi.unstubAllGlobals());

describe('the per-kind mode stays as chosen', () => {
  it('is remembered and read back on the next visit', () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    expect(savedModes()).toEqual(DEFAULT_MODES);
    rememberModes({ ...DEFAULT_MODES, signatures: 'replace' });
    expect(savedModes()).toEqual({ ...DEFAULT_MODES, signatures: 'replace' });
  });

  it('ignores junk per kind and falls back to the defaults', () => {
    vi.stubGlobal('localStorage', memoryStorage({ 'pledge-dashboard.modes': '{"units":"append","employees":7,"signatures":"merge","x":"append"}' }));
    expect(savedModes()).toEqual({ ...DEFAULT_MODES, units: 'append' });
    vi.stubGlobal('localStorage', memoryStorage({ 'pledge-dashboard.modes': 'not json' }));
    expect(savedModes()).toEqual(DEFAULT_MODES);
    vi.stubGlobal('localStorage', memoryStorage({ 'pledge-dashboard.modes': 'null' }));
    expect(savedModes()).toEqual(DEFAULT_MODES);
  });

  it('works when storage cannot be read or written (opaque origins)', () => {
    vi.stubGlobal('localStorage', { getItem: () => { throw new DOMException('denied', 'SecurityError'); }, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } });
    expect(savedModes()).toEqual(DEFAULT_MODES);
    expect(() => rememberModes(DEFAULT_MODES)).not.toThrow();
  });
});
