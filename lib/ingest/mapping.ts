// Maps an event to a registered app through the org's rules (first match by priority, then age). An event no
// rule maps stays unmapped: a shadow-AI candidate.
import type { LlmEvent } from "./types";

export const MAPPING_FIELDS = ["apiKeyId", "projectId", "deployment", "principal", "model", "sourceIp"] as const;
export type MappingField = (typeof MAPPING_FIELDS)[number];
export type MappingRule = { appId: string; field: MappingField; matchType: "exact" | "prefix"; value: string; priority: number };

export function fieldValue(event: LlmEvent, field: MappingField): string | undefined {
  if (field === "model") return event.attributes["gen_ai.request.model"] ?? event.attributes["gen_ai.response.model"];
  return event.identity[field];
}

/** Rules must come sorted by priority (lower first); the first that matches wins. */
export function mapToApp(event: LlmEvent, rules: readonly MappingRule[]): string | null {
  for (const rule of rules) {
    const value = fieldValue(event, rule.field);
    if (value === undefined) continue;
    if (rule.matchType === "exact" ? value === rule.value : value.startsWith(rule.value)) return rule.appId;
  }
  return null;
}
