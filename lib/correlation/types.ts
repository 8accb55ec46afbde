// What a correlation rule produces, and the small helpers the rules share (pure).
import { createHash } from "node:crypto";
import type { DbTx } from "@/lib/server/db";
import type { RuleId } from "./catalog";

export type Window = { start: Date; end: Date };
export type EventLink = { recordType: "llm_event" | "cloud_event"; recordId: string };

/** One subject that matched a rule in a window: becomes (or refreshes) one finding. */
export type CorrelationMatch = {
  /** What the finding is about (an identity, an app, a credential…); enters the fingerprint. */
  subject: string;
  /** Window bucket in the fingerprint ("" for conditions that stay one finding until resolved). */
  bucket: string;
  appId: string | null;
  datasetId: string | null;
  severity: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW";
  title: string;
  description: string;
  evidence: string;
  score: number;
  /** Time of the newest triggering event: newer than the finding's last sighting means it recurred. */
  lastEventAt: Date;
  /** Triggering events, most relevant first (capped by the rule). */
  events: EventLink[];
};

export type CorrelationRule = {
  id: RuleId;
  window: (now: Date) => Window;
  find: (tx: DbTx, orgId: string, window: Window) => Promise<CorrelationMatch[]>;
};

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export const correlationFingerprint = (ruleId: RuleId, m: Pick<CorrelationMatch, "subject" | "bucket">) =>
  createHash("sha256").update(`correlation|${ruleId}|${m.subject}|${m.bucket}`).digest("hex").slice(0, 48);

export const utcDay = (t: Date) => t.toISOString().slice(0, 10);
export const startOfUtcDay = (t: Date) => new Date(Math.floor(t.getTime() / DAY_MS) * DAY_MS);

/** Keeps text within a column and never cuts a surrogate pair in half. */
export const clip = (s: string, max: number) => {
  const points = Array.from(s); // varchar limits count code points
  return points.length <= max ? s : `${points.slice(0, max - 1).join("")}…`;
};

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
export const usd = (n: number) => `$${n.toFixed(2)}`;

/** Uuid arrays from SQL, typed. */
export const links = (recordType: EventLink["recordType"], ids: readonly string[] | null): EventLink[] => (ids ?? []).map((recordId) => ({ recordType, recordId }));
