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
    "She reviewed the cockpit checklist and graduated magna cum laude.",
    "Wildlife trafficking and the analysis of assistant classes.",
  ])("stays quiet on %s", (text) => expect(safetyDetector.detect(text)).toEqual([]));

  // obscenity reads digits and symbols as letters ("4" = a, "7" = t, "/" = l, "(" = c); machine text must stay quiet.
  it.each([
    ['{"model":"gpt-4o","usage":{"input_tokens":455,"output_tokens":717}}', "model ids, snake_case keys, numbers"],
    ['{"eventSource":"bedrock.amazonaws.com","modelId":"anthropic.claude-3-5-sonnet-20240620-v1:0"}', "hostnames and model ids"],
    ['{"assistant_id":"asst_D2BqLQ9rNgOjd","thread":"thread_abc123"}', "assistant ids"],
    ["2024-05-01T12:34:56.000Z 10.0.45.5 GET /api/v1/analyze 200", "timestamps, IPs, paths"],
    ["/usr/local/bin/node /var/log/analytics C:\\Windows\\System32\\drivers", "file paths"],
    ["3fa85f64-5717-4562-b3fc-2c963f66afa6 a55e1c0d-4551-4a75-9d2e-0c1f5e6d7b8a", "UUIDs"],
    ["sha256:cc6a46821fab3edc413e5d07c36e78 n6g41axt88 f461d88c5d115a5f76 fkz9lkf10luao", "hashes and random ids"],
    ["workspace LogAnalyticsWorkspace; JFROG_SECRET=$(cat /run/secrets/jfrog)", "camelCase and shell"],
  ])("stays quiet on structured log text: %s (%s)", (text) => expect(safetyDetector.detect(text, { threshold: 0 })).toEqual([]));

  it.each(["you little b1tch", "what the fuuuuck", "this is sh!t", "a$$hole", "f*ck this", "ｆｕｃｋ off", "ѕhіt happens", "motherfucker"])(
    "still reads obfuscated words: %s",
    (text) => expect(types(text).has("profanity")).toBe(true),
  );
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
