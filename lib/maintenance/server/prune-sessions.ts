import { db } from "@/lib/server/db";

/** Deletes sessions that ended (expired or revoked) more than a day ago. */
export const pruneSessions = async () => {
  const cutoff = new Date(Date.now() - 86_400_000);
  const { count } = await db.session.deleteMany({ where: { OR: [{ expiresAt: { lt: cutoff } }, { revokedAt: { lt: cutoff } }] } });
  return { deleted: count };
};
