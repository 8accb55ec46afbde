// Building blocks shared by the injection signal families: a signal is a weighted span, a rule finds signals.
// Speed: every rule lists lower-case keywords, one of which occurs in each of its matches. A single combined
// regex finds all keyword occurrences (native code; no per-character JavaScript), and a rule's own regex then runs
// only in a window around its keywords. Ordinary text triggers few rules, so most of the rule table never runs.

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
  /** Lower-case literals; each match contains one of them. */
  keywords: readonly string[];
  adjust?: Adjust;
  /** Each distinct matched text counts as separate evidence (e.g. several different "amoral" traits). */
  distinct?: boolean;
  /** Run over the whole text once triggered (rules anchored on line starts or spanning many lines). */
  whole?: boolean;
  /** Skipped when the text is itself a JSON document (a raw API log line), where the pattern is just structure. */
  proseOnly?: boolean;
};

type RuleOptions = { keywords: readonly string[]; adjust?: Adjust; distinct?: boolean; whole?: boolean; proseOnly?: boolean };

export function rule(id: SignalId, name: string, weight: number, re: RegExp, options: RuleOptions): Rule {
  return { id, rule: name, weight, re: new RegExp(re.source, re.flags.replace(/[gy]/g, "") + "g"), ...options };
}

export type RuleSet = { gate: RegExp; triggers: Map<string, Rule[]> };

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function compileRules(rules: readonly Rule[]): RuleSet {
  const byKeyword = new Map<string, Rule[]>();
  for (const r of rules) for (const k of new Set(r.keywords)) byKeyword.set(k, [...(byKeyword.get(k) ?? []), r]);
  const all = [...byKeyword.keys()];
  // The gate only needs the shortest keywords: a keyword that extends another one ("ignore all" / "ignor") is
  // covered by it, and a gate hit triggers every rule whose keyword starts with the matched text (a superset).
  const minimal = all.filter((k) => !all.some((p) => p !== k && k.startsWith(p)));
  const triggers = new Map<string, Rule[]>();
  for (const k of minimal) triggers.set(k, [...new Set(all.filter((x) => x.startsWith(k)).flatMap((x) => byKeyword.get(x) ?? []))]);
  return { gate: new RegExp(minimal.map(escapeRe).join("|") || "(?!)", "g"), triggers };
}

/** Same-length lower-casing (full toLowerCase can change the length, e.g. "İ"), so offsets stay valid. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

const BEFORE = 200;
const AFTER = 260;

function emit(out: Signal[], r: Rule, match: string, index: number, text: string) {
  const weight = r.adjust ? r.adjust(match, text, index) : r.weight;
  const name = r.distinct ? `${r.rule}:${match.toLowerCase()}` : r.rule;
  if (weight > 0) out.push({ id: r.id, rule: name, weight, start: index, end: index + match.length });
}

function runIn(out: Signal[], r: Rule, text: string, start: number, end: number) {
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
  const hits = new Map<Rule, number[]>();
  const gate = set.gate;
  gate.lastIndex = 0;
  for (let m = gate.exec(lower); m !== null; m = gate.exec(lower)) {
    for (const r of set.triggers.get(m[0]) ?? []) {
      const list = hits.get(r);
      if (list) list.push(m.index);
      else hits.set(r, [m.index]);
    }
    gate.lastIndex = m.index + 1; // overlapping keywords ("system prompt" hides "prompt") must still be seen
  }
  gate.lastIndex = 0;
  const out: Signal[] = [];
  const jsonDocument = /^\s*[[{]/.test(text);
  for (const [r, positions] of hits) {
    if (r.proseOnly && jsonDocument) continue;
    if (r.whole) {
      runIn(out, r, text, 0, text.length);
      continue;
    }
    let ws = -1;
    let we = -1;
    for (const p of positions) {
      const s = Math.max(0, p - BEFORE);
      const e = Math.min(text.length, p + AFTER);
      if (ws >= 0 && s <= we) we = e;
      else {
        if (ws >= 0) runIn(out, r, text, ws, we);
        ws = s;
        we = e;
      }
    }
    if (ws >= 0) runIn(out, r, text, ws, we);
  }
  return out;
}
