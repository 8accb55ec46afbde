// Bad input never crashes ingestion: the generated bad-input corpus (one file per kind of damage) and 1,000 random
// mutations of valid files go through the worker's use case, as the worker runs it (org scope, row-level security).
// Each file ends DONE with a balanced ledger (lines = stored + duplicates + rejected) or FAILED with a reason; no
// exception escapes; the good records around a bad line are kept; memory stays bounded.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { processIngestFile } from "@/lib/ingest/server/process-ingest-file";
import { storeUpload } from "@/lib/ingest/server/store-upload";
import { db } from "@/lib/server/db";
import { withOrgScope } from "@/lib/server/db-scope";
import { createOrgWithMembers } from "../factories";
import { badInputCorpus, mutatedFiles } from "../helpers/bad-input";
import { recordFigures } from "../security/figures";

const MUTATIONS = Number(process.env.FUZZ_MUTATIONS ?? 1_000);
const SEED = 20261127;

async function ingest(orgId: string, body: Buffer, fileName: string) {
  const file = await storeUpload({ orgId, source: "auto", fileName, body: Readable.from([body]), via: "CLI" });
  let crash: unknown = null;
  try {
    await withOrgScope(orgId, () => processIngestFile({ orgId, fileId: file.id }));
  } catch (error) {
    crash = error;
  }
  const row = await db.ingestFile.findUniqueOrThrow({ where: { id: file.id }, select: { status: true, lines: true, stored: true, duplicates: true, rejected: true, reasons: true, error: true } });
  return { crash, row };
}

describe("bad input", () => {
  it("the generated bad-input corpus: each kind of damage gets its reason code and the good records are kept", async () => {
    const { org } = await createOrgWithMembers(["ADMIN"]);
    const outcomes: Record<string, unknown> = {};
    for (const { name, body } of badInputCorpus()) {
      const { crash, row } = await ingest(org.id, body, `${name}.jsonl`);
      expect(crash, name).toBeNull();
      expect(["DONE", "FAILED"], name).toContain(row.status);
      if (row.status === "DONE") expect(row.lines, name).toBe(row.stored + row.duplicates + row.rejected);
      // stored + duplicates: the good lines are the same in every file of the corpus, so after the first they are duplicates.
      outcomes[name] = { status: row.status, kept: row.stored + row.duplicates, rejected: row.rejected, reasons: row.reasons };
    }
    if (process.env.FUZZ_DEBUG) console.log(JSON.stringify(outcomes, null, 1));
    const reasonsOf = (name: string) => Object.keys((outcomes[name] as { reasons: Record<string, number> }).reasons);
    for (const code of ["malformed_json", "not_an_object", "invalid_utf8", "line_too_long", "too_deep", "forbidden_key", "unknown_format"]) {
      expect(reasonsOf(code), code).toContain(code);
      expect((outcomes[code] as { kept: number }).kept, `${code}: the two good records around the bad line`).toBe(2);
    }
    for (const code of ["gzip_corrupt", "gzip_bomb", "empty_file", "unsupported_encoding"]) {
      expect(JSON.stringify(outcomes[code]), code).toContain(code);
    }
  }, 120_000);

  it(`${MUTATIONS} random mutations of valid files never crash ingestion and every ledger balances`, async () => {
    const { org } = await createOrgWithMembers(["ADMIN"]);
    const files = mutatedFiles(MUTATIONS, SEED);
    let crashes = 0;
    let unbalanced = 0;
    let failed = 0;
    let stored = 0;
    let rejected = 0;
    let peakRss = process.memoryUsage().rss;
    const rssBefore = peakRss;
    const crashSamples: string[] = [];
    for (let i = 0; i < files.length; i++) {
      const t0 = performance.now();
      const { crash, row } = await ingest(org.id, files[i]!, `mutant-${i}.jsonl`);
      if (process.env.FUZZ_DEBUG && performance.now() - t0 > 500) console.log(`slow #${i}: ${Math.round(performance.now() - t0)} ms, ${files[i]!.length} bytes, ${JSON.stringify(row)}`);
      if (crash) {
        crashes++;
        if (crashSamples.length < 3) crashSamples.push(`#${i}: ${String(crash)}`);
      }
      if (row.status === "FAILED") failed++;
      else if (row.status !== "DONE" || row.lines !== row.stored + row.duplicates + row.rejected) unbalanced++;
      stored += row.stored;
      rejected += row.rejected;
      if (i % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    recordFigures("bad-input", {
      inputsTried: files.length, seed: SEED, crashes, unbalancedLedgers: unbalanced, filesFailedWithReason: failed,
      recordsStored: stored, recordsRejected: rejected, peakRssMb: Math.round(peakRss / 1048576), rssGrowthMb: Math.round((peakRss - rssBefore) / 1048576),
    });
    expect(crashSamples).toEqual([]);
    expect(crashes).toBe(0);
    expect(unbalanced).toBe(0);
    expect(stored).toBeGreaterThan(0); // the mutations left most records intact: the proof exercised real storing
    expect(rejected).toBeGreaterThan(0);
    expect(peakRss - rssBefore).toBeLessThan(512 * 1048576);
  }, 600_000);
});
