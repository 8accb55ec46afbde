"use client";

import { usePathname } from "next/navigation";
import { canSee, SETTINGS_TABS } from "@/components/layout/nav-items";
import { TabNav } from "@/components/ui/tab-nav";

export function SettingsTabs({ scopes }: { scopes: string[] }) {
  const pathname = usePathname();
  const granted = new Set(scopes);
  const tabs = SETTINGS_TABS.filter((t) => canSee(t, granted)).map((t) => ({ href: t.href, label: t.label, current: pathname.startsWith(t.href) }));
  return <TabNav label="Settings" tabs={tabs} />;
}
