// How far the engine's download has got (DuckDB-wasm's instantiate progress), for the page to show
// where a filter waits for it. Plain subscription: no React here.
export interface EngineProgress {
  readonly phase: 'idle' | 'downloading' | 'ready';
  readonly loaded: number; // bytes
  readonly total: number; // bytes, 0 when the server did not say
}

let current: EngineProgress = { phase: 'idle', loaded: 0, total: 0 };
const listeners = new Set<() => void>();

export function setEngineProgress(next: EngineProgress): void {
  current = next;
  for (const listener of listeners) listener();
}

export const engineProgress = (): EngineProgress => current;

export function onEngineProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
