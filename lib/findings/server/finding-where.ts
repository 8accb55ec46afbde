// The SQL filter of the findings list and counters (table alias f). Every fragment is parameterized; the org
// comes from the caller's context, never from the query.
import { Prisma } from "@/lib/generated/prisma/client";
import { likeContaining } from "@/lib/server/sql-like";
import { DUE_SOON_DAYS } from "../constants";
import type { FindingCursor } from "../cursor";
import type { TFindingFilters } from "../schemas";
import { searchWords } from "../search-words";

export const ACTIVE = Prisma.sql`f.status IN ('OPEN', 'TRIAGED', 'IN_PROGRESS')`;

export function findingWhere(orgId: string, userId: string | null, filters: TFindingFilters, now: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`f.org_id = ${orgId}::uuid`];
  if (filters.severity) parts.push(Prisma.sql`f.severity = ANY(${filters.severity}::"Severity"[])`);
  if (filters.status) parts.push(Prisma.sql`f.status = ANY(${filters.status}::"FindingStatus"[])`);
  if (filters.source) parts.push(Prisma.sql`f.source = ANY(${filters.source}::"FindingSource"[])`);
  if (filters.app === "none") parts.push(Prisma.sql`f.app_id IS NULL`);
  else if (filters.app) parts.push(Prisma.sql`f.app_id = ${filters.app}::uuid`);
  if (filters.assignee === "none") parts.push(Prisma.sql`f.assignee_id IS NULL`);
  // An API key has no "me": it matches nothing rather than everything.
  else if (filters.assignee === "me") parts.push(userId ? Prisma.sql`f.assignee_id = ${userId}::uuid` : Prisma.sql`false`);
  else if (filters.assignee) parts.push(Prisma.sql`f.assignee_id = ${filters.assignee}::uuid`);
  if (filters.tag) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM jsonb_each(f.tags) t WHERE jsonb_typeof(t.value) = 'array' AND t.value ? ${filters.tag})`);
  if (filters.q) {
    const words = searchWords(filters.q);
    for (const word of words) parts.push(Prisma.sql`f.id IN (SELECT t.finding_id FROM finding_terms t WHERE ${termMatches(orgId, word)})`);
    // Only a query without a word of 2+ characters ("%", "7") scans: ILIKE cannot use an index under row-level security.
    if (!words.length) {
      const like = likeContaining(filters.q);
      parts.push(Prisma.sql`(f.title ILIKE ${like} OR f.rule_id ILIKE ${like} OR f.location ILIKE ${like})`);
    }
  }
  const soon = new Date(now.getTime() + DUE_SOON_DAYS * 86_400_000);
  if (filters.sla === "overdue") parts.push(Prisma.sql`${ACTIVE} AND f.sla_due_at < ${now}`);
  else if (filters.sla === "due_soon") parts.push(Prisma.sql`${ACTIVE} AND f.sla_due_at >= ${now} AND f.sla_due_at <= ${soon}`);
  else if (filters.sla === "on_track") parts.push(Prisma.sql`${ACTIVE} AND f.sla_due_at > ${soon}`);
  else if (filters.sla === "none") parts.push(Prisma.sql`(f.sla_due_at IS NULL OR NOT (${ACTIVE}))`);
  return Prisma.join(parts, " AND ");
}

/**
 * finding_terms rows (alias t) of the org whose word starts with `word`, as a range of the (org_id, term) index: the
 * term column is COLLATE "C" (byte order, which is code point order in UTF-8), so the words that start with p are
 * those from p up to p followed by the last code point (U+10FFFF, a noncharacter). Text comparisons are leakproof,
 * so Postgres uses the index and its statistics under row-level security. (`term ^@ p` gives the same range but
 * also re-checks every row, a third of the cost of a common word's count.)
 */
export const termMatches = (orgId: string, word: string) =>
  Prisma.sql`t.org_id = ${orgId}::uuid AND t.term >= lower(${word}) AND t.term < lower(${word}) || chr(1114111)`;

/** Rows strictly after the cursor in the sort's order. */
export function afterFindingCursor(c: FindingCursor): Prisma.Sql {
  switch (c.sort) {
    case "last_seen":
      return Prisma.sql`(f.last_seen_at, f.id) < (${new Date(c.at)}, ${c.id}::uuid)`;
    case "first_seen":
      return Prisma.sql`(f.first_seen_at, f.id) < (${new Date(c.at)}, ${c.id}::uuid)`;
    case "severity":
      return Prisma.sql`(f.severity > ${c.severity}::"Severity" OR (f.severity = ${c.severity}::"Severity" AND (f.last_seen_at, f.id) < (${new Date(c.at)}, ${c.id}::uuid)))`;
    case "sla":
      return c.at === null
        ? Prisma.sql`(f.sla_due_at IS NULL AND f.id > ${c.id}::uuid)`
        : Prisma.sql`(f.sla_due_at > ${new Date(c.at)} OR (f.sla_due_at = ${new Date(c.at)} AND f.id > ${c.id}::uuid) OR f.sla_due_at IS NULL)`;
  }
}

export const ORDER_BY = {
  last_seen: Prisma.sql`f.last_seen_at DESC, f.id DESC`,
  first_seen: Prisma.sql`f.first_seen_at DESC, f.id DESC`,
  severity: Prisma.sql`f.severity ASC, f.last_seen_at DESC, f.id DESC`,
  sla: Prisma.sql`f.sla_due_at ASC NULLS LAST, f.id ASC`,
} as const;

