import { DlpTabs } from "@/components/dlp/dlp-tabs";
import { PageHeader } from "@/components/ui/card";
import { requirePageScope } from "@/lib/server/page-auth";

export default async function DlpLayout({ children }: { children: React.ReactNode }) {
  const principal = await requirePageScope("dlp:read");
  return (
    <>
      <PageHeader title="Data loss prevention" description="Detectors for personal data, secrets, prompt injection and unsafe content; the policies that decide what happens to a text; your own rules." />
      <DlpTabs scopes={[...principal.scopes]} />
      <div className="mt-6">{children}</div>
    </>
  );
}
