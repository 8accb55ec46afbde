import { describe, expect, it } from "vitest";
import { luhnValid } from "./luhn";

describe("luhnValid", () => {
  it("accepts well-known test card numbers", () => {
    for (const n of ["4111111111111111", "5500005555555559", "378282246310005", "6011111111111117", "79927398713"]) expect(luhnValid(n)).toBe(true);
  });
  it("rejects a single-digit change and non-digits", () => {
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(luhnValid("79927398710")).toBe(false);
    expect(luhnValid("4111-1111-1111-1111")).toBe(false);
    expect(luhnValid("")).toBe(false);
  });
});
