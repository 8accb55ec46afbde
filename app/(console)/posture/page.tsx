import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Posture" };

export default async function Page() {
  await requirePageScope("posture:read");
  return (
    <ComingSoon
      title="Posture"
      description="LLMSecOps controls, scores and trends."
      what="Control evaluation, scores and trends arrive with the posture release."
    />
  );
}
