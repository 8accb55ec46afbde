// Invisible Unicode: zero-width characters, bidi controls and Unicode tag characters (U+E0000–E007F, which map
// 1:1 to hidden ASCII). Also the stripping/decoding helpers the obfuscation pass uses to re-check hidden text.
import type { Signal } from "./signal";

// U+200B–U+200F zero-width and marks, U+2060–U+2064 word joiner/invisible operators, U+FEFF BOM, U+00AD soft hyphen,
// U+180E Mongolian vowel separator; bidi embeddings/overrides/isolates U+202A–U+202E, U+2066–U+2069.
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
// \uDB40 is the high surrogate of every tag character; a lone match is confirmed by the tag scan.
const ANY_HIDDEN = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E\u202A-\u202E\u2066-\u2069\uDB40]/;
const TAG_RUN = /(?:\uDB40[\uDC00-\uDC7F])+/g;
const HIDDEN_RUN = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E\u202A-\u202E\u2066-\u2069]+/g;
const WAVING_BLACK_FLAG = "\u{1F3F4}";

export const hasHiddenChars = (text: string) => ANY_HIDDEN.test(text);

export type TagRun = { start: number; end: number; decoded: string };

/** Runs of tag characters, decoded to ASCII; subdivision flags (🏴 + tags, e.g. England) are legitimate and skipped. */
export function tagRuns(text: string): TagRun[] {
  const runs: TagRun[] = [];
  if (!text.includes("\uDB40")) return runs;
  TAG_RUN.lastIndex = 0;
  for (let m = TAG_RUN.exec(text); m !== null; m = TAG_RUN.exec(text)) {
    const start = m.index;
    if (text.slice(Math.max(0, start - 2), start) === WAVING_BLACK_FLAG) continue;
    let decoded = "";
    for (let i = 1; i < m[0].length; i += 2) {
      const code = m[0].charCodeAt(i) - 0xdc00;
      if (code >= 0x20 && code < 0x7f) decoded += String.fromCharCode(code);
    }
    runs.push({ start, end: start + m[0].length, decoded });
  }
  TAG_RUN.lastIndex = 0;
  return runs;
}

/** Zero-width / bidi runs and tag runs as signals. ZWJ between emoji and ZWNJ inside words are common, so lone ones weigh little. */
export function invisibleSignals(text: string): Signal[] {
  const out: Signal[] = [];
  if (!ANY_HIDDEN.test(text)) return out;
  let total = 0;
  HIDDEN_RUN.lastIndex = 0;
  for (let m = HIDDEN_RUN.exec(text); m !== null; m = HIDDEN_RUN.exec(text)) {
    const run = m[0];
    total += run.length;
    const bidi = BIDI.test(run);
    const onlyJoiners = /^[\u200C\u200D]+$/.test(run);
    if (onlyJoiners && run.length < 3) continue;
    const weight = bidi ? 0.4 : run.length >= 3 ? 0.35 : INVISIBLE.test(run) ? 0.1 : 0;
    if (weight > 0) out.push({ id: "invisible_unicode", rule: bidi ? "bidi-control" : "zero-width", weight, start: m.index, end: m.index + run.length });
  }
  HIDDEN_RUN.lastIndex = 0;
  // Many scattered zero-width characters (one per letter) hide words from humans and keyword filters alike.
  if (total >= 8) for (const s of out) s.weight = Math.max(s.weight, 0.3);
  for (const run of tagRuns(text)) out.push({ id: "invisible_unicode", rule: "unicode-tags", weight: run.decoded.length >= 4 ? 0.6 : 0.3, start: run.start, end: run.end });
  return out;
}

/** Text without zero-width/bidi/tag characters plus, for each kept UTF-16 unit, its offset in the original. */
export function stripHidden(text: string): { text: string; offsets: number[] } {
  let out = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xdb40 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdc7f) {
        i++;
        continue;
      }
    }
    if ((c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff || c === 0xad || c === 0x180e || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) continue;
    out += text[i];
    offsets.push(i);
  }
  return { text: out, offsets };
}
