type Holder = { running: number; waiting: (() => void)[] };

/** The rejection of a waiter that waited `maxWaitMs` without its turn coming. */
export class SlotWaitTimeout extends Error {
  constructor(readonly waitedMs: number) {
    super(`waited ${waitedMs} ms for a slot`);
  }
}

/**
 * Per key (org): at most `running` runs at once, further ones wait in the key's own queue (first come, first
 * served), and at most `held` runs going plus waiting; beyond, acquire answers null (the caller refuses). A key's
 * backlog waits behind its own runs only, so one org's flood cannot take the process from the others, and a burst
 * a little over the running cap (a page's parallel requests) waits a moment instead of failing. A waiter gives up
 * after `maxWaitMs` (rejects with SlotWaitTimeout): slow runs ahead (uploads) cannot keep the next ones waiting
 * for minutes, past any client's timeout.
 */
export class OrgSlots {
  private readonly holders = new Map<string, Holder>();

  constructor(private readonly running: number, private readonly held: number, private readonly maxWaitMs = 10_000) {}

  /**
   * A promise of the release function once the run may start, or null when the key holds its limit. A waiter whose
   * `signal` aborts (its client went away) leaves the queue, and the promise rejects with the signal's reason.
   */
  acquire(key: string, signal?: AbortSignal): Promise<() => void> | null {
    const holder = this.holders.get(key) ?? { running: 0, waiting: [] };
    if (holder.running + holder.waiting.length >= this.held) return null;
    this.holders.set(key, holder);
    if (holder.running < this.running) {
      holder.running++;
      return Promise.resolve(this.releaser(key, holder));
    }
    return new Promise((resolve, reject) => {
      const start = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", aborted);
        resolve(this.releaser(key, holder));
      };
      const leave = (reason: unknown) => {
        const at = holder.waiting.indexOf(start);
        if (at < 0) return;
        holder.waiting.splice(at, 1);
        clearTimeout(timer);
        signal?.removeEventListener("abort", aborted);
        if (holder.running === 0 && holder.waiting.length === 0) this.holders.delete(key);
        reject(reason);
      };
      const aborted = () => leave(signal?.reason ?? new Error("aborted"));
      if (signal?.aborted) return void reject(signal.reason ?? new Error("aborted"));
      holder.waiting.push(start);
      signal?.addEventListener("abort", aborted, { once: true });
      const timer = setTimeout(() => leave(new SlotWaitTimeout(this.maxWaitMs)), this.maxWaitMs);
      timer.unref?.();
    });
  }

  /** Runs going and waiting of a key, for tests and diagnostics. */
  stats(key: string): { running: number; waiting: number } {
    const holder = this.holders.get(key);
    return { running: holder?.running ?? 0, waiting: holder?.waiting.length ?? 0 };
  }

  private releaser(key: string, holder: Holder): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = holder.waiting.shift();
      if (next) return next(); // the slot passes to the key's next run
      holder.running--;
      if (holder.running === 0) this.holders.delete(key);
    };
  }
}
