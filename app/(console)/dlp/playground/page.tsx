import type { Metadata } from "next";
import { PlaygroundPanel } from "@/components/dlp/playground-panel";
import { requirePageScope } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "DLP playground" };

export default async function DlpPlaygroundPage() {
  await requirePageScope("dlp:scan");
  return <PlaygroundPanel />;
}
