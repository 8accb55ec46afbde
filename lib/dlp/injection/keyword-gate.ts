// Finds every occurrence of a rule keyword in one pass over the lower-cased text. Rule regexes separate words with
// [ \t]+, so a space in a keyword stands for any run of spaces and tabs: the scan folds such runs into one space.
// Each keyword registers the hash of one 4-character window (the one with the rarest letters) in a bitmap; the scan
// keeps the last four characters (low byte each) in one integer, so ordinary text costs about one table lookup per
// character. A 3-character keyword registers its window once per possible preceding byte, and 1- or 2-character
// keywords ("@", "<|", "忘") are searched with indexOf. A hit is confirmed by comparing the keyword, so hash
// collisions cost a comparison, never a trigger. The scan reads leet digits and look-alike letters as the letters
// they stand for (a keyword still has to match literally), which lets "probe" words (leetspeak trigger words) be
// found in the same pass.
import { HOMOGLYPHS, LEET } from "./leet";

type Entry = { keyword: string; offset: number; size: number; ids: number[] };

/** Compiled keyword table: which ids (e.g. rule indexes) each keyword triggers. */
export type KeywordTable = { bits: Int32Array; windows: Map<number, Entry[]>; short: Entry[]; probeBits: Int32Array };

const BITS = 20; // bitmap of 2^20 bits
const isBlank = (c: number) => c === 0x20 || c === 0x09;
const normalize = (k: string) => k.replace(/[ \t]+/g, " ");

const READ_ASCII = Uint8Array.from({ length: 128 }, (_, c) => LEET[String.fromCharCode(c)]?.charCodeAt(0) ?? c);
const READ_OTHER = new Map(Object.entries(HOMOGLYPHS).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));
/** The character the scan reads for c. */
const read = (c: number) => (c < 128 ? READ_ASCII[c]! : (READ_OTHER.get(c) ?? c));

/** Last four characters read (low byte each), as the scan keeps them; `before`: byte preceding a 3-character window. */
function packed(s: string, from: number, size: number, before = 0): number {
  let h = size === 3 ? before : 0;
  for (let i = from; i < from + size; i++) h = (h << 8) | (read(s.charCodeAt(i)) & 0xff);
  return h;
}
const slot = (h: number) => Math.imul(h, 0x9e3779b1) >>> (32 - BITS);

// Common words and log tokens make a window frequent; rare letters and word boundaries make it selective.
const COMMON_WORDS = `the and that have for not with you this but his from they say her she will one all would there their what out
 about who get which when make can like time just him know take people into year your good some could them see other than then now look only
 come its over think also back after use two how our work first well way even new want because any these give day most us is are was were be
 been has had do does did said should must may might shall such each every many much more very here where why through during before after
 above below between under again further once same own both few nor too while since until information number system request response
 message messages content prompt user assistant model models mode role name type input output tokens token usage function functions tool
 tools call calls arguments parameters value values data text string error status result results object created choices finish reason
 stream temperature event source address invoke anthropic openai claude bedrock amazonaws json http https www com api key code true false
 null order orders refund product products meeting ticket policy policies context window document documents search index review report
 email account shipping customer invoice feature answer draft notes latency retry budget vector embed chunk citation summary summarize
 quarterly please question questions example instructions instruction rules settings configuration`;
const COMMON_GRAMS = new Set(
  COMMON_WORDS.split(/\s+/).flatMap((word) => [...` ${word} `].flatMap((_, i, padded) => [1, 2, 3, 4].map((n) => padded.slice(i, i + n).join("")))),
);
const LETTERS = new Map([..."etaoinshrdlcumwfgypbvkjxqz"].map((c, i) => [c, 0.13 * 0.87 ** i] as const));
function windowWeight(k: string, o: number, size: number): number {
  const w = k.slice(o, o + size);
  const weight = [...w].reduce((p, c) => p * (c === " " ? 0.2 : (LETTERS.get(c) ?? 0.02)), 1);
  return COMMON_GRAMS.has(w) ? weight * 1e6 : weight;
}

function register(bits: Int32Array, h: number) {
  const k = slot(h);
  bits[k >>> 5]! |= 1 << (k & 31);
  return k;
}

/**
 * keywords[id] lists the lower-case keywords of that id. Probes are words the scan only locates, and only where it
 * read a digit or look-alike as a letter: every window of a probe is registered, so whichever window holds the
 * substituted character is found.
 */
export function compileKeywords(keywords: readonly (readonly string[])[], probes: readonly string[] = []): KeywordTable {
  const table: KeywordTable = { bits: new Int32Array(1 << (BITS - 5)), windows: new Map(), short: [], probeBits: new Int32Array(1 << (BITS - 5)) };
  const entries = new Map<string, Entry>();
  keywords.forEach((list, id) => {
    for (const keyword of new Set(list.map(normalize))) {
      if (keyword.length === 0) continue;
      const known = entries.get(keyword);
      if (known) {
        if (!known.ids.includes(id)) known.ids.push(id);
        continue;
      }
      const size = Math.min(4, keyword.length);
      let offset = 0;
      for (let o = 1; o + size <= keyword.length; o++) if (windowWeight(keyword, o, size) < windowWeight(keyword, offset, size)) offset = o;
      const entry: Entry = { keyword, offset, size, ids: [id] };
      entries.set(keyword, entry);
      if (size < 3) {
        table.short.push(entry);
        continue;
      }
      for (let before = 0; before < (size === 3 ? 256 : 1); before++) {
        const k = register(table.bits, packed(keyword, offset, size, before));
        const list = table.windows.get(k) ?? [];
        if (!list.includes(entry)) list.push(entry);
        table.windows.set(k, list);
      }
    }
  });
  for (const probe of probes) {
    const size = Math.min(4, probe.length);
    for (let o = 0; o + size <= probe.length; o++) for (let before = 0; before < (size === 3 ? 256 : 1); before++) register(table.probeBits, packed(probe, o, size, before));
  }
  return table;
}

/** Start of the keyword whose window ends at `end`, or -1; a keyword space matches a run of spaces and tabs. */
function startOf(lower: string, end: number, e: Entry): number {
  const k = e.keyword;
  let t = end;
  let start = end;
  for (let j = e.offset + e.size - 1; j >= 0; j--) {
    const c = k.charCodeAt(j);
    if (t < 0) return -1;
    if (c === 0x20) {
      if (!isBlank(lower.charCodeAt(t))) return -1;
      start = t;
      while (t >= 0 && isBlank(lower.charCodeAt(t))) t--;
    } else {
      if (lower.charCodeAt(t) !== c) return -1;
      start = t--;
    }
  }
  let u = end + 1;
  if (k.charCodeAt(e.offset + e.size - 1) === 0x20) while (u < lower.length && isBlank(lower.charCodeAt(u))) u++;
  for (let j = e.offset + e.size; j < k.length; j++) {
    const c = k.charCodeAt(j);
    if (u >= lower.length) return -1;
    if (c === 0x20) {
      if (!isBlank(lower.charCodeAt(u))) return -1;
      while (u < lower.length && isBlank(lower.charCodeAt(u))) u++;
    } else if (lower.charCodeAt(u++) !== c) return -1;
  }
  return start;
}

/** What one pass over the lower-cased text finds. */
export type LowerScan = {
  /** Start offsets of keyword occurrences per id, ascending. */
  keywords: Map<number, number[]> | null;
  /** Offsets where a probe window holding a substituted character (digit or look-alike) ended, ascending. */
  leetProbes: number[] | null;
  /** Whether any character is outside ASCII (invisible, bidi and tag characters all are). */
  nonAscii: boolean;
};

export function scanLower(lower: string, table: KeywordTable): LowerScan {
  const state: ScanState = { hits: null, probes: null, nonAscii: false };
  // Runs of blanks are folded into one space only when the text has any; the common case needs no folding.
  if (lower.includes("\t") || lower.includes("  ")) scanFolding(lower, table, state);
  else scanPlain(lower, table, state);
  for (const e of table.short) {
    if (e.keyword.charCodeAt(0) >= 128 && !state.nonAscii) continue;
    for (let at = lower.indexOf(e.keyword); at !== -1; at = lower.indexOf(e.keyword, at + 1)) (state.hits ??= []).push(e, at);
  }
  return { keywords: state.hits && byId(state.hits), leetProbes: state.probes, nonAscii: state.nonAscii };
}

type ScanState = { hits: (Entry | number)[] | null; probes: number[] | null; nonAscii: boolean };

/** Keyword entries whose window ends at i: confirmed and noted with their start. */
function hit(lower: string, i: number, entries: readonly Entry[] | undefined, state: ScanState) {
  for (const e of entries ?? []) {
    const start = startOf(lower, i, e);
    if (start >= 0) (state.hits ??= []).push(e, start);
  }
}

const probeAt = (i: number, state: ScanState) => (state.probes ??= []).push(i);

function scanPlain(lower: string, table: KeywordTable, state: ScanState) {
  const { bits, windows, probeBits } = table;
  let h = 0;
  let substituted = -4; // offset of the last character read as something else (a digit, a look-alike)
  for (let i = 0, n = lower.length; i < n; i++) {
    const c = lower.charCodeAt(i);
    let r = c;
    if (c < 128) r = READ_ASCII[c]!;
    else {
      state.nonAscii = true;
      r = READ_OTHER.get(c) ?? c;
    }
    if (r !== c) substituted = i;
    h = (h << 8) | (r & 0xff);
    const k = slot(h);
    if ((bits[k >>> 5]! & (1 << (k & 31))) !== 0) hit(lower, i, windows.get(k), state);
    if (i - substituted < 4 && (probeBits[k >>> 5]! & (1 << (k & 31))) !== 0) probeAt(i, state);
  }
}

/** As scanPlain, reading a run of spaces and tabs as one space. */
function scanFolding(lower: string, table: KeywordTable, state: ScanState) {
  const { bits, windows, probeBits } = table;
  let h = 0;
  let substituted = 0; // which of the last four characters read were substitutes
  let blank = false;
  for (let i = 0, n = lower.length; i < n; i++) {
    const c = lower.charCodeAt(i);
    let r = c;
    if (isBlank(c)) {
      if (blank) continue;
      blank = true;
      r = 0x20;
    } else {
      blank = false;
      if (c < 128) r = READ_ASCII[c]!;
      else {
        state.nonAscii = true;
        r = READ_OTHER.get(c) ?? c;
      }
    }
    h = (h << 8) | (r & 0xff);
    substituted = ((substituted << 1) | (r !== c && !blank ? 1 : 0)) & 0xf;
    const k = slot(h);
    if ((bits[k >>> 5]! & (1 << (k & 31))) !== 0) hit(lower, i, windows.get(k), state);
    if (substituted !== 0 && (probeBits[k >>> 5]! & (1 << (k & 31))) !== 0) probeAt(i, state);
  }
}

function byId(hits: readonly (Entry | number)[]): Map<number, number[]> {
  const found = new Map<number, number[]>();
  for (let k = 0; k < hits.length; k += 2) {
    const start = hits[k + 1] as number;
    for (const id of (hits[k] as Entry).ids) {
      const list = found.get(id);
      if (!list) found.set(id, [start]);
      else list.push(start);
    }
  }
  for (const list of found.values()) list.sort((a, b) => a - b);
  return found;
}
