// The engine's start (a 34 MB download and compile, on the same few cores) can wait while the first
// figures' charts are being drawn: the overview holds it from its first commit until every chart is
// painted. Nothing holds it for long: the analyst's first press or key, or MAX_HOLD_MS after it was
// asked for, lets it start anyway. A page that holds nothing lets it start at once.
export const MAX_HOLD_MS = 1500;

let holders = 0;
let waiting: (() => void)[] = [];

function releaseAll(): void {
  const resolve = waiting;
  waiting = [];
  for (const r of resolve) r();
}

/** Holds the engine's start back; gives the release (calling it more than once releases once). */
export function holdEngineStart(): () => void {
  holders++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders--;
    if (holders === 0) releaseAll();
  };
}

/** Settles when nothing holds the engine back, on the analyst's first input, or after `maxMs`. */
export function engineMayStart(maxMs = MAX_HOLD_MS): Promise<void> {
  if (holders === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      globalThis.removeEventListener?.('pointerdown', done, true);
      globalThis.removeEventListener?.('keydown', done, true);
      resolve();
    };
    const timer = setTimeout(done, maxMs);
    // A filter chosen while the charts are drawn needs the engine: it starts at once.
    globalThis.addEventListener?.('pointerdown', done, true);
    globalThis.addEventListener?.('keydown', done, true);
    waiting.push(done);
  });
}
