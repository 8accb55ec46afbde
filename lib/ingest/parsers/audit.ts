// The audit-log parsers (clouds, AI platforms, GitHub) in auto-detection order: the most specific structural
// tests first. Entra ID comes before the Activity Log because both use the Azure diagnostic envelope; GitHub's
// test (a dotted "action" plus a time) is the loosest, so it goes last.
import type { SourceParser } from "../types";
import { anthropicActivityParser } from "./anthropic-activity";
import { awsCloudtrailParser } from "./aws-cloudtrail";
import { azureActivityParser } from "./azure-activity";
import { azureEntraParser } from "./azure-entra";
import { gcpAuditParser } from "./gcp-audit";
import { githubAuditParser } from "./github-audit";
import { openaiAuditParser } from "./openai-audit";

export const AUDIT_PARSERS: SourceParser[] = [
  awsCloudtrailParser,
  gcpAuditParser,
  azureEntraParser,
  azureActivityParser,
  openaiAuditParser,
  anthropicActivityParser,
  githubAuditParser,
];
