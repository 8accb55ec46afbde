import type { Metadata } from "next";
import { RegisterAppForm } from "@/components/apps/register-app-form";
import { PageHeader } from "@/components/ui/card";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Register an app" };

export default async function RegisterAppPage() {
  await requirePageScope("apps:manage");
  return (
    <>
      <PageHeader title="Register an app" description="Record an LLM application, its owner and exposure, and the models it calls." />
      <RegisterAppForm />
    </>
  );
}
