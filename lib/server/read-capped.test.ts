import { describe, expect, it } from "vitest";
import { readCapped } from "./read-capped";

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
      controller.close();
    },
  });
const tooLarge = () => new Error("too large");

describe("readCapped", () => {
  it("returns the whole body when it stays within the cap", async () => {
    expect((await readCapped(streamOf("ab", "cd"), 4, tooLarge)).toString()).toBe("abcd");
    expect((await readCapped(null, 4, tooLarge)).length).toBe(0);
  });
  it("stops at the first chunk past the cap, whatever the body declares", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({ pull: (c) => void (pulled++, c.enqueue(new Uint8Array(1024))) });
    await expect(readCapped(endless, 4096, tooLarge)).rejects.toThrow("too large");
    expect(pulled).toBeLessThan(10);
    await expect(readCapped(streamOf("abc", "de"), 4, tooLarge)).rejects.toThrow("too large");
  });
});
