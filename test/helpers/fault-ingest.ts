// Shared by the ingestion fault tests: a mixed file (LLM calls from two providers and CloudTrail records, one
// malformed line in 500), polling that survives the database being down, and the exactly-once check.
import { benchRecord } from "@/scripts/bench/ingest-corpus";
import type { Db } from "@/lib/server/db";
import type { WorkerProcess } from "./worker-process";

export type FaultCorpus = { body: Buffer; lines: number; llm: number; cloud: number; rejected: number };

let used = 0; // every corpus of a test file gets records of its own, so no file's events are duplicates of another's

export function faultCorpus(lines: number): FaultCorpus {
  const out: string[] = [];
  const counts = { llm: 0, cloud: 0, rejected: 0 };
  const first = used;
  used += lines;
  for (let i = first; i < first + lines; i++) {
    if (i % 500 === 499) {
      out.push(`{"truncated": ${i}`);
      counts.rejected++;
      continue;
    }
    out.push(benchRecord(i)); // i % 3 === 2 is a CloudTrail record, the others LLM calls (Bedrock, OpenAI)
    if (i % 3 === 2) counts.cloud++;
    else counts.llm++;
  }
  return { body: Buffer.from(out.join("\n")), lines, ...counts };
}

type PollOptions = { timeoutMs?: number; worker?: WorkerProcess };

/**
 * Polls the file until `pick` returns something; a failing query (server down) counts as "not yet". Gives up at
 * once when the given worker process died (its stderr says why).
 */
export async function pollFile<T>(db: Db, fileId: string, what: string, pick: (f: { status: string; checkpoint: number }) => T | null, { timeoutMs = 60_000, worker }: PollOptions = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (worker && !worker.alive()) throw new Error(`the worker died while waiting for ${what}: ${worker.stderr().slice(-1500)}`);
    const file = await db.ingestFile.findUnique({ where: { id: fileId }, select: { status: true, checkpoint: true } }).catch(() => null);
    const value = file ? pick(file) : null;
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last seen: ${JSON.stringify(file)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const midFile = (db: Db, fileId: string, lines: number, options?: PollOptions) =>
  pollFile(db, fileId, "a committed batch", (f) => (f.checkpoint > 0 && f.checkpoint < lines ? f.checkpoint : null), options);

export const finished = (db: Db, fileId: string, options?: PollOptions) =>
  pollFile(db, fileId, "the file to finish", (f) => (f.status === "DONE" || f.status === "FAILED" ? f.status : null), options);

/** The ledger and the tables agree with the corpus: every event stored once, none twice, every bad line quarantined. */
export async function exactlyOnce(db: Db, orgId: string, fileId: string) {
  const [file, llm, cloud, rejections, distinctLlm] = await Promise.all([
    db.ingestFile.findUniqueOrThrow({ where: { id: fileId }, select: { status: true, lines: true, stored: true, duplicates: true, rejected: true, checkpoint: true } }),
    db.llmEvent.count({ where: { orgId, fileId } }),
    db.cloudEvent.count({ where: { orgId, fileId } }),
    db.ingestRejection.count({ where: { orgId, fileId } }),
    db.$queryRaw<{ n: bigint }[]>`SELECT count(DISTINCT COALESCE(response_id, raw))::bigint AS n FROM llm_events WHERE file_id = ${fileId}::uuid`,
  ]);
  return { file, llm, cloud, rejections, distinctLlm: Number(distinctLlm[0]!.n) };
}

export const expectedOnce = (corpus: FaultCorpus) => ({
  file: { status: "DONE", lines: corpus.lines, stored: corpus.llm + corpus.cloud, duplicates: 0, rejected: corpus.rejected, checkpoint: corpus.lines },
  llm: corpus.llm, cloud: corpus.cloud, rejections: corpus.rejected, distinctLlm: corpus.llm,
});
