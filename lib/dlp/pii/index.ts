import type { Detector } from "../types";
import { compilePii } from "./fast";
import type { PiiRule } from "./rule";
import { CONTACT_RULES } from "./rules/contact";
import { DATE_RULES } from "./rules/date";
import { FINANCIAL_RULES } from "./rules/financial";
import { INTL_ID_RULES } from "./rules/intl-ids";
import { PHONE_RULES } from "./rules/phone";
import { US_ID_RULES } from "./rules/us-ids";

export { PII_ENTITIES, type PiiEntity } from "./entities";
export { DEFAULT_THRESHOLD as PII_DEFAULT_THRESHOLD } from "./engine";

// Order breaks score/length ties between overlapping findings: checksummed and specific formats first.
export const PII_RULES: readonly PiiRule[] = [...FINANCIAL_RULES, ...CONTACT_RULES, ...US_ID_RULES, ...INTL_ID_RULES, ...PHONE_RULES, ...DATE_RULES];

const engine = compilePii(PII_RULES);

export const piiDetector: Detector = {
  kind: "pii",
  ruleCount: engine.ruleCount,
  detect: engine.detect,
};
