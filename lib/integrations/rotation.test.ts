import { describe, expect, it } from "vitest";
import { byRotationUrgency, nextRotationDue, rotationStatus } from "./rotation";

const DAY = 86_400_000;
const now = Date.parse("2026-06-01T00:00:00Z");

describe("secret rotation", () => {
  it("is due rotationDays after the last rotation", () => {
    expect(nextRotationDue(new Date("2026-01-01T00:00:00Z"), 90).toISOString()).toBe("2026-04-01T00:00:00.000Z");
  });

  it("is ok until 14 days before the date, due within them, overdue after", () => {
    expect(rotationStatus(new Date(now + 15 * DAY), now)).toBe("ok");
    expect(rotationStatus(new Date(now + 14 * DAY), now)).toBe("due");
    expect(rotationStatus(new Date(now + 1), now)).toBe("due");
    expect(rotationStatus(new Date(now), now)).toBe("due");
    expect(rotationStatus(new Date(now - 1), now)).toBe("overdue");
  });

  it("sorts overdue first, then due, then ok, soonest first", () => {
    const rows = [
      { id: "ok", rotationStatus: "ok" as const, nextDueAt: "2026-09-01T00:00:00.000Z" },
      { id: "due", rotationStatus: "due" as const, nextDueAt: "2026-06-05T00:00:00.000Z" },
      { id: "old", rotationStatus: "overdue" as const, nextDueAt: "2026-01-01T00:00:00.000Z" },
      { id: "recent", rotationStatus: "overdue" as const, nextDueAt: "2026-05-01T00:00:00.000Z" },
    ];
    expect(rows.sort(byRotationUrgency).map((r) => r.id)).toEqual(["old", "recent", "due", "ok"]);
  });
});
