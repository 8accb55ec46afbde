import { describe, expect, it } from "vitest";
import { createSemaphore } from "./semaphore";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("createSemaphore", () => {
  it("runs at most max tasks at once and starts the waiting ones in arrival order", async () => {
    const limit = createSemaphore(2);
    let active = 0;
    let peak = 0;
    const started: number[] = [];
    const release: (() => void)[] = [];
    const tasks = [0, 1, 2, 3, 4].map((i) =>
      limit(async () => {
        started.push(i);
        peak = Math.max(peak, ++active);
        await new Promise<void>((r) => release.push(r));
        active--;
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    release[1]!();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    while (release.length < 5) {
      release.forEach((r) => r());
      await tick();
    }
    release.forEach((r) => r());
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });

  it("frees the slot when a task throws", async () => {
    const limit = createSemaphore(1);
    await expect(limit(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limit(() => Promise.resolve("next"))).resolves.toBe("next");
  });
});
