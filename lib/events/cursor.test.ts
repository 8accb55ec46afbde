import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageOf } from "./cursor";

const id = "01950000-0000-7000-8000-000000000001";

describe("event cursors", () => {
  it("round-trips a position and is URL-safe", () => {
    const time = new Date("2025-03-02T11:00:00.123Z");
    const cursor = encodeCursor({ time, id });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual({ time, id });
  });

  it("refuses anything that is not one of ours", () => {
    for (const bad of ["", "abc", "!!!", btoa("2025-03-02T11:00:00.000Z|not-a-uuid"), btoa(`yesterday|${id}`), btoa(`2025-03-02T11:00:00.000Z|${id}|x`), "A".repeat(300)]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });

  it("pages limit+1 rows into a page and the cursor of its last row", () => {
    const rows = [3, 2, 1].map((n) => ({ id: `01950000-0000-7000-8000-00000000000${n}`, time: new Date(Date.UTC(2025, 0, n)) }));
    const { page, nextCursor } = pageOf(rows, 2);
    expect(page).toHaveLength(2);
    expect(decodeCursor(nextCursor!)).toEqual({ time: rows[1]!.time, id: rows[1]!.id });
    expect(pageOf(rows, 3).nextCursor).toBeNull();
  });
});
