// Stable identities → fingerprints, and in-file dedupe. The identity never contains a line number when the
// tool gives a fingerprint or a snippet, so code moving up or down does not create a new finding.
import { createHash } from "node:crypto";
import { type ImportDraft, type SkipReason } from "./types";

export type Candidate = {
  draft: Omit<ImportDraft, "fingerprint">;
  /** Parts that identify the result across scans (tool, rule, file, fingerprint or snippet…). */
  identity: string[];
  /** Where the result is, to tell apart results that share an identity (same snippet twice in a file). */
  position?: { line: number; column: number };
};

export const sha256Hex = (parts: string[]): string => createHash("sha256").update(JSON.stringify(parts)).digest("hex");

type Finished = { drafts: ImportDraft[]; skipped: { reason: SkipReason; count: number }[]; results: number };

export class DraftCollector {
  private readonly candidates: Candidate[] = [];
  private readonly skips = new Map<SkipReason, number>();

  constructor(private readonly maxDrafts: number) {}

  add(candidate: Candidate): void {
    this.candidates.push(candidate);
  }

  skip(reason: SkipReason, count = 1): void {
    if (count > 0) this.skips.set(reason, (this.skips.get(reason) ?? 0) + count);
  }

  finish(): Finished {
    const results = this.candidates.length + [...this.skips.values()].reduce((a, b) => a + b, 0);
    const ordinals = positionOrdinals(this.candidates);
    const drafts: ImportDraft[] = [];
    const seen = new Set<string>();
    this.candidates.forEach((c, i) => {
      const ordinal = ordinals[i] ?? 0;
      // Ordinal 0 adds nothing, so a result that is alone with its identity keeps the plain hash.
      const fingerprint = sha256Hex(ordinal > 0 ? [...c.identity, `#${ordinal}`] : c.identity);
      if (seen.has(fingerprint)) return this.skip("duplicate");
      if (drafts.length >= this.maxDrafts) return this.skip("limit_reached");
      seen.add(fingerprint);
      drafts.push({ ...c.draft, fingerprint });
    });
    const skipped = [...this.skips].map(([reason, count]) => ({ reason, count }));
    return { drafts, skipped, results };
  }
}

/** For candidates sharing an identity at different positions: 0, 1, 2… in position order; same position = same ordinal. */
function positionOrdinals(candidates: Candidate[]): number[] {
  const groups = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const key = JSON.stringify(c.identity);
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const ordinals = new Array<number>(candidates.length).fill(0);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const positions = [...new Set(members.map((i) => positionKey(candidates[i]!)))].sort(comparePositions);
    if (positions.length < 2) continue;
    const rank = new Map(positions.map((p, r) => [p, r]));
    for (const i of members) ordinals[i] = rank.get(positionKey(candidates[i]!)) ?? 0;
  }
  return ordinals;
}

const positionKey = (c: Candidate): string => `${c.position?.line ?? 0}:${c.position?.column ?? 0}`;

function comparePositions(a: string, b: string): number {
  const [al = 0, ac = 0] = a.split(":").map(Number);
  const [bl = 0, bc = 0] = b.split(":").map(Number);
  return al - bl || ac - bc;
}
