// Notices an engine worker that died. A worker killed by the browser or stopped from inside sends no
// event: its calls simply never answer. So while calls are pending and the worker has been silent for
// longer than its patience, it is asked for its version; a worker that does not answer that either is
// declared dead, and every pending call fails instead of waiting for ever.
const SILENCE_MS = { short: 6_000, long: 180_000 } as const;
const PING_MS = 4_000;
const TICK_MS = 500;

export class EngineDied extends Error {
  constructor(detail: string) {
    super(`RuntimeError: the DuckDB worker stopped (${detail})`);
  }
}

export class Watchdog {
  patience: keyof typeof SILENCE_MS = 'short';
  private pending = new Set<(e: Error) => void>();
  private lastSign = Date.now();
  private pingSince: number | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private deadDetail: string | null = null;
  private listeners: ((detail: string) => void)[] = [];

  constructor(worker: Worker, private readonly ping: () => Promise<unknown>) {
    worker.addEventListener('message', () => { this.lastSign = Date.now(); this.pingSince = null; });
    worker.addEventListener('error', (event) => this.die(event.message || 'worker error'));
  }

  track<T>(call: () => Promise<T>): Promise<T> {
    if (this.deadDetail) return Promise.reject(new EngineDied(this.deadDetail));
    return new Promise<T>((resolve, reject) => {
      if (this.pending.size === 0) this.lastSign = Date.now();
      this.pending.add(reject);
      this.timer ??= setInterval(() => this.tick(), TICK_MS);
      call().then(resolve, reject).finally(() => {
        this.pending.delete(reject);
        if (this.pending.size === 0) this.stop();
      });
    });
  }

  onDead(listener: (detail: string) => void): void {
    this.listeners.push(listener);
    if (this.deadDetail) listener(this.deadDetail);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private tick(): void {
    const now = Date.now();
    if (this.pingSince === null) {
      if (now - this.lastSign < SILENCE_MS[this.patience]) return;
      this.pingSince = now;
      this.ping().then(() => { this.lastSign = Date.now(); this.pingSince = null; }, () => undefined);
    } else if (now - this.pingSince > PING_MS && now - this.lastSign > SILENCE_MS[this.patience]) {
      this.die(`no answer for ${Math.round((now - this.lastSign) / 1000)} s`);
    }
  }

  private die(detail: string): void {
    if (this.deadDetail) return;
    this.deadDetail = detail;
    this.stop();
    const error = new EngineDied(detail);
    for (const reject of this.pending) reject(error);
    this.pending.clear();
    for (const listener of this.listeners) listener(detail);
  }
}
