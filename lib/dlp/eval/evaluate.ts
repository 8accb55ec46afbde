import type { Finding } from "../types";
import { scores, type Counts, type Scores } from "./metrics";

type Scan = (text: string) => Finding[];

/** secrets: a case is detected when any finding lies within the sample. Columns: rule_id, should_match, sample. */
export function evaluateSecrets(rows: Record<string, string>[], scan: Scan) {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const row of rows) {
    const expected = row.should_match === "true";
    const found = scan(row.sample ?? "").length > 0;
    if (expected && found) c.tp++;
    else if (expected) c.fn++;
    else if (found) c.fp++;
    else c.tn++;
  }
  return { kind: "secrets", cases: rows.length, ...scores(c) };
}

/** injection: label is "injection" or "benign"; detected when any finding is reported. */
export function evaluateInjection(rows: Record<string, string>[], scan: Scan) {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const row of rows) {
    const expected = row.label === "injection";
    const found = scan(row.text ?? "").length > 0;
    if (expected && found) c.tp++;
    else if (expected) c.fn++;
    else if (found) c.fp++;
    else c.tn++;
  }
  return { kind: "injection", cases: rows.length, ...scores(c) };
}

type Span = { type: string; start: number; end: number };
const overlaps = (a: Span, b: Span) => a.type === b.type && a.start < b.end && b.start < a.end;

/**
 * pii: one row per gold span (sample_id, entity_type, start, end, text); an empty entity_type is a sample without
 * spans. A gold span is found when a finding of the same type overlaps it; a finding overlapping no gold span of
 * its type is a false positive. Only `entities` are scored (others are ignored on both sides).
 */
export function evaluatePii(rows: Record<string, string>[], scan: Scan, entities: ReadonlySet<string>) {
  const samples = new Map<string, { text: string; gold: Span[]; scope: ReadonlySet<string> }>();
  rows.forEach((row, index) => {
    // Recognizer-case files (no sample_id) test one entity per row, as Presidio's own tests do:
    // "span" rows carry a gold span, "negative" rows none, "positive_count_only" rows anywhere in the text.
    const perRow = row.sample_id === undefined;
    if (perRow && !["span", "negative", "positive_count_only"].includes(row.kind ?? "")) return;
    if (perRow && row.entity_type && !entities.has(row.entity_type)) return;
    const id = perRow ? `row-${index}` : (row.sample_id ?? "");
    const text = row.text ?? "";
    const sample = samples.get(id) ?? { text, gold: [], scope: perRow ? new Set([row.entity_type ?? ""]) : entities };
    if (row.entity_type && entities.has(row.entity_type)) {
      if (row.kind === "positive_count_only" && Number(row.expected_count) > 0) sample.gold.push({ type: row.entity_type, start: 0, end: text.length });
      else if (row.start !== "" && row.end !== "" && row.start !== undefined) sample.gold.push({ type: row.entity_type, start: Number(row.start), end: Number(row.end) });
    }
    samples.set(id, sample);
  });
  const perEntity = new Map<string, Counts>();
  const bump = (type: string, key: keyof Counts) => {
    const c = perEntity.get(type) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    c[key]++;
    perEntity.set(type, c);
  };
  for (const { text, gold, scope } of samples.values()) {
    const found = scan(text).filter((f) => entities.has(f.type) && scope.has(f.type));
    for (const g of gold) bump(g.type, found.some((f) => overlaps(f, g)) ? "tp" : "fn");
    for (const f of found) if (!gold.some((g) => overlaps(f, g))) bump(f.type, "fp");
  }
  const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const per_entity: Record<string, Scores> = {};
  for (const [type, c] of [...perEntity.entries()].sort()) {
    per_entity[type] = scores(c);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return { kind: "pii", cases: samples.size, ...scores(total), per_entity };
}
