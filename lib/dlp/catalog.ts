// The detector catalog shown to admins: every built-in detector with the entity types / rule ids it reports.
import { CUSTOM_TAGS } from "./custom/rule";
import { CUSTOM_VALIDATORS, CUSTOM_VALIDATOR_NAMES } from "./custom/validators";
import { DETECTORS } from "./detectors";
import { PII_ENTITIES } from "./pii";
import { SECRET_RULES } from "./secrets";
import type { DetectorKind, FindingTags } from "./types";

type CatalogType = { id: string; description: string } & FindingTags;
export type CatalogDetector = { kind: DetectorKind; label: string; description: string; ruleCount: number; types: CatalogType[] };

const INJECTION_TAGS = { owasp: ["LLM01"], atlas: ["AML.T0051"], nist: ["Information Integrity", "Information Security"] };
const INJECTION_TYPES: CatalogType[] = [
  { id: "instruction_override", description: "Instructions to ignore or replace earlier instructions (12 languages)", ...INJECTION_TAGS },
  { id: "jailbreak_persona", description: "Role-play jailbreaks: DAN, developer mode, unrestricted personas", ...INJECTION_TAGS, atlas: ["AML.T0051", "AML.T0054"] },
  { id: "system_prompt_extraction", description: "Requests to reveal the system prompt or hidden instructions", ...INJECTION_TAGS, owasp: ["LLM01", "LLM07"] },
  { id: "delimiter_injection", description: "Fake chat-template delimiters, role headers and tool-call markup", ...INJECTION_TAGS },
  { id: "obfuscated_instruction", description: "Instructions hidden in base64, hex, leetspeak or reversed text", ...INJECTION_TAGS },
  { id: "invisible_unicode", description: "Invisible Unicode: tag characters, zero-width and bidi controls", ...INJECTION_TAGS },
  { id: "markdown_exfiltration", description: "Markdown images or links that carry data to an outside URL", ...INJECTION_TAGS, owasp: ["LLM01", "LLM02"] },
];

const SAFETY_TYPES: CatalogType[] = [
  { id: "profanity", description: "Swearing and insults (obscenity's English dataset)", owasp: ["LLM05"], atlas: [], nist: ["Obscene, Degrading, and/or Abusive Content"] },
  { id: "hate", description: "Slurs and hateful phrasing", owasp: ["LLM05"], atlas: [], nist: ["Harmful Bias and Homogenization", "Dangerous, Violent, or Hateful Content"] },
  { id: "sexual", description: "Explicit sexual content", owasp: ["LLM05"], atlas: [], nist: ["Obscene, Degrading, and/or Abusive Content"] },
  { id: "violence", description: "Threats and instructions for violence or weapons", owasp: ["LLM05"], atlas: [], nist: ["Dangerous, Violent, or Hateful Content"] },
  { id: "self_harm", description: "Self-harm and suicide intent", owasp: ["LLM05"], atlas: [], nist: ["Dangerous, Violent, or Hateful Content"] },
];

const ruleCountOf = (kind: DetectorKind) => DETECTORS.find((d) => d.kind === kind)?.ruleCount ?? 0;

export function detectorCatalog(customRuleCount: number): CatalogDetector[] {
  return [
    {
      kind: "secret", label: "Secrets", ruleCount: ruleCountOf("secret"),
      description: "API keys, tokens, private keys and credentials (gitleaks rule ids), with entropy and stop-word checks",
      types: SECRET_RULES.map((r) => ({ id: r.id, description: r.description, ...r.tags })),
    },
    {
      kind: "pii", label: "Personal data", ruleCount: ruleCountOf("pii"),
      description: "Presidio entities: patterns, checksums and context words raise or drop the score",
      types: PII_ENTITIES.map((e) => ({ id: e.name, description: e.description, ...e.tags })),
    },
    { kind: "injection", label: "Prompt injection", ruleCount: ruleCountOf("injection"), description: "Independent signals combined into one score; ordinary prompts that merely say “ignore” do not fire", types: INJECTION_TYPES },
    { kind: "safety", label: "Content safety", ruleCount: ruleCountOf("safety"), description: "Profanity, hate, sexual, violence and self-harm on obscenity's maintained lexicon plus intent phrases", types: SAFETY_TYPES },
    { kind: "custom", label: "Custom rules", ruleCount: customRuleCount, description: "Your organization's own patterns, keywords and checksums", types: [{ id: "(your rule ids)", description: "Defined under Custom rules", ...CUSTOM_TAGS }] },
  ];
}

export const validatorCatalog = () => CUSTOM_VALIDATOR_NAMES.map((id) => ({ id, label: CUSTOM_VALIDATORS[id].label }));
