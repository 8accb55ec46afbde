import { describe, expect, it } from "vitest";
import { PII_ENTITIES, piiDetector } from "./index";

const types = (text: string, threshold?: number) =>
  piiDetector.detect(text, threshold === undefined ? undefined : { threshold }).map((f) => [f.type, text.slice(f.start, f.end)]);
const found = (text: string, type: string) => types(text).filter(([t]) => t === type).map(([, v]) => v);

describe("piiDetector: contact data", () => {
  it("finds e-mail addresses, including punycode domains, but not dangling domains", () => {
    expect(found("write to jane.roe+tag@mail.example.org today", "EMAIL_ADDRESS")).toEqual(["jane.roe+tag@mail.example.org"]);
    expect(found("ops@xn--bcher-kva.example", "EMAIL_ADDRESS")).toEqual(["ops@xn--bcher-kva.example"]);
    expect(found("reach me at jane@example.", "EMAIL_ADDRESS")).toEqual([]);
  });
  it("finds phones in international, NANP and grouped national formats", () => {
    expect(found("call +44 20 7946 0958 or (212) 555-7788", "PHONE_NUMBER")).toEqual(["+44 20 7946 0958", "(212) 555-7788"]);
    expect(found("Desk: +1-303-555-0147x22", "PHONE_NUMBER")).toEqual(["+1-303-555-0147x22"]);
    expect(found("Tel. 030 12345678", "PHONE_NUMBER")).toEqual(["030 12345678"]);
    expect(found("appelez le 01 42 68 53 00", "PHONE_NUMBER")).toEqual(["01 42 68 53 00"]);
  });
  it("needs a context word for short or bare numbers and ignores dates, versions, GUIDs and house numbers", () => {
    expect(found("ref 5551234", "PHONE_NUMBER")).toEqual([]);
    expect(found("mobile: 5551234", "PHONE_NUMBER")).toEqual(["5551234"]);
    expect(found("at 2024-03-15 10:30:00", "PHONE_NUMBER")).toEqual([]);
    expect(found("chrome 96.0.4664.55", "PHONE_NUMBER")).toEqual([]);
    expect(found("appId 00000003-0000-0ff1-ce00-000000000000", "PHONE_NUMBER")).toEqual([]);
    expect(found("office at 4410 2207 Main St", "PHONE_NUMBER")).toEqual([]);
    expect(found("created 1774963078", "PHONE_NUMBER")).toEqual([]);
  });
  it("finds IPv4 (with CIDR) and IPv6 (compressed, mapped, zone) but not times or C++ scopes", () => {
    expect(found("from 10.1.2.3 and 192.168.0.0/16", "IP_ADDRESS")).toEqual(["10.1.2.3", "192.168.0.0/16"]);
    expect(found("via fe80::1%eth0 and 2001:db8::8a2e:370:7334", "IP_ADDRESS")).toEqual(["fe80::1%eth0", "2001:db8::8a2e:370:7334"]);
    expect(found("peer ::ffff:10.0.0.9", "IP_ADDRESS")).toEqual(["::ffff:10.0.0.9"]);
    expect(found("at 12:34:56, std::vector, 999.1.1.1, v1.2.3, 2001::db8::1", "IP_ADDRESS")).toEqual([]);
  });
  it("finds MAC addresses but not broadcast or mixed separators", () => {
    expect(found("mac 3c:22:fb:01:9a:7e and 3c22.fb01.9a7e", "MAC_ADDRESS")).toEqual(["3c:22:fb:01:9a:7e", "3c22.fb01.9a7e"]);
    expect(found("ff:ff:ff:ff:ff:ff 3c:22:fb-01-9a-7e", "MAC_ADDRESS")).toEqual([]);
  });
  it("finds schemed URLs; bare domains only with context", () => {
    expect(found("see https://docs.example.com/a?b=1 now", "URL")).toEqual(["https://docs.example.com/a?b=1"]);
    expect(found("example.com", "URL")).toEqual([]);
    expect(found("my website: example.com", "URL")).toEqual(["example.com"]);
    expect(found("mail bob@example.com", "URL")).toEqual([]);
  });
});

describe("piiDetector: financial", () => {
  it("finds Luhn-valid cards in plain and grouped forms and drops checksum failures", () => {
    expect(found("card 4111 1111 1111 1111 exp 12/29", "CREDIT_CARD")).toEqual(["4111 1111 1111 1111"]);
    expect(found("amex 3782-822463-10005", "CREDIT_CARD")).toEqual(["3782-822463-10005"]);
    expect(found("4111111111111112", "CREDIT_CARD")).toEqual([]);
    expect(found("9111111111111111 7111111111111111", "CREDIT_CARD")).toEqual([]); // no major IIN
    expect(found("id 6051731645161637785", "CREDIT_CARD")).toEqual([]); // long id, Luhn by chance, no card word
  });
  it("finds IBANs with and without spaces, trimmed to the country length", () => {
    expect(found("IBAN GB82 WEST 1234 5698 7654 32 NOW", "IBAN_CODE")).toEqual(["GB82 WEST 1234 5698 7654 32"]);
    expect(found("DE89370400440532013000", "IBAN_CODE")).toEqual(["DE89370400440532013000"]);
    expect(found("GB82WEST12345698765433", "IBAN_CODE")).toEqual([]);
  });
  it("finds bitcoin addresses with valid checksums only", () => {
    expect(found("pay 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "CRYPTO")).toHaveLength(1);
    expect(found("pay bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "CRYPTO")).toHaveLength(1);
    expect(found("pay 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", "CRYPTO")).toEqual([]);
  });
  it("reports bank and routing numbers only next to their context words", () => {
    expect(found("number 000123456789", "US_BANK_NUMBER")).toEqual([]);
    expect(found("bank account 000123456789", "US_BANK_NUMBER")).toEqual(["000123456789"]);
    expect(found("routing 011000015", "ABA_ROUTING_NUMBER")).toEqual(["011000015"]);
  });
});

describe("piiDetector: national identifiers", () => {
  it("US SSN: valid ranges, same separators, known fakes rejected", () => {
    expect(found("ssn 536-90-4399", "US_SSN")).toEqual(["536-90-4399"]);
    expect(found("536-90-4399", "US_SSN")).toEqual(["536-90-4399"]);
    for (const bad of ["000-12-3456", "666-12-3456", "923-12-3456", "536-00-4399", "536-90-0000", "078-05-1120", "536-90.4399"]) {
      expect(found(`ssn ${bad}`, "US_SSN")).toEqual([]);
    }
    expect(found("536904399", "US_SSN")).toEqual([]);
    expect(found("social security 536904399", "US_SSN")).toEqual(["536904399"]);
  });
  it("US ITIN, passport and driver's license", () => {
    expect(found("912-70-1234", "US_ITIN")).toEqual(["912-70-1234"]);
    expect(found("912-89-1234", "US_ITIN")).toEqual([]);
    expect(found("passport C03005988", "US_PASSPORT")).toEqual(["C03005988"]);
    expect(found("C03005988", "US_PASSPORT")).toEqual([]);
    expect(found("driver's license D1234567", "US_DRIVER_LICENSE")).toEqual(["D1234567"]);
  });
  it("UK NHS (mod 11) and NINO (prefix rules)", () => {
    expect(found("NHS number 943 476 5919", "UK_NHS")).toEqual(["943 476 5919"]);
    expect(found("NHS number 943 476 5918", "UK_NHS")).toEqual([]);
    expect(found("nino QQ 12 34 56 C", "UK_NINO")).toEqual([]);
    expect(found("nino AB 12 34 56 C", "UK_NINO")).toEqual(["AB 12 34 56 C"]);
    expect(found("GB 12 34 56 A", "UK_NINO")).toEqual([]);
  });
  it("checksummed ids: AU TFN, SG NRIC, ES NIF/NIE, IT codice fiscale, IN PAN", () => {
    expect(found("TFN 123 456 782", "AU_TFN")).toEqual(["123 456 782"]);
    expect(found("TFN 123 456 789", "AU_TFN")).toEqual([]);
    expect(found("NRIC S1234567D", "SG_NRIC_FIN")).toEqual(["S1234567D"]);
    expect(found("NRIC S1234567A", "SG_NRIC_FIN")).toEqual([]);
    expect(found("DNI 12345678Z", "ES_NIF")).toEqual(["12345678Z"]);
    expect(found("DNI 12345678A", "ES_NIF")).toEqual([]);
    expect(found("NIE X1234567L", "ES_NIE")).toEqual(["X1234567L"]);
    expect(found("CF RSSMRA85T10A562S", "IT_FISCAL_CODE")).toEqual(["RSSMRA85T10A562S"]);
    expect(found("CF RSSMRA85T10A562T", "IT_FISCAL_CODE")).toEqual([]);
    expect(found("PAN ABCPE1234F", "IN_PAN")).toEqual(["ABCPE1234F"]);
  });
  it("dates only near birth words by default", () => {
    expect(found("deployed 2024-03-15T14:30:00Z", "DATE_TIME")).toEqual([]);
    expect(found("born on March 3, 1985 in Ohio", "DATE_TIME")).toEqual(["March 3, 1985"]);
    expect(found("DOB: 04/12/1979", "DATE_TIME")).toEqual(["04/12/1979"]);
  });
});

describe("piiDetector: scoring and options", () => {
  it("raises scores with context, caps at 1 and honours threshold/only", () => {
    const [plain] = piiDetector.detect("536-90-4399");
    const [withContext] = piiDetector.detect("my ssn is 536-90-4399");
    expect(plain?.score).toBe(0.5);
    expect(withContext?.score).toBe(0.85);
    expect(piiDetector.detect("536-90-4399", { threshold: 0.6 })).toEqual([]);
    expect(piiDetector.detect("a@b.co 536-90-4399", { only: new Set(["US_SSN"]) }).map((f) => f.type)).toEqual(["US_SSN"]);
  });
  it("keeps one finding per overlapping span: the higher score", () => {
    const findings = piiDetector.detect("card 4111111111111111");
    expect(findings.map((f) => f.type)).toEqual(["CREDIT_CARD"]);
    expect(findings[0]?.score).toBe(1);
  });
  it("tags findings and masks previews", () => {
    const [f] = piiDetector.detect("jane.roe@example.org");
    expect(f).toMatchObject({ detector: "pii", type: "EMAIL_ADDRESS", start: 0, end: 20, tags: { owasp: ["LLM02"], atlas: ["AML.T0057"], nist: ["Data Privacy"] } });
    expect(f?.preview).not.toContain("jane.roe@example.org");
  });
  it("lists every entity it can report", () => {
    const names = new Set(PII_ENTITIES.map((e) => e.name));
    for (const t of ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "CRYPTO", "US_SSN", "UK_NHS", "DATE_TIME"]) expect(names.has(t)).toBe(true);
  });
});
