import { describe, expect, it } from "vitest";
import { abaRoutingValid } from "./aba-routing";
import { auTfnValid } from "./au-tfn";
import { esNieValid, esNifValid } from "./es-nif";
import { itFiscalCodeValid } from "./it-fiscal-code";
import { sgNricValid } from "./sg-nric";

describe("national id checksums", () => {
  it("AU TFN", () => {
    expect(auTfnValid("123456782")).toBe(true);
    expect(auTfnValid("123456789")).toBe(false);
    expect(auTfnValid("000000000")).toBe(false);
  });
  it("SG NRIC/FIN", () => {
    expect(sgNricValid("S1234567D")).toBe(true);
    expect(sgNricValid("t0000001e")).toBe(true);
    expect(sgNricValid("S1234567A")).toBe(false);
    expect(sgNricValid("A1234567D")).toBe(false);
  });
  it("ES NIF / NIE", () => {
    expect(esNifValid("12345678Z")).toBe(true);
    expect(esNifValid("12345678-z")).toBe(true);
    expect(esNifValid("12345678A")).toBe(false);
    expect(esNieValid("X1234567L")).toBe(true);
    expect(esNieValid("X1234567A")).toBe(false);
  });
  it("IT codice fiscale (with omocodia)", () => {
    expect(itFiscalCodeValid("RSSMRA85T10A562S")).toBe(true);
    expect(itFiscalCodeValid("RSSMRA85T10A562T")).toBe(false);
    expect(itFiscalCodeValid("RSSMRA85T10A56")).toBe(false);
  });
  it("ABA routing", () => {
    expect(abaRoutingValid("011000015")).toBe(true);
    expect(abaRoutingValid("011000016")).toBe(false);
    expect(abaRoutingValid("991000015")).toBe(false);
  });
});
