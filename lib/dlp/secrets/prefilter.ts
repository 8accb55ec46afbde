// Keyword prefilter: one pass of a flat Aho-Corasick DFA over the text tells which patterns occur (ASCII letters
// case-insensitively) and, for "tracked" patterns, where they start.
//
// Speed notes (V8): the automaton runs over the first PREFIX characters of each pattern only, so its table stays
// small (Uint16, premultiplied state offsets; emitting states are numbered last so "does this state emit" is one
// comparison); longer patterns are confirmed by comparing the rest in place. The text is copied to UTF-8 natively
// (TextEncoder.encodeInto) and scanned from a typed array, which is markedly faster than charCodeAt.

/** Compiled automaton over ASCII patterns; any other character sends it back to its root. */
export type KeywordIndex = {
  /** For each pattern id, whether it occurs in `text` (ASCII letters compared case-insensitively). */
  scan: (text: string) => Uint8Array;
  /**
   * Same as `scan` into caller-owned buffers: sets `seen[id] = 1` for each pattern that occurs and, when it is
   * tracked, appends each start offset to `starts[id]` (ascending). Returns how many ids it put in `seenIds`.
   */
  scanInto: (text: string, buffers: ScanBuffers) => number;
  keywordCount: number;
};

export type ScanBuffers = { seen: Uint8Array; seenIds: Int32Array; starts: number[][] };

export function createScanBuffers(index: KeywordIndex): ScanBuffers {
  const n = index.keywordCount;
  return { seen: new Uint8Array(n), seenIds: new Int32Array(n), starts: Array.from({ length: n }, () => []) };
}

/** Clears what `scanInto` wrote (only the entries it touched, so the cost is proportional to the hits). */
export function resetScanBuffers(buffers: ScanBuffers, seenCount: number): void {
  for (let k = 0; k < seenCount; k++) {
    const id = buffers.seenIds[k]!;
    buffers.seen[id] = 0;
    const list = buffers.starts[id];
    if (list !== undefined && list.length > 0) list.length = 0;
  }
}

/** Characters of each pattern the automaton itself follows. */
const PREFIX = 8;
/** Longer texts are scanned with charCodeAt rather than copied (UTF-8 needs up to 3 bytes per UTF-16 unit). */
const MAX_BYTES_SCAN = 1 << 20;
const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
let bytesScratch = new Uint8Array(1 << 16);
function byteBuffer(n: number): Uint8Array {
  if (bytesScratch.length < n) bytesScratch = new Uint8Array(2 ** Math.ceil(Math.log2(n)));
  return bytesScratch;
}

const foldAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Does `pattern` (lowercase ASCII) occur at `start`, ASCII letters compared case-insensitively? */
function occursAt(text: string, start: number, pattern: string): boolean {
  if (start < 0 || start + pattern.length > text.length) return false;
  for (let j = 0; j < pattern.length; j++) if (foldAscii(text.charCodeAt(start + j)) !== pattern.charCodeAt(j)) return false;
  return true;
}
function occursAtBytes(bytes: Uint8Array, length: number, start: number, pattern: string): boolean {
  if (start < 0 || start + pattern.length > length) return false;
  for (let j = 0; j < pattern.length; j++) if (foldAscii(bytes[start + j]!) !== pattern.charCodeAt(j)) return false;
  return true;
}

/** Rewrites the byte offsets recorded while scanning UTF-8 into UTF-16 offsets (ASCII patterns start on a character). */
function bytesToUtf16(bytes: Uint8Array, buffers: ScanBuffers, seenCount: number, isTracked: Uint8Array): void {
  const offsets: number[] = [];
  for (let k = 0; k < seenCount; k++) {
    const id = buffers.seenIds[k]!;
    if (isTracked[id] === 1) offsets.push(...buffers.starts[id]!);
  }
  if (offsets.length === 0) return;
  offsets.sort((a, b) => a - b);
  const utf16 = new Map<number, number>();
  let units = 0;
  let previous = 0;
  for (const b of offsets) {
    if (utf16.has(b)) continue;
    units += decoder.decode(bytes.subarray(previous, b)).length;
    utf16.set(b, units);
    previous = b;
  }
  for (let k = 0; k < seenCount; k++) {
    const id = buffers.seenIds[k]!;
    if (isTracked[id] !== 1) continue;
    const list = buffers.starts[id]!;
    for (let j = 0; j < list.length; j++) list[j] = utf16.get(list[j]!)!;
  }
}

export function buildKeywordIndex(patterns: readonly string[], tracked: ReadonlySet<number> = new Set()): KeywordIndex {
  const usable = patterns.map((p) => p.length > 0 && [...p].every((ch) => ch.charCodeAt(0) < 128)); // rule keywords are ASCII
  const lower = patterns.map((p) => p.replace(/[A-Z]/g, (c) => c.toLowerCase()));
  // Prefixes the automaton follows, and the patterns each one stands for.
  const prefixes: string[] = [];
  const prefixIds = new Map<string, number>();
  const patternsOfPrefix: number[][] = [];
  lower.forEach((p, id) => {
    if (!usable[id]) return;
    const prefix = p.slice(0, PREFIX);
    let pid = prefixIds.get(prefix);
    if (pid === undefined) {
      pid = prefixes.length;
      prefixes.push(prefix);
      prefixIds.set(prefix, pid);
      patternsOfPrefix.push([]);
    }
    patternsOfPrefix[pid]!.push(id);
  });
  // Symbols: the ASCII characters used by prefixes (both cases share one); 0 = anything else.
  const symbolOf = new Uint8Array(256);
  let width = 1;
  for (const p of prefixes) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (symbolOf[c] === 0) {
        symbolOf[c] = width++;
        if (c >= 97 && c <= 122) symbolOf[c - 32] = symbolOf[c]!;
      }
    }
  }
  // Trie, then failure links (breadth first) to make it a complete DFA; symbol 0 always leads to the root.
  const goto: Int32Array[] = [new Int32Array(width)];
  const outputs: number[][] = [[]];
  prefixes.forEach((p, pid) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const sym = symbolOf[p.charCodeAt(i)]!;
      let t = goto[s]![sym]!;
      if (t === 0) {
        t = goto.length;
        goto.push(new Int32Array(width));
        outputs.push([]);
        goto[s]![sym] = t;
      }
      s = t;
    }
    outputs[s]!.push(pid);
  });
  const fail = new Int32Array(goto.length);
  const queue: number[] = [];
  for (let sym = 1; sym < width; sym++) if (goto[0]![sym]! !== 0) queue.push(goto[0]![sym]!);
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    for (let sym = 1; sym < width; sym++) {
      const t = goto[s]![sym]!;
      const viaFail = goto[fail[s]!]![sym]!;
      if (t !== 0) {
        fail[t] = viaFail;
        outputs[t]!.push(...outputs[viaFail]!);
        queue.push(t);
      } else {
        goto[s]![sym] = viaFail;
      }
    }
  }
  // Renumber: the root stays 0, emitting states come last, so `s >= emitBase` tells that a state emits.
  const states = goto.length;
  // Breadth-first order otherwise, so the shallow states where the automaton spends its time share cache lines.
  const bfs = [0, ...queue];
  const order = [...bfs.filter((st) => outputs[st]!.length === 0), ...bfs.filter((st) => outputs[st]!.length > 0)];
  const renamed = new Int32Array(states);
  order.forEach((old, now) => (renamed[old] = now));
  const firstEmitting = order.findIndex((old) => outputs[old]!.length > 0);
  const emitBase = (firstEmitting === -1 ? states : firstEmitting) * width;
  const table = states * width <= 0xffff ? new Uint16Array(states * width) : new Int32Array(states * width);
  for (let old = 0; old < states; old++) {
    for (let sym = 1; sym < width; sym++) table[renamed[old]! * width + sym] = renamed[goto[old]![sym]!]! * width;
  }
  // Patterns to report per (renumbered) state: flat list [outStart[s], outStart[s + 1]) of pattern ids.
  const outStart = new Int32Array(states + 1);
  const flat: number[] = [];
  order.forEach((old, now) => {
    for (const pid of outputs[old]!) flat.push(...patternsOfPrefix[pid]!);
    outStart[now + 1] = flat.length;
  });
  const outIds = Int32Array.from(flat);
  const isTracked = Uint8Array.from(patterns, (_, id) => (tracked.has(id) ? 1 : 0));
  const prefixLength = Int32Array.from(lower, (p) => Math.min(p.length, PREFIX));
  // Fast path: a state whose only output is one short untracked pattern just marks it seen (the usual hit).
  const simpleOut = new Int32Array(states).fill(-1);
  for (let st = 0; st < states; st++) {
    const id = outStart[st + 1]! - outStart[st]! === 1 ? outIds[outStart[st]!]! : -1;
    if (id >= 0 && isTracked[id] === 0 && lower[id]!.length <= PREFIX) simpleOut[st] = id;
  }

  /** Reports the patterns of the emitting state reached after offset `i` (of `text`, or of `bytes` when given). */
  function emit(text: string, bytes: Uint8Array | null, length: number, premultiplied: number, i: number, buffers: ScanBuffers, count: number): number {
    const state = (premultiplied / width) | 0;
    for (let k = outStart[state]!, to = outStart[state + 1]!; k < to; k++) {
      const id = outIds[k]!;
      const start = i + 1 - prefixLength[id]!;
      if (lower[id]!.length > PREFIX && !(bytes ? occursAtBytes(bytes, length, start, lower[id]!) : occursAt(text, start, lower[id]!))) continue;
      if (buffers.seen[id] === 0) {
        buffers.seen[id] = 1;
        buffers.seenIds[count++] = id;
      }
      if (isTracked[id] === 1) buffers.starts[id]!.push(start);
    }
    return count;
  }

  function scanInto(text: string, buffers: ScanBuffers): number {
    const n = text.length;
    const seen = buffers.seen;
    let count = 0;
    let s = 0;
    // The text is copied to UTF-8 natively and scanned from a typed array, markedly faster in V8 than charCodeAt.
    // Bytes of non-ASCII characters (all >= 0x80) send the automaton to its root exactly as the character would;
    // only recorded offsets need translating back to UTF-16 when the text was not pure ASCII.
    const bytes = n <= MAX_BYTES_SCAN ? byteBuffer(3 * n) : null;
    if (bytes !== null) {
      const r = encoder.encodeInto(text, bytes);
      const m = r.written;
      if (r.read === n) {
        for (let i = 0; i < m; i++) {
          s = table[s + symbolOf[bytes[i]!]!]!;
          if (s < emitBase) continue;
          const id = simpleOut[(s / width) | 0]!;
          if (id < 0) count = emit(text, bytes, m, s, i, buffers, count);
          else if (seen[id] === 0) {
            seen[id] = 1;
            buffers.seenIds[count++] = id;
          }
        }
        if (m !== n) bytesToUtf16(bytes, buffers, count, isTracked);
        return count;
      }
    }
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      s = table[s + (c < 128 ? symbolOf[c]! : 0)]!;
      if (s >= emitBase) count = emit(text, null, n, s, i, buffers, count);
    }
    return count;
  }

  const index: KeywordIndex = {
    keywordCount: patterns.length,
    scanInto,
    scan(text) {
      const buffers = createScanBuffers(index);
      scanInto(text, buffers);
      return buffers.seen;
    },
  };
  return index;
}
