import { describe, expect, it } from "vitest";
import { createScanner } from "./engine";
import { anonymize, resolveOverlaps } from "./operators";
import type { Detector, Finding } from "./types";

const f = (type: string, start: number, end: number, score = 1): Finding => ({ detector: "pii", type, start, end, score, preview: "…", tags: { owasp: [], atlas: [], nist: [] } });

describe("operators", () => {
  const text = "mail a@b.io or call 555-0100";
  const findings = [f("EMAIL_ADDRESS", 5, 11), f("PHONE_NUMBER", 20, 28)];
  it("replace, redact, mask and hash like Presidio", () => {
    expect(anonymize(text, findings, { type: "replace" })).toBe("mail <EMAIL_ADDRESS> or call <PHONE_NUMBER>");
    expect(anonymize(text, findings, { type: "redact" })).toBe("mail  or call ");
    expect(anonymize(text, findings, { type: "mask", charsToMask: 4, fromEnd: true })).toBe("mail a@**** or call 555-****");
    const hashed = anonymize(text, findings, { type: "hash", salt: "s1" });
    expect(hashed).toMatch(/^mail [0-9a-f]{64} or call [0-9a-f]{64}$/);
    expect(anonymize(text, findings, { type: "hash", salt: "s2" })).not.toBe(hashed);
  });
  it("merges overlapping spans so nothing leaks between them", () => {
    expect(resolveOverlaps([f("A", 0, 5), f("B", 3, 9), f("C", 12, 14)]).map((x) => [x.start, x.end])).toEqual([[0, 9], [12, 14]]);
    expect(anonymize("0123456789abcdef", [f("A", 0, 5), f("B", 3, 9)], { type: "replace", newValue: "#" })).toBe("#9abcdef");
  });
});

describe("scanner", () => {
  it("skips a throwing detector, drops out-of-bounds spans and sorts", () => {
    const good: Detector = { kind: "pii", ruleCount: 1, detect: () => [f("B", 4, 6), f("A", 0, 2), f("X", 5, 99)] };
    const bad: Detector = { kind: "secret", ruleCount: 1, detect: () => { throw new Error("boom"); } };
    const scan = createScanner([good, bad]);
    expect(scan("abcdefgh").map((x) => x.type)).toEqual(["A", "B"]);
    expect(scan("abcdefgh", { detectors: ["secret"] })).toEqual([]);
  });
});
