import { db } from "@/lib/server/db";

export const getAccount = async ({ userId }: { userId: string }) => {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, passwordHash: true, createdAt: true, accounts: { select: { provider: true } } },
  });
  return { email: user.email, name: user.name, hasPassword: user.passwordHash !== null, sso: user.accounts.length > 0, createdAt: user.createdAt };
};
