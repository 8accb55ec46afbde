import { describe, expect, it } from "vitest";
import { dailySeries } from "./activity";

describe("dailySeries", () => {
  it("fills missing days with zero, oldest first", () => {
    const s = dailySeries([{ day: "2026-11-25", count: 4 }], 3, new Date("2026-11-26T10:00:00Z"));
    expect(s).toEqual([{ day: "2026-11-24", count: 0 }, { day: "2026-11-25", count: 4 }, { day: "2026-11-26", count: 0 }]);
  });
});
