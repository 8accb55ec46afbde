import { forbidden, redirect } from "next/navigation";
import { canSee, SETTINGS_TABS } from "@/components/layout/nav-items";
import { requirePageScope } from "@/lib/server/page-auth";

export default async function SettingsIndex() {
  const principal = await requirePageScope();
  const first = SETTINGS_TABS.find((t) => canSee(t, principal.scopes));
  if (!first) forbidden();
  redirect(first.href);
}
