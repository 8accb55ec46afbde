// Leetspeak and look-alike letters: how obfuscated trigger words ("1gn0re", "ѕystem") read once decoded.

export const LEET: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };
export const HOMOGLYPHS: Readonly<Record<string, string>> = {
  "\u0430": "a", "\u0435": "e", "\u043E": "o", "\u0440": "p", "\u0441": "c", "\u0443": "y", "\u0445": "x", "\u0456": "i",
  "\u0458": "j", "\u0455": "s", "\u03BF": "o", "\u03B1": "a", "\u03B5": "e", "\u03B9": "i",
};

/** Same-length rewrite (offsets unchanged) with leet digits and Cyrillic/Greek look-alikes mapped to Latin letters. */
export function deLeet(text: string, one: "i" | "l"): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    out += ch === "1" ? one : (LEET[ch] ?? HOMOGLYPHS[ch] ?? ch);
  }
  return out;
}

// Words worth decoding: identifiers and hashes mix letters and digits too, but never spell these.
export const LEET_TRIGGERS: ReadonlySet<string> = new Set(
  "ignore ignoring disregard forget previous prior above instructions instruction rules prompt system reveal secret password jailbreak jailbroken bypass override pretend developer mode unfiltered uncensored restrictions everything all print repeat dan anything".split(" "),
);

/** Trigger words as the keyword scan reads them (it reads "1" as "i", so any "l" may also be read as "i"). */
export const LEET_PROBES: readonly string[] = [...LEET_TRIGGERS].flatMap((word) => {
  let spellings = [""];
  for (const c of word) spellings = spellings.flatMap((s) => (c === "l" ? [s + "l", s + "i"] : [s + c]));
  return spellings;
});
