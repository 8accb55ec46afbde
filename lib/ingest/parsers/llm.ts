// The LLM-side source parsers, in auto-detection order. Container and log shapes with a distinctive marker come
// first (OTLP batches, usage/cost reports, Azure diagnostic logs); then recorded API calls, Anthropic before
// Bedrock (Claude on Bedrock with an Anthropic body is the Anthropic parser's, other Bedrock models and
// ModelInvocationLog records are the Bedrock parser's) and OpenAI last (it also takes OpenAI-compatible hosts).
import type { SourceParser } from "../types";
import { anthropicParser } from "./anthropic";
import { anthropicUsageParser } from "./anthropic-usage";
import { awsBedrockInvocationParser } from "./aws-bedrock-invocation";
import { azureOpenaiParser } from "./azure-openai";
import { openaiParser } from "./openai";
import { openaiUsageParser } from "./openai-usage";
import { otlpParser } from "./otlp";

export const LLM_PARSERS: SourceParser[] = [
  otlpParser,
  openaiUsageParser,
  anthropicUsageParser,
  azureOpenaiParser,
  anthropicParser,
  awsBedrockInvocationParser,
  openaiParser,
];
