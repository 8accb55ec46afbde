// One pass over the text decides where the lexicon and the phrase patterns can match at all. Each character is
// mapped to a symbol of obscenity's transformed text (look-alikes, leetspeak and case already resolved: "$", "5",
// "S" and "ѕ" are all "s"), repeated letters are collapsed as obscenity collapses them, and the last four symbols
// are looked up in a bitmap of 4-grams. Every lexicon term and every pattern keyword owns one 4-gram that each of
// its matches must produce, so a text without a registered 4-gram cannot match; ordinary text costs one table
// lookup per character and never reaches the regexes.
import { BLACKLIST_CHAIN, LEXICON_TERMS, chainState, codePointAt } from "./lexicon-model";
import { SAFETY_PATTERNS } from "./patterns";
import { SyntaxKind, type Node } from "obscenity";

const NONWORD = 0; // any character that is not a word character in the transformed text
const WORD = 27; // "_", "8", "9": word characters that are not letters
const SPACE = 28; // kept apart from NONWORD because "double penetra" contains a space
const DROPPED = 30;
const SURROGATE = 31;
const ANY = Array.from({ length: 29 }, (_, i) => i);
const BOUNDARY = [NONWORD, SPACE];

function symbolOfTransformed(t: number | undefined): number {
  if (t === undefined) return DROPPED;
  if (t >= 0x61 && t <= 0x7a) return t - 0x60;
  if (t === 0x20) return SPACE;
  return (t >= 0x30 && t <= 0x39) || (t >= 0x41 && t <= 0x5a) || t === 0x5f ? WORD : NONWORD;
}
export const symbolOf = (cp: number) => symbolOfTransformed(BLACKLIST_CHAIN.head(cp));

const ASCII = Uint8Array.from({ length: 128 }, (_, c) => symbolOf(c));
let bmp: Uint8Array | null = null;
function bmpSymbols(): Uint8Array {
  if (!bmp) {
    bmp = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) bmp[c] = c >= 0xd800 && c <= 0xdfff ? SURROGATE : symbolOf(c);
  }
  return bmp;
}

/** How many repeats of each letter the collapse step keeps (obscenity keeps 2 for b, e, g, l, o, s and 1 otherwise). */
const KEEP = Uint8Array.from({ length: 32 }, (_, s) => {
  if (s < 1 || s > 26) return 1;
  const steps = chainState(BLACKLIST_CHAIN);
  let kept = 0;
  for (let r = 0; r < 4; r++) {
    let v: number | undefined = s + 0x60;
    for (const step of steps) v = v === undefined ? v : step(v);
    if (v !== undefined) kept++;
  }
  return kept;
});

type Slot = readonly number[];
const FREQ = "etaoinshrdlcumwfgypbvkjxqz".split("").map((c, i) => [c.charCodeAt(0) - 0x60, 0.13 * 0.87 ** i] as const);
const LETTER_FREQ = new Map(FREQ);
const slotWeight = (slot: Slot) => slot.reduce((w, s) => w + (LETTER_FREQ.get(s) ?? 0.25), 0);

/** Expands optional parts; each variant is a list of slots (one letter symbol, or any symbol for a wildcard). */
function variants(nodes: readonly Node[]): Slot[][] {
  let out: Slot[][] = [[]];
  const slots = (n: Node): Slot[] => (n.kind === SyntaxKind.Literal ? n.chars.map((c) => [symbolOf(c)]) : n.kind === SyntaxKind.Wildcard ? [ANY] : []);
  for (const n of nodes) {
    if (n.kind === SyntaxKind.Optional) {
      const extra = slots(n.childNode);
      out = out.flatMap((v) => [v, [...v, ...extra]]);
    } else out = out.map((v) => [...v, ...slots(n)]);
  }
  return out;
}

/** The rarest window of four slots (padded on the left with "any" when shorter). */
function rarestWindow(slots: Slot[]): Slot[] {
  const padded = slots.length >= 4 ? slots : [...Array<Slot>(4 - slots.length).fill(ANY), ...slots];
  let best = padded.slice(0, 4);
  let bestWeight = Infinity;
  for (let i = 0; i + 4 <= padded.length; i++) {
    const w = padded.slice(i, i + 4).reduce((p, s) => p * slotWeight(s), 1);
    if (w < bestWeight) [best, bestWeight] = [padded.slice(i, i + 4), w];
  }
  return best;
}

/** Symbols a literal keyword produces in the stream (runs collapsed the way the scan collapses them). */
function keywordSlots(keyword: string): Slot[] {
  const out: Slot[] = [];
  let prev = -1;
  let run = 0;
  for (let i = 0; i < keyword.length; ) {
    const [cp, width] = codePointAt(keyword, i);
    i += width;
    const s = symbolOf(cp);
    if (s === DROPPED) continue;
    if (s === prev && ++run >= KEEP[s]!) continue;
    if (s !== prev) [prev, run] = [s, 0];
    out.push([s]);
  }
  return out;
}

/** What a registered 4-gram can stand for: lexicon term ids, and phrase patterns with the keyword it came from. */
export type GateTargets = { terms: number[]; patterns: [number, string][] };
const BITS = new Int32Array(1 << 15);
export const GATE_TARGETS = new Map<number, GateTargets>();

function register(window: Slot[], add: (t: GateTargets) => void) {
  let grams = [0];
  for (const slot of window) grams = grams.flatMap((g) => slot.map((s) => (g << 5) | s));
  for (const g of grams) {
    BITS[g >>> 5]! |= 1 << (g & 31);
    const targets = GATE_TARGETS.get(g) ?? { terms: [], patterns: [] };
    add(targets);
    GATE_TARGETS.set(g, targets);
  }
}

for (const term of LEXICON_TERMS) {
  for (const v of variants(term.pattern.nodes)) {
    const slots = [...(term.pattern.requireWordBoundaryAtStart ? [BOUNDARY] : []), ...v, ...(term.pattern.requireWordBoundaryAtEnd ? [BOUNDARY] : [])];
    register(rarestWindow(slots), (t) => t.terms.includes(term.id) || t.terms.push(term.id));
  }
}
SAFETY_PATTERNS.forEach((pattern, i) => {
  for (const k of pattern.keywords) register(rarestWindow(keywordSlots(k)), (t) => t.patterns.push([i, k]));
});

/**
 * Flat list of (offset, 4-gram) pairs where a registered 4-gram ends, or null for ordinary text. The offset is the
 * character that completed the 4-gram; the text is followed by one virtual non-word symbol (end boundary).
 */
export function scanGate(text: string): number[] | null {
  let hits: number[] | null = null;
  let gram = 0; // last four symbols; the text is preceded by non-word symbols (start boundary)
  let prev = NONWORD;
  let run = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let s = c < 128 ? ASCII[c]! : bmpSymbols()[c]!;
    const at = i;
    if (s >= DROPPED) {
      if (s === DROPPED) continue;
      const [cp, width] = codePointAt(text, i);
      s = symbolOf(cp);
      i += width - 1;
      if (s === DROPPED) continue;
    }
    if (s === prev) {
      if (++run >= KEEP[s]!) continue;
    } else {
      prev = s;
      run = 0;
    }
    gram = ((gram << 5) | s) & 0xfffff;
    if ((BITS[gram >>> 5]! & (1 << (gram & 31))) !== 0) (hits ??= []).push(at, gram);
  }
  if (prev !== NONWORD && n > 0) {
    gram = (gram << 5) & 0xfffff;
    if ((BITS[gram >>> 5]! & (1 << (gram & 31))) !== 0) (hits ??= []).push(n - 1, gram);
  }
  return hits;
}

/** Whether the lower-case ASCII keyword occurs (ignoring ASCII case) over offset `at`. */
export function keywordAt(text: string, at: number, keyword: string): boolean {
  const len = keyword.length;
  for (let p = Math.max(0, at - len + 1); p <= at && p + len <= text.length; p++) {
    let k = 0;
    while (k < len) {
      const c = text.charCodeAt(p + k);
      if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== keyword.charCodeAt(k)) break;
      k++;
    }
    if (k === len) return true;
  }
  return false;
}
