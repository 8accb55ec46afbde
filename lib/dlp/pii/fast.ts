// The fast PII engine. A rule's regex is the definition of its matches (the oracle test runs it over the whole
// text); here a sticky copy runs only at the positions the triggers propose: digit-bearing tokens that pass the
// rule's table checks (digits.ts) and positions derived from rare anchors (anchors.ts). Candidate starts reach each
// rule in increasing order and `next[rule]` replays the global regex's lastIndex, so the matches are exactly those
// of a plain left-to-right scan with the same validation and scoring.
import type { DetectOptions, Finding, RuleProfiler } from "../types";
import { anchorStarts, emailStarts, type AnchorRules, type Starts } from "./anchors";
import { boosted, contextMask } from "./context";
import { buildDigitTables, forEachDigitToken, newTok, type DigitTables } from "./digits";
import { acceptMatch, DEFAULT_THRESHOLD, ruleContextBit, ruleEnabled, scoreMatch, toFindings, type Scored } from "./engine";
import type { PiiRule, Tok } from "./rule";

// Local bindings for per-call and per-match code (see rule.ts).
const [accept, score, findings, contextBits, boost, digitTokens, emails, anchored, enabledFor] = [acceptMatch, scoreMatch, toFindings, contextMask, boosted, forEachDigitToken, emailStarts, anchorStarts, ruleEnabled];
const DEFAULT = DEFAULT_THRESHOLD;
const codeAt = (text: string, i: number) => (i < 0 || i >= text.length ? 0 : Math.min(text.charCodeAt(i), 128));

export type PiiEngine = { ruleCount: number; detect: (text: string, options?: DetectOptions) => Finding[] };

class FastPii implements Starts {
  private readonly sticky: RegExp[];
  private readonly ctxBits: number[];
  private readonly tables: DigitTables;
  private readonly anchors: AnchorRules;
  /** The anchor rules enabled for this call (-1 = off). */
  private readonly anchorsOn: AnchorRules = { email: -1, scheme: -1, domain: -1, ipv6: -1, mac: -1 };
  private readonly next: Int32Array;
  private readonly enabled: Uint8Array;
  private readonly tok: Tok = newTok();
  private readonly memos: Int32Array[];
  private readonly profileIds: string[];
  private call = 0;
  private enabledFor = Number.NaN;
  private text = "";
  private threshold = DEFAULT_THRESHOLD;
  private found: Scored[] = [];
  private digitMask = 0;
  private prof: Float64Array | null = null;
  private readonly profTimes: Float64Array;
  private ctxStart = -1;
  private ctxEnd = -1;
  private ctxBitsFound = 0;

  constructor(private readonly rules: readonly PiiRule[]) {
    this.sticky = rules.map((r) => new RegExp(r.regex.source, `${r.regex.flags.replace(/[gy]/g, "")}y`));
    this.ctxBits = rules.map(ruleContextBit);
    this.tables = buildDigitTables(rules);
    this.memos = this.tables.triggers.map(() => new Int32Array(4));
    this.profileIds = rules.map((r) => `pii:${r.id}`);
    const find = (kind: string) => rules.findIndex((r) => r.trigger.kind === kind);
    this.anchors = { email: find("email"), scheme: find("scheme"), domain: find("domain"), ipv6: find("ipv6"), mac: find("mac") };
    this.next = new Int32Array(rules.length);
    this.enabled = new Uint8Array(rules.length);
    this.profTimes = new Float64Array(rules.length);
  }

  private readonly contextOf = (start: number, end: number): number => {
    if (start !== this.ctxStart || end !== this.ctxEnd) {
      this.ctxStart = start;
      this.ctxEnd = end;
      this.ctxBitsFound = contextBits(this.text, start, end);
    }
    return this.ctxBitsFound;
  };

  private enable(threshold: number, only: ReadonlySet<string> | undefined): void {
    if (!only && threshold === this.enabledFor) return;
    this.enabledFor = only ? Number.NaN : threshold;
    let mask = 0;
    this.rules.forEach((rule, i) => (this.enabled[i] = enabledFor(rule, threshold, only) ? 1 : 0));
    this.tables.ruleOf.forEach((r, bit) => (mask |= this.enabled[r] ? 1 << bit : 0));
    this.digitMask = mask;
    for (const kind of ["email", "scheme", "domain", "ipv6", "mac"] as const) {
      const r = this.anchors[kind];
      this.anchorsOn[kind] = r >= 0 && this.enabled[r] ? r : -1;
    }
  }

  tryAt(r: number, p: number): void {
    if (p < (this.next[r] ?? 0) || this.enabled[r] === 0) return;
    const started = this.prof ? performance.now() : 0;
    const re = this.sticky[r] as RegExp;
    const text = this.text;
    re.lastIndex = p;
    if (!re.test(text) || re.lastIndex === p) this.next[r] = p + 1;
    else {
      const end = re.lastIndex;
      const rule = this.rules[r] as PiiRule;
      const got = accept(rule, text, p, end);
      if (got === null) this.next[r] = rule.skipRejected ? end : p + 1;
      else {
        this.next[r] = end;
        score(this.found, rule, r, got, text, this.threshold, this.contextOf, this.ctxBits[r] ?? 0);
      }
    }
    if (this.prof) this.prof[r] = (this.prof[r] ?? 0) + performance.now() - started;
  }

  private readonly visitToken = (tok: Tok): void => {
    const t = this.tables;
    const slot = (tok.shape * t.lengths + Math.min(tok.n, t.lengths - 1)) * t.nextClasses + (t.nextClass[tok.next] ?? 0);
    let mask = (t.token[slot] ?? 0) & (t.first[tok.first] ?? 0) & (t.prev[tok.shape * 129 + tok.prev] ?? 0) & this.digitMask;
    while (mask !== 0) {
      const bit = 31 - Math.clz32(mask & -mask);
      mask &= mask - 1;
      const trigger = this.tables.triggers[bit];
      const r = this.tables.ruleOf[bit] ?? 0;
      if (!trigger || tok.start < (this.next[r] ?? 0)) continue;
      if (trigger.check && !trigger.check(tok, this.text, this.memos[bit] as Int32Array, this.call)) continue;
      if (trigger.solo && !this.soloMayReport(r, trigger.solo(tok), tok)) continue;
      const back = trigger.back ?? 0;
      if (back === 0) this.tryAt(r, tok.start);
      else {
        const startOk = this.tables.startOk[bit] as Uint8Array;
        const behindOk = this.tables.behindOk[bit] as Uint8Array;
        for (let p = Math.max(0, tok.start - back, this.next[r] ?? 0); p <= tok.start; p++) {
          if (startOk[codeAt(this.text, p)] && behindOk[codeAt(this.text, p - 1)]) this.tryAt(r, p);
        }
      }
    }
  };

  /** A match that is exactly the token and scores `cap` at most before context: is reporting it possible? */
  private soloMayReport(r: number, cap: number, tok: Tok): boolean {
    if (cap >= this.threshold) return true;
    const bit = this.ctxBits[r] ?? 0;
    if (bit === 0 || boost(cap) < this.threshold) return false;
    const started = this.prof ? performance.now() : 0;
    const supported = (this.contextOf(tok.start, tok.end) & bit) !== 0;
    if (this.prof) this.prof[r] = (this.prof[r] ?? 0) + performance.now() - started;
    return supported;
  }

  detect(text: string, options?: DetectOptions): Finding[] {
    if (typeof text !== "string" || text.length === 0) return [];
    const threshold = options?.threshold ?? DEFAULT;
    const profile = options?.profile;
    const started = profile ? performance.now() : 0;
    this.enable(threshold, options?.only);
    this.text = text;
    this.threshold = threshold;
    if (this.found.length > 0) this.found = [];
    this.next.fill(0);
    this.ctxStart = -1;
    this.call = (this.call + 1) | 0;
    this.prof = profile ? this.profTimes.fill(0) : null;
    try {
      if (this.digitMask !== 0) digitTokens(text, this.tok, this.visitToken);
      if (this.anchorsOn.email >= 0) emails(text, this.anchorsOn.email, this);
      anchored(text, this.anchorsOn, this);
      const result = this.found.length === 0 ? [] : findings(text, this.found);
      if (profile && this.prof) this.report(profile, this.prof, performance.now() - started);
      return result;
    } catch {
      // A rule must never take the scan down (validators already fail closed); this is the last resort.
      return [];
    } finally {
      this.text = "";
      if (this.found.length > 0) this.found = [];
    }
  }

  private report(profile: RuleProfiler, prof: Float64Array, total: number): void {
    let rules = 0;
    this.rules.forEach((rule, i) => {
      const ms = prof[i] ?? 0;
      rules += ms;
      if (ms > 0) profile(this.profileIds[i] ?? rule.id, ms);
    });
    profile("pii:gate", Math.max(0, total - rules));
  }
}

export function compilePii(rules: readonly PiiRule[]): PiiEngine {
  const engine = new FastPii(rules);
  return { ruleCount: rules.length, detect: (text, options) => engine.detect(text, options) };
}
