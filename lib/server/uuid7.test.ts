import { describe, expect, it } from "vitest";
import { uuid7 } from "./uuid7";

describe("uuid7", () => {
  it("makes distinct RFC 9562 version-7 ids that carry their millisecond and sort by it, across pool refills", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => uuid7(1_700_000_000_000 + i));
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(parseInt(ids[5]!.replace(/-/g, "").slice(0, 12), 16)).toBe(1_700_000_000_005);
    // Same millisecond: the random part still differs.
    expect(uuid7(1).slice(14)).not.toBe(uuid7(1).slice(14));
  });
});
