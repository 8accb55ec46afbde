import { AppShell } from "@/components/layout/app-shell";
import { NoOrganization } from "@/components/layout/no-organization";
import { ROLE_LABELS } from "@/lib/auth/scopes";
import { listMyOrgs } from "@/lib/orgs/server/list-my-orgs";
import { requirePageScope } from "@/lib/server/page-auth";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const principal = await requirePageScope();
  if (!principal.org || !principal.role) return <NoOrganization email={principal.email} />;
  const orgs = await listMyOrgs({ userId: principal.userId });
  return (
    <AppShell
      user={{ email: principal.email, name: principal.name }}
      activeOrg={{ ...principal.org, roleLabel: ROLE_LABELS[principal.role] }}
      orgs={orgs.map((o) => ({ id: o.id, name: o.name, slug: o.slug, roleLabel: ROLE_LABELS[o.role] }))}
      scopes={[...principal.scopes]}
    >
      {children}
    </AppShell>
  );
}
