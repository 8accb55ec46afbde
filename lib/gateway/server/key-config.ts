// What the gateway needs to serve one virtual key, loaded once and kept in this process for a few seconds: the key
// row, its app's limits and DLP policy, the org's custom rules and prices, and the upstream credential, decrypted
// here and kept in memory only (never logged, never in a job, never sent anywhere but the provider).
import { DEFAULT_BASE_URL } from "@/lib/connectors/providers";
import { baseUrlOf } from "@/lib/connectors/server/provider-http";
import { loadCustomRules, loadEffectivePolicy } from "@/lib/dlp/server/policy-store";
import type { DlpPolicySettings } from "@/lib/dlp/policy/policy";
import type { Detector } from "@/lib/dlp/types";
import { readIntegrationSecret } from "@/lib/integrations/server/read-integration-secret";
import { loadPrices } from "@/lib/pricing/server/load-prices";
import type { PriceRow } from "@/lib/pricing/types";
import { secretFingerprinter } from "@/lib/server/crypto";
import { db } from "@/lib/server/db";
import { onConfigChange } from "@/lib/server/config-changes";
import { withOrgScope, withSystemScope } from "@/lib/server/db-scope";
import { GATEWAY_PROVIDERS, type GatewayProvider } from "../schemas";

export type GatewayLimits = {
  keyRpm: number | null; keyTpm: number | null; keyDailyUsd: number | null; keyMonthlyUsd: number | null;
  appRpm: number | null; appTpm: number | null; appDailyUsd: number | null; appMonthlyUsd: number | null;
  maxInputTokens: number | null; maxOutputTokens: number | null;
};

export type GatewayKeyConfig = {
  id: string; keyId: string; prefix: string; name: string; orgId: string; appId: string; secretHash: string;
  expiresAt: number | null; revoked: boolean;
  provider: GatewayProvider | null; // null: the credential is not an OpenAI or Anthropic one
  upstream: { baseUrl: string; apiKey: string } | null; // null: the credential has no API key
  allowedModels: ReadonlySet<string> | null;
  limits: GatewayLimits;
  policy: DlpPolicySettings; hashSalt: string | null; custom: Detector;
  prices: PriceRow[];
  storeContent: boolean;
  /** The org-keyed HMAC that findings identify a value by (never the value itself). */
  fingerprint: (value: string) => string;
};

const TTL_MS = Number(process.env.GATEWAY_CONFIG_TTL_MS ?? 30_000);
const MAX_STALE_MS = 4 * TTL_MS; // beyond this a call waits for a fresh load instead of being served the old one
const MAX_ENTRIES = 10_000;
type Entry = { at: number; value: Promise<GatewayKeyConfig | null>; settled: boolean; refreshing: boolean };
const globalCache = globalThis as unknown as { __gatewayKeys?: Map<string, Entry> };
const cache: Map<string, Entry> = (globalCache.__gatewayKeys ??= new Map());

const money = (d: { toNumber(): number } | null | undefined) => (d ? d.toNumber() : null);

async function load(keyId: string): Promise<GatewayKeyConfig | null> {
  const key = await withSystemScope(() => db.gatewayKey.findUnique({
    where: { keyId },
    select: {
      id: true, keyId: true, prefix: true, name: true, orgId: true, appId: true, integrationId: true, secretHash: true, expiresAt: true, revokedAt: true,
      allowedModels: true, rpmLimit: true, tpmLimit: true, dailyBudgetUsd: true, monthlyBudgetUsd: true,
      integration: { select: { provider: true, config: true } }, org: { select: { gatewayStoreContent: true } },
    },
  }));
  if (!key) return null;
  return withOrgScope(key.orgId, async () => {
    const [app, policy, custom, prices, apiKey, fingerprint] = await Promise.all([
      db.gatewayAppSettings.findFirst({ where: { orgId: key.orgId, appId: key.appId } }),
      loadEffectivePolicy(key.orgId, key.appId),
      loadCustomRules(key.orgId),
      loadPrices(key.orgId),
      readIntegrationSecret({ orgId: key.orgId, integrationId: key.integrationId, purpose: "api_key" }),
      secretFingerprinter(key.orgId),
    ]);
    const provider = (GATEWAY_PROVIDERS as readonly string[]).includes(key.integration.provider) ? (key.integration.provider as GatewayProvider) : null;
    return {
      id: key.id, keyId: key.keyId, prefix: key.prefix, name: key.name, orgId: key.orgId, appId: key.appId, secretHash: key.secretHash,
      expiresAt: key.expiresAt?.getTime() ?? null, revoked: key.revokedAt !== null, provider,
      upstream: provider && apiKey ? { baseUrl: baseUrlOf(key.integration.config, DEFAULT_BASE_URL[provider]), apiKey } : null,
      allowedModels: key.allowedModels.length ? new Set(key.allowedModels) : null,
      limits: {
        keyRpm: key.rpmLimit, keyTpm: key.tpmLimit, keyDailyUsd: money(key.dailyBudgetUsd), keyMonthlyUsd: money(key.monthlyBudgetUsd),
        appRpm: app?.rpmLimit ?? null, appTpm: app?.tpmLimit ?? null, appDailyUsd: money(app?.dailyBudgetUsd), appMonthlyUsd: money(app?.monthlyBudgetUsd),
        maxInputTokens: app?.maxInputTokens ?? null, maxOutputTokens: app?.maxOutputTokens ?? null,
      },
      policy: policy.settings, hashSalt: policy.hashSalt, custom: custom.detector, prices,
      storeContent: key.org.gatewayStoreContent, fingerprint,
    };
  });
}

function startLoad(keyId: string): Entry {
  const entry: Entry = { at: Date.now(), value: load(keyId), settled: false, refreshing: false };
  entry.value.then(() => (entry.settled = true), () => cache.get(keyId) === entry && cache.delete(keyId)); // a failed load is retried by the next call
  return entry;
}

/**
 * The key's configuration, or null for an unknown key id. Cached GATEWAY_CONFIG_TTL_MS (default 30 s; dropped at once when the org announces a configuration change); after that
 * the cached copy is still served while one reload runs in the background, so no call waits on the database
 * (revocation does not depend on this: admitCall checks the key's Redis marker on every call).
 */
let listening = false;

export function gatewayKeyConfig(keyId: string): Promise<GatewayKeyConfig | null> {
  if (!listening) {
    listening = true;
    onConfigChange((orgId) => forgetOrg(orgId));
  }
  const now = Date.now();
  const hit = cache.get(keyId);
  if (hit && (now - hit.at < TTL_MS || !hit.settled)) return hit.value;
  if (hit && now - hit.at < MAX_STALE_MS) {
    if (!hit.refreshing) {
      hit.refreshing = true;
      const next = startLoad(keyId);
      next.value.then(() => cache.get(keyId) === hit && cache.set(keyId, next), () => (hit.refreshing = false));
    }
    return hit.value;
  }
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const entry = startLoad(keyId);
  cache.set(keyId, entry);
  return entry.value;
}

/** Drops the cached keys of one org (their configuration changed somewhere). */
function forgetOrg(orgId: string) {
  for (const [keyId, entry] of cache) {
    void entry.value.then((cfg) => {
      if ((cfg === null || cfg.orgId === orgId) && cache.get(keyId) === entry) cache.delete(keyId);
    }, () => undefined);
  }
}

/** After a change to these keys (a revocation): the next call in this process reloads them at once. */
export function forgetGatewayKeys(keyIds: readonly string[]) {
  for (const id of keyIds) cache.delete(id);
}
