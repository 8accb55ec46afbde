// Secret detector: gitleaks-compatible rule ids, one keyword-automaton pass, entropy and placeholder checks.
//
// A rule applies to a text only when one of its keywords occurs in it (gitleaks semantics). One pass of a DFA over
// the text finds the keywords; only the rules they select run. Rules with `anchors` (their keywords are common
// words such as "token" or "key") run their regex as a sticky regex from each anchor occurrence instead of over
// the whole text. oracle.test.ts proves this equals running every rule's regex over the whole text.
import type { DetectOptions, Detector, Finding } from "../types";
import { findingFor, MAX_MATCHES_PER_RULE, resolveOverlaps } from "./match";
import { buildKeywordIndex, createScanBuffers, resetScanBuffers, type ScanBuffers } from "./prefilter";
import type { SecretRule } from "./rule";
import { SECRET_RULES } from "./rules";

export { SECRET_RULES } from "./rules";
export type { SecretRule } from "./rule";

const DEFAULT_THRESHOLD = 0.5;

// Pattern table: every keyword and anchor once; anchors are tracked (their start offsets are recorded).
const patterns: string[] = [];
const patternIds = new Map<string, number>();
const tracked = new Set<number>();
const idOf = (p: string) => {
  let id = patternIds.get(p);
  if (id === undefined) {
    id = patterns.length;
    patterns.push(p);
    patternIds.set(p, id);
  }
  return id;
};
const ruleAnchorIds: (readonly number[] | null)[] = [];
const rulesByKeyword: number[][] = [];
SECRET_RULES.forEach((rule, r) => {
  for (const k of rule.keywords) {
    const list = (rulesByKeyword[idOf(k)] ??= []);
    if (!list.includes(r)) list.push(r);
  }
  ruleAnchorIds[r] = rule.anchors ? rule.anchors.map((a) => idOf(a)) : null;
  for (const id of ruleAnchorIds[r] ?? []) tracked.add(id);
});
const keywordIndex = buildKeywordIndex(patterns, tracked);
/** Sticky twins of anchored rules' regexes (same source and flags, "y" instead of "g"). */
const stickyOf: (RegExp | null)[] = SECRET_RULES.map((r) => (r.anchors ? new RegExp(r.regex.source, r.regex.flags.replace("g", "") + "y") : null));

let shared: ScanBuffers | null = createScanBuffers(keywordIndex);
const activeMark = new Uint8Array(SECRET_RULES.length);

function runWhole(rule: SecretRule, text: string, threshold: number, out: Finding[]): void {
  const re = rule.regex;
  re.lastIndex = 0;
  let count = 0;
  let m: RegExpExecArray | null;
  while (count < MAX_MATCHES_PER_RULE && (m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    const f = findingFor(rule, text, m, threshold);
    if (f !== null) {
      out.push(f);
      count++;
    }
  }
  re.lastIndex = 0;
}

/** Same matches as `runWhole` when every match starts at an anchor: the leftmost match is tried first. */
function runAnchored(rule: SecretRule, sticky: RegExp, starts: number[], text: string, threshold: number, out: Finding[]): void {
  let count = 0;
  let next = 0;
  for (let k = 0; k < starts.length && count < MAX_MATCHES_PER_RULE; k++) {
    const p = starts[k]!;
    if (p < next) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null) continue;
    next = m.index + m[0].length + (m[0].length === 0 ? 1 : 0);
    const f = findingFor(rule, text, m, threshold);
    if (f !== null) {
      out.push(f);
      count++;
    }
  }
  sticky.lastIndex = 0;
}

function anchorStarts(r: number, buffers: ScanBuffers): number[] {
  const ids = ruleAnchorIds[r]!;
  let merged: number[] | null = null;
  let single: number[] = [];
  for (const id of ids) {
    const list = buffers.starts[id]!;
    if (list.length === 0) continue;
    if (single.length === 0 && merged === null) single = list;
    else (merged ??= [...single]).push(...list);
  }
  if (merged === null) return single;
  merged.sort((a, b) => a - b);
  return merged;
}

function detect(text: string, options: DetectOptions = {}): Finding[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const profile = options.profile;
  let t0 = profile ? performance.now() : 0;
  // Re-entrant calls (none today) get their own buffers instead of clobbering the shared ones.
  const buffers = shared ?? createScanBuffers(keywordIndex);
  shared = null;
  const findings: Finding[] = [];
  let seenCount = 0;
  let scanned = false;
  try {
    seenCount = keywordIndex.scanInto(text, buffers);
    scanned = true;
    if (seenCount === 0) {
      if (profile) profile("secret:gate", performance.now() - t0);
      return findings;
    }
    // Selected rules in rule-table order (the order the oracle runs them in): insertion sort, lists are short.
    const active: number[] = [];
    for (let k = 0; k < seenCount; k++) {
      const rules = rulesByKeyword[buffers.seenIds[k]!];
      if (rules === undefined) continue; // an anchor that is nobody's keyword
      for (const r of rules) {
        if (activeMark[r] === 1) continue;
        activeMark[r] = 1;
        let j = active.length;
        active.push(r);
        while (j > 0 && active[j - 1]! > r) {
          active[j] = active[j - 1]!;
          j--;
        }
        active[j] = r;
      }
    }
    for (let k = 0; k < active.length; k++) activeMark[active[k]!] = 0;
    if (profile) {
      const t1 = performance.now();
      profile("secret:gate", t1 - t0);
      t0 = t1;
    }
    for (const r of active) {
      const rule = SECRET_RULES[r]!;
      if (options.only && !options.only.has(rule.id)) continue;
      const sticky = stickyOf[r];
      try {
        if (sticky) runAnchored(rule, sticky, anchorStarts(r, buffers), text, threshold, findings);
        else if (rule.precheck === undefined || rule.precheck.test(text)) runWhole(rule, text, threshold, findings);
      } catch {
        rule.regex.lastIndex = 0; // a failing rule must not hide the others' findings
      }
      if (profile) {
        const t1 = performance.now();
        profile(rule.id, t1 - t0);
        t0 = t1;
      }
    }
  } catch {
    return []; // never throws (the automaton and the rules are not expected to)
  } finally {
    if (scanned) resetScanBuffers(buffers, seenCount);
    shared = scanned ? buffers : createScanBuffers(keywordIndex);
  }
  const t2 = profile ? performance.now() : 0;
  const result = resolveOverlaps(findings);
  if (profile) profile("secret:gate", performance.now() - t2); // bookkeeping, not a rule
  return result;
}

export const secretDetector: Detector = { kind: "secret", ruleCount: SECRET_RULES.length, detect };
