// Keyword prefilter: one Aho-Corasick pass over the lowercased text tells which rules can possibly match.

/** Compiled automaton over ASCII keywords; non-ASCII characters reset to the root. */
export type KeywordIndex = {
  /** Returns, for each keyword id, whether it occurs in `lower` (already lowercased). */
  scan: (lower: string) => Uint8Array;
  keywordCount: number;
};

export function buildKeywordIndex(keywords: readonly string[]): KeywordIndex {
  const alphabet = new Int16Array(128).fill(-1);
  let symbols = 0;
  for (const kw of keywords) {
    for (let i = 0; i < kw.length; i++) {
      const c = kw.charCodeAt(i);
      if (c < 128 && alphabet[c] === -1) alphabet[c] = symbols++;
    }
  }
  const width = Math.max(symbols, 1);
  // Trie as growable arrays; row r of `next` holds the transitions of state r.
  let next = new Int32Array(width * 64);
  const outputs: number[][] = [[]];
  let states = 1;
  const addState = () => {
    if ((states + 1) * width > next.length) {
      const grown = new Int32Array(next.length * 2);
      grown.set(next);
      next = grown;
    }
    outputs.push([]);
    return states++;
  };
  keywords.forEach((kw, id) => {
    let s = 0;
    for (let i = 0; i < kw.length; i++) {
      const c = kw.charCodeAt(i);
      const sym = c < 128 ? (alphabet[c] ?? -1) : -1;
      if (sym < 0) return; // non-ASCII keyword: never indexed (all rule keywords are ASCII)
      let t = next[s * width + sym] ?? 0;
      if (t === 0) {
        t = addState(); // may reallocate `next`, so index it only afterwards
        next[s * width + sym] = t;
      }
      s = t;
    }
    outputs[s]?.push(id);
  });
  // Breadth-first failure links, turning the trie into a full DFA.
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let sym = 0; sym < width; sym++) {
    const t = next[sym] ?? 0;
    if (t !== 0) queue.push(t);
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head] ?? 0;
    for (let sym = 0; sym < width; sym++) {
      const t = next[s * width + sym] ?? 0;
      const f = next[(fail[s] ?? 0) * width + sym] ?? 0;
      if (t !== 0) {
        fail[t] = f;
        outputs[t]?.push(...(outputs[f] ?? []));
        queue.push(t);
      } else {
        next[s * width + sym] = f;
      }
    }
  }
  const finalNext = states < 65536 ? Uint16Array.from(next.subarray(0, states * width)) : next;
  // Flattened outputs: state s emits flatOutputs[outStart[s] .. outStart[s + 1]).
  const outStart = new Int32Array(states + 1);
  outputs.forEach((o, st) => (outStart[st + 1] = (outStart[st] ?? 0) + o.length));
  const flatOutputs = Int32Array.from(outputs.flat());
  const symbolOf = Int32Array.from(alphabet, (sym) => (sym < 0 ? -1 : sym * 1));
  return {
    keywordCount: keywords.length,
    scan(lower) {
      const seen = new Uint8Array(keywords.length);
      let s = 0;
      for (let i = 0; i < lower.length; i++) {
        const c = lower.charCodeAt(i);
        const sym = c < 128 ? symbolOf[c]! : -1;
        if (sym < 0) {
          s = 0;
          continue;
        }
        s = finalNext[s * width + sym]!;
        const from = outStart[s]!;
        const to = outStart[s + 1]!;
        for (let k = from; k < to; k++) seen[flatOutputs[k]!] = 1;
      }
      return seen;
    },
  };
}
