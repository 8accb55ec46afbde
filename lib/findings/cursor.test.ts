import { describe, expect, it } from "vitest";
import { decodeFindingCursor, encodeFindingCursor, type FindingCursor } from "./cursor";

const id = "0193f3b0-0000-7000-8000-000000000001";
const at = "2026-11-26T10:00:00.000Z";

describe("findings cursor", () => {
  it.each<FindingCursor>([
    { sort: "last_seen", at, id }, { sort: "first_seen", at, id }, { sort: "severity", severity: "HIGH", at, id },
    { sort: "sla", at, id }, { sort: "sla", at: null, id },
  ])("round-trips %o", (c) => {
    expect(decodeFindingCursor(encodeFindingCursor(c), c.sort)).toEqual(c);
  });
  it("refuses a cursor of another sort, tampered or foreign input", () => {
    const c = encodeFindingCursor({ sort: "last_seen", at, id });
    expect(decodeFindingCursor(c, "severity")).toBeNull();
    expect(decodeFindingCursor("not a cursor!", "last_seen")).toBeNull();
    expect(decodeFindingCursor(btoa(JSON.stringify(["last_seen", "yesterday", id])), "last_seen")).toBeNull();
    expect(decodeFindingCursor(btoa(JSON.stringify(["severity", "URGENT", at, id])).replace(/=+$/, ""), "severity")).toBeNull();
    expect(decodeFindingCursor(btoa(JSON.stringify(["last_seen", at, "1 OR 1=1"])).replace(/=+$/, ""), "last_seen")).toBeNull();
  });
});
