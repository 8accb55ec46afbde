import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { piiDetector } from "./index";

const piiish = fc.constantFrom("4111 1111 1111 1111", "+44 20 7946 0958", "a@b.co", "::1", "10.0.0.1", "536-90-4399", "GB82WEST12345698765432", " ", "-", ".", ":", "@", "(", ")", "9", "0x", "bc1q", "İ");
const text = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.oneof(piiish, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((a) => a.join("")));

describe("piiDetector properties", () => {
  it("never throws; spans are in bounds, non-empty, sorted and non-overlapping", () => {
    fc.assert(
      fc.property(text, fc.double({ min: 0, max: 1, noNaN: true }), (t, threshold) => {
        const findings = piiDetector.detect(t, { threshold });
        let lastEnd = 0;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(lastEnd);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(t.length);
          expect(f.score).toBeGreaterThanOrEqual(threshold);
          lastEnd = f.end;
        }
      }),
      { numRuns: 400 },
    );
  });
  it("handles pathological inputs quickly", () => {
    for (const t of ["1".repeat(20000), "1 ".repeat(10000), "a@".repeat(5000), ":".repeat(20000), "a.".repeat(10000), "(1)".repeat(6000), "ab:".repeat(7000)]) {
      const started = performance.now();
      piiDetector.detect(t);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});
