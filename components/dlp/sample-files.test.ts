import { describe, expect, it } from "vitest";
import { batchSamples, readSampleFiles, SAMPLE_MAX_BYTES, SAMPLES_PER_REQUEST } from "./sample-files";

describe("readSampleFiles", () => {
  it("turns each .txt / .jsonl file into one sample and explains every refused file", async () => {
    const { samples, errors } = await readSampleFiles([
      new File(["hello jane@example.com"], "a.txt"),
      new File(['{"q":"hi"}\n{"q":"there"}\n'], "b.jsonl"),
      new File(["x".repeat(SAMPLE_MAX_BYTES + 1)], "big.txt"),
      new File([""], "empty.txt"),
      new File(["%PDF"], "doc.pdf"),
    ]);
    expect(samples).toEqual([{ label: "a.txt", content: "hello jane@example.com" }, { label: "b.jsonl", content: '{"q":"hi"}\n{"q":"there"}\n' }]);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^big\.txt is 64 KB: a sample can be at most 64 KiB/);
    expect(errors[1]).toBe("empty.txt is empty.");
    expect(errors[2]).toMatch(/^doc\.pdf: only \.txt and \.jsonl/);
  });
});

describe("batchSamples", () => {
  it("keeps order, caps each request at 200 samples and under the body size limit", () => {
    const many = Array.from({ length: 450 }, (_, i) => ({ label: `s${i}`, content: "x" }));
    expect(batchSamples(many).map((b) => b.length)).toEqual([SAMPLES_PER_REQUEST, SAMPLES_PER_REQUEST, 50]);
    const large = Array.from({ length: 30 }, (_, i) => ({ label: `l${i}`, content: "é".repeat(60_000) }));
    const batches = batchSamples(large);
    expect(batches.flat()).toEqual(large);
    for (const b of batches) expect(new TextEncoder().encode(JSON.stringify({ samples: b })).length).toBeLessThan(1_000_000);
  });
});
