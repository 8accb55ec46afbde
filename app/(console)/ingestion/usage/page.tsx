import type { Metadata } from "next";
import { UsagePanel } from "@/components/events/usage-panel";
import { usageStateFromParams } from "@/lib/events/usage-url";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Usage & cost · Ingestion" };

export default async function UsagePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageScope("reports:read");
  return <UsagePanel initialState={usageStateFromParams(await searchParams)} />;
}
