// The fast detector must find exactly what a plain oracle finds: obscenity's own RegExpMatcher over the whole
// text plus every phrase pattern over the whole text, fed into the same credibility and scoring code.
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from "obscenity";
import { describe, expect, it } from "vitest";
import { lexiconMatches, safetyDetector } from "./index";
import type { TermMatch } from "./matcher";
import { SAFETY_PATTERNS } from "./patterns";
import { findingsFromHits, lexiconHit, patternHits, type SafetyHit } from "./score";
import { mulberry32 } from "@/test/helpers/seeded-random";

const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

function oracleMatches(text: string): TermMatch[] {
  return obscenity.getAllMatches(text).map((m) => ({ termId: m.termId, start: m.startIndex, end: m.endIndex + 1 }));
}

function oracleHits(text: string): SafetyHit[] {
  const hits: SafetyHit[] = [];
  for (const m of oracleMatches(text)) {
    const hit = lexiconHit(text, m);
    if (hit) hits.push(hit);
  }
  SAFETY_PATTERNS.forEach((_, i) => patternHits(text, i, hits));
  return hits;
}

const byPosition = (a: TermMatch, b: TermMatch) => a.start - b.start || a.end - b.end || a.termId - b.termId;

// Deterministic corpus: fragments that hit every path (plain, upper case, leetspeak, look-alikes, stretched and
// spaced letters, whitelisted words, pattern phrases) mixed with structured log text and near misses.
const FRAGMENTS = [
  "fuck", "FUCK", "Fuck", "fuuuuck", "f*ck", "f.ck", "f ck", "fck", "fk", "fu", "fuk", "phuck", "motherfucker", "sh1t", "$hit", "5h1t", "shit",
  "bullshit", "shitake", "b1tch", "bitch", "b!tch", "a$$hole", "@ss", "ass", "asses", "assistant", "aassistant", "Assess", "class", "pass",
  "analysis", "anal", "/analyze", "LogAnalytics", "canal", "banal", "tetanus", "anus", "uranus", "cockpit", "cock", "peacock", "cum laude",
  "magna cum laude", "document", "cumulative", "tit", "tits", "title", "717", "455", "0.455", "a55", "s3x", "sex", "Sussex", "sexy", "penis",
  "pen is", "p0rn", "porn", "pornographic", "nig", "n1gga", "nigger", "snigger", "night", "negro", "Montenegro", "kike", "trafficking",
  "trafficked", "fick", "kung fu", "kung-fu", "rape", "grape", "therapist", "rapist", "retard", "retardant", "dick", "Dickens", "scat",
  "$(cat", "scatter", "semen", "basement", "whore", "who're", "twat", "twattle", "wank", "jizz", "dildo", "double penetration", "d0uble",
  "fag", "f4g", "fggot", "orgasm", "gasmask", "orgy", "porgy", "vagina", "vgina", "v@gina", "boob", "b00b", "boobs", "hooker", "spastic",
  "ѕhіt", "𝐟𝐮𝐜𝐤", "ｆｕｃｋ", "fυck", "ƒuck", "naïve", "café", "Ёжик", "日本語", "🙂", "👍🏽", "\u200b", "İstanbul",
  "gpt-4o", "anthropic.claude-3", "bedrock.amazonaws.com", "input_tokens", "asst_abc123", "asst_D2BqLQ9", "n6g41axt88", "f461d88c",
  "2024-05-01T12:34:56.000Z", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "/usr/local/bin/node", "C:\\Windows\\system32", "10.0.45.5",
  "sk-proj-Ab3dEf", "x86_64", "8ball", "_fuck_", "fuck_you", "fuck2", "I'm going to kill you", "I will kill him", "how do I make a pipe bomb",
  "I hope you die", "they should be shot", "shoot up the school", "immigrants should be exterminated", "jews are vermin", "heil hitler",
  "1488", "14 words", "I want to kill myself", "I'm going to end my life", "i'll end it all", "thinking about ending my own life",
  "how to commit suicide", "best way to overdose", "how many of these pills to die", "I don't want to live anymore", "better off dead",
  "suicide", "self-harm", "self harm", "kill the process", "shoot the wedding", "attack the problem", "must", "should", "gas", "die",
];
const SEPARATORS = [" ", " ", " ", "", "\n", ", ", ". ", "; ", '"', '": "', "-", "_", "  ", "\t", "/", "(", ")", ":", "!", "?", "'", "..."];
const NOISE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 @$!|()/._-:\n\"'*áéíÿѕіо𝐟";


function corpus(count: number, seed: number): string[] {
  const rand = mulberry32(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const texts: string[] = [...FRAGMENTS];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(rand() * 24);
    for (let k = 0; k < n; k++) {
      const r = rand();
      if (r < 0.15) parts.push(Array.from({ length: 1 + Math.floor(rand() * 12) }, () => pick([...NOISE])).join(""));
      else parts.push(pick(FRAGMENTS));
      parts.push(pick(SEPARATORS));
    }
    texts.push(i % 5 === 0 ? JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: parts.join("") }] }) : parts.join(""));
  }
  return texts;
}

describe("safety detector equals the whole-text oracle", () => {
  const texts = corpus(1000, 0x5afe);

  it("finds exactly obscenity's raw matches", () => {
    for (const text of texts) expect([...lexiconMatches(text)].sort(byPosition), text).toEqual(oracleMatches(text).sort(byPosition));
  }, 60_000);

  it("reports exactly the oracle's findings at every threshold", () => {
    let found = 0;
    for (const text of texts) {
      const hits = oracleHits(text);
      for (const threshold of [0, undefined]) {
        const fast = safetyDetector.detect(text, { threshold });
        found += fast.length;
        expect(fast, text).toEqual(findingsFromHits(text, hits, { threshold }));
      }
    }
    expect(found).toBeGreaterThan(1000); // the corpus really exercises the matchers
  }, 60_000);
});
