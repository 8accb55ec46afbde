import type { RuleId } from "../catalog";
import type { CorrelationRule } from "../types";
import { knownSecretInTrafficRule } from "./known-secret-in-traffic";
import { llmjackingRule } from "./llmjacking";
import { restrictedDataEgressRule } from "./restricted-data-egress";
import { shadowAiRule } from "./shadow-ai";
import { storageReadThenModelCallRule } from "./storage-read-then-model-call";
import { usageAnomalyRule } from "./usage-anomaly";

/** Every rule, in the order a run evaluates them. */
export const CORRELATION_RULES = [
  llmjackingRule, shadowAiRule, knownSecretInTrafficRule, usageAnomalyRule, restrictedDataEgressRule, storageReadThenModelCallRule,
] as const satisfies readonly CorrelationRule[];

export const ruleById = (id: RuleId) => CORRELATION_RULES.find((r) => r.id === id)!;
