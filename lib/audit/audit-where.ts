import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAuditFilters } from "./schemas";

/** Filters as a Prisma where clause, always scoped to one org. */
export function auditWhere(orgId: string, f: TAuditFilters): Prisma.AuditEventWhereInput {
  return {
    orgId,
    ...(f.action ? (f.action.endsWith(".") ? { action: { startsWith: f.action } } : { action: f.action }) : {}),
    ...(f.actor ? { actorLabel: { contains: f.actor, mode: "insensitive" as const } } : {}),
    ...(f.resourceType ? { resourceType: f.resourceType } : {}),
    ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: new Date(f.from) } : {}), ...(f.to ? { lte: new Date(f.to) } : {}) } } : {}),
  };
}
