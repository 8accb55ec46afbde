import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StreamTextGuard, type GuardSpan, type StreamTextGuardOptions } from "./text-guard";

const SECRET = /sk-[A-Za-z0-9]{20,40}/g;
const EMAIL = /[A-Za-z0-9._%+-]{1,20}@[A-Za-z0-9-]{1,20}\.[A-Za-z]{2,6}/g;
const LONGEST_MATCH = 48;

function scan(text: string): GuardSpan[] {
  const spans: GuardSpan[] = [];
  for (const [re, type] of [[SECRET, "SECRET"], [EMAIL, "EMAIL"]] as const) {
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length, type });
  }
  return spans;
}
const replace = (span: GuardSpan) => `<${span.type}>`;

/** The reference: one scan of the whole text, overlapping spans merged (first one's type), each replaced. */
function oneShot(text: string): string {
  const spans = scan(text).sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let pos = 0;
  let open: GuardSpan | undefined;
  const close = () => {
    if (open) out += replace(open);
    pos = open?.end ?? pos;
    open = undefined;
  };
  for (const s of spans) {
    if (open && s.start < open.end) open.end = Math.max(open.end, s.end);
    else {
      close();
      out += text.slice(pos, s.start);
      open = { ...s };
    }
  }
  close();
  return out + text.slice(pos);
}

function run(chunks: readonly string[], options: Partial<StreamTextGuardOptions> = {}) {
  const guard = new StreamTextGuard({ scan, replace, ...options });
  const emits = chunks.map((c) => guard.push(c));
  emits.push(guard.end());
  return { text: emits.map((e) => e.emit).join(""), steps: emits };
}

/** Splits `text` at the given (sorted, deduplicated) cut points. */
const splitAt = (text: string, cuts: readonly number[]) =>
  [...cuts, text.length].reduce<{ parts: string[]; from: number }>((acc, cut) => ({ parts: [...acc.parts, text.slice(acc.from, cut)], from: cut }), { parts: [], from: 0 }).parts;

const alnum = fc.stringMatching(/^[A-Za-z0-9]{0,45}$/);
const piece = fc.oneof(
  alnum.map((s) => `sk-${s}`),
  fc.tuple(fc.stringMatching(/^[a-z.+-]{1,25}$/), fc.stringMatching(/^[a-z-]{1,22}$/), fc.stringMatching(/^[a-z]{1,8}$/)).map(([l, d, t]) => `${l}@${d}.${t}`),
  fc.constantFrom(" ", "\n", "@", ".", "sk-", "sk", "-", "é", "😀", "a@b.co"),
  fc.string({ maxLength: 12 }),
);
const streamText = fc.array(piece, { maxLength: 60 }).map((p) => p.join(""));
const chunked = streamText.chain((text) =>
  fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 25 }).map((cuts) => ({ text, chunks: splitAt(text, cuts.sort((a, b) => a - b)) })),
);

describe("StreamTextGuard", () => {
  it("emits what a one-shot scan and replace gives, however the text is chunked", () => {
    fc.assert(
      fc.property(chunked, fc.integer({ min: LONGEST_MATCH, max: 96 }), ({ text, chunks }, lookBehind) => {
        expect(run(chunks, { lookBehind }).text).toBe(oneShot(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("redacts a secret split across two and three deltas, and holds back only lookBehind chars", () => {
    const secret = "sk-AbCdEfGhIjKlMnOpQrStUv";
    const before = "x".repeat(40);
    const { text, steps } = run([`${before} key ${secret.slice(0, 5)}`, secret.slice(5, 14), `${secret.slice(14)} end`], { lookBehind: 32 });
    expect(text).toBe(`${before} key <SECRET> end`);
    expect(steps.map((s) => s.emit).join("")).not.toContain("sk-A");
    expect(steps[0]?.emit).toBe(before.slice(0, 50 - 32));
    expect(steps[3]?.matched.map((s) => [s.type, s.start, s.end])).toEqual([["SECRET", 45, 45 + secret.length]]);
  });

  it("holds a match that reaches into the held-back region from its start", () => {
    const guard = new StreamTextGuard({ scan, replace, lookBehind: 10 });
    expect(guard.push("hello a@bcd.com     ").emit).toBe("hello ");
    expect(guard.push("!".repeat(20)).emit).toBe(`<EMAIL>     ${"!".repeat(10)}`);
    expect(guard.end().emit).toBe("!".repeat(10));
  });

  it("starts a scan window after an earlier match, so a regex does not match inside a truncated value", () => {
    // Scanning from inside "Qabc" would find "bcd123", a match a one-shot scan never sees.
    const scanQ = (t: string) => [...t.matchAll(/Q[a-z]{3}|[b-z][a-z]{2}[0-9]{3}/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, type: "Q" }));
    const guard = new StreamTextGuard({ scan: scanQ, replace, lookBehind: 6 });
    expect(guard.push("Qabcd123.....").emit).toBe("<Q>d12");
    expect(guard.push(".").emit + guard.end().emit).toBe("3......");
  });

  it("never splits a surrogate pair", () => {
    const guard = new StreamTextGuard({ scan, replace, lookBehind: 2 });
    expect(guard.push("ab😀cd").emit).toBe("ab😀");
    const guard2 = new StreamTextGuard({ scan, replace, lookBehind: 1 });
    expect(guard2.push("ab😀").emit).toBe("ab");
  });

  it("blocks: nothing of the step is emitted, and the guard stays finished", () => {
    const guard = new StreamTextGuard({ scan, replace, lookBehind: 8, block: (s) => s.type === "SECRET" });
    expect(guard.push("intro text that is safe ").emit).toBe("intro text that ");
    const step = guard.push("sk-0123456789abcdefghijk and more text after it");
    expect(step).toMatchObject({ emit: "", blocked: { type: "SECRET", start: 24, end: 48 } });
    expect(guard.done).toBe(true);
    expect(guard.push("more").emit).toBe("");
    expect(guard.end().emit).toBe("");
  });

  it("does not block on text it has not released yet, and blocks at end", () => {
    const guard = new StreamTextGuard({ scan, replace, block: () => true });
    expect(guard.push("mail a@b.io").emit).toBe("");
    expect(guard.end().blocked?.type).toBe("EMAIL");
  });

  it("scans a bounded window, not the whole history", () => {
    const lengths: number[] = [];
    const guard = new StreamTextGuard({ scan: (t) => (lengths.push(t.length), scan(t)), replace, lookBehind: 64 });
    let out = "";
    for (let i = 0; i < 5000; i++) out += guard.push(`word${i % 10} `).emit;
    out += guard.end().emit;
    expect(out.length).toBe(5000 * 6);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(64 * 2 + 6);
    expect(lengths.length).toBeLessThan(5000);
  });

  it("cuts a match that keeps growing past the hold limit instead of holding it forever", () => {
    const grows = (t: string): GuardSpan[] => {
      const i = t.indexOf("#");
      return i === -1 ? [] : [{ start: i, end: t.length, type: "RUN" }];
    };
    const guard = new StreamTextGuard({ scan: grows, replace: () => "*", lookBehind: 16 });
    let out = "";
    for (let i = 0; i < 300; i++) out += guard.push("#".repeat(10)).emit;
    expect(out.length).toBeGreaterThan(0);
    expect(out).not.toContain("#");
    expect(guard.end().emit).not.toContain("#");
  });

  it("passes text through when nothing matches, and treats lookBehind 0 as no hold", () => {
    expect(run(["abc", "", "def"]).text).toBe("abcdef");
    const guard = new StreamTextGuard({ scan, replace, lookBehind: 0 });
    expect(guard.push("abc").emit).toBe("abc");
  });
});
