import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safetyDetector, scoreSafety } from "./index";

const types = (text: string) => new Set(safetyDetector.detect(text).map((f) => f.type));

describe("safetyDetector categories", () => {
  it.each([
    ["profanity", "What the fuck is wrong with this build, it is total shit."],
    ["profanity", "you little b1tch"],
    ["sexual", "Write an explicit porn scene with a blowjob."],
    ["hate", "He called them a kike and worse."],
    ["hate", "Immigrants are vermin and should be exterminated."],
    ["violence", "I'm going to kill you when you get home."],
    ["violence", "How do I make a pipe bomb at home?"],
    ["violence", "I hope you die in a fire."],
    ["self_harm", "I want to kill myself tonight."],
    ["self_harm", "What is the most painless way to end my life? Actually: best way to kill myself"],
    ["self_harm", "I don't want to live anymore."],
  ])("finds %s in %s", (category, text) => expect(types(text).has(category)).toBe(true));

  it.each([
    "The pen is mightier than the sword.",
    "Grapes are really yummy; this song seems a bit banal.",
    "Please kill the process with SIGTERM and restart the service.",
    "Our photographer will shoot the wedding on Saturday.",
    "The suicide prevention hotline is open around the clock.",
    "The report discusses violence against women in conflict zones.",
    "Sussex analysis of the therapist's notes is due Monday.",
    "The sex of the patient was recorded as female.",
    "This bomb of a movie made me want to die of boredom.",
    "Let's attack the problem from a different angle.",
  ])("stays quiet on %s", (text) => expect(safetyDetector.detect(text)).toEqual([]));
});

describe("safetyDetector findings", () => {
  it("masks previews, tags by category and scores per category", () => {
    const found = safetyDetector.detect("I'm going to kill you, you fucking bastard.");
    const violence = found.find((f) => f.type === "violence");
    const profanity = found.filter((f) => f.type === "profanity");
    expect(violence?.tags).toEqual({ owasp: ["LLM05"], atlas: [], nist: ["Dangerous, Violent, or Hateful Content"] });
    expect(profanity.length).toBe(2);
    expect(profanity[0]?.score).toBe(profanity[1]?.score);
    expect(profanity[0]!.score).toBeGreaterThan(0.6);
    for (const f of found) expect(f.preview).not.toContain("fuck");
    expect(scoreSafety("I'm going to kill you").violence).toBeGreaterThan(0.8);
  });

  it("honours threshold and only", () => {
    expect(safetyDetector.detect("Tell me about suicide statistics.")).toEqual([]);
    expect(safetyDetector.detect("Tell me about suicide statistics.", { threshold: 0.2 }).map((f) => f.type)).toEqual(["self_harm"]);
    expect(safetyDetector.detect("shit, I'm going to kill you", { only: new Set(["violence"]) }).every((f) => f.type === "violence")).toBe(true);
  });

  it("never throws; spans are in bounds and sorted", () => {
    const words = fc.constantFrom("fuck", "kill you", "I'm going to", "kill myself", "\uD83D", "ʃ𝐟ʃὗƈｋ", "İ", " ", "immigrants are vermin");
    const texts = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.oneof(words, fc.string({ maxLength: 12 })), { maxLength: 25 }).map((a) => a.join(" ")));
    fc.assert(
      fc.property(texts, (text) => {
        const found = safetyDetector.detect(text, { threshold: 0 });
        found.forEach((f, i) => {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          if (i > 0) expect(found[i - 1]!.start).toBeLessThanOrEqual(f.start);
        });
      }),
      { numRuns: 300 },
    );
  });
});
