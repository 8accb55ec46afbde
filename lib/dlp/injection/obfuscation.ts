// Obfuscated instructions: decode what a keyword filter cannot read (base64 and hex blobs, leetspeak and homoglyphs,
// words split by zero-width characters, Unicode tag text) and re-run the phrase rules on the result.
// Candidates are found cheaply: a skip-scan for long base64/hex runs, and for leetspeak the places where the keyword
// scan (keyword-gate.ts), which reads digits and look-alikes as letters, saw a trigger word.
import type { Signal } from "./signal";
import type { LowerScan } from "./keyword-gate";
import { LEET_TRIGGERS, deLeet } from "./leet";
import { hasHiddenChars, stripHidden, tagRuns } from "./unicode";

/** Phrase rules re-run on decoded text; returns signals with offsets into the text it was given. */
export type Recheck = (text: string) => Signal[];

const HEX_ESCAPES = /(?:\\x[0-9a-fA-F]{2}){6,1024}/g;
const HIDDEN = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E\u202A-\u202E\u2066-\u2069]+|(?:\uDB40[\uDC00-\uDC7F])+/g;
const WINDOW = 120;
const MAX_WINDOWS = 32;
const MIN_BLOB = 16;
const MAX_BLOB = 8192;
const MAX_CANDIDATES = 64;

const B64 = Uint8Array.from({ length: 128 }, (_, c) => (/[A-Za-z0-9+/_-]/.test(String.fromCharCode(c)) ? 1 : 0));
const isB64 = (c: number) => c < 128 && B64[c] === 1;

/**
 * Runs of at least MIN_BLOB base64/hex characters mixing cases or digits. Skip-scan: test the last character of
 * the next MIN_BLOB window and walk back to the nearest break, so prose costs well under one check per character.
 */
function findBlobs(text: string): [number, number][] {
  const out: [number, number][] = [];
  const n = text.length;
  let i = 0;
  while (i + MIN_BLOB <= n && out.length < MAX_CANDIDATES) {
    let k = i + MIN_BLOB - 1;
    while (k >= i && isB64(text.charCodeAt(k))) k--;
    if (k >= i) {
      i = k + 1;
      continue;
    }
    let e = i + MIN_BLOB;
    while (e < n && isB64(text.charCodeAt(e))) e++;
    let mixed = 0;
    for (let j = i; j < e && mixed < 2; j++) if (text.charCodeAt(j) < 0x61) mixed++;
    if (mixed >= 2 && e - i <= MAX_BLOB) out.push([i, e]);
    i = e + 1;
  }
  return out;
}

const isWordPart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x24 || (c >= 0x370 && c <= 0x4ff);
const isLetter = (c: number) => c >= 0x61 && c <= 0x7a;
const isSubstitute = (c: number) => (c >= 0x30 && c <= 0x37 && c !== 0x32 && c !== 0x36) || c === 0x40 || c === 0x24 || (c >= 0x370 && c <= 0x4ff);

/**
 * Words (letters, digits, leet symbols, Greek/Cyrillic) that mix Latin letters with leet substitutes, around the
 * places where the scan read a trigger word (`probes`: offsets inside such words, ascending). At most
 * MAX_CANDIDATES words.
 */
function findLeetWords(lower: string, probes: readonly number[] | null): [number, number][] {
  const out: [number, number][] = [];
  let next = 0;
  for (const p of probes ?? []) {
    if (out.length >= MAX_CANDIDATES) break;
    if (p < next || !isWordPart(lower.charCodeAt(p))) continue;
    let s = p;
    let e = p + 1;
    while (s > 0 && isWordPart(lower.charCodeAt(s - 1))) s--;
    while (e < lower.length && isWordPart(lower.charCodeAt(e))) e++;
    next = e;
    let mixed = false;
    for (let k = s + 1; k < e && !mixed; k++) {
      const a = lower.charCodeAt(k - 1);
      const b = lower.charCodeAt(k);
      mixed = (isLetter(a) && isSubstitute(b)) || (isSubstitute(a) && isLetter(b));
    }
    if (mixed && e - s <= 13) out.push([s, e]);
  }
  return out;
}


function printable(s: string): boolean {
  if (s.length < 8) return false;
  let ok = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x09 || c === 0x0d) ok++;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
  }
  return ok / s.length >= 0.95 && letters / s.length >= 0.5 && s.includes(" ");
}

function decodeBase64(blob: string): string | null {
  let b = blob.replace(/-/g, "+").replace(/_/g, "/");
  if (b.length % 4 === 1) b = b.slice(0, -1);
  while (b.length % 4 !== 0) b += "=";
  try {
    return atob(b);
  } catch {
    return null;
  }
}

function decodeHex(blob: string): string {
  const hex = blob.replace(/\\x/g, "");
  let out = "";
  for (let i = 0; i + 1 < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return out;
}

/** A decoded payload: strongest phrase hit, lifted because hiding an instruction is itself a signal. */
function decodedSignal(decoded: string, start: number, end: number, rule: string, recheck: Recheck): Signal | null {
  let best = 0;
  for (const s of recheck(decoded)) best = Math.max(best, s.weight);
  return best >= 0.3 ? { id: "obfuscated_instruction", rule, weight: Math.min(0.95, best + 0.15), start, end } : null;
}

/**
 * Identifiers and hashes decode to binary. ASCII text (0x20–0x7E) has a fixed high part: in base64 every 4th
 * character is one of I–Z or a–f, in hex every even digit is 2–7. Checking that is far cheaper than decoding.
 */
function encodesAscii(blob: string, hex: boolean): boolean {
  const step = hex ? 2 : 4;
  for (let i = 0; i < Math.min(blob.length, 16 * step); i += step) {
    const c = blob.charCodeAt(i);
    const ok = hex ? c >= 0x32 && c <= 0x37 : (c >= 0x49 && c <= 0x5a) || (c >= 0x61 && c <= 0x66);
    if (!ok) return false;
  }
  return true;
}

function blobSignals(text: string, blobs: readonly [number, number][], recheck: Recheck): Signal[] {
  const out: Signal[] = [];
  if (blobs.length === 0 && !text.includes("\\x")) return out;
  for (const [start, runEnd] of blobs) {
    let end = runEnd;
    while (end < text.length && end - runEnd < 2 && text.charCodeAt(end) === 0x3d) end++;
    const blob = text.slice(start, runEnd);
    const hex = /^[0-9a-fA-F]+$/.test(blob) && blob.length % 2 === 0;
    if (!encodesAscii(blob, hex)) continue;
    const decoded = hex ? decodeHex(blob) : decodeBase64(blob);
    const s = decoded !== null && printable(decoded) ? decodedSignal(decoded, start, end, hex ? "hex" : "base64", recheck) : null;
    if (s) out.push(s);
  }
  if (text.includes("\\x")) {
    HEX_ESCAPES.lastIndex = 0;
    for (let m = HEX_ESCAPES.exec(text); m !== null; m = HEX_ESCAPES.exec(text)) {
      const decoded = decodeHex(m[0]);
      const s = printable(decoded) ? decodedSignal(decoded, m.index, m.index + m[0].length, "hex", recheck) : null;
      if (s) out.push(s);
    }
    HEX_ESCAPES.lastIndex = 0;
  }
  return out;
}

const overlapsAny = (s: Signal, base: readonly Signal[]) => base.some((b) => b.id === s.id && b.start < s.end && s.start < b.end);

/** Merged [start, end) windows of ±WINDOW characters around the given spans. */
function windows(text: string, spans: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of spans) {
    if (out.length >= MAX_WINDOWS) break;
    const start = Math.max(0, s - WINDOW);
    const end = Math.min(text.length, e + WINDOW);
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}


const TRIGGER_LENGTHS = new Set([...LEET_TRIGGERS].map((w) => w.length));
// Digits without a letter reading (2, 6, 8, 9) cannot decode to a trigger word.
const isLeetTrigger = (word: string) =>
  TRIGGER_LENGTHS.has(word.length) && !/[2689]/.test(word) && (LEET_TRIGGERS.has(deLeet(word, "i").toLowerCase()) || LEET_TRIGGERS.has(deLeet(word, "l").toLowerCase()));

/** Leetspeak words that decode to a trigger word, as [start, end) spans. */
export const leetTriggerSpans = (text: string, lower: string, scan: LowerScan) => findLeetWords(lower, scan.leetProbes).filter(([s, e]) => isLeetTrigger(text.slice(s, e)));

function leetSignals(text: string, triggers: readonly [number, number][], base: readonly Signal[], recheck: Recheck): Signal[] {
  const out: Signal[] = [];
  for (const [ws, we] of windows(text, triggers)) {
    const slice = text.slice(ws, we);
    for (const variant of slice.includes("1") ? [deLeet(slice, "i"), deLeet(slice, "l")] : [deLeet(slice, "i")]) {
      // Heaviest reading first, so overlapping phrase hits resolve the same way whatever order they were found in.
      for (const s of recheck(variant).sort((a, b) => b.weight - a.weight || a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : 1))) {
        const mapped = { ...s, start: s.start + ws, end: s.end + ws };
        if (s.weight < 0.3 || overlapsAny(mapped, base) || out.some((o) => o.start < mapped.end && mapped.start < o.end)) continue;
        out.push({ ...mapped, id: "obfuscated_instruction", rule: `leetspeak:${s.rule}`, weight: Math.min(0.95, s.weight + 0.05) });
      }
    }
  }
  return out;
}

function hiddenSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  HIDDEN.lastIndex = 0;
  for (let m = HIDDEN.exec(text); m !== null && spans.length < MAX_WINDOWS; m = HIDDEN.exec(text)) spans.push([m.index, m.index + m[0].length]);
  HIDDEN.lastIndex = 0;
  return spans;
}

function strippedSignals(text: string, base: readonly Signal[], recheck: Recheck): Signal[] {
  if (!hasHiddenChars(text)) return [];
  const out: Signal[] = [];
  for (const [ws, we] of windows(text, hiddenSpans(text))) {
    const { text: clean, offsets } = stripHidden(text.slice(ws, we));
    for (const s of recheck(clean)) {
      const start = (offsets[s.start] ?? 0) + ws;
      const end = (offsets[s.end - 1] ?? 0) + ws + 1;
      const mapped: Signal = { ...s, start, end };
      if (s.weight >= 0.3 && !overlapsAny(mapped, base)) out.push({ ...mapped, id: "obfuscated_instruction", rule: `hidden-split:${s.rule}`, weight: Math.min(0.95, s.weight + 0.1) });
    }
  }
  return out;
}

export function obfuscationSignals(text: string, lower: string, scan: LowerScan, base: readonly Signal[], recheck: Recheck): Signal[] {
  const out = blobSignals(text, findBlobs(text), recheck);
  if (scan.leetProbes) for (const s of leetSignals(text, leetTriggerSpans(text, lower, scan), base, recheck)) out.push(s);
  if (!scan.nonAscii) return out;
  out.push(...strippedSignals(text, base, recheck));
  for (const run of tagRuns(text)) {
    const s = decodedSignal(run.decoded, run.start, run.end, "unicode-tags", recheck);
    if (s) out.push({ ...s, weight: Math.max(s.weight, 0.85) });
  }
  return out;
}
