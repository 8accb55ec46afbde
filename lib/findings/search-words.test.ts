import { describe, expect, it } from "vitest";
import { MAX_SEARCH_WORDS, searchWords } from "./search-words";

describe("searchWords", () => {
  it("splits at ASCII spaces and punctuation as finding_words() does", () => {
    expect(searchWords("OpenAI-API-key in component_17")).toEqual(["OpenAI", "API", "key", "component", "17"]);
    expect(searchWords("pkg:npm/lodash@4.17.21")).toEqual(["pkg", "npm", "lodash", "17", "21"]);
    expect(searchWords("CVE-2024-1234")).toEqual(["CVE", "2024", "1234"]);
    expect(searchWords("100%")).toEqual(["100"]);
  });

  it("keeps non-ASCII letters inside words and counts characters, not UTF-16 units", () => {
    expect(searchWords("Élan naïve")).toEqual(["Élan", "naïve"]);
    expect(searchWords("𝔸 x")).toEqual([]);
    expect(searchWords("𝔸𝔹")).toEqual(["𝔸𝔹"]);
  });

  it("drops one-character words, stop words and repeats (case-insensitively), and cuts long words at 64", () => {
    expect(searchWords("a b The OF key KEY")).toEqual(["key"]);
    expect(searchWords("-- %")).toEqual([]);
    expect(searchWords("x".repeat(100))).toEqual(["x".repeat(64)]);
  });

  it("keeps at most MAX_SEARCH_WORDS words", () => {
    expect(searchWords("w1 w2 w3 w4 w5 w6 w7 w8 w9 w10")).toHaveLength(MAX_SEARCH_WORDS);
  });
});
