import type { Scope } from "@/lib/auth/scopes";
import { AppError } from "./errors";

export function assertScope(scopes: ReadonlySet<Scope>, needed: Scope) {
  if (!scopes.has(needed)) throw new AppError("FORBIDDEN", `This action needs the ${needed} permission`);
}
