import type { Metadata } from "next";
import { MembersPanel } from "@/components/settings/members-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const principal = await requirePageScope("members:read");
  return <MembersPanel canManage={principal.scopes.has("members:manage")} currentUserId={principal.userId} />;
}
