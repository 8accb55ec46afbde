import { describe, expect, it } from "vitest";
import { csvField, csvRow } from "./csv";

describe("csv", () => {
  it("quotes commas, quotes and newlines", () => {
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvRow(["x", null, 3])).toBe("x,,3\r\n");
  });
  it("defuses spreadsheet formulas", () => {
    for (const f of ["=1+1", "+cmd", "-2", "@SUM(A1)"]) expect(csvField(f).startsWith("'")).toBe(true);
  });
  it("serialises objects as JSON", () => {
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
  });
});
