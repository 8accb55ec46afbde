import type { DbTx } from "@/lib/server/db";

export type RecordResult = { created: number; reopened: number; refreshed: number; linked: number };

/** History rows of what a correlation run did to findings (actor "system"). */
export async function createFindingActivities(tx: DbTx, orgId: string, { created, reopened }: { created: string[]; reopened: string[] }) {
  const data = [
    ...created.map((findingId) => ({ orgId, findingId, actor: "system", kind: "created", field: "status", toValue: "OPEN", note: "Raised by a correlation run" })),
    ...reopened.map((findingId) => ({ orgId, findingId, actor: "system", kind: "reopened", field: "status", fromValue: "RESOLVED", toValue: "OPEN", note: "Seen again by a correlation run" })),
  ];
  if (data.length) await tx.findingActivity.createMany({ data });
}
