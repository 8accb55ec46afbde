import { createHash } from "node:crypto";
import type { Finding } from "./types";

/** Presidio's operator names. */
export type Operator =
  | { type: "replace"; newValue?: string } // default "<ENTITY_TYPE>"
  | { type: "redact" } // remove the value
  | { type: "mask"; maskingChar?: string; charsToMask?: number; fromEnd?: boolean }
  | { type: "hash"; salt: string }; // salted SHA-256, hex

/** Non-overlapping spans to rewrite: where findings overlap, the earliest-starting, longest, highest-scoring wins. */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.score - a.score);
  const kept: Finding[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) {
      if (f.end > last.end) kept[kept.length - 1] = { ...last, end: f.end };
      continue;
    }
    kept.push(f);
  }
  return kept;
}

function apply(value: string, type: string, op: Operator): string {
  switch (op.type) {
    case "replace":
      return op.newValue ?? `<${type}>`;
    case "redact":
      return "";
    case "mask": {
      const char = (op.maskingChar ?? "*").slice(0, 1) || "*";
      const n = Math.min(value.length, op.charsToMask ?? value.length);
      return op.fromEnd ? value.slice(0, value.length - n) + char.repeat(n) : char.repeat(n) + value.slice(n);
    }
    case "hash":
      return createHash("sha256").update(op.salt).update(value).digest("hex");
  }
}

/** Rewrites every finding's span with the operator (per type when a map is given, else the default). */
export function anonymize(text: string, findings: readonly Finding[], operator: Operator, perType: Partial<Record<string, Operator>> = {}): string {
  let out = "";
  let cursor = 0;
  for (const f of resolveOverlaps(findings)) {
    out += text.slice(cursor, f.start) + apply(text.slice(f.start, f.end), f.type, perType[f.type] ?? operator);
    cursor = f.end;
  }
  return out + text.slice(cursor);
}
