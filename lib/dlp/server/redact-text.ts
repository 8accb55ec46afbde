import type { Ctx } from "@/lib/server/principal";
import { anonymize, type Operator } from "../operators";
import type { PolicyOperator } from "../policy/policy";
import type { TRedactRequest } from "../schemas";
import { scanUnderPolicy } from "./scan-text";

// A policy's operator as a Presidio operator; HASH uses the policy's own salt (never returned by the API).
export function policyOperator(operator: PolicyOperator, salt: string | null, orgId: string): Operator {
  switch (operator) {
    case "REPLACE":
      return { type: "replace" };
    case "REDACT":
      return { type: "redact" };
    case "MASK":
      return { type: "mask", maskingChar: "*" };
    case "HASH":
      return { type: "hash", salt: salt ?? orgId };
  }
}

export const redactTextRequest = async ({ ctx, operator, ...scanRequest }: { ctx: Ctx } & TRedactRequest) => {
  const { findings, durationMs, decision, policy, settings, hashSalt } = await scanUnderPolicy({ ctx, ...scanRequest });
  const op = operator ?? policyOperator(settings.operator, hashSalt, ctx.orgId);
  return { text: anonymize(scanRequest.text, findings, op), findings, durationMs, decision, policy };
};
