import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/feedback";
import { getAccount } from "@/lib/account/server/get-account";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const principal = await requirePageScope();
  const account = await getAccount({ userId: principal.userId });
  return (
    <>
      <PageHeader title="Your account" description={account.email} />
      <div className="space-y-6">
        <Card title="Sign-in methods">
          <div className="flex gap-2">
            {account.hasPassword ? <Badge>Password</Badge> : null}
            {account.sso ? <Badge tone="green">SSO linked</Badge> : null}
          </div>
        </Card>
        <Card title={account.hasPassword ? "Change password" : "Set a password"} description="Changing it signs you out everywhere else.">
          <ChangePasswordForm hasPassword={account.hasPassword} />
        </Card>
      </div>
    </>
  );
}
