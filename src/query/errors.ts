// Failures as the page explains them: a kind the interface has a sentence for, never raw engine text.
export type FailureKind = 'engine-dead' | 'out-of-memory' | 'query' | 'superseded';

export class QueryFailure extends Error {
  constructor(readonly kind: FailureKind, readonly detail: string) {
    super(`${kind}: ${detail}`);
  }
}

// A wasm trap leaves the engine unusable: every later call would fail the same way.
const DEAD = /RuntimeError|memory access out of bounds|unreachable (code )?executed|table index is out of bounds|worker (is )?(not set|terminated)|DataCloneError/i;
const MEMORY = /out of memory|could not allocate|Array buffer allocation failed|Cannot allocate/i;

export function toFailure(error: unknown): QueryFailure {
  if (error instanceof QueryFailure) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (DEAD.test(detail)) return new QueryFailure('engine-dead', detail);
  if (MEMORY.test(detail)) return new QueryFailure('out-of-memory', detail);
  return new QueryFailure('query', detail);
}
