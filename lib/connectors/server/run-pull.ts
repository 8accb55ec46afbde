// One pull of one integration: fetch every page since the saved cursor, store them as one file (via PULL),
// advance the cursor only once the file is stored, then ingest it. Used by the API (pull now) and the worker.
import { Readable } from "node:stream";
import { ingestFileSelect, toIngestFileDto } from "@/lib/ingest/server/ingest-file-dto";
import { processIngestFile } from "@/lib/ingest/server/process-ingest-file";
import { storeUpload } from "@/lib/ingest/server/store-upload";
import { enqueue } from "@/lib/queue/queues";
import { writeSystemAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";
import { DEFAULT_BASE_URL, isPullProvider, PULL_LEASE_MS, PULL_SOURCE, type PullProvider } from "../providers";
import type { TPullResult, TPullState } from "../schemas";
import { readConnectorKey } from "./connector-key";
import { fetchAnthropicUsage } from "./fetch-anthropic-usage";
import { fetchOpenAiAudit, type FetchedStream } from "./fetch-openai-audit";
import { baseUrlOf, PullError, type PullErrorKind } from "./provider-http";
import { acquirePullLease, toPullStateDto, updatePullState } from "./pull-state";

export type RunPullOutcome =
  | (TPullResult & { failureKind: PullErrorKind | null })
  | { outcome: "skipped"; reason: "gone" | "not_pullable" | "busy" };

const FETCHERS: Record<PullProvider, typeof fetchOpenAiAudit> = { openai: fetchOpenAiAudit, anthropic: fetchAnthropicUsage };

async function storeFile(orgId: string, source: (typeof PULL_SOURCE)[PullProvider], fetched: FetchedStream, now: number) {
  const body = Readable.from([Buffer.from(`${fetched.lines.join("\n")}\n`)]);
  const fileName = `${source}-pull-${new Date(now).toISOString()}.jsonl`;
  return storeUpload({ orgId, source, fileName, body, via: "PULL", enqueue: false });
}

async function ingestNow(orgId: string, fileId: string) {
  try {
    await processIngestFile({ orgId, fileId });
  } catch (error) {
    // The file is stored: the ingest-file job resumes it from its checkpoint.
    logger.warn({ fileId, err: error instanceof Error ? error.message : "unknown" }, "connector pull: ingesting inline failed; queued");
    await enqueue("ingest-file", { orgId, fileId }).catch(() => {}); // else the maintenance sweep queues it
  }
  const row = await db.ingestFile.findFirstOrThrow({ where: { id: fileId, orgId }, select: ingestFileSelect });
  return toIngestFileDto(row);
}

export async function runPull({ orgId, integrationId, now = Date.now() }: { orgId: string; integrationId: string; now?: number }): Promise<RunPullOutcome> {
  const integration = await db.integration.findFirst({ where: { id: integrationId, orgId }, select: { kind: true, provider: true, name: true, config: true } });
  if (!integration) return { outcome: "skipped", reason: "gone" };
  const { provider } = integration;
  if (integration.kind !== "LLM_PROVIDER" || !isPullProvider(provider)) return { outcome: "skipped", reason: "not_pullable" };
  const leased = await acquirePullLease(orgId, integrationId, now, PULL_LEASE_MS);
  if (!leased) return { outcome: "skipped", reason: "busy" };

  const source = PULL_SOURCE[provider];
  const ran = new Date(now).toISOString();
  let state: TPullState | null = leased;
  try {
    const key = await readConnectorKey(orgId, integrationId);
    if (!key) throw new PullError("auth", "The integration has no key to pull with; add the organization admin key");
    const fetched = await FETCHERS[provider]({ baseUrl: baseUrlOf(integration.config, DEFAULT_BASE_URL[provider]), key, state: leased, now });
    const stored = fetched.lines.length > 0 ? await storeFile(orgId, source, fetched, now) : null;
    state = await updatePullState(orgId, integrationId, (s) => ({
      ...s, ...fetched.next, lastRunAt: ran, lastSuccessAt: ran, lastError: null, lastErrorAt: undefined, authFailed: undefined, leaseUntil: undefined,
    }));
    const file = stored ? await ingestNow(orgId, stored.id) : null;
    return {
      integrationId, outcome: "pulled", error: null, failureKind: null,
      streams: [{ source, pages: fetched.pages, records: fetched.records, file }], state: toPullStateDto(state ?? {}, now),
    };
  } catch (error) {
    if (!(error instanceof PullError)) {
      await updatePullState(orgId, integrationId, (s) => ({ ...s, leaseUntil: undefined })).catch(() => null);
      throw error;
    }
    const firstFailure = !leased.lastError;
    state = await updatePullState(orgId, integrationId, (s) => ({
      ...s, lastRunAt: ran, lastError: error.message.slice(0, 500), lastErrorAt: ran, authFailed: error.kind === "auth" ? true : undefined, leaseUntil: undefined,
    }));
    if (firstFailure) {
      await db.$transaction((tx) =>
        writeSystemAudit(tx, orgId, "connector-pull", {
          action: "connector.pull_failed", resourceType: "integration", resourceId: integrationId,
          summary: { name: integration.name, provider, source, reason: error.kind, message: error.message.slice(0, 300) },
        }),
      );
    }
    return { integrationId, outcome: "failed", error: error.message.slice(0, 500), failureKind: error.kind, streams: [], state: toPullStateDto(state ?? {}, now) };
  }
}
