"use client";

import { SelectField } from "@/components/ui/field";
import type { TAppSummary } from "@/lib/apps/schemas";

/** The apps of the org by name; "" means none chosen (for the list: all apps). */
export function AppPicker({ apps, value, onChange, emptyLabel, label = "App" }: { apps: TAppSummary[]; value: string; onChange: (id: string) => void; emptyLabel: string; label?: string }) {
  return (
    <SelectField label={label} value={value} onChange={(e) => onChange(e.target.value)} className="w-72 max-w-full">
      <option value="">{emptyLabel}</option>
      {apps.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
    </SelectField>
  );
}
