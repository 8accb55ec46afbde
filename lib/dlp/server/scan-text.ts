import type { Ctx } from "@/lib/server/principal";
import { decide } from "../policy/policy";
import { effectiveSettings, scanWithPolicy } from "../policy/scan";
import type { TScanRequest } from "../schemas";
import { loadCustomRules, loadEffectivePolicy } from "./policy-store";

/** Scans one text under the app's (or org's) policy; explicit request fields override the policy. */
export const scanUnderPolicy = async ({ ctx, text, appId, detectors, threshold, entities }: { ctx: Ctx } & TScanRequest) => {
  const policy = await loadEffectivePolicy(ctx.orgId, appId);
  const custom = await loadCustomRules(ctx.orgId);
  const settings = effectiveSettings(policy.settings, { detectors, threshold });
  const started = performance.now();
  const findings = scanWithPolicy(text, settings, custom.detector, entities ? new Set(entities) : undefined);
  const durationMs = Math.round((performance.now() - started) * 1000) / 1000;
  return { findings, durationMs, decision: decide(findings, settings), policy: { id: policy.dto.id, source: policy.dto.source }, settings, hashSalt: policy.hashSalt };
};

export const scanTextRequest = async (request: { ctx: Ctx } & TScanRequest) => {
  const { findings, durationMs, decision, policy } = await scanUnderPolicy(request);
  return { findings, durationMs, decision, policy };
};
