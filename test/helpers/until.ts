/** Polls `fn` until it returns something truthy, or fails naming what it waited for. */
export async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, { timeoutMs = 20_000, everyMs = 100 } = {}): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
