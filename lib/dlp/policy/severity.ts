// Severity of a DLP finding in the findings workflow: what leaks matters more than how sure we are.
import { AI_RULES } from "../secrets/rules-ai";
import { CLOUD_RULES } from "../secrets/rules-cloud";
import type { Finding } from "../types";

export type Severity = "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFO";

const HIGH_PII = new Set(["CREDIT_CARD", "US_SSN", "US_ITIN", "US_PASSPORT", "US_BANK_NUMBER", "IBAN_CODE", "UK_NHS", "UK_NINO", "CRYPTO", "MEDICAL_LICENSE"]);
const LOW_PII = new Set(["IP_ADDRESS", "URL", "DATE_TIME", "MAC_ADDRESS", "DOMAIN_NAME"]);
// Credentials that reach model providers or whole clouds, and private keys: a leak is an incident, not a ticket.
const CRITICAL_SECRET = new Set([...AI_RULES, ...CLOUD_RULES].map((r) => r.id).concat(["private-key", "putty-private-key", "gcp-service-account"]));

export function severityOf(finding: Pick<Finding, "detector" | "type" | "score">, customSeverity?: Severity): Severity {
  switch (finding.detector) {
    case "secret":
      return CRITICAL_SECRET.has(finding.type) ? "CRITICAL" : "HIGH";
    case "pii":
      return HIGH_PII.has(finding.type) ? "HIGH" : LOW_PII.has(finding.type) ? "LOW" : "MEDIUM";
    case "injection":
      return finding.score >= 0.8 ? "HIGH" : "MEDIUM";
    case "safety":
      return "MEDIUM";
    case "custom":
      return customSeverity ?? "MEDIUM";
  }
}
