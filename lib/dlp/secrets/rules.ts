// The full secret rule set, AI providers first.
import { AI_RULES } from "./rules-ai";
import { CHAT_RULES } from "./rules-chat";
import { CLOUD_RULES } from "./rules-cloud";
import { GENERIC_RULES } from "./rules-generic";
import { OBSERVABILITY_RULES } from "./rules-observability";
import { PAYMENT_RULES } from "./rules-payment";
import { SAAS_RULES } from "./rules-saas";
import { STRUCTURED_RULES } from "./rules-structured";
import { VCS_RULES } from "./rules-vcs";
import { WEB_RULES } from "./rules-web";
import type { SecretRule } from "./rule";

export const SECRET_RULES: readonly SecretRule[] = [
  ...AI_RULES,
  ...CLOUD_RULES,
  ...VCS_RULES,
  ...CHAT_RULES,
  ...PAYMENT_RULES,
  ...OBSERVABILITY_RULES,
  ...SAAS_RULES,
  ...STRUCTURED_RULES,
  ...WEB_RULES,
  ...GENERIC_RULES,
];
