// The gated detector must find exactly what a plain oracle finds: every signal rule run over the whole text (and
// over every decoded payload), fed into the same exfiltration, invisible-character, obfuscation and scoring code.
import { RegExpParser, type AST } from "@eslint-community/regexpp";
import { describe, expect, it } from "vitest";
import { injectionDetector } from "./index";
import { RECHECK_RULE_LIST, TEXT_RULE_LIST, assembleSignals, collectSignals, combine, scanText } from "./score";
import { RULE_REACH, lowerSameLength, runRule, type Rule, type Signal } from "./signal";
import { LEET_TRIGGERS, deLeet } from "./leet";
import { leetTriggerSpans } from "./obfuscation";
import { ORACLE_FRAGMENTS } from "./oracle-fragments";
import { mulberry32 } from "@/test/helpers/seeded-random";

function plainRun(text: string, rules: readonly Rule[]): Signal[] {
  const out: Signal[] = [];
  const jsonDocument = /^\s*[[{]/.test(text);
  for (const r of rules) if (!(r.proseOnly && jsonDocument)) runRule(out, r, text, 0, text.length);
  return out;
}
function oracleSignals(text: string, only?: ReadonlySet<string>): Signal[] {
  const lower = lowerSameLength(text);
  return assembleSignals(text, lower, scanText(lower), plainRun(text, TEXT_RULE_LIST), (decoded: string) => plainRun(decoded, RECHECK_RULE_LIST), only);
}

const SEPARATORS = [" ", " ", " ", ". ", ", ", "\n", "\n\n", "  ", "\t", " \t  ", ": ", '"', "- ", "...", "!", "? ", "", "\r\n"];
const LOG_LINES = [
  '{"ts":1700000000,"type":"prompt","model":"gpt-4o","user":"u36","messages":[{"role":"user","content":"',
  '{"eventTime":"2024-05-01T12:34:56.000Z","eventSource":"bedrock.amazonaws.com","modelId":"anthropic.claude-3","note":"',
  "2024-05-01T12:34:56Z INFO request_id=3fa85f64-5717-4562-b3fc-2c963f66afa6 input_tokens=455 ",
];
const shout = (s: string, r: number) => (r < 0.2 ? s.toUpperCase() : r < 0.35 ? s.replace(/\b\w/g, (c) => c.toUpperCase()) : s);

function corpus(count: number, seed: number): string[] {
  const rand = mulberry32(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const texts: string[] = [...ORACLE_FRAGMENTS];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    for (let k = 1 + Math.floor(rand() * 14); k > 0; k--) parts.push(shout(pick(ORACLE_FRAGMENTS), rand()), pick(SEPARATORS));
    let text = parts.join("");
    if (rand() < 0.15) text = text.replace(/ /g, () => pick([" ", "  ", "\t", " "]));
    if (rand() < 0.2) text = pick(LOG_LINES) + JSON.stringify(text).slice(1, -1) + '"}';
    if (rand() < 0.05) text = `${"lorem ipsum dolor sit amet ".repeat(40)}${text}${" consectetur adipiscing".repeat(30)}`;
    texts.push(text);
  }
  return texts;
}

const sorted = (signals: readonly Signal[]) => [...signals].sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : 1));

describe("injection detector equals the whole-text oracle", () => {
  const texts = corpus(1200, 0x1a7ec7);

  it("finds exactly the signals of every rule run over the whole text", () => {
    let signals = 0;
    for (const text of texts) {
      const expected = oracleSignals(text);
      signals += expected.length;
      expect(sorted(collectSignals(text)), text).toEqual(sorted(expected));
    }
    expect(signals).toBeGreaterThan(2000); // the corpus really exercises the rules
  }, 60_000);

  it("reports exactly the oracle's findings, with and without a threshold or `only`", () => {
    for (const text of texts.slice(0, 400)) {
      for (const options of [{}, { threshold: 0 }, { only: new Set(["jailbreak_persona", "obfuscated_instruction"]) }]) {
        const expected = oracleSignals(text, "only" in options ? options.only : undefined);
        const score = combine(expected);
        const threshold = "threshold" in options ? (options.threshold ?? 0) : 0.5;
        const found = injectionDetector.detect(text, options).map((f) => [f.type, f.start, f.end, f.score]);
        expect(found, text).toEqual(expected.length > 0 && score >= threshold ? expected.map((s) => [s.id, s.start, s.end, score]) : []);
      }
    }
  }, 60_000);

  it("finds exactly the leetspeak trigger words and non-ASCII text the obfuscation family reads", () => {
    // Plain definition: words holding a Latin letter next to a leet substitute, up to 13 characters, that decode to
    // a trigger word with every "1" read as "i" or every "1" read as "l".
    const PAIR = /[a-z][013457@$\u0370-\u04ff]|[013457@$\u0370-\u04ff][a-z]/g;
    const part = /[a-z0-9@$\u0370-\u04ff]/;
    for (const text of texts) {
      const lower = lowerSameLength(text);
      const expected: [number, number][] = [];
      for (let m = PAIR.exec(lower); m !== null; m = PAIR.exec(lower)) {
        let [s, e] = [m.index, m.index + 2];
        while (s > 0 && part.test(lower[s - 1]!)) s--;
        while (e < lower.length && part.test(lower[e]!)) e++;
        const word = text.slice(s, e);
        if (e - s <= 13 && (LEET_TRIGGERS.has(deLeet(word, "i").toLowerCase()) || LEET_TRIGGERS.has(deLeet(word, "l").toLowerCase()))) expected.push([s, e]);
        PAIR.lastIndex = e;
      }
      const scan = scanText(lower);
      expect(leetTriggerSpans(text, lower, scan), text).toEqual(expected);
      expect(scan.nonAscii).toBe(/[^\x00-\x7f]/.test(lower));
    }
  });

  it("every rule match contains one of the rule's keywords (what the gate relies on)", () => {
    for (const text of texts) {
      const lower = lowerSameLength(text);
      const json = /^\s*[[{]/.test(text);
      for (const r of TEXT_RULE_LIST) {
        if (r.proseOnly && json) continue;
        const out: Signal[] = [];
        runRule(out, r, text, 0, text.length);
        // A keyword space stands for any run of spaces and tabs.
        const blanks = (x: string) => x.replace(/[ \t]+/g, " ");
        for (const s of out) {
          const matched = blanks(lower.slice(s.start, s.end));
          for (const list of [r.keywords, r.alsoKeywords ?? [""]]) expect(list.some((k) => matched.includes(blanks(k))), `${r.rule}: ${text.slice(s.start, s.end)}`).toBe(true);
        }
      }
    }
  }, 60_000);
});

describe("windowed rules fit their windows", () => {
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  type Node = AST.Node;
  let unit = 1; // UTF-16 units per character: 2 in unicode mode, where a class can match an astral code point
  const maxLength = (n: Node): number => {
    switch (n.type) {
      case "Pattern":
      case "Group":
      case "CapturingGroup":
        return Math.max(...n.alternatives.map(maxLength));
      case "Alternative":
        return n.elements.reduce((sum, e) => sum + maxLength(e), 0);
      case "Quantifier":
        return n.max === Infinity ? Infinity : n.max * maxLength(n.element);
      case "Character":
      case "CharacterClass":
      case "CharacterSet":
      case "ExpressionCharacterClass":
        return unit;
      case "Backreference":
        return Infinity;
      default:
        return 0;
    }
  };
  const lookaround = (n: Node): number => {
    let most = 0;
    const visit = (x: Node) => {
      if (x.type === "Assertion" && (x.kind === "lookahead" || x.kind === "lookbehind")) most = Math.max(most, ...x.alternatives.map(maxLength));
      for (const child of "alternatives" in x ? x.alternatives : "elements" in x ? x.elements : "element" in x ? [x.element] : []) visit(child as Node);
    };
    visit(n);
    return most;
  };

  it.each(TEXT_RULE_LIST.filter((r) => !r.whole).map((r) => [r.rule, r] as const))("%s", (_, r) => {
    unit = r.re.flags.includes("u") ? 2 : 1;
    const ast = parser.parsePattern(r.re.source, 0, r.re.source.length, { unicode: r.re.flags.includes("u") });
    // A window reaches RULE_REACH on both sides of a keyword inside the match; \b reads one more character.
    expect(maxLength(ast) + lookaround(ast) + 1).toBeLessThanOrEqual(RULE_REACH);
  });
});
