import { describe, expect, it } from "vitest";
import { nhsValid } from "./nhs";

describe("nhsValid", () => {
  it("accepts valid NHS numbers", () => {
    expect(nhsValid("9434765919")).toBe(true);
    expect(nhsValid("4505577104")).toBe(true);
  });
  it("rejects a bad check digit, a check value of 10 and wrong shapes", () => {
    expect(nhsValid("9434765918")).toBe(false);
    expect(nhsValid("1000000010")).toBe(false); // weighted sum 12 → check value 10, never issued
    expect(nhsValid("943476591")).toBe(false);
    expect(nhsValid("943 476 5919")).toBe(false);
  });
});
