import type { Metadata } from "next";
import { ApiKeysPanel } from "@/components/settings/api-keys-panel";
import { API_KEY_SCOPES } from "@/lib/auth/scopes";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const principal = await requirePageScope("api-keys:read");
  const grantable = API_KEY_SCOPES.filter((s) => principal.scopes.has(s));
  return <ApiKeysPanel canManage={principal.scopes.has("api-keys:manage")} grantableScopes={grantable} />;
}
