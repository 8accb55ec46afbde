import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OrgSlots, SlotWaitTimeout } from "./org-slots";

describe("OrgSlots", () => {
  it("runs at most `running` per key at once; the next waiter starts when one finishes, in arrival order", async () => {
    const slots = new OrgSlots(2, 10);
    const order: string[] = [];
    const take = (label: string) => slots.acquire("a")!.then((release) => (order.push(label), release));
    const first = await take("1");
    await take("2");
    const later = [take("3"), take("4")];
    await Promise.resolve();
    expect(order).toEqual(["1", "2"]);
    expect(slots.stats("a")).toEqual({ running: 2, waiting: 2 });
    first();
    first(); // a second release of the same run frees nothing more
    await later[0];
    expect(order).toEqual(["1", "2", "3"]);
    expect(slots.stats("a")).toEqual({ running: 2, waiting: 1 });
  });

  it("keeps keys apart: one key's backlog does not hold another key back", async () => {
    const slots = new OrgSlots(1, 100);
    await slots.acquire("flood")!;
    for (let i = 0; i < 50; i++) void slots.acquire("flood");
    let calmStarted = false;
    const calm = slots.acquire("calm")!.then((release) => ((calmStarted = true), release));
    (await calm)();
    expect(calmStarted).toBe(true);
    expect(slots.stats("flood")).toEqual({ running: 1, waiting: 50 });
    expect(slots.stats("calm")).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses a key past its limit of runs going plus waiting, and forgets keys with nothing left", async () => {
    const slots = new OrgSlots(1, 2);
    const first = await slots.acquire("a")!;
    const second = slots.acquire("a")!;
    expect(slots.acquire("a")).toBeNull();
    first();
    (await second)();
    expect(slots.stats("a")).toEqual({ running: 0, waiting: 0 });
    expect(slots.acquire("a")).not.toBeNull();
  });
});

describe("OrgSlots with an abort signal", () => {
  it("drops a waiter whose client went away, and the slot goes to the next one", async () => {
    const slots = new OrgSlots(1, 10);
    const first = await slots.acquire("a")!;
    const gone = new AbortController();
    const abandoned = slots.acquire("a", gone.signal)!;
    const next = slots.acquire("a")!;
    expect(slots.stats("a")).toEqual({ running: 1, waiting: 2 });
    gone.abort(new Error("client closed"));
    await expect(abandoned).rejects.toThrow("client closed");
    expect(slots.stats("a")).toEqual({ running: 1, waiting: 1 });
    first();
    (await next)();
    expect(slots.stats("a")).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses at once with an already aborted signal and never queues it", async () => {
    const slots = new OrgSlots(1, 10);
    const first = await slots.acquire("a")!;
    const gone = new AbortController();
    gone.abort(new Error("gone"));
    await expect(slots.acquire("a", gone.signal)!).rejects.toThrow("gone");
    expect(slots.stats("a")).toEqual({ running: 1, waiting: 0 });
    first();
    expect(slots.stats("a")).toEqual({ running: 0, waiting: 0 });
  });
});

describe("OrgSlots with a maximum wait", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("rejects a waiter whose turn has not come in time, and a later one still gets the slot", async () => {
    const slots = new OrgSlots(1, 10, 1_000);
    const first = await slots.acquire("a")!;
    const late = slots.acquire("a")!;
    const outcome = late.then(() => "started", (e: unknown) => e);
    await vi.advanceTimersByTimeAsync(999);
    expect(slots.stats("a")).toEqual({ running: 1, waiting: 1 });
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toBeInstanceOf(SlotWaitTimeout);
    expect(slots.stats("a")).toEqual({ running: 1, waiting: 0 });
    const next = slots.acquire("a")!;
    first();
    (await next)();
    expect(slots.stats("a")).toEqual({ running: 0, waiting: 0 });
  });

  it("never times out a waiter that started in time", async () => {
    const slots = new OrgSlots(1, 10, 1_000);
    const first = await slots.acquire("a")!;
    const waiter = slots.acquire("a")!;
    first();
    const release = await waiter;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(slots.stats("a")).toEqual({ running: 1, waiting: 0 });
    release();
    expect(slots.stats("a")).toEqual({ running: 0, waiting: 0 });
  });
});
