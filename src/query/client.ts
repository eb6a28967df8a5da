import type { Db } from '../db/db';
import type { Metric } from '../metrics/metric';
import { QueryFailure, toFailure } from './errors';

// The one way the app reads data (Mosaic's QueryManager is the model): reads wait while a load
// writes; results are cached by metric + parameters + data version; a view's requests go out
// together, a few at a time, and the ones nobody waits for any more are dropped before they run;
// every failure reaches the caller as a QueryFailure.
export interface Timing {
  readonly metric: string;
  readonly queued: number;
  readonly started: number;
  readonly done: number;
  readonly prefetch: boolean;
}

interface Job {
  readonly key: string;
  readonly metric: string;
  readonly queued: number;
  prefetch: boolean;
  readonly run: () => Promise<unknown>;
  waiters: number;
  resolve(value: unknown): void;
  reject(error: QueryFailure): void;
}

interface Entry {
  readonly promise: Promise<unknown>;
  settled: boolean;
  value?: unknown;
}

/** One answer to work out ahead (QueryClient.prefetch): a metric and its parameters. */
export interface Ask {
  readonly metric: Metric<unknown, unknown>;
  readonly params: unknown;
}

export const ask = <P>(metric: Metric<P, unknown>, params: P): Ask => ({ metric, params });

export interface ClientOptions {
  readonly maxInFlight?: number;
  readonly cacheSize?: number;
}

/** A stable text for parameters: keys sorted, so {a, b} and {b, a} are one cache entry. */
export function paramKey(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(paramKey).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj).filter((k) => obj[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${paramKey(obj[k])}`).join(',')}}`;
}

export class QueryClient {
  private readonly cache = new Map<string, Entry>();
  private readonly queue: Job[] = [];
  private running = 0;
  private readonly active = new Set<Job>();
  private writing = false;
  private writeChain: Promise<unknown> = Promise.resolve();
  private idleWaiters: (() => void)[] = [];
  private failure: QueryFailure | null = null;
  private prefetching: (() => void)[] = [];
  private readonly deadListeners = new Set<(f: QueryFailure) => void>();
  private readonly maxInFlight: number;
  private readonly cacheSize: number;
  version = 0;
  /** The last runs, for the benchmark: when each was asked for, sent to the engine and answered. */
  readonly timings: Timing[] = [];

  constructor(private readonly db: Db, options: ClientOptions = {}) {
    this.maxInFlight = options.maxInFlight ?? 3;
    this.cacheSize = options.cacheSize ?? 1000;
    db.onDead?.((detail) => this.die(new QueryFailure('engine-dead', detail)));
  }

  keyOf<P>(metric: Metric<P, unknown>, params: P): string {
    return `${this.version}|${metric.name}|${paramKey(params)}`;
  }

  /** The settled result of a request already answered, without waiting. */
  peek<P, R>(metric: Metric<P, R>, params: P): { value: R } | undefined {
    const entry = this.cache.get(this.keyOf(metric, params));
    return entry?.settled ? { value: entry.value as R } : undefined;
  }

  request<P, R>(metric: Metric<P, R>, params: P, signal?: AbortSignal): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    const key = this.keyOf(metric, params);
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      this.watch(key, signal);
      return hit.promise as Promise<R>;
    }
    let job!: Job;
    const promise = new Promise<unknown>((resolve, reject) => {
      job = { key, metric: metric.name, queued: performance.now(), prefetch: false, waiters: 0, resolve, reject, run: async () => metric.decode(await this.db.run(metric.sql(params)), params) };
    });
    const entry: Entry = { promise, settled: false };
    promise.then((value) => { entry.settled = true; entry.value = value; }, () => {
      if (this.cache.get(key) === entry) this.cache.delete(key);
    });
    this.cache.set(key, entry);
    this.trim();
    this.queue.push(job);
    this.watch(key, signal);
    queueMicrotask(() => this.pump());
    return promise as Promise<R>;
  }

  /**
   * Answers worth having ready (the figures of the views one click away), worked out one at a time, in
   * the order given, while nothing else is asked for: a request never waits for more than one of them.
   * A new list replaces the old one.
   */
  prefetch(asks: readonly Ask[]): void {
    this.prefetching = asks.map(({ metric, params }) => () => {
      if (this.cache.has(this.keyOf(metric, params))) return;
      // A prefetch that fails is only not cached: the view that needs it asks again and shows the failure.
      this.request(metric, params).catch(() => undefined);
      const job = this.queue[this.queue.length - 1];
      if (job) job.prefetch = true;
    });
    queueMicrotask(() => this.pump());
  }

  /**
   * Answers worked out elsewhere for the data about to be loaded (the build's first-view summary):
   * the page shows them at once, and a write with `sameData` keeps them.
   */
  seed(answers: readonly { readonly metric: string; readonly params: string; readonly value: unknown }[]): void {
    for (const a of answers) this.cache.set(`${this.version}|${a.metric}|${a.params}`, { promise: Promise.resolve(a.value), settled: true, value: a.value });
    this.trim();
  }

  /** Forgets a cached result (or failure), so that the next request runs again. */
  invalidate<P>(metric: Metric<P, unknown>, params: P): void {
    this.cache.delete(this.keyOf(metric, params));
  }

  /** Runs work that must not overlap any read (e.g. reading keys before an upload). */
  exclusive<T>(work: (db: Db) => Promise<T>): Promise<T> {
    return this.serialize(work, false);
  }

  /**
   * Runs a load: reads wait until it is done; afterwards every cached result is stale, unless the load
   * brings exactly the data the cached answers were worked out for (`sameData`: the published data
   * behind the first-view summary).
   */
  write<T>(work: (db: Db) => Promise<T>, options: { readonly sameData?: boolean } = {}): Promise<T> {
    return this.serialize(work, options.sameData !== true);
  }

  get dead(): QueryFailure | null {
    return this.failure;
  }

  onDead(listener: (f: QueryFailure) => void): () => void {
    this.deadListeners.add(listener);
    if (this.failure) listener(this.failure);
    return () => this.deadListeners.delete(listener);
  }

  private serialize<T>(work: (db: Db) => Promise<T>, changesData: boolean): Promise<T> {
    const next = this.writeChain.then(async () => {
      if (this.failure) throw this.failure;
      this.writing = true;
      await new Promise<void>((resolve) => (this.running === 0 ? resolve() : this.idleWaiters.push(resolve)));
      this.db.setPatience?.('long');
      try {
        return await work(this.db);
      } catch (error) {
        const failure = toFailure(error);
        if (failure.kind === 'engine-dead') this.die(failure);
        throw error;
      } finally {
        this.db.setPatience?.('short');
        if (changesData) {
          this.version++;
          this.cache.clear();
          this.prefetching = [];
        }
        this.writing = false;
        this.pump();
      }
    });
    // The caller gets `next` and its error; the chain only orders the next write after this one.
    this.writeChain = next.catch(() => undefined);
    return next;
  }

  private watch(key: string, signal?: AbortSignal): void {
    const job = this.queue.find((j) => j.key === key);
    if (!job || signal?.aborted) return;
    job.waiters++;
    signal?.addEventListener('abort', () => { job.waiters--; }, { once: true });
    if (!signal) job.waiters = Number.POSITIVE_INFINITY;
  }

  private pump(): void {
    while (this.queue.length === 0 && this.running === 0 && !this.writing && !this.failure && this.prefetching.length > 0) {
      this.prefetching.shift()!();
    }
    while (!this.writing && !this.failure && this.running < this.maxInFlight && this.queue.length > 0) {
      const job = this.queue.shift()!;
      if (job.waiters <= 0) {
        this.cache.delete(job.key);
        job.reject(new QueryFailure('superseded', job.key));
        continue;
      }
      this.running++;
      this.active.add(job);
      const started = performance.now();
      job.run().then((value) => {
        this.timings.push({ metric: job.metric, queued: job.queued, started, done: performance.now(), prefetch: job.prefetch });
        if (this.timings.length > 500) this.timings.splice(0, 250);
        job.resolve(value);
      }, (error: unknown) => {
        const failure = toFailure(error);
        if (failure.kind === 'engine-dead') this.die(failure);
        job.reject(failure);
      }).finally(() => {
        this.active.delete(job);
        this.running--;
        if (this.running === 0) for (const wake of this.idleWaiters.splice(0)) wake();
        this.pump();
      });
    }
  }

  private die(failure: QueryFailure): void {
    if (this.failure) return;
    this.failure = failure;
    for (const job of [...this.queue.splice(0), ...this.active]) job.reject(failure);
    this.cache.clear();
    for (const listener of this.deadListeners) listener(failure);
    for (const wake of this.idleWaiters.splice(0)) wake();
  }

  private trim(): void {
    while (this.cache.size > this.cacheSize) {
      const oldest = this.cache.keys().next().value as string;
      this.cache.delete(oldest);
    }
  }
}
