import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";

export const OIDC_PROVIDER_ID = "oidc";

type ResolveOidcUserOptions = { subject: string; email?: string | null; emailVerified: boolean; name?: string | null };

/**
 * Maps an identity at the deployment's OpenID provider to a console user. A known (provider, subject)
 * pair wins; otherwise the identity is linked to the user with the same email only when the provider
 * says that email is verified. New people get a user without organizations until an admin adds them.
 */
export const resolveOidcUser = async ({ subject, email, emailVerified, name }: ResolveOidcUserOptions): Promise<string | null> => {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: OIDC_PROVIDER_ID, providerAccountId: subject } },
    select: { user: { select: { id: true, disabledAt: true } } },
  });
  if (linked) return linked.user.disabledAt ? null : linked.user.id;
  if (!email || !emailVerified) {
    logger.warn({ event: "auth.oidc_rejected", reason: "email_not_verified" }, "OIDC login without a verified email");
    return null;
  }
  const normalized = email.trim().toLowerCase();
  const user = await db.user.upsert({
    where: { email: normalized },
    create: { email: normalized, name: name?.slice(0, 120) ?? null },
    update: {},
    select: { id: true, disabledAt: true },
  });
  if (user.disabledAt) return null;
  await db.account.create({ data: { userId: user.id, provider: OIDC_PROVIDER_ID, providerAccountId: subject } });
  return user.id;
};
