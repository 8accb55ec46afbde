// Loading what a scan needs for an org: the effective policy (app's own, else the org default, else built-in
// defaults) and the org's enabled custom rules, compiled.
import { randomBytes } from "node:crypto";
import { db, type DbTx } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { compileCustomRule, customDetector, type CompiledCustomRule } from "../custom/rule";
import type { CustomValidator } from "../custom/validators";
import { DEFAULT_POLICY, type DlpPolicySettings } from "../policy/policy";
import type { Severity } from "../policy/severity";
import type { TPolicyDto, TPolicySettings } from "../policy-schemas";
import type { Detector, DetectorKind } from "../types";

export const policySelect = { id: true, appId: true, detectors: true, thresholds: true, disabledTypes: true, action: true, operator: true, hashSalt: true, updatedAt: true } as const;
type PolicyRow = { id: string; appId: string | null; detectors: string[]; thresholds: unknown; disabledTypes: string[]; action: DlpPolicySettings["action"]; operator: DlpPolicySettings["operator"]; hashSalt: string; updatedAt: Date };

const settingsOf = (row: PolicyRow): DlpPolicySettings => ({
  detectors: row.detectors as DetectorKind[],
  thresholds: { ...DEFAULT_POLICY.thresholds, ...(row.thresholds as Partial<DlpPolicySettings["thresholds"]>) },
  disabledTypes: row.disabledTypes,
  action: row.action,
  operator: row.operator,
});

export const toPolicyDto = (row: PolicyRow | null): TPolicyDto =>
  row
    ? { id: row.id, source: row.appId ? "app" : "org", updatedAt: row.updatedAt.toISOString(), ...settingsOf(row) }
    : { id: null, source: "default", updatedAt: null, ...DEFAULT_POLICY, detectors: [...DEFAULT_POLICY.detectors] };

export type EffectivePolicy = { dto: TPolicyDto; settings: DlpPolicySettings; hashSalt: string | null };

/** The policy that applies to an app (or to the org when appId is absent). An app of another org is a 404. */
export async function loadEffectivePolicy(orgId: string, appId?: string | null, tx: DbTx = db): Promise<EffectivePolicy> {
  if (appId) {
    const app = await tx.llmApp.findFirst({ where: { id: appId, orgId }, select: { id: true, dlpPolicy: { select: policySelect } } });
    if (!app) throw notFound("App");
    if (app.dlpPolicy) return { dto: toPolicyDto(app.dlpPolicy), settings: settingsOf(app.dlpPolicy), hashSalt: app.dlpPolicy.hashSalt };
  }
  const org = await tx.dlpPolicy.findFirst({ where: { orgId, appId: null }, select: policySelect });
  return org ? { dto: toPolicyDto(org), settings: settingsOf(org), hashSalt: org.hashSalt } : { dto: toPolicyDto(null), settings: DEFAULT_POLICY, hashSalt: null };
}

/** Creates or replaces the org default (appId null) or an app's policy. */
export async function upsertPolicy(tx: DbTx, orgId: string, appId: string | null, settings: TPolicySettings) {
  const existing = await tx.dlpPolicy.findFirst({ where: { orgId, appId }, select: { id: true } });
  const data = { detectors: settings.detectors, thresholds: settings.thresholds, disabledTypes: settings.disabledTypes, action: settings.action, operator: settings.operator };
  return existing
    ? tx.dlpPolicy.update({ where: { id: existing.id, orgId }, data, select: policySelect })
    : tx.dlpPolicy.create({ data: { orgId, appId, hashSalt: randomBytes(16).toString("hex"), ...data }, select: policySelect });
}

export type OrgCustomRules = { detector: Detector; severityOf: (ruleId: string) => Severity | undefined };

export async function loadCustomRules(orgId: string, tx: DbTx = db): Promise<OrgCustomRules> {
  const rows = await tx.dlpCustomRule.findMany({
    where: { orgId, enabled: true },
    select: { ruleId: true, pattern: true, caseInsensitive: true, keywords: true, validator: true, score: true, severity: true },
  });
  const compiled: CompiledCustomRule[] = [];
  for (const row of rows) {
    const result = compileCustomRule({ ...row, validator: row.validator as CustomValidator });
    if (result.ok) compiled.push(result.rule);
  }
  const severities = new Map(rows.map((r) => [r.ruleId, r.severity as Severity]));
  return { detector: customDetector(compiled), severityOf: (ruleId) => severities.get(ruleId) };
}
