import { describe, expect, it } from "vitest";
import { ibanValid, mod97 } from "./mod97";

describe("mod97 / ibanValid", () => {
  it("computes the remainder piecewise", () => {
    expect(mod97("97")).toBe(0);
    expect(mod97("98")).toBe(1);
    expect(mod97("A")).toBe(10);
    expect(mod97("a")).toBe(-1);
  });
  it("accepts registry example IBANs", () => {
    for (const iban of ["GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606", "NL91ABNA0417164300", "NO9386011117947"]) {
      expect(ibanValid(iban)).toBe(true);
    }
  });
  it("rejects wrong check digits, wrong length and unknown countries", () => {
    expect(ibanValid("GB82WEST12345698765433")).toBe(false);
    expect(ibanValid("DE8937040044053201300")).toBe(false);
    expect(ibanValid("QQ82WEST12345698765432")).toBe(false);
    expect(ibanValid("gb82west12345698765432")).toBe(false);
  });
});
