import { AppError } from "@/lib/server/errors";
import type { Principal } from "@/lib/server/principal";
import type { TMeResponse } from "../schemas";
import { listMyOrgs } from "./list-my-orgs";

export const getMe = async ({ principal }: { principal: Principal }): Promise<TMeResponse> => {
  if (principal.kind !== "user") throw new AppError("FORBIDDEN", "This endpoint describes a signed-in user");
  const orgs = await listMyOrgs({ userId: principal.userId });
  const activeOrg = principal.org && principal.role ? { ...principal.org, role: principal.role } : null;
  return {
    user: { id: principal.userId, email: principal.email, name: principal.name },
    activeOrg,
    orgs,
    scopes: [...principal.scopes],
  };
};
