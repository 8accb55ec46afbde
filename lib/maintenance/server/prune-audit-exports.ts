import { db } from "@/lib/server/db";

/** Exports are downloads, not archives: their CSV is dropped after seven days. */
export const pruneAuditExports = async () => {
  const { count } = await db.auditExport.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 7 * 86_400_000) } } });
  return { deleted: count };
};
