// Every source parser, in auto-detection order: LLM-provider formats (more specific shapes) before audit logs.
import type { SourceParser } from "../types";
import { AUDIT_PARSERS } from "./audit";
import { LLM_PARSERS } from "./llm";

export const INGEST_PARSERS: readonly SourceParser[] = [...LLM_PARSERS, ...AUDIT_PARSERS];
