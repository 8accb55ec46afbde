import { SettingsTabs } from "@/components/settings/settings-tabs";
import { PageHeader } from "@/components/ui/card";
import { requirePageScope } from "@/lib/server/page-auth";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const principal = await requirePageScope();
  return (
    <>
      <PageHeader title="Settings" description="Members, API keys, the audit trail and the health of the console." />
      <SettingsTabs scopes={[...principal.scopes]} />
      <div className="mt-6">{children}</div>
    </>
  );
}
