// Candidate starts of the rules anchored on rare characters, found with indexOf (a memchr) rather than a regex
// scan. Each generator yields, in increasing order, every position where an accepted match of its rule can start:
// - e-mail: the start of the run of local-part characters before each "@";
// - URL with a scheme: 3 to 5 characters before each "://";
// - IPv6: the start of the run of hex digits, colons and dots around each "::" or ":h:h:";
// - MAC: the first pair before ":hh:", "-hh-" or ".hhhh." (sorted, as three kinds of anchors feed it);
// - bare domain: the start of the run of host characters before each "." + known TLD.

export type Starts = { tryAt(rule: number, start: number): void };
export type AnchorRules = { email: number; scheme: number; domain: number; ipv6: number; mac: number }; // -1 = off

export const BARE_TLDS = "com|org|net|edu|gov|info|biz|io|co|us|uk|de|fr|il|in|ca|au|site|online|app|dev|ai";
const TLD_AHEAD = new RegExp(`(?:${BARE_TLDS})(?![\\w-])`, "y");
/** First two letters of the TLDs, as c1 * 128 + c2: most dots ("x.claude", "10.0") fail this before the regex. */
const TLD_START = new Uint8Array(128 * 128);
for (const tld of BARE_TLDS.split("|")) TLD_START[tld.charCodeAt(0) * 128 + tld.charCodeAt(1)] = 1;

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigitCode(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isAlnum = (c: number) => isDigitCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isEmailRun = (c: number) => isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45; // . _ % + -
const isHostChar = (c: number) => isAlnum(c) || c === 45 || c === 46; // - .
const isHexColonDot = (c: number) => isHex(c) || c === 58 || c === 46;
const isMacNeighbour = (c: number) => isAlnum(c) || c === 95 || c === 58 || c === 46 || c === 45; // \w : . -

/** charCodeAt, 0 outside the text: an out-of-range read would deoptimize the optimized code (V8 bails out). */
const codeOr0 = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0);

export function emailStarts(text: string, rule: number, out: Starts): void {
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let p = at;
    while (p > 0 && at - p <= 64 && isEmailRun(text.charCodeAt(p - 1))) p--;
    if (p < at && at - p <= 64) out.tryAt(rule, p);
  }
}

/** A URL scheme ends 3 to 5 characters before "://" ("ftp", "http", "https"). */
function schemeStarts(at: number, rule: number, out: Starts): void {
  for (let p = Math.max(0, at - 5); p <= at - 3; p++) out.tryAt(rule, p);
}

/** Start of the run of `inRun` characters that ends at `at` (exclusive), reusing the previous run when contiguous. */
class RunStart {
  private from = -1;
  private to = -1;
  constructor(private readonly inRun: (c: number) => boolean) {}
  reset(): void {
    this.from = -1;
    this.to = -1;
  }
  at(text: string, at: number): number {
    if (this.from >= 0 && at >= this.to) {
      let i = this.to;
      while (i < at && this.inRun(text.charCodeAt(i))) i++;
      if (i === at) {
        this.to = at;
        return this.from;
      }
    }
    let p = at;
    while (p > 0 && this.inRun(text.charCodeAt(p - 1))) p--;
    this.from = p;
    this.to = at;
    return p;
  }
}

const hostRun = new RunStart(isHostChar);
const hexRun = new RunStart(isHexColonDot);

/** `hexes` hex digits from p, and no \w : . - before p (the MAC lookbehind). */
function macStartOk(text: string, p: number, hexes: number): boolean {
  if (p < 0 || (p > 0 && isMacNeighbour(codeOr0(text, p - 1)))) return false;
  for (let i = 0; i < hexes; i++) if (!isHex(codeOr0(text, p + i))) return false;
  return true;
}

/** 1-4 hex digits from i followed by ":"; the index after the colon, or -1. */
function hexGroupColon(text: string, i: number): number {
  if (i < 0) return -1;
  let k = i;
  while (k < i + 4 && isHex(codeOr0(text, k))) k++;
  return k > i && codeOr0(text, k) === 58 ? k + 1 : -1;
}

const macStarts: number[] = [];

/**
 * ":" followed by ":" or "h:h:" (IPv6, colon MACs), "-" followed by "hh-hh-" (hyphen MACs), "." followed by
 * "hhhh." (dotted MACs) or a known TLD (bare domains). MAC starts come from three kinds of anchors, so they are
 * sorted before they are tried.
 */
export function anchorStarts(text: string, rules: AnchorRules, out: Starts): void {
  if (macStarts.length > 0) macStarts.length = 0;
  if (rules.ipv6 >= 0 || rules.mac >= 0 || rules.scheme >= 0) {
    hexRun.reset();
    for (let at = text.indexOf(":"); at >= 0; at = text.indexOf(":", at + 1)) {
      const c = codeOr0(text, at + 1);
      if (c === 47 && rules.scheme >= 0 && codeOr0(text, at + 2) === 47) schemeStarts(at, rules.scheme, out);
      // A JSON key's colon ('"ts":1') starts a hex/colon run of its own, which IPv6 can only begin with "::".
      if (c !== 58 && !isHexColonDot(codeOr0(text, at - 1))) continue;
      if (c !== 58 && (!isHex(c) || hexGroupColon(text, hexGroupColon(text, at + 1)) < 0)) continue;
      if (rules.ipv6 >= 0) out.tryAt(rules.ipv6, hexRun.at(text, at));
      if (rules.mac >= 0 && codeOr0(text, at + 3) === 58 && macStartOk(text, at - 2, 2)) macStarts.push(at - 2);
    }
  }
  if (rules.mac >= 0) {
    for (let at = text.indexOf("-"); at >= 0; at = text.indexOf("-", at + 1)) {
      if (codeOr0(text, at + 3) === 45 && codeOr0(text, at + 6) === 45 && macStartOk(text, at - 2, 2)) macStarts.push(at - 2);
    }
  }
  if (rules.domain >= 0 || rules.mac >= 0) {
    hostRun.reset();
    for (let at = text.indexOf("."); at >= 0; at = text.indexOf(".", at + 1)) {
      const c = codeOr0(text, at + 1);
      if (codeOr0(text, at + 5) === 46 && isHex(c) && isHex(codeOr0(text, at + 2)) && isHex(codeOr0(text, at + 3)) && isHex(codeOr0(text, at + 4))) {
        if (rules.mac >= 0 && macStartOk(text, at - 4, 4)) macStarts.push(at - 4);
      } else if (rules.domain >= 0 && c < 128 && TLD_START[c * 128 + (codeOr0(text, at + 2) & 127)] === 1) {
        TLD_AHEAD.lastIndex = at + 1;
        if (TLD_AHEAD.test(text)) out.tryAt(rules.domain, hostRun.at(text, at));
      }
    }
  }
  if (macStarts.length > 0) {
    macStarts.sort((a, b) => a - b);
    for (const p of macStarts) out.tryAt(rules.mac, p);
  }
}
