// Every source parser, in auto-detection order: LLM-provider formats (more specific shapes) before audit logs.
// The gateway's parser comes last and is never auto-detected: it reads only files named "gateway".
import type { SourceParser } from "../types";
import { AUDIT_PARSERS } from "./audit";
import { gatewayParser } from "./gateway";
import { LLM_PARSERS } from "./llm";

export const INGEST_PARSERS: readonly SourceParser[] = [...LLM_PARSERS, ...AUDIT_PARSERS, gatewayParser];
