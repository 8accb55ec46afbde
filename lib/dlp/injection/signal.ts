// Building blocks shared by the injection signal families: a signal is a weighted span, a rule finds signals.
// Speed: every rule lists lower-case keywords, one of which occurs in each of its matches. One pass over the text
// finds all keyword occurrences (keyword-gate.ts), and a rule's own regex then runs only in a window around its
// keywords. Ordinary text triggers few rules, so most of the rule table never runs.
// Exactness: whitespace and word-character runs in rule regexes are bounded (bound()), so every match of a
// windowed rule is shorter than the window reaches; a window therefore holds each match that contains one of its
// keywords, with the context its \b and lookarounds read, and finds exactly what the regex finds in the whole text.
import type { RuleProfiler } from "../types";
import { compileKeywords, scanLower, type KeywordTable } from "./keyword-gate";

export type SignalId =
  | "instruction_override"
  | "jailbreak_persona"
  | "system_prompt_extraction"
  | "delimiter_injection"
  | "obfuscated_instruction"
  | "invisible_unicode"
  | "markdown_exfiltration";

export type Signal = { id: SignalId; rule: string; weight: number; start: number; end: number };

/** Re-weights a match (0 drops it); gets the whole text and match offset so it can look at the context. */
export type Adjust = (match: string, text: string, index: number) => number;

export type Rule = {
  id: SignalId;
  rule: string;
  weight: number;
  re: RegExp;
  /** Lower-case literals; each match contains one of them (a space stands for any run of spaces and tabs). */
  keywords: readonly string[];
  /** A second such list: each match also contains one of these, so the rule runs only where both occur. */
  alsoKeywords?: readonly string[];
  adjust?: Adjust;
  /** Each distinct matched text counts as separate evidence (e.g. several different "amoral" traits). */
  distinct?: boolean;
  /** Run over the whole text once triggered (for matches that can be longer than RULE_REACH, e.g. many lines). */
  whole?: boolean;
  /** Skipped when the text is itself a JSON document (a raw API log line), where the pattern is just structure. */
  proseOnly?: boolean;
};

type RuleOptions = { keywords: readonly string[]; alsoKeywords?: readonly string[]; adjust?: Adjust; distinct?: boolean; whole?: boolean; proseOnly?: boolean };

// Runs of spaces or word characters are capped (32 spaces between two words is already not prose).
const UNBOUNDED: [string, string][] = [
  ["[ \\t]+", "[ \\t]{1,32}"],
  ["[ \\t]*", "[ \\t]{0,32}"],
  ["[ \\t\\n]*", "[ \\t\\n]{0,32}"],
  ["[ \\t:]+", "[ \\t:]{1,32}"],
  ["\\w*", "\\w{0,32}"],
  ["\\w+", "\\w{1,32}"],
  ["\\d+", "\\d{1,16}"],
  ["\\p{L}*", "\\p{L}{0,32}"],
];
export const bound = (source: string) => UNBOUNDED.reduce((s, [from, to]) => s.split(from).join(to), source);

export function rule(id: SignalId, name: string, weight: number, re: RegExp, options: RuleOptions): Rule {
  return { id, rule: name, weight, re: new RegExp(bound(re.source), re.flags.replace(/[gy]/g, "") + "g"), ...options };
}

export type RuleSet = { rules: readonly Rule[]; keywords: KeywordTable };

export function compileRules(rules: readonly Rule[], probes: readonly string[] = []): RuleSet {
  // Keyword list 2i holds rule i's keywords, list 2i + 1 its alsoKeywords.
  return { rules, keywords: compileKeywords(rules.flatMap((r) => [r.keywords, r.alsoKeywords ?? []]), probes) };
}

/**
 * Same-length lower-casing (full toLowerCase can change the length, e.g. "İ"), so offsets stay valid. Case-
 * insensitive regexes also equate "ſ" with "s", so the long s is folded too: keywords are looked up here.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  const same = lower.length === text.length ? lower : text.replace(/[^\x00-\x40\x5b-\x7f]/g, (c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c));
  return same.includes("\u017f") ? same.replace(/\u017f/g, "s") : same;
}

/** How far a windowed rule's match (with the context its lookarounds read) can reach from one of its keywords. */
export const RULE_REACH = 448;

function emit(out: Signal[], r: Rule, match: string, index: number, text: string) {
  const weight = r.adjust ? r.adjust(match, text, index) : r.weight;
  const name = r.distinct ? `${r.rule}:${match.toLowerCase()}` : r.rule;
  if (weight > 0) out.push({ id: r.id, rule: name, weight, start: index, end: index + match.length });
}

/** Runs one rule over text[start, end) (the whole text when the range covers it). */
export function runRule(out: Signal[], r: Rule, text: string, start: number, end: number) {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  const re = r.re;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    emit(out, r, m[0], m.index + start, text);
  }
  re.lastIndex = 0;
}

export function runRules(text: string, lower: string, set: RuleSet): Signal[] {
  return runTriggered(text, scanLower(lower, set.keywords).keywords, set);
}

/** Runs the rules whose keywords were found (per rule index, keyword start offsets ascending). */
export function runTriggered(text: string, found: ReadonlyMap<number, readonly number[]> | null, set: RuleSet, profile?: RuleProfiler): Signal[] {
  if (!found) return [];
  let t = 0;
  const out: Signal[] = [];
  const jsonDocument = /^\s*[[{]/.test(text);
  // Rules run in table order, so signals come out in the same order as running every rule over the whole text.
  for (const id of [...found.keys()].sort((a, b) => a - b)) {
    if (id % 2 === 1) continue; // alsoKeywords lists
    const r = set.rules[id / 2]!;
    let positions = found.get(id)!;
    if (r.alsoKeywords) positions = near(positions, found.get(id + 1));
    if (positions.length === 0 || (r.proseOnly && jsonDocument)) continue;
    if (profile) t = performance.now();
    if (r.whole) runRule(out, r, text, 0, text.length);
    else runWindows(out, r, text, positions);
    if (profile) profile(`injection:${r.rule}`, performance.now() - t);
  }
  return out;
}

/** Positions with one of `others` within RULE_REACH (both lists ascending): a match holds one of each. */
function near(positions: readonly number[], others: readonly number[] | undefined): readonly number[] {
  if (!others) return [];
  const out: number[] = [];
  let k = 0;
  for (const p of positions) {
    while (k < others.length && others[k]! < p - RULE_REACH) k++;
    if (k < others.length && others[k]! <= p + RULE_REACH) out.push(p);
  }
  return out;
}

/** Runs a rule over the merged windows around its keyword positions (ascending). */
function runWindows(out: Signal[], r: Rule, text: string, positions: readonly number[]) {
  let ws = -1;
  let we = -1;
  for (const p of positions) {
    const s = Math.max(0, p - RULE_REACH);
    const e = Math.min(text.length, p + RULE_REACH);
    if (ws >= 0 && s <= we) we = e;
    else {
      if (ws >= 0) runRule(out, r, text, ws, we);
      ws = s;
      we = e;
    }
  }
  if (ws >= 0) runRule(out, r, text, ws, we);
}
