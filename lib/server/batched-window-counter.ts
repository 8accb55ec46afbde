// Per-scope request counts in fixed windows, shared by every process through Redis without a Redis round trip per
// request: each process admits against its own view (the global count Redis last reported plus what it admitted
// since) and adds its admissions to Redis in one pipeline every `flushMs`. Within one process the limit is exact;
// across P processes it can be overshot by what the others admitted in their last `flushMs` (the price of taking
// Redis off the request path, as API gateways that meter locally and sync pay it). When Redis does not answer, each
// process keeps counting its own admissions, so a limit still holds per process.
import type { Redis } from "ioredis";

type WindowCount = {
  window: number;
  /** The global count Redis last reported for this window (it includes every batch that was answered). */
  known: number;
  /** Admitted here and being added to Redis. */
  sending: number;
  /** Admitted here since the last batch went out. */
  pending: number;
};

export type BatchedWindowCounterOptions = {
  /** Redis key prefix; the key of a scope's window is `${prefix}:${scope}:${window}`. */
  prefix: string;
  windowSeconds: number;
  flushMs: number;
  /** How long a batch may wait for Redis before its counts stay local (ms). */
  redisBudgetMs: number;
  redis: () => Redis;
  onRedisError: (error: unknown) => void;
};

const MAX_SCOPES = 100_000;

export class BatchedWindowCounter {
  private readonly counts = new Map<string, WindowCount>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(private readonly options: BatchedWindowCounterOptions) {}

  /** The window `nowMs` falls in. */
  windowOf(nowMs: number): number {
    return Math.floor(nowMs / 1000 / this.options.windowSeconds);
  }

  /** Counts one request of `scope` in the current window, unless the window already holds `max`: then false. */
  take(scope: string, max: number, nowMs = Date.now()): boolean {
    const window = this.windowOf(nowMs);
    let count = this.counts.get(scope);
    if (count === undefined || count.window !== window) {
      // A new window starts at zero here: a batch still out for the previous one no longer matters to admissions.
      if (this.counts.size >= MAX_SCOPES) this.counts.clear();
      count = { window, known: 0, sending: 0, pending: 0 };
      this.counts.set(scope, count);
    }
    if (count.known + count.sending + count.pending >= max) return false;
    count.pending++;
    this.schedule();
    return true;
  }

  /** Sends what is pending now (tests, shutdown); resolves when Redis answered or the budget ran out. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.flushing) await this.flushing;
    const batch = [...this.counts].filter(([, c]) => c.pending > 0).map(([scope, c]) => ({ scope, c, n: c.pending }));
    if (batch.length === 0) return;
    this.flushing = this.send(batch).finally(() => {
      this.flushing = null;
      if ([...this.counts.values()].some((c) => c.pending > 0)) this.schedule();
    });
    await this.flushing;
  }

  private schedule(): void {
    if (this.timer || this.flushing) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.options.flushMs);
    this.timer.unref();
  }

  private async send(batch: { scope: string; c: WindowCount; n: number }[]): Promise<void> {
    const { prefix, windowSeconds, redisBudgetMs } = this.options;
    for (const b of batch) {
      b.c.pending -= b.n;
      b.c.sending += b.n;
    }
    let replies: [Error | null, unknown][] | null = null;
    try {
      const pipeline = this.options.redis().pipeline();
      for (const b of batch) {
        const key = `${prefix}:${b.scope}:${b.c.window}`;
        pipeline.incrby(key, b.n).expire(key, windowSeconds * 2, "NX");
      }
      let timeout: NodeJS.Timeout | undefined;
      const outOfTime = new Promise<null>((resolve) => (timeout = setTimeout(() => resolve(null), redisBudgetMs)));
      replies = await Promise.race([pipeline.exec(), outOfTime]).finally(() => clearTimeout(timeout));
      if (replies === null) throw new Error(`Redis did not answer within ${redisBudgetMs} ms`);
      const failed = replies.find(([error]) => error !== null);
      if (failed) throw failed[0]; // ioredis answers a pipeline it could not send with one error per command
    } catch (error) {
      this.options.onRedisError(error);
    }
    batch.forEach((b, i) => {
      b.c.sending -= b.n;
      const reply = replies?.[2 * i];
      const total = reply && reply[0] === null ? Number(reply[1]) : NaN;
      // Unanswered: the batch stays counted here (it may still reach Redis).
      b.c.known = Number.isFinite(total) ? Math.max(b.c.known, total) : b.c.known + b.n;
    });
  }
}
