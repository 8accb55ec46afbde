import { db } from "@/lib/server/db";

export const revokeSession = async ({ sessionId }: { sessionId: string }) => {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
};
